"""How a person settled a conflict of ``sync_conflict``: which of its two values stays."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from carecenter.db.base import Base, Synced


class ConflictResolution(Synced, Base):
    """Append-only and synced, like the ``sync_conflict`` row it names (which is never
    changed): a conflict with a resolution is settled on every desk, whoever settled it.

    ``chosen`` is ``"kept"`` or ``"lost"``: the value written back (for a delete that met
    an edit, ``"kept"`` keeps the customer and ``"lost"`` deletes it again). ``by_id`` is
    the agent (stamped by the hub from the token)."""

    __tablename__ = "conflict_resolution"
    KIND: ClassVar[str] = "append"

    conflict_id: Mapped[str] = mapped_column(ForeignKey("sync_conflict.id"), index=True)
    chosen: Mapped[str] = mapped_column(String(10))
    by_id: Mapped[str | None] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column()
