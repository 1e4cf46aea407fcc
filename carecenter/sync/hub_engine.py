"""The hub database's engine and its schema set-up (``carecenter hub init``)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.engine import make_url

from carecenter.sync.hub_schema import hub_meta


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def make_hub_engine(url: str, password: str | None = None) -> Engine:
    u = make_url(url)
    if password is not None and u.password is None:
        u = u.set(password=password)
    if u.get_backend_name() == "sqlite":
        engine = create_engine(u)
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
        return engine
    # as many pooled connections as the service runs requests at once (its 40 threads):
    # past the pool, each request opened and closed a PostgreSQL session of its own
    return create_engine(u, pool_size=40, max_overflow=20, pool_pre_ping=True)


def init_hub(url: str, password: str | None = None) -> str:
    """Create or migrate the hub schema; returns the hub's id."""
    from alembic import command

    from carecenter.sync.migrate import hub_alembic_config, reconcile

    engine = make_hub_engine(url, password)
    try:
        with engine.begin() as conn, hub_alembic_config(conn) as cfg:
            command.upgrade(cfg, "head")
            reconcile(conn)
            if conn.dialect.name == "postgresql":  # after reconcile: the columns it added
                from carecenter.sync import hub_wire

                hub_wire.install(conn)
        with engine.begin() as conn:
            meta = dict(conn.execute(select(hub_meta.c.key, hub_meta.c.value)).all())
            if "hub_id" not in meta:
                meta = {"hub_id": str(uuid.uuid4()), "txn": "0"}
                conn.execute(hub_meta.insert(), [{"key": k, "value": v} for k, v in meta.items()])
        hub_id: str = meta["hub_id"]
        return hub_id
    finally:
        engine.dispose()
