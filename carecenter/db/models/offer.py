from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from carecenter.db.base import Base, Synced


class Offer(Synced, Base):
    __tablename__ = "offer"

    code: Mapped[str] = mapped_column(String(40), index=True)
    product_id: Mapped[str | None] = mapped_column(ForeignKey("product.id"))
    title: Mapped[str] = mapped_column(String(200))
    value_cents: Mapped[int] = mapped_column(Integer, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    channels: Mapped[str | None] = mapped_column(String(80))
    eligibility: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), default="active")
