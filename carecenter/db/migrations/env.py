"""Alembic environment: runs on the connection the store hands over (never opens its own)."""

from __future__ import annotations

from alembic import context

from carecenter.db import models  # noqa: F401  (registers every table on Base.metadata)
from carecenter.db.base import Base


def include_object(obj: object, name: str | None, type_: str, reflected: bool,
                   compare_to: object) -> bool:
    # The FTS5 index and its shadow tables are made by hand in the migrations.
    return not (type_ == "table" and name is not None and name.startswith("customer_fts"))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
