from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from carecenter.db.base import Base, Synced


class Decision(Synced, Base):
    """A remedy granted (or asked for) by an agent. Append-only: never dropped; only the
    authority state is moved on by an approval or by the hub's cap check."""

    __tablename__ = "decision"
    __table_args__ = (Index("ix_decision_customer_at", "customer_id", "at"),)
    KIND: ClassVar[str] = "append"
    # The one field that moves, forward only (its order: carecenter.sync.merge.FORWARD).
    FORWARD_FIELDS: ClassVar[frozenset[str]] = frozenset({"authority_state"})

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"))
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case.id"))
    agent_id: Mapped[str | None] = mapped_column(ForeignKey("agent.id"), index=True)
    remedy: Mapped[str] = mapped_column(String(40))
    amount_cents: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    reason: Mapped[str | None] = mapped_column(Text)
    authority_state: Mapped[str] = mapped_column(String(12), default="within")
    at: Mapped[datetime] = mapped_column()
    # For a remedy that costs nothing: how much of its unit (days, hours, count, 1 for
    # yes/no) was granted; amount_cents is then 0. None for money.
    quantity: Mapped[int | None] = mapped_column(Integer)
