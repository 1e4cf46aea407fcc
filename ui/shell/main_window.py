"""The main window: search on the left, open customers in tabs on the right."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStackedWidget, QTabWidget

from carecenter.services.customers.phones import number_from_link
from carecenter.settings import Settings
from ui.search.panel import SearchPanel
from ui.shell import geometry, i18n
from ui.shell.features import import_features, install_features
from ui.shell.ops import OpRunner
from ui.shell.registry import Registry
from ui.shell.resources import icon, status_item
from ui.shell.shortcuts import ShortcutsDialog
from ui.shell.single_instance import bring_to_front
from ui.shell.theme_menu import ThemeMenu
from ui.shell.welcome import WelcomePage
from ui.shell.window_access import install as install_access
from ui.shell.window_access import name_tab_buttons
from ui.widgets.names import agent_text

if TYPE_CHECKING:  # the customer view and the store come after the first paint
    from carecenter.db.store import Store
    from carecenter.services.signin import SignedIn
    from ui.customer.view import CustomerView

LANGUAGE_NAMES = {"en": "English", "it": "Italiano"}  # each in its own language


def _as_view(widget: Any) -> CustomerView | None:
    # No customer view exists before its module is imported (on opening the first one).
    module = sys.modules.get("ui.customer.view")
    return widget if module is not None and isinstance(widget, module.CustomerView) else None


class MainWindow(QMainWindow):
    customer_opened = Signal(object)  # CustomerView
    call_settled = Signal()  # a --call finished: customer shown, choice offered, or none
    search_ready = Signal()  # the store is open: searches run (the features come next)
    store_attached = Signal()  # the store is open and the features are in
    agent_changed = Signal()  # another agent signed in (``who``): views that follow them reload

    def __init__(self, runner: OpRunner, store: Store | None, settings: Settings,
                 window_settings: QSettings | None = None,
                 store_path: Path | None = None) -> None:
        """With ``store`` None the window shows at once, search field usable, and the
        store comes later through :meth:`attach_store` (typed queries and calls wait
        for it); ``store_path`` then names it in the status bar meanwhile."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("carecenter"))
        self.runner = runner
        self.store: Store = store  # type: ignore[assignment]  # set by attach_store
        self.store_ready = False  # the store is open and the features are in
        self.search_ready_now = False  # the store is open: searches run
        self.store_path = store.path if store is not None else store_path
        self._queued_call: str | None = None
        self.settings = settings
        # Who signed in at the hub (ui.signin): None without a hub, or before a sign-in.
        self.who: SignedIn | None = None
        self.ask_sign_in = True  # False for --screenshot: never wait on a dialog
        self.window_settings = window_settings
        self._call: str | None = None
        self._shortcuts: ShortcutsDialog | None = None
        # The features plug in here (actions, menus, docks, pages) and find one another.
        self.registry = Registry(self)
        # The screen-pop feature takes calls over (picker, new-customer form, metric).
        self.call_handler: Callable[[str], None] | None = None
        # The number of a call not yet answered by opening a customer: the first customer
        # opened after it (directly, from the picker or the new-customer form) takes it.
        self.ringing: str | None = None

        self.search = SearchPanel(runner, store, settings.region)
        self.search.setMinimumWidth(300)
        self.search.customer_chosen.connect(self.open_customer)
        self.search.results_shown.connect(self._results_shown)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("customerTabs")
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._update_title)
        self.welcome = WelcomePage()
        self.right = QStackedWidget()
        self.right.addWidget(self.welcome)
        self.right.addWidget(self.tabs)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.search)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 1100])  # the history wants the width (1366 px)
        self.setCentralWidget(self.splitter)

        self._build_status_bar()
        self._build_actions()
        runner.op_failed.connect(self._op_failed)
        runner.busy_changed.connect(self.busy.setVisible)
        self.retranslate()
        install_access(self, self.tabs)
        self._update_title()
        self.restore_geometry()
        if store is not None:
            self.attach_store(store, features_now=True)

    def attach_store(self, store: Store, *, features_now: bool = False) -> None:
        """The store is open: searches run at once (typed meanwhile too); the features load
        on a background thread and plug in after, or at once when a customer is opened first
        (or ``features_now``). A call waits for them (its screen pop is one)."""
        self.store = store
        self.store_path = store.path
        self.retranslate()
        self.search_ready_now = True
        self.search.set_store(store)
        self.search_ready.emit()
        if not features_now:  # loaded in the background (a failure is said when installing)
            self.runner.op(self, lambda _state: import_features()).on_network() \
                .success(lambda _none: self.install_features()) \
                .failure(lambda _exc: self.install_features()).run()
        else:
            self.install_features()

    def install_features(self) -> None:
        """Plug the features in (once), then take the call that came while they loaded."""
        if self.store_ready or not self.search_ready_now:
            return
        install_features(self.registry)
        self.store_ready = True
        self.store_attached.emit()
        if self._queued_call is not None:
            number, self._queued_call = self._queued_call, None
            self.call(number)

    # -- building ----------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.busy = QLabel()
        self.busy.setObjectName("busy")
        self.busy.hide()
        agent_box, self.agent = status_item("person")
        store_box, self.store_label = status_item("database")
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(agent_box)
        bar.addPermanentWidget(store_box)

    def _build_actions(self) -> None:
        action = self.registry.add_action
        self.find_action = action(["Ctrl+K", "F3"], self.search.focus_search)
        self.find_action.setIcon(icon("search"))
        self.close_action = action(["Ctrl+W"], self.close_current_tab)
        self.next_action = action(["Ctrl+Tab", "Ctrl+PgDown"], lambda: self.step_tab(1))
        self.prev_action = action(["Ctrl+Shift+Tab", "Ctrl+PgUp"],
                                        lambda: self.step_tab(-1))
        self.reload_action = action(["F5"], self.reload_current)
        self.help_action = action(["Ctrl+/", "Shift+F1"], self.show_shortcuts)
        self.quit_action = action(["Ctrl+Q"], self.close)
        for n in range(1, 10):
            action([f"Alt+{n}"], lambda _=False, i=n - 1: self.go_to_tab(i))
            action([f"Ctrl+{n}"], lambda _=False, i=n - 1: self.go_to_section(i))
        menu = self.menuBar()
        self.file_menu = menu.addMenu("")
        for a in (self.find_action, self.reload_action, self.close_action):
            self.file_menu.addAction(a)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = menu.addMenu("")
        self.view_menu.addAction(self.next_action)
        self.view_menu.addAction(self.prev_action)
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            a = group.addAction(name)
            a.setCheckable(True)
            a.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_menu.addAction(a)
            self.language_actions[code] = a
        self.theme_menu = ThemeMenu(self, self.view_menu)  # words itself (LanguageChange)
        self.view_menu.addMenu(self.theme_menu)
        self.help_menu = menu.addMenu("")
        self.help_menu.addAction(self.help_action)

    # -- tabs --------------------------------------------------------------------------
    def views(self) -> list[CustomerView]:
        return [v for i in range(self.tabs.count())
                if (v := _as_view(self.tabs.widget(i))) is not None]

    def current_view(self) -> CustomerView | None:
        return _as_view(self.tabs.currentWidget())

    def open_customer(self, customer_id: str) -> CustomerView:
        self.install_features()  # a customer opened before they loaded: every view has them
        for i, view in enumerate(self.views()):
            if view.customer_id == customer_id:
                self.tabs.setCurrentIndex(i)
                view.table.setFocus()
                return view
        from ui.customer.view import CustomerView

        view = CustomerView(self.runner, self.store, customer_id)
        view.title_changed.connect(lambda title, v=view: self._retitle(v, title))
        if self._call is not None:
            view.ready.connect(self._call_done)
        index = self.tabs.addTab(view, icon("person"), "…")
        name_tab_buttons(self.tabs)
        self.tabs.setCurrentIndex(index)
        self.right.setCurrentWidget(self.tabs)
        view.table.setFocus()
        self.customer_opened.emit(view)
        return view

    def _retitle(self, view: CustomerView, title: str) -> None:
        i = self.tabs.indexOf(view)
        if i >= 0:
            self.tabs.setTabText(i, title)
            self.tabs.setTabToolTip(i, title)
            name_tab_buttons(self.tabs)
            self._update_title()

    def close_tab(self, index: int) -> None:
        view = _as_view(self.tabs.widget(index))
        self.tabs.removeTab(index)
        if view is not None:
            view.stop()
            view.deleteLater()
        if self.tabs.count() == 0:
            self.right.setCurrentWidget(self.welcome)
            self.search.focus_search()
        self._update_title()

    def close_current_tab(self) -> None:
        if self.tabs.count():
            self.close_tab(self.tabs.currentIndex())

    def step_tab(self, step: int) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def go_to_tab(self, index: int) -> None:
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def go_to_section(self, index: int) -> None:
        view = self.current_view()
        if view is not None:
            view.show_section(index)

    def focus_work_area(self) -> None:
        """Focus the open tab (a customer's section) or the search: after a dock closes."""
        page = self.tabs.currentWidget() if self.right.currentWidget() is self.tabs else None
        if (view := _as_view(page)) is not None:
            view.show_section(view.sections.currentIndex())
        elif page is not None:
            page.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.search.focus_search()

    def reload_current(self) -> None:
        view = self.current_view()
        if view is not None:
            view.refresh()

    def _update_title(self) -> None:
        view = self.current_view()
        name = view.header.name if view is not None and view.header is not None else ""
        self.setWindowTitle(f"{name} — CareCenter" if name else "CareCenter")

    # -- a call comes in ---------------------------------------------------------------
    def call(self, number: str) -> None:
        """Show the customer for ``number``: open it, offer a choice, or say there is none."""
        if not self.store_ready:  # still opening: the call is taken when it is open
            self._queued_call = number
            return
        self.ringing = number_from_link(number).strip() or None
        if self.call_handler is not None:
            self.call_handler(number)
            return
        self._call = number
        self.welcome.show_unknown_number(None)
        self.search.search_now(number, open_single=True)

    def take_call(self, number: str) -> None:
        """A call handed over by another start: come to the front, then pop the customer."""
        bring_to_front(self)
        if number:
            self.call(number)
        else:
            self.search.focus_search()

    def _results_shown(self, query: str, count: int) -> None:
        if self._call is None or query != self._call.strip():
            return
        if count == 0:
            self.welcome.show_unknown_number(self._call)
            self.right.setCurrentWidget(self.welcome)
            self._call_done()
        elif count > 1:
            self.statusBar().showMessage(
                self.tr("Several customers have this number: pick one on the left."))
            self.search.list.setFocus()
            self._call_done()

    def _call_done(self) -> None:
        if self._call is not None:
            self._call = None
            self.call_settled.emit()

    # -- who works here ----------------------------------------------------------------
    def role(self) -> str:
        """The role of who works here: the hub's record when a hub is set (nobody signed
        in: the least), the settings' only for a standalone store without a hub."""
        if self.who is not None:
            return self.who.role
        return "agent" if self.settings.hub_url.strip() else self.settings.agent_role

    def set_agent(self, who: SignedIn | None) -> None:
        """``who`` signed in (None: nobody): the settings in memory carry their name for
        the services (``carecenter.services.agents.desk_agent``), then the views follow."""
        self.who = who
        self.settings = replace(self.settings, agent_name=who.name if who else "")
        self.retranslate()
        self.agent_changed.emit()

    # -- language, help, errors --------------------------------------------------------
    def set_language(self, code: str) -> None:
        """Switch at once and keep the choice in the settings for the next start."""
        i18n.set_language(code)
        self.settings = replace(self.settings, language=code)
        try:  # the file's own fields but the language (the name in memory may be blank)
            replace(Settings.load(), language=code).save()
        except OSError as exc:
            self.statusBar().showMessage(self.tr(
                "The language could not be kept for the next start ({0}).").format(
                exc.strerror or exc), 15000)

    def show_shortcuts(self) -> None:
        if self._shortcuts is None:
            self._shortcuts = ShortcutsDialog(
                self, self.registry.shortcut_rows)
        self._shortcuts.show()
        self._shortcuts.raise_()

    def _op_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)

    def retranslate(self) -> None:
        self.find_action.setText(self.tr("&Find customer"))
        self.reload_action.setText(self.tr("&Reload customer"))
        self.close_action.setText(self.tr("&Close tab"))
        self.quit_action.setText(self.tr("&Quit"))
        self.next_action.setText(self.tr("&Next tab"))
        self.prev_action.setText(self.tr("&Previous tab"))
        self.help_action.setText(self.tr("&Keyboard shortcuts"))
        self.file_menu.setTitle(self.tr("&Customer"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        for code, a in self.language_actions.items():
            a.setChecked(code == i18n.current())
        self.busy.setText(self.tr("Working…"))
        self.agent.setText(agent_text(self.who, self.settings))
        self.agent.setToolTip(self.tr("Agent at this workstation"))
        where = self.store_path.name if self.store_path is not None else ""
        self.store_label.setText(f"{self.settings.store} · {where}" if self.settings.store
                                 else where)
        self.store_label.setToolTip(self.tr("Local store: {0}").format(self.store_path))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- geometry and closing ----------------------------------------------------------
    def restore_geometry(self) -> None:
        geometry.restore(self)

    def save_geometry(self) -> None:
        geometry.save(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        self.search.stop()
        for view in self.views():
            view.stop()
        self.runner.shutdown()
        super().closeEvent(event)
