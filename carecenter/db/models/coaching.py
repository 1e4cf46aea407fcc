"""Skills grown, not blamed (issue 19, part 6): training asked for, playbook sections
read from a lesson, praise celebrated with the team. All synced and append-only."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from carecenter.db.base import Base, Synced


class TrainingRequest(Synced, Base):
    """An agent asks for training about a case or a decision; it reaches the supervisors'
    review (the "Training and praise" tab)."""

    __tablename__ = "training_request"
    KIND: ClassVar[str] = "append"

    agent_id: Mapped[str | None] = mapped_column(ForeignKey("agent.id"), index=True)
    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customer.id"))
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case.id"))
    decision_id: Mapped[str | None] = mapped_column(ForeignKey("decision.id"))
    text: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column()


class PlaybookRead(Synced, Base):
    """An agent opened the playbook section a lesson points to."""

    __tablename__ = "playbook_read"
    KIND: ClassVar[str] = "append"

    agent_id: Mapped[str | None] = mapped_column(ForeignKey("agent.id"), index=True)
    note_id: Mapped[str] = mapped_column(ForeignKey("review_note.id"))
    playbook_ref: Mapped[str] = mapped_column(String(200))  # "category#section heading"
    at: Mapped[datetime] = mapped_column()


class Celebration(Synced, Base):
    """A supervisor shared a praise with the team ("celebrate the decision")."""

    __tablename__ = "celebration"
    KIND: ClassVar[str] = "append"

    note_id: Mapped[str] = mapped_column(ForeignKey("review_note.id"), index=True)
    by_id: Mapped[str | None] = mapped_column(ForeignKey("agent.id"))
    at: Mapped[datetime] = mapped_column()
