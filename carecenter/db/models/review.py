from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from carecenter.db.base import Base, Synced


class ReviewNote(Synced, Base):
    """A supervisor's praise or lesson. There is no penalty field, by design."""

    __tablename__ = "review_note"
    KIND: ClassVar[str] = "append"

    decision_id: Mapped[str | None] = mapped_column(ForeignKey("decision.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case.id"), index=True)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("agent.id"))
    kind: Mapped[str] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column()
    # A lesson may point to the playbook section it is about: "category#section heading".
    playbook_ref: Mapped[str | None] = mapped_column(String(200))
