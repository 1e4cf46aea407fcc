"""Several customers have the calling number: pick one, seeing what tells them apart."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carecenter.services.customers.phones import display
from carecenter.services.search.query import CustomerHit
from ui.widgets import formats, labels

Index = QModelIndex | QPersistentModelIndex
NAME, REF, PHONES, STORE, TIER, LAST = range(6)


class PickerModel(QAbstractTableModel):
    """One row per candidate: name, number, phones, home store, tier, last contact."""

    def __init__(self, hits: Sequence[CustomerHit], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hits = list(hits)

    def hit(self, row: int) -> CustomerHit:
        return self._hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {NAME: self.tr("Name"), REF: self.tr("Customer number"),
                PHONES: self.tr("Phone numbers"), STORE: self.tr("Home store"),
                TIER: self.tr("Tier"), LAST: self.tr("Last contact")}.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        h = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            col = index.column()
            if col == NAME:
                return h.name or h.customer_ref
            if col == REF:
                return h.customer_ref
            if col == PHONES:
                return ", ".join(display(p) for p in h.phones)
            if col == STORE:
                return h.store or ""
            if col == TIER:
                return labels.tier(h.tier)
            if col == LAST:
                if h.last_contact_at is None:
                    return self.tr("never")
                return formats.date(h.last_contact_at)  # as everywhere else
        return None


class PickerDialog(QDialog):
    """``chosen`` gives the customer id; ``new_customer`` when the caller is none of them."""

    chosen = Signal(str)
    new_customer = Signal()

    def __init__(self, number: str, hits: Sequence[CustomerHit],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pickerDialog")
        self.number = number
        self.title = QLabel()
        self.title.setObjectName("pickerTitle")
        self.title.setWordWrap(True)
        self.model = PickerModel(hits, self)
        self.table = QTableView()
        self.table.setObjectName("pickerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.new_button = QPushButton()
        self.new_button.setObjectName("pickerNew")
        self.buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.new_button.clicked.connect(self._new)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addWidget(self.title)
        col.addWidget(self.table, 1)
        col.addWidget(self.buttons)
        if self.model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()
        self.resize(860, 320)
        self.retranslate()

    def current_id(self) -> str | None:
        row = self.table.currentIndex().row()
        return self.model.hit(row).customer_id if 0 <= row < self.model.rowCount() else None

    def accept(self) -> None:
        cid = self.current_id()
        if cid is None:
            return
        super().accept()
        self.chosen.emit(cid)

    def _new(self) -> None:
        super().reject()
        self.new_customer.emit()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Who is calling?"))
        self.title.setText(self.tr(
            "Several customers have the number {0}: pick the one calling.").format(self.number))
        self.new_button.setText(self.tr("None of them: &new customer"))
        self.table.setAccessibleName(self.tr("Customers with this number"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
