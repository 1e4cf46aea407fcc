"""What sync flagged for a supervisor: field conflicts and probable duplicates."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from sqlalchemy import BigInteger, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from carecenter.db.base import Base, Synced


class SyncConflict(Synced, Base):
    """Made by the hub and synced to every workstation; append-only.

    ``kind`` is ``"field"`` when two sites changed the same field of a row from the same
    base (last writer wins; ``kept_*`` is the winner, ``lost_*`` the losing write), or
    ``"duplicate"`` when two rows share a key meant to be unique (``field`` is the key,
    ``row_id`` and ``other_row_id`` the two rows, both kept, to be merged by a person).
    The id is derived from the content, so the same finding is one row everywhere.
    """

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_row", "table_name", "row_id"),)
    KIND: ClassVar[str] = "append"

    kind: Mapped[str] = mapped_column(String(10))
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(40))
    other_row_id: Mapped[str | None] = mapped_column(String(36))
    kept_value: Mapped[str | None] = mapped_column(Text)
    kept_hlc: Mapped[int | None] = mapped_column(BigInteger)
    kept_site: Mapped[str | None] = mapped_column(String(36))
    lost_value: Mapped[str | None] = mapped_column(Text)
    lost_hlc: Mapped[int | None] = mapped_column(BigInteger)
    lost_site: Mapped[str | None] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column()
