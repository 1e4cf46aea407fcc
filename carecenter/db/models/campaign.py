from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from carecenter.db.base import Base, Synced


class Campaign(Synced, Base):
    __tablename__ = "campaign"

    name: Mapped[str] = mapped_column(String(120), index=True)
    product_id: Mapped[str | None] = mapped_column(ForeignKey("product.id"))
    offer_id: Mapped[str | None] = mapped_column(ForeignKey("offer.id"))
    recontact_days: Mapped[int] = mapped_column(Integer, default=30)
    max_calls_30d: Mapped[int] = mapped_column(Integer, default=3)
    max_attempts: Mapped[int] = mapped_column(Integer, default=5)
    status: Mapped[str] = mapped_column(String(12), default="active")


class CallListEntry(Synced, Base):
    __tablename__ = "call_list_entry"

    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaign.id"), index=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(12), default="pending")
