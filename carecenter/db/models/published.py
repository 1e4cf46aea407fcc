"""Checklist templates and playbooks published by an administrator, kept in the store as
synced data. Ids are derived from the template name and from the playbook's category
and language (the same on every workstation), so publishing the same file on two
workstations merges field by field (the later write wins) instead of leaving two rows."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from carecenter.db.base import Base, Synced


class ChecklistTemplate(Synced, Base):
    """One template file: ``name`` is the file name without ``.toml`` (``default`` or a
    category code), ``text`` the whole TOML as published."""

    __tablename__ = "checklist_template"

    name: Mapped[str] = mapped_column(String(40), index=True)
    text: Mapped[str] = mapped_column(Text)
    published_by: Mapped[str] = mapped_column(String(200), default="")
    published_at: Mapped[datetime] = mapped_column()


class PlaybookText(Synced, Base):
    """One playbook: a category's guide in one language, the whole Markdown."""

    __tablename__ = "playbook_text"

    category: Mapped[str] = mapped_column(String(40), index=True)
    lang: Mapped[str] = mapped_column(String(2))
    text: Mapped[str] = mapped_column(Text)
    published_by: Mapped[str] = mapped_column(String(200), default="")
    published_at: Mapped[datetime] = mapped_column()
