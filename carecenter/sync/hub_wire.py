"""Each hub row's JSON text, rendered once when the row is written (PostgreSQL hubs).

Every desk pulls every change, so a row written once is sent to every desk: rendering it
for each pull (``json_build_array`` over its columns) cost PostgreSQL ~16 µs a row per
desk, the bound of the hub under load (docs/performance.md). A ``BEFORE INSERT OR UPDATE``
trigger on each ``h_<table>`` keeps the row's "rows" shape in its ``wire`` column, made by
the same SQL a pull used to run (``hub_pg.row_json``), so whatever writes the row — a
push, the hub's own checks, an admin command — the text is current; a pull concatenates
stored text and falls back to rendering a row whose ``wire`` is empty.

The triggers are derived from the models, like the columns ``migrate.reconcile`` adds, so
``carecenter hub init`` (re)installs them after every upgrade and records their
signature in ``hub_meta``; a hub whose triggers do not match this code is "not up to
date" (``Hub._check_schema``) rather than sending rows in a stale shape.
"""

from __future__ import annotations

import hashlib
from functools import cache

from sqlalchemy import Connection, text

from carecenter.sync.hub_pg import row_json
from carecenter.sync.hub_schema import TABLES, WIRE, hub_meta

META_KEY = "wire"


def _function(name: str) -> str:
    return f"{name}_{WIRE}"


@cache
def statements() -> list[str]:
    """The SQL that installs every table's trigger (idempotent)."""
    out: list[str] = []
    for t in TABLES.values():
        fn = _function(t.name)
        out.append(
            f'CREATE OR REPLACE FUNCTION "{fn}"() RETURNS trigger LANGUAGE plpgsql AS $f$ '
            f"BEGIN NEW.{WIRE} := {row_json(t, 'NEW')}; RETURN NEW; END $f$")
        out.append(f'DROP TRIGGER IF EXISTS "{fn}" ON "{t.name}"')
        out.append(f'CREATE TRIGGER "{fn}" BEFORE INSERT OR UPDATE ON "{t.name}" '
                   f'FOR EACH ROW EXECUTE FUNCTION "{fn}"()')
    return out


@cache
def signature() -> str:
    """What the installed triggers must match: a digest of their SQL."""
    return hashlib.sha256("\n".join(statements()).encode()).hexdigest()[:32]


def install(conn: Connection) -> None:
    """Install (or refresh) the triggers and record their signature; rows written
    before keep an empty ``wire`` until their next write (a pull renders those). Nothing
    is done when the hub's are already this code's: replacing a trigger locks its table,
    and ``hub init`` run again must not stop a running service's writes."""
    if current(conn):
        return
    for sql in statements():
        conn.exec_driver_sql(sql)
    conn.execute(hub_meta.delete().where(hub_meta.c.key == META_KEY))
    conn.execute(hub_meta.insert().values(key=META_KEY, value=signature()))


def drop(conn: Connection) -> None:
    for t in TABLES.values():
        fn = _function(t.name)
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{fn}" ON "{t.name}"')
        conn.exec_driver_sql(f'DROP FUNCTION IF EXISTS "{fn}"()')
    conn.execute(hub_meta.delete().where(hub_meta.c.key == META_KEY))


def current(conn: Connection) -> bool:
    """Whether this hub's triggers are the ones this code installs."""
    got = conn.execute(text("SELECT value FROM hub_meta WHERE key = :k"),
                       {"k": META_KEY}).scalar()
    return got == signature()
