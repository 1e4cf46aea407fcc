"""Likely matches of a customer being typed: the list, its words, and the check.

Reusable by any form that makes or changes a customer. The new-customer form shows the
matches its save was refused with; an edit form checks in one line::

    self.matches.check(runner, store, probe, exclude=(customer_id,))

The box then lists the likely matches (why each, in words) with "Open the existing
customer" and "Save anyway"; it emits ``open_requested(id)`` or ``save_anyway()``.

When the name alone found namesakes (``duplicates.question``), the box also asks for the
birth date (or the address, where the form has one) and emits ``asked()``: the form puts
the focus on its birth-date field and checks again once it is typed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carecenter.db.store import Store
from carecenter.services.customers.duplicates import (
    Match,
    Probe,
    Question,
    Reason,
    find_duplicates,
    question,
)
from carecenter.services.tasks import TaskState
from ui.shell.ops import OpRunner
from ui.widgets.access import named
from ui.widgets.results_model import DETAIL_ROLE, ID_ROLE, ResultDelegate, detail_line

Index = QModelIndex | QPersistentModelIndex


def reason_words(reason: Reason) -> str:
    """The one place where the check's reasons become words."""
    words = {
        Reason.SAME_PHONE: QCoreApplication.translate("duplicates", "same phone number"),
        Reason.SAME_EMAIL: QCoreApplication.translate("duplicates", "same email"),
        Reason.SAME_NAME: QCoreApplication.translate("duplicates", "same name"),
        Reason.NICKNAME: QCoreApplication.translate("duplicates", "same name, short form"),
        Reason.SIMILAR_NAME: QCoreApplication.translate("duplicates", "similar name"),
        Reason.SAME_BIRTH_DATE: QCoreApplication.translate("duplicates", "same birth date"),
        Reason.OTHER_BIRTH_DATE: QCoreApplication.translate("duplicates", "another birth date"),
        Reason.SAME_ADDRESS: QCoreApplication.translate("duplicates", "same address"),
    }
    return words[reason]


def why_line(match: Match) -> str:
    return ", ".join(reason_words(r) for r in match.why)


class MatchesModel(QAbstractListModel):
    """One row a match: the name, then the customer's details and why it may be them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matches: list[Match] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._matches)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._matches):
            return None
        m = self._matches[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return m.hit.name or m.hit.customer_ref
        if role == DETAIL_ROLE:
            return f"{why_line(m)}  ·  {detail_line(m.hit)}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{m.hit.name}: {why_line(m)}"
        if role == ID_ROLE:
            return m.hit.customer_id
        return None

    def set_matches(self, matches: Sequence[Match]) -> None:
        self.beginResetModel()
        self._matches = list(matches)
        self.endResetModel()

    def match_at(self, row: int) -> Match | None:
        return self._matches[row] if 0 <= row < len(self._matches) else None

    def retranslate(self) -> None:
        if self._matches:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._matches) - 1, 0))


class LikelyMatches(QWidget):
    """The likely matches, with "Open the existing customer" and "Save anyway".
    ``with_address``: the form has address fields, and the question names them too."""

    open_requested = Signal(str)
    save_anyway = Signal()
    checked = Signal(int)  # after check(): how many matches are shown
    asked = Signal()  # the question is shown: the form moves the focus to its answer
    ROWS_SHOWN = 3

    def __init__(self, parent: QWidget | None = None, *, with_address: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("likelyMatches")
        self.with_address = with_address
        self.question: Question | None = None
        self._running: TaskState | None = None
        self.title = QLabel()
        self.title.setObjectName("duplicateTitle")
        self.title.setWordWrap(True)
        self.ask = QLabel()
        self.ask.setObjectName("duplicateQuestion")
        self.ask.setWordWrap(True)
        self.ask.hide()
        self.model = MatchesModel(self)
        self.list = QListView()
        self.list.setObjectName("duplicates")
        self.list.setModel(self.model)
        self.list.setItemDelegate(ResultDelegate(self.list))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(lambda _i: self.open_current())
        self.open_button = QPushButton()
        self.open_button.setObjectName("openExisting")
        self.open_button.clicked.connect(self.open_current)
        self.anyway_button = QPushButton()
        self.anyway_button.setObjectName("createAnyway")
        self.anyway_button.clicked.connect(self._anyway)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.title)
        col.addWidget(self.ask)
        col.addWidget(self.list)
        row = QDialogButtonBox()
        row.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        row.addButton(self.anyway_button, QDialogButtonBox.ButtonRole.ActionRole)
        col.addWidget(row)
        self.hide()
        self.retranslate()

    @property
    def matches(self) -> list[Match]:
        return [m for n in range(self.model.rowCount()) if (m := self.model.match_at(n))]

    def show_matches(self, matches: Sequence[Match], ask: Question | None = None) -> None:
        """List these matches (nothing: hide the box), and ask ``ask`` if given: the focus
        then stays for the form to move (``asked``), else goes to the first match."""
        self.model.set_matches(matches)
        self.question = ask if matches else None
        self.setVisible(bool(matches))
        self.ask.setVisible(self.question is not None)
        self.retranslate()
        if matches:
            self.list.setCurrentIndex(self.model.index(0, 0))
            # Up to three matches whole, without scrolling (namesakes come in twos).
            rows = min(len(matches), self.ROWS_SHOWN)
            self.list.setMinimumHeight(rows * self.list.sizeHintForRow(0)
                                       + 2 * self.list.frameWidth())
        if self.question is not None:
            self.asked.emit()
        elif matches:
            self.list.setFocus()

    def check(self, runner: OpRunner, store: Store, probe: Probe, *,
              exclude: Iterable[str] = ()) -> None:
        """Run the duplicate check in the background and show what it finds; a check
        still running is cancelled (the form changed since)."""
        skip = tuple(exclude)

        def work(_state: object) -> tuple[list[Match], Question | None]:
            matches = find_duplicates(store, probe, exclude=skip)
            return matches, question(probe, matches)

        def done(found: tuple[list[Match], Question | None]) -> None:
            self._running = None
            self.show_matches(*found)
            self.checked.emit(len(found[0]))

        if self._running is not None:
            self._running.cancel()
        self._running = runner.op(self, work).success(done).run()

    def current_id(self) -> str | None:
        index = self.list.currentIndex()
        cid: str | None = index.data(ID_ROLE) if index.isValid() else None
        return cid

    def open_current(self) -> None:
        cid = self.current_id()
        if cid:
            self.open_requested.emit(cid)

    def _anyway(self) -> None:
        self.hide()
        self.save_anyway.emit()

    def retranslate(self) -> None:
        matches = self.matches
        why = why_line(matches[0]) if matches else ""
        if any(m.likely for m in matches):
            self.title.setText(self.tr(
                "This customer is probably already in the store ({0}). Open the existing "
                "customer, or save anyway if it is somebody else.").format(why))
        else:
            self.title.setText(self.tr(
                "This customer may already be in the store ({0}). Open the existing "
                "customer, or save anyway if it is somebody else.").format(why))
        if self.with_address:
            self.ask.setText(self.tr("Others have this name: ask for the birth date or the "
                                     "address to tell them apart."))
        else:
            self.ask.setText(self.tr("Others have this name: ask for the birth date to tell "
                                     "them apart."))
        named(self.ask, self.ask.text())
        self.open_button.setText(self.tr("&Open the existing customer"))
        self.anyway_button.setText(self.tr("Save a&nyway"))
        named(self.list, self.tr("Customers who may be the same person"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
