"""Work handed from one agent to another (issue 19, part 1): the audit of each hand-over.

A hand-over moves one follow-up (its ``assignee_id``) or one case (its ``owner_id``) to a
colleague, or back to the team queue (``to_id`` None), with a note for the receiver.
Append-only: the rows are the record of who gave what to whom, and why. Whether the
receiver has seen it yet is this desk's own business (``HandOverSeen``, never synced).
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from carecenter.db.base import Base, Synced


class HandOver(Synced, Base):
    __tablename__ = "hand_over"
    KIND: ClassVar[str] = "append"

    follow_up_id: Mapped[str | None] = mapped_column(ForeignKey("follow_up.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case.id"), index=True)
    from_id: Mapped[str | None] = mapped_column(ForeignKey("agent.id"))  # None: team queue
    to_id: Mapped[str | None] = mapped_column(ForeignKey("agent.id"), index=True)
    by_id: Mapped[str | None] = mapped_column(ForeignKey("agent.id"))
    note: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column()


class HandOverSeen(Base):
    """A hand-over the receiver has looked at on this desk (no longer "new" in Mine)."""

    __tablename__ = "hand_over_seen"

    hand_over_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column()
