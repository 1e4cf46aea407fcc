"""Sync in the console: in the background every ``settings.sync_interval_s`` seconds, and
now with F5 (then the current customer is reloaded) or the status bar's button.

The status bar says online or offline, how many changes wait to be sent, when the last
sync ended, and any error in one sentence. A sync runs on the op runner's network pool
(``carecenter.sync.replica.sync_once``), so the console stays usable while it runs and
while the hub is out of reach; what it brings in reaches the open views through its
report's ChangeSet (``OpRunner.operation_did_execute``).

The hub password comes from the keyring; with none stored (or no keyring on this
computer) it is asked once, when the agent syncs by hand, and kept only in memory for
the session (and in the keyring, when there is one, once a sync with it succeeded).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)
from sqlalchemy import func, select

from carecenter.db.models import OutboxOp
from carecenter.db.store import Store
from carecenter.services.tasks import TaskState
from carecenter.sync import credentials
from carecenter.sync.replica import SyncReport, sync_once
from ui.ops import user_message
from ui.resources import icon
from ui.settings_dialog import SettingsDialog
from ui.shortcuts import native

if TYPE_CHECKING:
    from ui.main_window import MainWindow

_NO_PASSWORD = object()
_OFFLINE_CODES = ("offline", "config")


def pending_ops(store: Store) -> int:
    with store.session() as s:
        return int(s.execute(select(func.count()).select_from(OutboxOp)).scalar_one())


class SyncStatus(QWidget):
    """The status bar item: state, last sync, error, and a "Sync now" button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.state = QLabel()
        self.state.setObjectName("syncState")
        self.error = QLabel()
        self.error.setObjectName("syncError")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
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
        row.addWidget(self.state)
        row.addWidget(self.button)


class SyncController(QObject):
    """Runs the syncs of one main window and keeps its status bar item up to date."""

    changed = Signal()
    started = Signal()
    finished = Signal(object)  # SyncReport

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setObjectName("syncTimer")
        self.timer.timeout.connect(lambda: self.sync_now(ask=False))
        self.soon = QTimer(self)  # a first sync shortly after the console opens
        self.soon.setSingleShot(True)
        self.soon.timeout.connect(lambda: self.sync_now(ask=False))
        self.password: str | None = None  # this session's, when not in the keyring
        self._asked = False
        self.online: bool | None = None
        self.pending: int | None = None
        self.last_sync: datetime | None = None
        self.error: str | None = None
        self.running = False
        self._reload_after = False
        self._hub_url = window.settings.hub_url
        self.status = SyncStatus()
        self.status.button.clicked.connect(lambda: self.sync_now(ask=True))
        self.changed.connect(self._show)
        window.runner.operation_did_execute.connect(lambda _c: self.count_pending())
        window.installEventFilter(self)

    # -- when ----------------------------------------------------------------------------
    def configure(self) -> None:
        """Follow the settings: the hub (a new one forgets this session's password) and
        the interval."""
        url = self.window.settings.hub_url
        if url != self._hub_url:
            self._hub_url = url
            self.password = None
            self.online = None
            self.error = None
        if url:
            self.timer.start(max(10, self.window.settings.sync_interval_s) * 1000)
        else:
            self.timer.stop()
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.timer.stop()
            self.soon.stop()
        return False

    def count_pending(self) -> None:
        store = self.window.store
        self.window.runner.op(self, lambda _s: pending_ops(store)).success(self._counted).run()

    def _counted(self, n: int) -> None:
        self.pending = n
        self.changed.emit()

    # -- one sync ------------------------------------------------------------------------
    def sync_and_reload(self) -> None:
        self.sync_now(ask=True, reload=True)

    def sync_now(self, *, ask: bool = True, reload: bool = False) -> None:
        url = self.window.settings.hub_url
        if not url:
            self.error = self.tr("No hub is set: enter its address in Settings (Ctrl+,).") \
                if ask else None
            self.changed.emit()
            if reload:
                self.window.reload_current()
            return
        if self.running:
            self._reload_after |= reload
            return
        password = self._password(url, ask)
        if password is _NO_PASSWORD:
            self.error = self.tr("The hub needs its password: press F5 to enter it.")
            self.changed.emit()
            if reload:
                self.window.reload_current()
            return
        self.running = True
        self._reload_after = reload
        self.changed.emit()
        self.started.emit()
        store = self.window.store

        def work(state: TaskState) -> SyncReport:
            return sync_once(store, url, password=password, state=state)  # type: ignore[arg-type]

        self.window.runner.op(self, work).on_network() \
            .success(self._done).failure(self._failed).run()

    def _password(self, url: str, ask: bool) -> object:
        try:
            if not credentials.needs_password(url):
                return None
        except Exception:  # a malformed URL: sync_once says so in one sentence
            return None
        if self.password is not None:
            return self.password
        stored = credentials.get_password(url)
        if stored is not None:
            return stored
        if not ask:
            return _NO_PASSWORD
        status = credentials.keyring_status()
        note = "" if status.available else self.tr(
            "This computer has no keyring, so the password is asked once per session and "
            "never stored.") + "\n\n"
        text, ok = QInputDialog.getText(
            self.window, self.tr("Hub password"),
            note + self.tr("Password for the hub {0}:").format(credentials.account(url)),
            QLineEdit.EchoMode.Password)
        if not ok or not text:
            return _NO_PASSWORD
        self.password = text
        self._asked = True
        return text

    def _done(self, report: SyncReport) -> None:
        self.running = False
        self.pending = report.pending
        self.online = report.code not in _OFFLINE_CODES
        if report.error is None:
            self.last_sync = datetime.now().astimezone()
            self.error = None
            if self._asked and self.password is not None:
                credentials.save_password(self._hub_url, self.password)
                self._asked = False
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
        elif self.online is None:
            parts.append(self.tr("Not synced yet"))
        else:
            parts.append(self.tr("Online") if self.online else self.tr("Offline"))
        if self.pending is not None:
            parts.append(self.tr("{0} changes waiting").format(self.pending))
        if self.last_sync is not None:
            parts.append(self.tr("last sync {0}").format(self.last_sync.strftime("%H:%M:%S")))
        return " · ".join(parts)

    def _show(self) -> None:
        s = self.status
        s.state.setText(self.state_text())
        s.error.setText(self.error or "")
        s.error.setToolTip(self.error or "")
        s.error.setVisible(bool(self.error))
        s.button.setEnabled(not self.running)
        s.button.setText(self.tr("Sync now"))
        s.button.setToolTip(self.tr("Sync with the hub now ({0})").format(native("F5")))

    def retranslate(self) -> None:
        self._show()
        self.window.reload_action.setText(self.tr("&Sync and reload"))
        self.settings_action.setText(self.tr("&Settings…"))

    # -- settings ------------------------------------------------------------------------
    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.window.settings, credentials.keyring_status().available,
                                self.window)
        dialog.accepted.connect(lambda: self.apply_settings(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def apply_settings(self, dialog: SettingsDialog) -> None:
        w = self.window
        old, new = w.settings, dialog.value()
        new.save()
        w.settings = new
        if new.language != old.language:
            w.set_language(new.language)
        self.configure()  # a new hub forgets the old one's password
        password = dialog.new_password()
        if password and new.hub_url:
            credentials.save_password(new.hub_url, password)  # nothing when no keyring
            self.password = password  # and for this session in any case
        w.retranslate()
        self.retranslate()


class _LanguageWatch(QObject):
    """Re-applies this feature's texts after the main window's own retranslation."""

    def __init__(self, controller: SyncController) -> None:
        super().__init__(controller)
        self.controller = controller

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self.controller, self.controller.retranslate)
        return False


def install(window: MainWindow) -> None:
    c = SyncController(window)
    window.sync = c  # type: ignore[attr-defined]
    window.statusBar().insertPermanentWidget(0, c.status)
    window.reload_action.triggered.disconnect()
    window.reload_action.triggered.connect(c.sync_and_reload)
    c.settings_action = window._action(["Ctrl+,"], c.open_settings)
    window.file_menu.insertAction(window.quit_action, c.settings_action)
    window.file_menu.insertSeparator(window.quit_action)
    watch = _LanguageWatch(c)
    window.installEventFilter(watch)
    window.shortcut_providers.append(lambda: [
        (native("Ctrl+,"), QCoreApplication.translate(
            "SyncController", "Settings: agent, shop, hub, sync interval, language")),
    ])
    c.retranslate()
    c.configure()
    c.count_pending()
    if window.settings.hub_url:
        c.soon.start(3000)


__all__ = ["SyncController", "SyncStatus", "install", "pending_ops"]
