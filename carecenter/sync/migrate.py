"""Alembic configuration of the hub schema (its own migrations, apart from the store's)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from typing import Any

from alembic.config import Config
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Connection, inspect

from carecenter.sync.hub_schema import metadata


@contextmanager
def hub_alembic_config(connection: Any) -> Iterator[Config]:
    with resources.as_file(resources.files("carecenter.sync") / "hub_migrations") as where:
        cfg = Config()
        cfg.set_main_option("script_location", str(where))
        cfg.attributes["connection"] = connection
        yield cfg


def drift(conn: Connection) -> list[str]:
    """Tables and columns of the current models that the hub database lacks."""
    insp = inspect(conn)
    have = set(insp.get_table_names())
    out: list[str] = []
    for t in metadata.sorted_tables:
        if t.name not in have:
            out.append(t.name)
            continue
        cols = {c["name"] for c in insp.get_columns(t.name)}
        out.extend(f"{t.name}.{c.name}" for c in t.columns if c.name not in cols)
    return out


def reconcile(conn: Connection) -> list[str]:
    """Bring the hub up to the current models after the Alembic migrations ran.

    Hub tables mirror the replicated models with every column nullable and no foreign
    key, so a table or column added to a model later is added here as it is (by Alembic
    operations); renames and removals need a migration in ``hub_migrations``.
    """
    missing = drift(conn)
    if not missing:
        return []
    ops = Operations(MigrationContext.configure(conn))
    for item in missing:
        if "." not in item:
            metadata.tables[item].create(conn)
            continue
        table, col = item.split(".")
        c = metadata.tables[table].c[col]
        ops.add_column(table, Column(c.name, c.type, nullable=True))
    return missing
