from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from carecenter.db.base import Base, Synced


class Merge(Synced, Base):
    """One customer merged into another (or a merge undone). Append-only."""

    __tablename__ = "merge"
    KIND: ClassVar[str] = "append"

    kind: Mapped[str] = mapped_column(String(8), default="merge")
    kept_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True)
    merged_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True)
    by_id: Mapped[str | None] = mapped_column(ForeignKey("agent.id"))
    at: Mapped[datetime] = mapped_column()
    reason: Mapped[str | None] = mapped_column(Text)
    undoes_id: Mapped[str | None] = mapped_column(String(36))
