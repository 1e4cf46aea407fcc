"""Share out an absent agent's work (issue 19, part 1), from the supervisor view
(Ctrl+Shift+J).

The supervisor picks the absent agent, sees each colleague's open follow-ups and cases,
ticks who takes the work (or the team queue), writes a note and shares it out in one step
(Ctrl+Return): each item goes to whoever ticked then has the least open work. Every item
moved is audited and reaches every desk by sync; the receivers see it as new in "Mine".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carecenter.clock import utcnow
from carecenter.db.store import Store
from carecenter.services.cases import handover as svc
from carecenter.services.cases.handover import Colleague
from ui.shell.ops import OpRunner, user_message
from ui.widgets.note_form import note_and_buttons

Index = QModelIndex | QPersistentModelIndex
TEAM = ""  # the row of the team queue


class LoadModel(QAbstractTableModel):
    """The colleagues who may take the work, with their load; the first column ticks."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[Colleague, ...] = ()
        self.ticked: set[str] = set()

    def set_rows(self, rows: tuple[Colleague, ...]) -> None:
        self.beginResetModel()
        self.rows = (Colleague(TEAM, "", 0, 0), *rows)
        self.ticked &= {c.id for c in self.rows}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Colleague"), self.tr("Open follow-ups"), self.tr("Open cases"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        c = self.rows[index.row()]
        team = c.id == TEAM
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return self.tr("The team queue") if team else c.name
            return "" if team else (c.follow_ups, c.cases)[index.column() - 1]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if c.id in self.ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column():
            return False
        rid = self.rows[index.row()].id
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        (self.ticked.add if on else self.ticked.discard)(rid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def tick(self, agent_id: str | None, on: bool = True) -> None:
        row = next((i for i, c in enumerate(self.rows) if c.id == (agent_id or TEAM)), -1)
        if row >= 0:
            state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
            self.setData(self.index(row, 0), state, Qt.ItemDataRole.CheckStateRole)

    def chosen(self) -> list[str | None]:
        return [c.id or None for c in self.rows if c.id in self.ticked]


class ShareOutDialog(QDialog):
    """Choose the absent agent and who takes her work; the write runs in the background."""

    shared = Signal(int)  # how many items moved

    def __init__(self, runner: OpRunner, store: Store, me: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shareOutDialog")
        self.runner, self.store, self.me = runner, store, me  # me: worker thread only
        self.supervisor_id = ""
        self.everyone: tuple[Colleague, ...] = ()
        self.absent_label = QLabel()
        self.absent = QComboBox()
        self.absent.setObjectName("shareOutAbsent")
        self.absent_label.setBuddy(self.absent)
        self.absent.currentIndexChanged.connect(lambda _i: self._fill())
        self.loads_label = QLabel()
        self.loads_label.setWordWrap(True)
        self.model = LoadModel(self)
        self.table = QTableView()
        self.table.setObjectName("shareOutLoads")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.loads_label.setBuddy(self.table)
        self.note_label, self.note, self.error, self.buttons = note_and_buttons(
            self, "shareOutNote", 60, self.submit)
        col = QVBoxLayout(self)
        for w in (self.absent_label, self.absent, self.loads_label, self.table,
                  self.note_label, self.note, self.error, self.buttons):
            col.addWidget(w)
        self.resize(520, 480)
        self.retranslate()

    def load(self) -> None:
        store, me = self.store, self.me
        self.runner.op(self, lambda _s: (me(), svc.colleagues(store, utcnow()))) \
            .success(lambda r: self._loaded(*r)) \
            .failure(lambda e: self.show_error(user_message(e))).run()

    def _loaded(self, me: str, everyone: tuple[Colleague, ...]) -> None:
        self.supervisor_id, self.everyone = me, everyone
        self.absent.blockSignals(True)
        self.absent.clear()
        for c in everyone:
            if c.id != self.supervisor_id:
                self.absent.addItem(c.name, c.id)
        busiest = max(range(self.absent.count()), default=-1, key=lambda i: _work(
            everyone, self.absent.itemData(i)))
        self.absent.setCurrentIndex(busiest)
        self.absent.blockSignals(False)
        self._fill()

    def _fill(self) -> None:
        absent = self.absent.currentData()
        self.model.set_rows(tuple(c for c in self.everyone if c.id != absent))
        self.retranslate()

    def choose_absent(self, agent_id: str) -> None:
        self.absent.setCurrentIndex(self.absent.findData(agent_id))

    def submit(self) -> None:
        absent = self.absent.currentData()
        if absent is None or not self.supervisor_id:
            return
        store, by, to = self.store, self.supervisor_id, self.model.chosen()
        note = self.note.toPlainText()
        self.runner.op(self, lambda _s: svc.share_out(
            store, by_id=by, absent_id=str(absent), to_ids=to, now=utcnow(), note=note)) \
            .success(self._done).failure(lambda e: self.show_error(user_message(e))).run()

    def _done(self, result: svc.HandOverResult) -> None:
        self.shared.emit(result.handed)
        self.accept()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Share out an absent colleague's work"))
        self.absent_label.setText(self.tr("&Whose work"))
        absent = self.absent.currentData()
        n = _work(self.everyone, absent)
        self.loads_label.setText(self.tr(
            "%Ln open items to share out. Tick who takes them: each goes to whoever then "
            "has the least open work.", "", n))
        self.note_label.setText(self.tr("&Note for the colleagues"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Share out  (Ctrl+Return)"))
        self.table.setAccessibleName(self.tr("Colleagues and their open work"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        super().changeEvent(event)


def _work(everyone: tuple[Colleague, ...], agent_id: object) -> int:
    return next((c.follow_ups + c.cases for c in everyone if c.id == agent_id), 0)
