"""Tables of this store only, never replicated: the outbox and the store's own state."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from carecenter.db.base import Base


class OutboxOp(Base):
    """A write waiting to reach the hub: ``fields`` maps each written column to
    ``[value, hlc]`` (design.md section 4). Leaves only once the hub acknowledged it."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    table: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(8))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    hlc: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column()


class SetAsideOp(Base):
    """An outbox op the hub refused (issue 13): out of the outbox so it never blocks the
    rest, with the refusal's code, values and sentence, until the agent sends it again
    (fixed) or discards it with a reason, which stays here as the record of it."""

    __tablename__ = "set_aside"

    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(8))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    hlc: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column()
    code: Mapped[str] = mapped_column(String(24))
    values: Mapped[dict[str, Any]] = mapped_column(JSON)
    message: Mapped[str] = mapped_column(Text)
    set_aside_at: Mapped[datetime] = mapped_column()
    discarded_at: Mapped[datetime | None] = mapped_column()
    discard_reason: Mapped[str | None] = mapped_column(Text)
    discarded_by: Mapped[str | None] = mapped_column(String(200))


class StoreMeta(Base):
    """Key/value facts about this store: what it is, its site id, its clock."""

    __tablename__ = "store_meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SearchDoc(Base):
    """Maps a customer to the rowid of its document in the FTS5 index ``customer_fts``."""

    __tablename__ = "search_doc"

    rowid: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    customer_id: Mapped[str] = mapped_column(String(36), unique=True)
    # The customer's last contact (contact.at, the newest), which the search ranks its
    # matches by: read with the document instead of from the contact index, one page
    # fewer a match (migration 0018). None: never contacted.
    last_at: Mapped[str | None] = mapped_column(String(32))


class SearchMove(Base):
    """A customer whose search document is to move up to a newer contact, noted during a
    bulk import and made when it ends, or by the next commit after a kill
    (``services/search/index.py`` ``settle_moves``). Local, never replicated."""

    __tablename__ = "search_move"

    customer_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class ScreenPop(Base):
    """One screen pop measured on this workstation: from the call reaching the console to
    the customer (or the choice, or the new-customer form) painted. A local figure for the
    supervisor view, never replicated."""

    __tablename__ = "screen_pop"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(index=True)
    outcome: Mapped[str] = mapped_column(String(10))  # "one", "several" or "none"
    matches: Mapped[int] = mapped_column(Integer)
    ms: Mapped[float] = mapped_column(Float)


class HeldRow(Base):
    """A row state a pull brought that would delete a row here, held back because its
    table's purge is larger than the limit (issue 16): applied, with the sync merge rules,
    once a supervisor confirms the purge of that table; the tables not held sync on.
    ``columns`` names the values of ``state`` (the pull's "rows" shape), or is None when
    ``state`` maps each field to its cell."""

    __tablename__ = "held_row"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table: Mapped[str] = mapped_column(String(40), index=True)
    row_id: Mapped[str] = mapped_column(String(36))
    columns: Mapped[list[str] | None] = mapped_column(JSON)
    state: Mapped[Any] = mapped_column(JSON)
    held_at: Mapped[datetime] = mapped_column()
