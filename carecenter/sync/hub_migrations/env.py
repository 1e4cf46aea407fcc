"""Alembic environment of the hub schema (separate from the local store's migrations)."""

from __future__ import annotations

from alembic import context

from carecenter.sync.hub_schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    version_table="hub_alembic_version",
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
