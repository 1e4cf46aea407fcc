from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from carecenter.db.base import Base, Synced


class Contact(Synced, Base):
    """Every touch from every team. Never changed: a correction is a new row that
    amends an earlier one (``amends_id``)."""

    __tablename__ = "contact"
    __table_args__ = (
        Index("ix_contact_customer_at", "customer_id", "at", "id"),
        Index("ix_contact_ref", "contact_ref"),
    )
    KIND: ClassVar[str] = "append"

    contact_ref: Mapped[str | None] = mapped_column(String(64))
    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"))
    at: Mapped[datetime] = mapped_column()
    channel: Mapped[str] = mapped_column(String(10))
    direction: Mapped[str] = mapped_column(String(10))
    team: Mapped[str] = mapped_column(String(12))
    campaign_id: Mapped[str | None] = mapped_column(ForeignKey("campaign.id"))
    offer_id: Mapped[str | None] = mapped_column(ForeignKey("offer.id"))
    outcome: Mapped[str | None] = mapped_column(String(16))
    agent_id: Mapped[str | None] = mapped_column(ForeignKey("agent.id"))
    duration_s: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str | None] = mapped_column(Text)
    amends_id: Mapped[str | None] = mapped_column(String(36))
    # The case the contact was about (a message telling the customer how it goes).
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case.id"))
