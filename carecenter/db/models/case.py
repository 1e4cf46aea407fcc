from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from carecenter.db.base import Base, Synced


class Case(Synced, Base):
    """A customer's problem, worked through the service-recovery checklist."""

    __tablename__ = "case"
    __table_args__ = (Index("ix_case_customer_status", "customer_id", "status"),)

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"))
    category: Mapped[str] = mapped_column(String(40))
    severity: Mapped[str] = mapped_column(String(10), default="medium")
    status: Mapped[str] = mapped_column(String(12), default="open")
    summary: Mapped[str | None] = mapped_column(Text)
    opened_at: Mapped[datetime] = mapped_column()
    opened_by_id: Mapped[str | None] = mapped_column(ForeignKey("agent.id"))
    closed_at: Mapped[datetime | None] = mapped_column()
    close_reason: Mapped[str | None] = mapped_column(Text)
    promise_due: Mapped[datetime | None] = mapped_column()
    # Statuses only move forward (open < in_progress < resolved < closed), also in sync;
    # reopening a closed case makes a new case that names the one it reopens.
    reopens_id: Mapped[str | None] = mapped_column(String(36), index=True)
    # The checklist steps the case was opened with (ids and labels per language), copied
    # from its category template so the case reads the same on every workstation.
    steps: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    # Closed with unticked steps (the reason is in close_reason); counted in the figures.
    close_override: Mapped[bool] = mapped_column(Boolean, default=False)
    # Who works the case now (issue 19): until its first hand-over (``handed_at`` None) the
    # agent who opened it; after one, ``owner_id`` (None: the team queue).
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("agent.id"))
    handed_at: Mapped[datetime | None] = mapped_column()


class CaseStepEvent(Synced, Base):
    """A checklist step ticked (or unticked) on a case. Append-only."""

    __tablename__ = "case_step_event"
    KIND: ClassVar[str] = "append"

    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), index=True)
    step: Mapped[str] = mapped_column(String(40))
    done: Mapped[bool] = mapped_column(Boolean, default=True)
    agent_id: Mapped[str | None] = mapped_column(ForeignKey("agent.id"))
    at: Mapped[datetime] = mapped_column()
    note: Mapped[str | None] = mapped_column(Text)
