"""The follow-up queue as a table model: due, bucket, customer, reason, note, assignee."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from carecenter.services.cases.followups import FollowUpView, Queue
from ui.cases import recovery as words
from ui.cases.recovery import when
from ui.shell import theme

DUE, BUCKET, CUSTOMER, REASON, NOTE, ASSIGNEE = range(6)
Index = QModelIndex | QPersistentModelIndex


class FollowUpModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[FollowUpView, ...] = ()

    def set_queue(self, queue: Queue) -> None:
        self.beginResetModel()
        self.rows = queue.all
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Due"), self.tr("When"), self.tr("Customer"), self.tr("Why"),
                self.tr("What"), self.tr("Assigned to"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        f = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            due = when(f.due) + (f"–{when(f.due_until, with_day=False)}" if f.due_until else "")
            return (due, words.bucket("missed" if f.missed else f.bucket), f.customer_name,
                    words.reason(f.reason), f.note or "", f.assignee_name or "")[col]
        if role == Qt.ItemDataRole.ForegroundRole and col in (DUE, BUCKET):
            return theme.colour({"overdue": "error_fg", "today": "accent_text"}.get(
                f.bucket, "text_secondary"))
        if role == Qt.ItemDataRole.ToolTipRole and col == NOTE:
            return f.note
        if role == Qt.ItemDataRole.UserRole:
            return f.id
        return None
