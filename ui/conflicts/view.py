"""Changes to check (View → Changes to check, Ctrl+Shift+K): what sync found when two desks
changed the same thing without seeing each other's change.

A team lead (supervisor or administrator) sees every one; an agent those whose losing
write was made at this desk. Each row: the customer, the field in words, the value every
desk has now and the one that lost, at which desk and when. Keyboard first: the list has
the focus; Alt+K keeps the value every desk has (a deleted customer: keeps it), Alt+L
restores the value that lost (deletes the customer again), Enter opens the customer.
Settling is a normal write on the store worker (``services.customers.conflicts.settle``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from carecenter.db.store import Store
from carecenter.services.agents import NotSignedIn, desk_agent
from carecenter.services.customers import conflicts as svc
from carecenter.services.customers.conflicts import Choice, ConflictError, ConflictItem, Viewer
from carecenter.services.uow import ChangeSet
from ui.conflicts import words
from ui.conflicts.api import CONFLICTS
from ui.shell.ops import OpRunner, user_message
from ui.shell.retranslate import on_language_change
from ui.widgets.access import named
from ui.widgets.rows_model import Column, RowsModel, setup_table

if TYPE_CHECKING:
    from carecenter.settings import Settings
    from ui.shell.main_window import MainWindow
    from ui.shell.registry import Registry


def conflicts_model(parent: QObject | None = None) -> RowsModel[ConflictItem]:
    """The rows of the view: one a change to check."""
    return RowsModel([
        Column(lambda: translate("ChangesToCheck", "Customer"),
               lambda i: f"{i.customer_name} · {i.customer_ref}" if i.customer_name
               else i.customer_ref),
        Column(lambda: translate("ChangesToCheck", "Change"), words.change_text,
               bold=lambda i: i.mine),
        Column(lambda: translate("ChangesToCheck", "Every desk has"), words.kept_text),
        Column(lambda: translate("ChangesToCheck", "Lost"), words.lost_text),
        Column(lambda: translate("ChangesToCheck", "Who and when"), words.who_text,
               tip=words.detail_text),
    ], parent)


KEEP_KEY, RESTORE_KEY = "Alt+K", "Alt+L"
translate = QCoreApplication.translate


class ChangesPage(QWidget):
    """The list and its two actions."""

    open_customer = Signal(str)
    loaded = Signal()
    settled = Signal(object)  # Settled

    def __init__(self, runner: OpRunner, store: Store, viewer: Viewer,
                 settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changesToCheck")
        self.runner, self.store, self.viewer, self.settings = runner, store, viewer, settings
        self._focus_customer: str | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = conflicts_model(self)
        self.table = QTableView()
        self.table.setObjectName("changesTable")
        self.table.setModel(self.model)
        setup_table(self.table, [200, 200, 170, 170])
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._follow())
        self.table.activated.connect(lambda _i: self.open_current())
        self.detail = QLabel()
        self.detail.setObjectName("changesDetail")
        self.detail.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("changesMessage")
        self.message.setWordWrap(True)
        self.message.setProperty("tone", "error")  # coloured by the theme
        self.message.hide()
        self.keep_button = QPushButton()
        self.keep_button.setObjectName("keepValue")
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreValue")
        self.keep_button.clicked.connect(lambda: self.settle(Choice.KEPT))
        self.restore_button.clicked.connect(lambda: self.settle(Choice.LOST))
        # Alt+K keeps, Alt+L restores what lost: while the list has the focus (the menu
        # bar's mnemonics take Alt+C, V, R, T, A, Y and H)
        for keys, choice in ((KEEP_KEY, Choice.KEPT), (RESTORE_KEY, Choice.LOST)):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda c=choice: self.settle(c))
        row = QHBoxLayout()
        row.addWidget(self.keep_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        col = QVBoxLayout(self)
        col.setContentsMargins(8, 4, 8, 4)  # a bottom dock: every pixel of height counts
        col.setSpacing(4)
        col.addWidget(self.intro)
        col.addWidget(self.table, 1)
        col.addWidget(self.detail)
        col.addWidget(self.message)
        col.addLayout(row)
        self.setFocusProxy(self.table)
        self.retranslate()

    # -- data ----------------------------------------------------------------------------
    def reload(self, customer_id: str | None = None) -> None:
        if customer_id is not None:
            self._focus_customer = customer_id
        store, viewer = self.store, self.viewer
        self.runner.op(self, lambda _s: svc.changes_to_check(store, viewer)) \
            .success(self._loaded).failure(self._failed).run()

    def _loaded(self, items: tuple[ConflictItem, ...]) -> None:
        keep = self.current()
        self.model.set_rows(items)
        want = self._focus_customer
        self._focus_customer = None
        row = next((n for n, i in enumerate(items) if want and i.customer_id == want),
                   next((n for n, i in enumerate(items) if keep and i.id == keep.id), 0))
        if items:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectRow(row)
        self._follow()
        self.loaded.emit()

    def current(self) -> ConflictItem | None:
        i = self.table.currentIndex()
        return self.model.item(i.row()) if i.isValid() and i.row() < self.model.rowCount() \
            else None

    def _follow(self) -> None:
        item = self.current()
        for b in (self.keep_button, self.restore_button):
            b.setEnabled(item is not None)
        self.keep_button.setText(words.keep_label(item))
        self.restore_button.setText(words.restore_label(item))
        self.detail.setText(words.detail_text(item) if item is not None else translate(
            "ChangesToCheck",
            "Nothing to check: no change made at two desks at once waits for you."))

    # -- acting --------------------------------------------------------------------------
    def settle(self, choice: Choice) -> None:
        item = self.current()
        if item is None:
            return
        store, viewer, settings = self.store, self.viewer, self.settings

        def work(_s: object) -> svc.Settled:
            by: str | None = None
            if settings is not None:
                try:
                    by = desk_agent(store, settings).id
                except (NotSignedIn, ValueError):
                    by = None  # settled all the same; the hub stamps who sent it
            return svc.settle(store, item.id, choice, viewer, by)

        self.message.hide()
        self.runner.op(self, work).success(self._settled).failure(self._failed).run()

    def _settled(self, done: svc.Settled) -> None:
        self.settled.emit(done)
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        text = words.error_sentence(exc) if isinstance(exc, ConflictError) \
            else user_message(exc)
        self.message.setText(text)
        self.message.show()
        if isinstance(exc, ConflictError):
            self.reload()

    def open_current(self) -> None:
        item = self.current()
        if item is not None:
            self.open_customer.emit(item.customer_id)

    # -- words ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.intro.setText(translate(
            "ChangesToCheck",
            "Changes made at two desks at once, where one had to lose. Keep what every "
            "desk has now, or restore what lost: it becomes the value on every desk."))
        named(self.table, translate("ChangesToCheck", "Changes to check"))
        self.model.retranslate()
        self._follow()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class _Feature:
    """The dock in the window, and the api the banner uses to open it."""

    def __init__(self, registry: Registry) -> None:
        self.window: MainWindow = registry.window
        w = self.window
        self.page = ChangesPage(w.runner, w.store, self._viewer(), w.settings)
        self.dock = registry.add_dock("changesToCheckDock", self.page,
                                      Qt.DockWidgetArea.BottomDockWidgetArea)
        self.page.open_customer.connect(w.open_customer)
        self.action = registry.add_action(["Ctrl+Shift+K"], self.toggle)
        w.view_menu.addAction(self.action)
        w.agent_changed.connect(self._agent_changed)
        w.runner.operation_did_execute.connect(self._changed)
        registry.provide(CONFLICTS, self)
        registry.add_shortcuts(lambda: [
            ("Ctrl+Shift+K", translate(
                "ChangesToCheck", "Show the changes to check (made at two desks at once)")),
            (KEEP_KEY, translate("ChangesToCheck", "Changes to check: keep what every desk has")),
            (RESTORE_KEY, translate("ChangesToCheck", "Changes to check: restore what lost")),
        ])
        self.retranslate()
        on_language_change(self.page, self.retranslate, now=False)

    def _viewer(self) -> Viewer:
        return Viewer(self.window.role(), self.window.store.site_id)

    def _agent_changed(self) -> None:
        self.page.viewer = self._viewer()
        self.page.settings = self.window.settings
        if self.dock.isVisible():
            self.page.reload()

    def _changed(self, changes: ChangeSet) -> None:
        if self.dock.isVisible() and (changes.touches("sync_conflict")
                                      or changes.touches("conflict_resolution")):
            self.page.reload()

    def toggle(self) -> None:
        if self.dock.isVisible() and self.page.table.hasFocus():
            self.dock.hide()
            self.window.focus_work_area()
            return
        self.show_changes()

    def show_changes(self, customer_id: str | None = None) -> None:
        self.page.viewer = self._viewer()
        self.page.settings = self.window.settings
        self.dock.show()
        self.dock.raise_()
        self.page.reload(customer_id)
        self.page.table.setFocus()

    def retranslate(self) -> None:
        self.action.setText(translate("ChangesToCheck", "C&hanges to check"))
        self.dock.setWindowTitle(translate("ChangesToCheck", "Changes to check"))


def install(registry: Registry) -> None:
    _Feature(registry)


__all__ = ["ChangesPage", "conflicts_model", "install"]
