"""The store's driver connections and engine: SQLite's or SQLCipher's, and the pragmas
every connection gets (WAL, the page cache, the write guard)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carecenter.db import cipher
from carecenter.db.cipher import StoreKey
from carecenter.db.guard import arm

if TYPE_CHECKING:
    from sqlalchemy import Engine


def connect(path: Path, key: StoreKey | None, **kw: Any) -> sqlite3.Connection:
    """A driver connection to a store file: SQLCipher's under ``key``, else sqlite3's."""
    if key is not None:
        keyed: sqlite3.Connection = cipher.connect(path, key, **kw)
        return keyed
    plain: sqlite3.Connection = sqlite3.connect(path, **kw)
    return plain


_CACHE_SIZE = -32000  # KiB
# An encrypted store's pages are decrypted and checked each time SQLite reads them from
# the file: its page cache is all the cache it has (a plain store's pages wait in the
# system's). With 64 MiB the searches between customer views read from it again
# (docs/performance.md, encrypted stores).
_CACHE_SIZE_ENCRYPTED = -65536


def cache_size(encrypted: bool) -> int:
    """A connection's page cache, KiB (negative, as ``PRAGMA cache_size`` takes them)."""
    return _CACHE_SIZE_ENCRYPTED if encrypted else _CACHE_SIZE


def on_connect(dbapi_connection: Any, _record: Any) -> None:
    # SQLAlchemy emits BEGIN itself (see _on_begin); the driver must not.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    # Takes effect only when the file is new (before WAL and the first table): bigger
    # pages halve the I/O calls of bulk writes (imports, demo data) and suit the
    # outbox's row size.
    cur.execute("PRAGMA page_size=16384")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute(f"PRAGMA cache_size={cache_size(cipher.is_driver_connection(dbapi_connection))}")
    cur.close()
    arm(dbapi_connection)  # writes to replicated tables only in a unit of work (db/guard.py)


def _on_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def make_engine(path: Path, key: StoreKey | None = None, *,
                first: sqlite3.Connection | None = None) -> Engine:
    """The store's engine; through SQLCipher's driver (its errors, its connections) for an
    encrypted store. ``first``: an open driver connection to the same file for the pool's
    first connection (the one the store was opened with, its page cache warm)."""
    from sqlalchemy import create_engine, event

    from carecenter.db.guard import install_write_guard

    spare = [first] if first is not None else []

    def fresh() -> Any:
        # The pool's own thread rules (one checkout at a time), as SQLAlchemy sets them
        # for a file of sqlite3's.
        return spare.pop() if spare else connect(path, key, check_same_thread=False)

    driver = {"module": cipher.driver()} if key is not None else {}
    engine = create_engine(f"sqlite:///{path}", future=True, creator=fresh, **driver)
    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", _on_begin)
    install_write_guard(engine)
    return engine
