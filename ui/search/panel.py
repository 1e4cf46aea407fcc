"""The search bar and its results: type-ahead, cancellable, keyboard first.

Each keystroke restarts a short timer; when it fires, the previous search is cancelled
and a new one runs on the op helper. Results carry a generation number: an older
search's results are dropped even if they arrive after a newer one started.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from carecenter.services.tasks import TaskState
from ui.shell.ops import OpRunner, user_message
from ui.shell.resources import icon
from ui.widgets.access import named, named_icon_buttons
from ui.widgets.results_model import ID_ROLE, ResultDelegate, ResultsModel

if TYPE_CHECKING:  # imported on the store's worker thread, off the start path
    from carecenter.db.store import Store
    from carecenter.services.search.query import CustomerHit

RESULT_LIMIT = 50


class SearchPanel(QWidget):
    customer_chosen = Signal(str)  # customer id
    results_shown = Signal(str, int)  # the query whose results are on screen, how many

    def __init__(self, runner: OpRunner, store: Store | None, region: str = "IT",
                 parent: QWidget | None = None, delay_ms: int = 150) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.runner = runner
        self.store = store
        self.region = region
        self._generation = 0
        self._state: TaskState | None = None
        self._waiting = False  # a search asked for before the store was open
        self._open_single = False
        self.shown_query: str | None = None

        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.find_icon = self.field.addAction(icon("search"),
                                              QLineEdit.ActionPosition.LeadingPosition)
        self.field.installEventFilter(self)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self.model = ResultsModel(self)
        self.list = QListView()
        self.list.setObjectName("results")
        self.list.setModel(self.model)
        self.list.setItemDelegate(ResultDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(self._activated)
        self.list.installEventFilter(self)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start_search)
        self.field.textEdited.connect(self._edited)

        col = QVBoxLayout(self)
        col.setContentsMargins(12, 12, 12, 12)
        col.setSpacing(8)
        col.addWidget(self.field)
        col.addWidget(self.status)
        col.addWidget(self.list, 1)
        self.retranslate()

    # -- searching ---------------------------------------------------------------------
    def set_store(self, store: Store) -> None:
        """The store has opened: run the search typed meanwhile, if any."""
        self.store = store
        if self._waiting:
            self._waiting = False
            self._start_search()

    def _edited(self, text: str) -> None:
        if not text.strip():
            self._reset()
            return
        self._timer.start()

    def search_now(self, text: str, open_single: bool = False) -> None:
        """Search ``text`` at once (as if typed); with ``open_single`` open a lone hit."""
        self.field.setText(text)
        self._open_single = open_single
        self._start_search()

    def _start_search(self) -> None:
        self._timer.stop()
        text = self.field.text().strip()
        self._cancel()
        if not text:
            self._reset()
            return
        self._generation += 1
        if self.store is None:  # the store is still opening: search when it is open
            self._waiting = True
            self.status.setText(self.tr("Opening the store…"))
            return
        generation = self._generation
        store, region = self.store, self.region

        def run(state: TaskState) -> list[CustomerHit]:
            from carecenter.services.search.query import search

            return search(store, text, limit=RESULT_LIMIT, region=region, state=state)

        self.status.setText(self.tr("Searching…"))
        self._state = (
            self.runner.op(self, run)
            .success(lambda hits: self._arrived(generation, text, hits))
            .failure(lambda exc: self._failed(generation, exc))
            .run()
        )

    def _arrived(self, generation: int, text: str, hits: list[CustomerHit]) -> None:
        if generation != self._generation:
            return  # a newer search has started: never show an older one's results
        self._state = None
        self.model.set_hits(hits)
        self.shown_query = text
        if hits:
            self.list.setCurrentIndex(self.model.index(0, 0))
        self._show_count()
        self.results_shown.emit(text, len(hits))
        if self._open_single and len(hits) == 1:
            self.customer_chosen.emit(hits[0].customer_id)
        self._open_single = False

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._state = None
        self.status.setText(user_message(exc))

    def _cancel(self) -> None:
        if self._state is not None:
            self._state.cancel()
            self._state = None

    def _reset(self) -> None:
        self._timer.stop()
        self._cancel()
        self._waiting = False
        self._generation += 1
        self._open_single = False
        self.model.clear()
        self.shown_query = None
        self._show_count()

    @property
    def searching(self) -> bool:
        return self._state is not None or self._timer.isActive() or self._waiting

    def stop(self) -> None:
        """Stop the timer and any running search (the window is closing)."""
        self._timer.stop()
        self._cancel()

    # -- keyboard ----------------------------------------------------------------------
    def focus_search(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def open_current(self) -> None:
        if self.searching:
            # Enter pressed before the results were in: open the hit if it is the only one.
            self._start_search()
            self._open_single = True
            return
        index = self.list.currentIndex()
        if not index.isValid() and self.model.rowCount() == 1:
            index = self.model.index(0, 0)
        if index.isValid():
            self._activated(index)

    def _activated(self, index: QModelIndex) -> None:
        cid = index.data(ID_ROLE)
        if cid:
            self.customer_chosen.emit(cid)

    def _move(self, step: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        row = self.list.currentIndex().row()
        row = 0 if row < 0 else max(0, min(rows - 1, row + step))
        self.list.setCurrentIndex(self.model.index(row, 0))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if obj is self.field:
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                    self._move(1 if key == Qt.Key.Key_Down else -1)
                    return True
                if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                    self._move(10 if key == Qt.Key.Key_PageDown else -10)
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.open_current()
                    return True
                if key == Qt.Key.Key_Escape and self.field.text():
                    self.field.clear()
                    self._reset()
                    return True
            elif obj is self.list and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(obj, event)

    # -- words -------------------------------------------------------------------------
    def _show_count(self) -> None:
        if self.shown_query is None:
            self.status.setText(self.tr("Type a name, phone number, email or customer number."))
        elif self.model.rowCount() == 0:
            self.status.setText(self.tr("No customer found for “{0}”.").format(self.shown_query))
        else:
            self.status.setText(self.tr("%Ln customer(s) found", "", self.model.rowCount()))

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Search customers (Ctrl+K)"))
        named(self.field, self.tr("Search customers"),
              self.tr("A name, phone number, email or customer number; Down and Enter "
                      "open a customer"))
        self.find_icon.setText(self.tr("Search"))
        named_icon_buttons(self.field, self.tr("Clear the search"))
        named(self.list, self.tr("Search results"))
        if self._state is None:
            self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QEvent) -> None:
        self.stop()
        super().closeEvent(event)  # type: ignore[arg-type]
