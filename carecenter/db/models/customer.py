from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from carecenter.db.base import Base, Synced


class Customer(Synced, Base):
    """A customer; fields merge one by one (design.md section 3)."""

    __tablename__ = "customer"

    # Meant to be unique, but a workstation may make one offline that collides:
    # sync keeps both and flags them for a merge, so there is no unique constraint.
    customer_ref: Mapped[str] = mapped_column(String(64), index=True)
    first_name: Mapped[str | None] = mapped_column(String(120))
    last_name: Mapped[str | None] = mapped_column(String(120))
    company: Mapped[str | None] = mapped_column(String(200))
    birth_date: Mapped[date | None] = mapped_column(Date)
    language: Mapped[str | None] = mapped_column(String(8))
    tier: Mapped[str | None] = mapped_column(String(20))
    store: Mapped[str | None] = mapped_column(String(80))
    merged_into_id: Mapped[str | None] = mapped_column(String(36), index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    # The postal address (issue 15), one field each so that sync merges them one by one;
    # province: an Italian sigla ("MI") or a county or state abroad; country: ISO 3166 code.
    street: Mapped[str | None] = mapped_column(String(120))
    house_number: Mapped[str | None] = mapped_column(String(20))
    postcode: Mapped[str | None] = mapped_column(String(16))
    town: Mapped[str | None] = mapped_column(String(80))
    province: Mapped[str | None] = mapped_column(String(40))
    country: Mapped[str | None] = mapped_column(String(2))
    # The phone (E.164) and e-mail to use first, among the customer's (a field of the
    # customer rather than a flag on each row: two desks cannot make two primaries).
    primary_phone: Mapped[str | None] = mapped_column(String(20))
    primary_email: Mapped[str | None] = mapped_column(String(254))


# The customer's index holds the number (the address), the id and the flag too: the search
# lists them from the index alone (migration 0018).
class CustomerPhone(Synced, Base):
    __tablename__ = "customer_phone"
    __table_args__ = (Index("ix_customer_phone_e164", "e164"),
                      Index("ix_customer_phone_customer_id", "customer_id", "id", "e164",
                            "deleted"))

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"))
    e164: Mapped[str] = mapped_column(String(20))
    label: Mapped[str | None] = mapped_column(String(20))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class CustomerEmail(Synced, Base):
    __tablename__ = "customer_email"
    __table_args__ = (Index("ix_customer_email_email", "email"),
                      Index("ix_customer_email_customer_id", "customer_id", "id", "email",
                            "deleted"))

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"))
    email: Mapped[str] = mapped_column(String(254))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
