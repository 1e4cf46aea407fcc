"""Cover (issue 19, part 1): hand chosen follow-ups and cases to a colleague, and see what
was handed to you.

``HandOverDialog`` (Ctrl+Shift+H on "My follow-ups") lists the agent's open follow-ups and
cases, the highlighted follow-up ticked; she picks a colleague (each shown with her open
work) or the team queue, writes a note and hands the ticked ones over (Ctrl+Return).
``NewWorkPanel`` sits above "Mine": what was handed to her and she has not looked at yet,
with its note; Enter opens the customer, "Mark as seen" (Alt+S) clears the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carecenter.services.cases import handover as svc
from carecenter.services.cases.handover import Colleague, NewWork, WorkItem
from ui.cases import recovery as words
from ui.cases.recovery import when
from ui.widgets import formats
from ui.widgets.note_form import note_and_buttons

Index = QModelIndex | QPersistentModelIndex
KIND, CUSTOMER, FROM, NOTE, AT = range(5)
TEAM = ""  # the receiver combo's data for the team queue


def kind_word(kind: str) -> str:
    if kind == svc.CASE:
        return QCoreApplication.translate("HandOver", "Case")
    return QCoreApplication.translate("HandOver", "Follow-up")


def load_word(c: Colleague) -> str:
    return QCoreApplication.translate(
        "HandOver", "{0} — {1} open follow-ups, {2} open cases").format(
        c.name, formats.number(c.follow_ups), formats.number(c.cases))


class HandOverDialog(QDialog):
    """Choose what to hand over, to whom, and why; ``submitted`` carries the choice."""

    submitted = Signal(dict)  # follow_up_ids, case_ids, to_id (None: team), note

    def __init__(self, work: tuple[WorkItem, ...], colleagues: tuple[Colleague, ...],
                 me: str, chosen: str | None, parent: QWidget | None = None, *,
                 category_label: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("handOverDialog")
        self.work = work
        self.colleagues = tuple(c for c in colleagues if c.id != me)
        self.category_label = category_label or (lambda code: code)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.items = QStandardItemModel(self)
        for w in work:
            item = QStandardItem()
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if w.id == chosen
                               else Qt.CheckState.Unchecked)
            item.setData(w.id, Qt.ItemDataRole.UserRole)
            self.items.appendRow(item)
        self.list = QListView()
        self.list.setObjectName("handOverItems")
        self.list.setModel(self.items)
        self.to_label = QLabel()
        self.receiver = QComboBox()
        self.receiver.setObjectName("handOverTo")
        self.to_label.setBuddy(self.receiver)
        self.note_label, self.note, self.error, self.buttons = note_and_buttons(
            self, "handOverNote", 70, self.submit)
        col = QVBoxLayout(self)
        for w_ in (self.intro, self.list, self.to_label, self.receiver, self.note_label,
                   self.note, self.error, self.buttons):
            col.addWidget(w_)
        self.resize(520, 460)
        self.retranslate()

    def chosen(self) -> tuple[list[str], list[str]]:
        fus: list[str] = []
        cases: list[str] = []
        for row, w in enumerate(self.work):
            if self.items.item(row).checkState() == Qt.CheckState.Checked:
                (cases if w.kind == svc.CASE else fus).append(w.id)
        return fus, cases

    def choose_receiver(self, agent_id: str | None) -> None:
        self.receiver.setCurrentIndex(max(0, self.receiver.findData(agent_id or TEAM)))

    def submit(self) -> None:
        fus, cases = self.chosen()
        to = self.receiver.currentData()
        self.submitted.emit({"follow_up_ids": fus, "case_ids": cases,
                             "to_id": to or None, "note": self.note.toPlainText()})

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def done_ok(self) -> None:
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hand over"))
        self.intro.setText(self.tr(
            "Tick what a colleague should take on; your note tells her where it stands."))
        for row, w in enumerate(self.work):
            item = self.items.item(row)
            what = (self.category_label(w.what) if w.kind == svc.CASE
                    else words.reason(w.what) if w.what in ("promise", "remedy_check",
                                                            "call_back") else w.what)
            due = f" · {when(w.due)}" if w.due else ""
            item.setText(f"{kind_word(w.kind)}: {w.customer_name} — {what}{due}")
        keep = self.receiver.currentData()
        self.receiver.clear()
        self.receiver.addItem(self.tr("The team queue"), TEAM)
        for c in self.colleagues:
            self.receiver.addItem(load_word(c), c.id)
        if keep is not None:
            self.choose_receiver(keep)
        self.to_label.setText(self.tr("&Hand to"))
        self.note_label.setText(self.tr("&Note for the colleague"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Hand over  (Ctrl+Return)"))
        self.list.setAccessibleName(self.tr("Your open follow-ups and cases"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class NewWorkModel(QAbstractTableModel):
    """What was handed to the agent and is new to her: kind, customer, from, note, when."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[NewWork, ...] = ()

    def set_rows(self, rows: tuple[NewWork, ...]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("New"), self.tr("Customer"), self.tr("From"), self.tr("Note"),
                self.tr("When"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        n = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (kind_word(n.kind), n.customer_name,
                    n.from_name or self.tr("the team queue"), n.note or "",
                    when(n.at))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == NOTE:
            return n.note
        if role == Qt.ItemDataRole.FontRole and index.column() == KIND:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.UserRole:
            return n.hand_over_id
        return None


class NewWorkPanel(QWidget):
    """"New for you" above Mine; hidden when nothing new waits."""

    open_customer = Signal(str, object)  # customer id, case id or None
    seen = Signal(list)  # the hand-over ids looked at

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newWorkPanel")
        self.title = QLabel()
        self.title.setObjectName("figureTitle")
        self.model = NewWorkModel(self)
        self.table = QTableView()
        self.table.setObjectName("newWork")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setMaximumHeight(110)
        self.table.horizontalHeader().setSectionResizeMode(
            NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open)
        self.seen_button = QPushButton()
        self.seen_button.clicked.connect(self.mark_all_seen)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.seen_button)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addLayout(top)
        col.addWidget(self.table)
        self.retranslate()
        self.hide()

    def set_rows(self, rows: tuple[NewWork, ...]) -> None:
        self.model.set_rows(rows)
        self.setVisible(bool(rows))
        self.retranslate()

    def _open(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.model.rows):
            n = self.model.rows[index.row()]
            self.seen.emit([n.hand_over_id])
            self.open_customer.emit(n.customer_id, n.case_id)

    def mark_all_seen(self) -> None:
        ids = [n.hand_over_id for n in self.model.rows]
        if ids:
            self.seen.emit(ids)

    def retranslate(self) -> None:
        n = len(self.model.rows)
        self.title.setText(self.tr("New for you: %Ln handed over by colleagues", "", n))
        self.seen_button.setText(self.tr("Mark as &seen"))
        self.table.setAccessibleName(self.tr("Work handed to you"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        super().changeEvent(event)


class HandOverFlow(QObject):
    """Opens the hand-over dialog for an agent's page and runs the write: reads her open
    work and her colleagues' loads in the background first."""

    handed = Signal(int)  # how many items were handed over

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.dialog: HandOverDialog | None = None

    def start(self, chosen: str | None) -> None:
        store, recovery, now = self.page.store, self.page.recovery, words.now

        def work(_s: object) -> tuple[str, tuple[WorkItem, ...], tuple[Colleague, ...]]:
            me = recovery.agent_id()
            return me, svc.open_work(store, me), svc.colleagues(store, now())
        self.page.runner.op(self.page, work) \
            .success(lambda r: self._open(r[0], r[1], r[2], chosen)) \
            .failure(self.page._failed).run()

    def _open(self, me: str, work: tuple[WorkItem, ...], colleagues: tuple[Colleague, ...],
              chosen: str | None) -> None:
        dialog = HandOverDialog(work, colleagues, me, chosen, self.page,
                                category_label=self.page.recovery.category_label)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        store, runner, now = self.page.store, self.page.runner, words.now

        def submit(v: dict[str, Any]) -> None:
            runner.op(dialog, lambda _s: svc.hand_over(
                store, by_id=me, to_id=v["to_id"], now=now(), note=v["note"],
                follow_up_ids=v["follow_up_ids"], case_ids=v["case_ids"])) \
                .success(lambda r: self._done(r, dialog)) \
                .failure(lambda e: dialog.show_error(words.error_text(e))).run()
        dialog.submitted.connect(submit)
        dialog.open()

    def _done(self, result: svc.HandOverResult, dialog: HandOverDialog) -> None:
        dialog.done_ok()
        self.handed.emit(result.handed)
