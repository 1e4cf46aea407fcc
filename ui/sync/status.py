"""Sync in the console: in the background every ``settings.sync_interval_s`` seconds, and
now with F5 (then the current customer is reloaded) or the status bar's button.

The status bar says online or offline, how many changes wait to be sent, how many the hub
refused ("3 not sent", a warning that opens the list: ``ui.sync.not_sent``), when the last
sync ended, and any error in one sentence. A sync runs on the op runner's network pool
(``carecenter.sync.replica.sync_once``), so the console stays usable while it runs and
while the hub is out of reach; what it brings in reaches the open views through its
report's ChangeSet (``OpRunner.operation_did_execute``).

The hub is its service (``https://…``); a sync carries the device token of the agent
signed in here (``carecenter.sync.credentials``, from the keyring). When the hub refuses
the token (``auth``: the device was revoked, the agent disabled) the console asks for a
sign-in (``ui.signin``) instead of failing at every round. Nobody signed in: no sync.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QStyle, QToolButton, QWidget

from carecenter.db.store import Store
from carecenter.services.set_aside import count_pending, count_waiting
from carecenter.services.signin import author_tokens
from carecenter.services.tasks import TaskState
from carecenter.sync import credentials
from carecenter.sync.http_transport import is_service_url
from carecenter.sync.replica import SyncReport, sync_once
from ui.shell.ops import user_message
from ui.shell.resources import icon
from ui.shell.retranslate import on_language_change
from ui.shell.settings_dialog import SettingsDialog
from ui.shell.shortcuts import native
from ui.signin.api import SIGN_IN
from ui.sync import purges
from ui.sync.api import SYNC
from ui.widgets import formats
from ui.widgets.access import return_focus

if TYPE_CHECKING:
    from ui.shell.registry import Registry

_OFFLINE_CODES = ("offline", "config")
NOT_SENT_KEY = "Ctrl+Shift+Y"


def counts(store: Store) -> tuple[int, int]:
    """Changes waiting in the outbox, and those the hub refused (set aside)."""
    return count_pending(store), count_waiting(store)


class SyncStatus(QWidget):
    """The status bar item: not sent, state, last sync, error, and a "Sync now" button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.state = QLabel()
        self.state.setObjectName("syncState")
        self.error = QLabel()
        self.error.setObjectName("syncError")
        self.error.setProperty("tone", "error")  # coloured by the theme
        self.error.hide()
        self.not_sent = QToolButton()
        self.not_sent.setObjectName("notSent")
        self.not_sent.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.not_sent.setIconSize(QSize(14, 14))
        self.not_sent.setAutoRaise(True)
        self.not_sent.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.not_sent.setProperty("tone", "notice")  # coloured by the theme
        self.not_sent.hide()
        self.button = QToolButton()
        self.button.setObjectName("syncNow")
        self.button.setIcon(icon("sync"))
        self.button.setIconSize(QSize(14, 14))
        self.button.setAutoRaise(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 0, 8, 0)
        row.setSpacing(6)
        row.addWidget(self.error)
        row.addWidget(self.not_sent)
        row.addWidget(self.state)
        row.addWidget(self.button)


class SyncController(QObject):
    """Runs the syncs of one main window and keeps its status bar item up to date."""

    changed = Signal()
    started = Signal()
    finished = Signal(object)  # SyncReport
    retranslated = Signal()
    # made by ``install`` with the window's actions and menus
    settings_action: QAction
    sync_action: QAction
    not_sent_action: QAction
    sync_menu: QMenu
    purge_notice: purges.PurgeNotice

    def __init__(self, registry: Registry) -> None:
        window = registry.window
        super().__init__(window)
        self.window = window
        self.registry = registry
        self.timer = QTimer(self)
        self.timer.setObjectName("syncTimer")
        self.timer.timeout.connect(lambda: self.sync_now(ask=False))
        self.soon = QTimer(self)  # a first sync shortly after the console opens
        self.soon.setSingleShot(True)
        self.soon.timeout.connect(lambda: self.sync_now(ask=False))
        self.online: bool | None = None
        self.pending: int | None = None
        self.set_aside: int = 0
        self.last_sync: datetime | None = None
        self.error: str | None = None
        self.running = False
        self._reload_after = False
        self._hub_url = window.settings.hub_url
        self.status = SyncStatus()
        self.status.button.clicked.connect(lambda: self.sync_now(ask=True))
        self.changed.connect(self._show)
        window.runner.operation_did_execute.connect(lambda _c: self.count_pending())
        window.agent_changed.connect(self.changed.emit)
        window.installEventFilter(self)

    # -- when ----------------------------------------------------------------------------
    def configure(self) -> None:
        """Follow the settings: the hub and the interval."""
        url = self.window.settings.hub_url
        if url != self._hub_url:
            self._hub_url = url
            self.online = None
            self.error = None
        if url:
            self.timer.start(max(10, self.window.settings.sync_interval_s) * 1000)
        else:
            self.timer.stop()
        self.changed.emit()

    def signed_in(self) -> None:
        """Someone signed in: sync at once with their token."""
        self.error = None
        self.configure()
        self.sync_now(ask=False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.timer.stop()
            self.soon.stop()
        return False

    def count_pending(self) -> None:
        store = self.window.store
        self.window.runner.op(self, lambda _s: counts(store)).success(self._counted).run()

    def _counted(self, n: tuple[int, int]) -> None:
        self.pending, self.set_aside = n
        self.changed.emit()

    # -- one sync ------------------------------------------------------------------------
    def sync_and_reload(self) -> None:
        self.sync_now(ask=True, reload=True)

    def _cannot(self, ask: bool) -> str | None:
        """Why no sync can run now (None: it can); ``ask``: by hand, so say it or ask."""
        url = self.window.settings.hub_url.strip()
        if not url:
            return self.tr("No hub is set: enter its address in Settings (Ctrl+,).") \
                if ask else None
        if not is_service_url(url):
            return self.tr("The hub address must be the hub service's, such as "
                           "https://hub.example.org:8765: correct it in Settings (Ctrl+,).")
        if self.window.who is None:
            signin = self.registry.find(SIGN_IN)
            if ask and signin is not None:
                signin.ask()
            return self.tr("Nobody is signed in: sign in to sync ({0}).").format(
                native("Ctrl+Shift+U")) if ask else None
        return None

    def sync_now(self, *, ask: bool = True, reload: bool = False) -> None:
        url, who = self.window.settings.hub_url.strip(), self.window.who
        why = self._cannot(ask)
        if why is not None or not url or who is None or not is_service_url(url):
            if why is not None or ask:
                self.error = why
            self.changed.emit()
            if reload:
                self.window.reload_current()
            return
        if self.running:
            self._reload_after |= reload
            return
        self.running = True
        self._reload_after = reload
        self.changed.emit()
        self.started.emit()
        store, name = self.window.store, who.name
        held: list[bool] = []

        def work(state: TaskState) -> SyncReport:
            token = credentials.get_token(url, name)
            held.append(token is not None)
            return sync_once(store, url, token=token, tokens=author_tokens(store, url),
                             state=state)

        self.window.runner.op(self, work).on_network() \
            .success(lambda r: self._done(r, bool(held and held[0]))) \
            .failure(self._failed).run()

    def _done(self, report: SyncReport, had_token: bool = True) -> None:
        self.running = False
        self.pending = report.pending
        self.set_aside = report.set_aside
        self.online = report.code not in _OFFLINE_CODES
        if report.code == "auth":
            self.error = None
            self.changed.emit()
            self.finished.emit(report)
            signin = self.registry.find(SIGN_IN)
            if signin is not None:
                signin.token_refused(had_token)
            self._after()
            return
        if report.error is None:
            self.last_sync = datetime.now().astimezone()
            self.error = None
        else:
            self.error = report.error
        self.changed.emit()
        self.finished.emit(report)
        self._after()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.error = user_message(exc)
        self.changed.emit()
        self._after()

    def _after(self) -> None:
        if self._reload_after:
            self._reload_after = False
            self.window.reload_current()

    # -- showing -------------------------------------------------------------------------
    def state_text(self) -> str:
        if not self.window.settings.hub_url:
            return self.tr("No hub")
        parts = []
        if self.running:
            parts.append(self.tr("Syncing…"))
        elif self.window.who is None:
            parts.append(self.tr("Not signed in"))
        elif self.online is None:
            parts.append(self.tr("Not synced yet"))
        else:
            parts.append(self.tr("Online") if self.online else self.tr("Offline"))
        if self.pending is not None:
            parts.append(self.tr("{0} changes waiting").format(formats.number(self.pending)))
        if self.last_sync is not None:
            parts.append(self.tr("last sync {0}").format(
                formats.time(self.last_sync, seconds=True)))
        return " · ".join(parts)

    def _show(self) -> None:
        s = self.status
        s.state.setText(self.state_text())
        s.error.setText(self.error or "")
        s.error.setToolTip(self.error or "")
        s.error.setVisible(bool(self.error))
        s.not_sent.setText(self.tr("%Ln not sent", "", self.set_aside))
        s.not_sent.setToolTip(self.tr(
            "Changes the hub refused: open the list to fix, send again or discard them "
            "({0})").format(native(NOT_SENT_KEY)))
        s.not_sent.setVisible(self.set_aside > 0)
        s.button.setEnabled(not self.running)
        s.button.setText(self.tr("Sync now"))
        s.button.setToolTip(self.tr("Sync with the hub now ({0})").format(native("F5")))

    def retranslate(self) -> None:
        self._show()
        self.window.reload_action.setText(self.tr("&Sync and reload"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.not_sent_action.setText(self.tr("&Not sent…"))
        self.sync_action.setText(self.tr("Sync &now"))
        self.sync_menu.setTitle(self.tr("S&ync"))
        self.retranslated.emit()

    # -- the "Not sent" list -------------------------------------------------------------
    def open_not_sent(self) -> QWidget:
        from ui.sync.not_sent import NotSentDialog

        found = self.window.findChild(NotSentDialog, "notSentDialog")
        if isinstance(found, NotSentDialog):
            found.reload()
            found.show()
            found.raise_()
            found.activateWindow()
            return found
        dialog = NotSentDialog(self.window)
        dialog.changed.connect(self.count_pending)
        dialog.send_requested.connect(lambda: self.sync_now(ask=True))
        self.finished.connect(lambda _r, d=dialog: d.reload())
        dialog.show()
        return dialog

    # -- settings ------------------------------------------------------------------------
    def open_settings(self) -> SettingsDialog:
        w = self.window
        signin = self.registry.find(SIGN_IN)
        name = w.who.name if w.who is not None else (
            signin.last_name if signin is not None and w.settings.hub_url.strip()
            else w.settings.agent_name)
        dialog = SettingsDialog(replace(w.settings, agent_name=name), w.role(), w)
        dialog.accepted.connect(lambda: self.apply_settings(dialog))
        dialog.finished.connect(dialog.deleteLater)
        return_focus(dialog)
        dialog.open()
        return dialog

    def apply_settings(self, dialog: SettingsDialog) -> None:
        w = self.window
        old, new = w.settings, dialog.value()
        new.save()
        hub_changed = new.hub_url.strip() != old.hub_url.strip()
        if new.hub_url.strip():  # with a hub, who works is who signed in
            same = w.who is not None and not hub_changed
            w.settings = replace(new, agent_name=w.who.name if same and w.who else "")
        else:
            w.settings = new
        if new.language != old.language:
            w.set_language(new.language)
        self.configure()
        signin = self.registry.find(SIGN_IN)
        if hub_changed and signin is not None:
            w.set_agent(None)
            signin.last_name = new.agent_name
            if new.hub_url.strip():
                signin.start()
        w.retranslate()
        self.retranslate()


def install(registry: Registry) -> None:
    window = registry.window
    c = SyncController(registry)
    registry.provide(SYNC, c)
    window.statusBar().insertPermanentWidget(0, c.status)
    window.reload_action.triggered.disconnect()
    window.reload_action.triggered.connect(c.sync_and_reload)
    c.settings_action = registry.add_action(["Ctrl+,"], c.open_settings)
    window.file_menu.insertAction(window.quit_action, c.settings_action)
    window.file_menu.insertSeparator(window.quit_action)
    c.sync_action = registry.add_action([], lambda: c.sync_now(ask=True))
    c.not_sent_action = registry.add_action([NOT_SENT_KEY], c.open_not_sent)
    c.not_sent_action.setObjectName("notSentAction")
    c.status.not_sent.clicked.connect(c.open_not_sent)
    c.sync_menu = registry.add_menu()
    c.sync_menu.addAction(c.sync_action)
    c.sync_menu.addAction(c.not_sent_action)
    # after the main window's own retranslation: this feature's texts on top of it
    on_language_change(window, lambda: QTimer.singleShot(0, c, c.retranslate), now=False)
    registry.add_shortcuts(lambda: [
        (native("Ctrl+,"), QCoreApplication.translate(
            "SyncController", "Settings: shop, hub, sync interval, language")),
        (native(NOT_SENT_KEY), QCoreApplication.translate(
            "SyncController", "Not sent: the changes the hub refused")),
    ])
    purges.install(registry, c)
    c.retranslate()
    c.configure()
    c.count_pending()
    if window.settings.hub_url:
        c.soon.start(3000)


__all__ = ["SyncController", "SyncStatus", "counts", "install"]
