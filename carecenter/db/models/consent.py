from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from sqlalchemy import Boolean, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from carecenter.db.base import Base, Synced


class ConsentEvent(Synced, Base):
    """Consent given or withdrawn, with where it came from (``source``: a
    ``domain.ConsentSource`` code, or older free text) and the agent's ``note``.

    Current consent is the latest by ``at`` among the events not ``overruled``; on a tie
    the most restrictive (denied) wins. ``overruled`` is the hub's mark on a grant whose
    desk had not seen a withdrawal of the same channel and purpose (``sync.consent_rule``);
    it only moves from false to true and syncs back to every desk."""

    __tablename__ = "consent_event"
    __table_args__ = (
        Index("ix_consent_event_customer", "customer_id", "channel", "purpose", "at"),)
    KIND: ClassVar[str] = "append"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"))
    channel: Mapped[str] = mapped_column(String(10))
    purpose: Mapped[str] = mapped_column(String(12))
    granted: Mapped[bool] = mapped_column(Boolean)
    source: Mapped[str | None] = mapped_column(String(80))
    at: Mapped[datetime] = mapped_column()
    note: Mapped[str | None] = mapped_column(String(500))
    overruled: Mapped[bool | None] = mapped_column(Boolean, default=False)
