"""The customer's cases as a list model (the left side of the Cases section)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from carecenter.services.cases.lifecycle import CaseView
from ui.cases import recovery as words
from ui.cases.recovery import Recovery, when
from ui.shell import theme

Index = QModelIndex | QPersistentModelIndex


class CaseListModel(QAbstractListModel):
    """The customer's cases, open ones first, newest first within each group."""

    def __init__(self, recovery: Recovery, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.recovery = recovery
        self.cases: tuple[CaseView, ...] = ()

    def set_cases(self, cases: tuple[CaseView, ...]) -> None:
        self.beginResetModel()
        self.cases = tuple(sorted(cases, key=lambda c: c.is_closed))  # stable: newest first
        self.endResetModel()

    def row_of(self, case_id: str | None) -> int:
        return next((i for i, c in enumerate(self.cases) if c.id == case_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cases)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.cases):
            return None
        c = self.cases[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            done = sum(1 for s in c.steps if s.done)
            line2 = f"{words.status(c.status)} · {done}/{len(c.steps)} · {when(c.opened_at)}"
            return f"{self.recovery.category_label(c.category)}\n{line2}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.summary
        if role == Qt.ItemDataRole.ForegroundRole and c.is_closed:
            return theme.colour("text_muted")
        if role == Qt.ItemDataRole.UserRole:
            return c.id
        return None
