"""Opening the store: migrations from empty, refusal of foreign and newer files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from carecenter.db.store import Store, StoreError, known_revisions
from tests.factories import make_customer


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_is_migrated_to_head_with_wal_and_foreign_keys(store: Store) -> None:
    _, head = known_revisions()
    with store.session() as s:
        assert s.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == head
        assert s.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert s.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        tables = set(s.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars())
    for table in ("customer", "contact", "consent_event", "case", "decision", "review_note",
                  "follow_up", "merge", "offer", "campaign", "call_list_entry", "holding",
                  "outbox", "customer_fts"):
        assert table in tables


def test_reopening_keeps_site_id_and_clock(store_path: Path) -> None:
    first = Store.open(store_path)
    make_customer(first, "C1", "Anna", "Bianchi")
    site, last = first.site_id, first.clock.last
    first.close()
    again = Store.open(store_path)
    assert again.site_id == site
    assert again.clock.last == last > 0
    assert again.backup_path is None  # nothing to migrate, nothing backed up
    again.close()


def test_migrations_run_up_from_an_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    s = Store.open(empty)
    with s.session() as ses:
        assert ses.execute(text("SELECT count(*) FROM customer")).scalar_one() == 0
    s.close()


def test_a_text_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    f = tmp_path / "notes.db"
    f.write_text("shopping list\n")
    before = _digest(f)
    with pytest.raises(StoreError) as err:
        Store.open(f)
    assert str(err.value) == (
        f"{f} is not a CareCenter store (it is not a database file); "
        "it was left untouched: choose another file with --db."
    )
    assert _digest(f) == before


def test_a_foreign_sqlite_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    f = tmp_path / "other.db"
    con = sqlite3.connect(f)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    con.execute("INSERT INTO invoices VALUES (1, 9.5)")
    con.commit()
    con.close()
    before = _digest(f)
    with pytest.raises(StoreError) as err:
        Store.open(f)
    assert str(err.value) == (
        f"{f} is a database but not a CareCenter store; "
        "it was left untouched: choose another file with --db."
    )
    assert _digest(f) == before


def test_a_store_from_a_newer_version_is_refused_and_left_untouched(store_path: Path) -> None:
    s = Store.open(store_path)
    make_customer(s, "C1", "Anna", "Bianchi")
    s.close()
    con = sqlite3.connect(store_path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = _digest(store_path)
    with pytest.raises(StoreError) as err:
        Store.open(store_path)
    assert str(err.value) == (
        f"{store_path} was written by a newer version of CareCenter (schema 9999_future); "
        "it was left untouched: update CareCenter to open it."
    )
    assert _digest(store_path) == before


def test_an_older_store_is_backed_up_before_it_is_migrated(store_path: Path) -> None:
    s = Store.open(store_path)
    cid = make_customer(s, "C1", "Anna", "Bianchi")
    s.close()
    revisions, head = known_revisions()
    assert len(revisions) >= 2, "step the store one revision down to make it older"
    from alembic import command

    from carecenter.db.connections import make_engine
    from carecenter.db.guard import lifted
    from carecenter.db.store import _alembic_config

    engine = make_engine(store_path)
    with engine.begin() as conn, lifted(conn), _alembic_config(conn) as cfg:
        command.downgrade(cfg, "-1")
    engine.dispose()
    s = Store.open(store_path)
    assert s.backup_path is not None and s.backup_path.exists()
    bak = sqlite3.connect(s.backup_path)
    assert bak.execute("SELECT id FROM customer").fetchone() == (cid,)
    bak.close()
    with s.session() as ses:
        assert ses.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == head
        assert ses.execute(text("SELECT id FROM customer")).scalar_one() == cid
    s.close()
