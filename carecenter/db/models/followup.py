from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from carecenter.db.base import Base, Synced


class FollowUp(Synced, Base):
    __tablename__ = "follow_up"
    __table_args__ = (
        Index("ix_follow_up_customer_status", "customer_id", "status"),
        Index("ix_follow_up_assignee_due", "assignee_id", "status", "due"),
    )

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"))
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case.id"))
    decision_id: Mapped[str | None] = mapped_column(ForeignKey("decision.id"))
    due: Mapped[datetime] = mapped_column()
    # A promise kept as a time window ("we call you back 16:00–17:00"): ``due`` opens it,
    # ``due_until`` closes it; None for a due time alone. Missed once past ``due_until``.
    due_until: Mapped[datetime | None] = mapped_column()
    assignee_id: Mapped[str | None] = mapped_column(ForeignKey("agent.id"))
    reason: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(8), default="open")
    outcome: Mapped[str | None] = mapped_column(String(16))
    done_at: Mapped[datetime | None] = mapped_column()
    outcome_note: Mapped[str | None] = mapped_column(Text)  # what the customer said
    done_by_id: Mapped[str | None] = mapped_column(ForeignKey("agent.id"))
