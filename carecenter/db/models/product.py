from __future__ import annotations

from datetime import date
from typing import ClassVar

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from carecenter.db.base import Base, Synced


class Product(Synced, Base):
    __tablename__ = "product"

    code: Mapped[str] = mapped_column(String(40), index=True)
    name: Mapped[str] = mapped_column(String(200))


class Holding(Synced, Base):
    """What a customer owns, since when and from which channel. Append-only."""

    __tablename__ = "holding"
    KIND: ClassVar[str] = "append"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"))
    since: Mapped[date | None] = mapped_column(Date)
    channel: Mapped[str | None] = mapped_column(String(10))
