"""The remedy catalogue and authority policy, kept in the store as synced data, and the
supervisor's answers to approval requests."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from carecenter.db.base import Base, Synced


class Remedy(Synced, Base):
    """One remedy of the catalogue. Its id is derived from its code (the same on every
    workstation), so catalogues imported on two workstations merge field by field.
    A remedy is never deleted (decisions name it): one left out of an import is retired."""

    __tablename__ = "remedy"

    code: Mapped[str] = mapped_column(String(40), index=True)
    default_amount_cents: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    follow_up_days: Mapped[int] = mapped_column(Integer, default=7)
    labels: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # "money" (amounts in cents) or a unit of a remedy that costs nothing: "days",
    # "hours", "count" or "yes_no" (granted in default_quantity of it).
    unit: Mapped[str] = mapped_column(String(10), default="money", server_default="money")
    default_quantity: Mapped[int | None] = mapped_column(Integer)


class AuthorityPolicy(Synced, Base):
    """The authority of one role; its id is derived from the role."""

    __tablename__ = "authority_policy"

    role: Mapped[str] = mapped_column(String(20), index=True)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    day_time_zone: Mapped[str] = mapped_column(String(64), default="Europe/Rome")
    max_per_decision_cents: Mapped[int] = mapped_column(Integer)
    max_per_customer_30_days_cents: Mapped[int] = mapped_column(Integer)
    max_per_agent_day_cents: Mapped[int] = mapped_column(Integer)
    may_override_with_reason: Mapped[bool] = mapped_column(Boolean, default=True)
    # Limits of remedies that cost nothing, by remedy code:
    # {"payment_extension": {"per_grant": 30, "per_period": 45}} (in the remedy's unit;
    # the period is the customer's 30 days). A remedy not named here needs approval.
    remedy_limits: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class DecisionAnswer(Synced, Base):
    """A supervisor's answer to an approval request: who, when, yes or no, and why.
    Append-only; the decision's authority state moves forward with it."""

    __tablename__ = "decision_answer"
    KIND: ClassVar[str] = "append"

    decision_id: Mapped[str] = mapped_column(ForeignKey("decision.id"), index=True)
    by_id: Mapped[str | None] = mapped_column(ForeignKey("agent.id"))
    approved: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column()
