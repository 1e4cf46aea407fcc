"""The service charter (the promises and rules the company makes to customers), published
by an administrator like the playbooks, and the citations of its clauses agents make on a
case or a decision."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from carecenter.db.base import Base, Synced


class CharterText(Synced, Base):
    """The charter in one language, the whole Markdown; its id derives from the language."""

    __tablename__ = "charter_text"

    lang: Mapped[str] = mapped_column(String(2), index=True)
    text: Mapped[str] = mapped_column(Text)
    published_by: Mapped[str] = mapped_column(String(200), default="")
    published_at: Mapped[datetime] = mapped_column()


class CharterCitation(Synced, Base):
    """A clause of the charter cited on a case or a decision (one of the two). Append-only:
    what was read to the customer stays on the record."""

    __tablename__ = "charter_citation"
    KIND: ClassVar[str] = "append"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case.id"), index=True)
    decision_id: Mapped[str | None] = mapped_column(ForeignKey("decision.id"), index=True)
    clause: Mapped[str] = mapped_column(String(20))
    agent_id: Mapped[str | None] = mapped_column(ForeignKey("agent.id"))
    at: Mapped[datetime] = mapped_column()
