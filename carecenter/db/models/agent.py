from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from carecenter.db.base import Base, Synced


class Agent(Synced, Base):
    __tablename__ = "agent"

    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="agent")
    team: Mapped[str | None] = mapped_column(String(40))
    store: Mapped[str | None] = mapped_column(String(80))
