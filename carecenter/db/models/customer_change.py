"""The per-field audit trail of customer records (issue 15): one row per field an edit
changed, with who, when, from which desk, and the old and new value. Append-only."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from carecenter.db.base import Base, Synced


class CustomerChange(Synced, Base):
    __tablename__ = "customer_change"
    KIND: ClassVar[str] = "append"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True)
    field: Mapped[str] = mapped_column(String(40))  # a code of customers.checks.Field
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column()
    agent_id: Mapped[str | None] = mapped_column(ForeignKey("agent.id"))
    desk: Mapped[str | None] = mapped_column(String(120))  # the workstation's name
