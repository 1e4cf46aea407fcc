"""A guard in SQLite itself: no INSERT, UPDATE or DELETE on a replicated table outside a
unit of work, whatever the code path (ORM flush, Core statement, raw SQL, a cached
statement) and whatever the SQL looks like (comments, a WITH clause, ``main.customer``).

Every connection of the store carries an authorizer (``sqlite3.Connection.set_authorizer``)
that SQLite consults while it compiles a statement: a write to a replicated table is
denied there, on the table SQLite resolved, not on the statement's text. A unit of work
(and the few sanctioned writers: migrations, a set-aside op sent again) lifts the guard on
its own connection for its transaction and puts it back afterwards. Setting an authorizer
expires the connection's prepared statements, so a statement compiled while the guard was
lifted is compiled again, and checked, before it runs once it is back.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING

from carecenter.db.cipher import is_driver_error

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.engine import ExceptionContext

# The write actions: a DROP TABLE of a replicated table is checked by SQLite as a DELETE.
_WRITES = frozenset({sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE})
_denied = threading.local()  # the table last refused on this thread, for the sentence


class WriteOutsideUnitOfWork(RuntimeError):
    """Code wrote a replicated table without a unit of work (a programming error)."""

    def __init__(self, table: str) -> None:
        super().__init__(
            f"write to {table} outside a unit of work: it would never reach the hub")
        self.table = table


@cache
def synced_tables() -> frozenset[str]:
    """The replicated tables, from the models: loaded at the first write SQLite compiles,
    not when a store is opened (a store opened to search needs no ORM)."""
    from carecenter.db.models import SYNCED_MODELS

    return frozenset(m.__tablename__.lower() for m in SYNCED_MODELS)


def authorize(action: int, arg1: str | None, _arg2: str | None, _db: str | None,
              _trigger: str | None) -> int:
    """SQLite's question for each thing a statement being compiled would do."""
    if action in _WRITES and arg1 is not None and arg1.lower() in synced_tables():
        _denied.table = arg1
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def arm(dbapi_connection: sqlite3.Connection) -> None:
    """Put the guard on a driver connection (each new one, and after a lift). A connection
    closed meanwhile (invalidated after an interrupted statement) never serves again."""
    with contextlib.suppress(sqlite3.ProgrammingError):
        dbapi_connection.set_authorizer(authorize)


def lift(dbapi_connection: sqlite3.Connection) -> None:
    """Take the guard off a driver connection: only a unit of work and sanctioned writers."""
    dbapi_connection.set_authorizer(None)


def driver_connection(conn: Connection) -> sqlite3.Connection:
    raw = conn.connection.driver_connection
    assert raw is not None  # sqlite3's, or SQLCipher's for an encrypted store
    return raw  # type: ignore[no-any-return]


@contextmanager
def lifted(conn: Connection) -> Iterator[None]:
    """The guard off on ``conn``'s driver connection for the block: a sanctioned write
    that records its own op (or a migration), never for a write that needs one."""
    raw = driver_connection(conn)
    lift(raw)
    try:
        yield
    finally:
        arm(raw)


def _explain(context: ExceptionContext) -> None:
    """A write SQLite refused for the guard: raised as WriteOutsideUnitOfWork, naming the
    table (SQLite itself only says "not authorized")."""
    exc = context.original_exception
    table = getattr(_denied, "table", None)
    if table is not None and str(exc) == "not authorized" \
            and (isinstance(exc, sqlite3.DatabaseError) or is_driver_error(exc)):
        _denied.table = None
        raise WriteOutsideUnitOfWork(table) from None


def install_write_guard(engine: Engine) -> None:
    from sqlalchemy import event

    event.listen(engine, "handle_error", _explain)
