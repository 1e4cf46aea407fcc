"""A store in use, made by an older version, moves to the newest schema with every row:
migrations that add columns to tables other rows point to (a case's steps, follow-ups,
decisions) must not copy those tables, which SQLite refuses with its foreign keys on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from carecenter.db.store import Store, _alembic_config, known_revisions
from carecenter.demo.builder import build_demo
from carecenter.services.search.query import search

TABLES = ("customer", "contact", "case", "case_step_event", "follow_up", "decision")


def _counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}
    finally:
        con.close()


def test_a_store_in_use_at_0012_moves_to_the_newest_schema(store_path: Path) -> None:
    build_demo(store_path, customers=80)
    before = _counts(store_path)
    assert before["case"] and before["case_step_event"] and before["follow_up"]
    engine = create_engine(f"sqlite:///{store_path}")
    with engine.connect() as conn:  # as version 0012 left it (older rows only)
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        with _alembic_config(conn) as cfg:
            command.downgrade(cfg, "0012")
        conn.commit()
    engine.dispose()

    s = Store.open(store_path)  # the upgrade runs with the store's foreign keys on
    try:
        con = sqlite3.connect(store_path)
        try:
            version = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            dangling = con.execute("PRAGMA foreign_key_check").fetchall()
            name = con.execute("SELECT last_name FROM customer WHERE last_name IS NOT NULL "
                               "LIMIT 1").fetchone()[0]
        finally:
            con.close()
        assert version == known_revisions()[1]
        assert dangling == []
        assert _counts(store_path) == before
        assert search(s, name)
    finally:
        s.close()
