"""A counter appointment: who comes, when, what for, and whether they came."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from carecenter.db.base import Base, Synced


class Appointment(Synced, Base):
    """A customer expected at the counter from ``starts`` to ``ends``, served by
    ``agent_id``. Its status only moves forward (expected < arrived, no_show < seen)."""

    __tablename__ = "appointment"
    __table_args__ = (Index("ix_appointment_starts", "starts"),)

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True)
    agent_id: Mapped[str | None] = mapped_column(ForeignKey("agent.id"))
    starts: Mapped[datetime] = mapped_column()
    ends: Mapped[datetime] = mapped_column()
    purpose: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(10), default="expected")
    arrived_at: Mapped[datetime | None] = mapped_column()
    seen_at: Mapped[datetime | None] = mapped_column()
