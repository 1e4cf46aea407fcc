"""Who works at this desk: the sign-in at start, "Switch agent" (Ctrl+Shift+U), and a new
sign-in when the hub no longer takes the device's token.

With a hub set (``settings.hub_url``) the console asks for a sign-in when this computer
holds no device token for the agent who signed in last; with a token it opens straight
onto that agent (the hub's record cached on the store). Without a hub (a standalone demo
store) nothing is asked and the settings' name and role hold, as before. ``--screenshot``
never asks (``MainWindow.ask_sign_in``).
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from carecenter.db.store import Store
from carecenter.services.signin import SignedIn, known
from carecenter.settings import Settings
from carecenter.sync import credentials
from ui.shell.shortcuts import native
from ui.signin.api import SIGN_IN
from ui.signin.dialog import SignInDialog
from ui.sync.api import SYNC

if TYPE_CHECKING:
    from ui.shell.registry import Registry

SWITCH_KEY = "Ctrl+Shift+U"


def signed_in_here(store: Store, hub_url: str, name: str) -> SignedIn | None:
    """The agent ``name`` when this computer holds their device token (worker thread)."""
    name = " ".join(name.split())
    if not name or credentials.get_token(hub_url, name) is None:
        return None
    return known(store, name)


class SignInController(QObject):
    def __init__(self, registry: Registry) -> None:
        window = registry.window
        super().__init__(window)
        self.window = window
        self.registry = registry
        self.dialog: SignInDialog | None = None
        self.last_name = window.settings.agent_name
        self.switch_action = registry.add_action([SWITCH_KEY], self.switch)
        self.switch_action.setObjectName("switchAgent")
        window.file_menu.insertAction(window.quit_action, self.switch_action)
        registry.add_shortcuts(lambda: [(native(SWITCH_KEY), QCoreApplication.translate(
            "SignInController", "Switch agent: another agent signs in at this desk"))])
        window.installEventFilter(self)
        self.retranslate()

    @property
    def hub_url(self) -> str:
        return self.window.settings.hub_url.strip()

    def start(self) -> None:
        """At start: the last agent when their token is here, else ask (with a hub)."""
        w = self.window
        if not self.hub_url:
            return
        w.set_agent(None)  # nobody works here until the token or a sign-in says who
        store, url, name = w.store, self.hub_url, self.last_name
        w.runner.op(self, lambda _s: signed_in_here(store, url, name)) \
            .success(self._found).run()

    def _found(self, who: SignedIn | None) -> None:
        if who is not None:
            self.window.set_agent(who)
        elif self.window.ask_sign_in:
            self.ask()

    def ask(self, *, switching: bool = False, note: str = "") -> SignInDialog | None:
        """The sign-in dialog (one at a time), window-modal, never blocking the loop."""
        if not self.hub_url:
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        w = self.window
        name = "" if switching else self.last_name
        d = SignInDialog(w.runner, w.store, self.hub_url, name, switching=switching,
                         parent=w)
        if note:
            d.show_error(note)
        d.signed_in.connect(self.signed_in)
        d.finished.connect(lambda _r: self._closed(d))
        self.dialog = d
        d.open()
        return d

    def _closed(self, d: SignInDialog) -> None:
        if self.dialog is d:
            self.dialog = None
        d.deleteLater()

    def signed_in(self, who: SignedIn) -> None:
        w = self.window
        self.last_name = who.name
        w.set_agent(who)
        with suppress(OSError):  # the next start opens on this agent (other fields kept)
            replace(Settings.load(), agent_name=who.name).save()
        if who.offline:
            w.statusBar().showMessage(self.tr(
                "Signed in offline: the hub cannot be reached, so your work is sent when "
                "it is back."), 15000)
        sync = self.registry.find(SYNC)
        if sync is not None:
            sync.signed_in()

    def switch(self) -> None:
        """Another agent signs in at this desk, without restarting (Ctrl+Shift+U)."""
        if not self.hub_url:
            self.window.statusBar().showMessage(self.tr(
                "Without a hub there is nobody to sign in: set the agent's name in Settings "
                "(Ctrl+,)."), 15000)
            return
        self.ask(switching=True)

    def token_refused(self, had_token: bool = True) -> None:
        """The hub no longer takes this desk's token (device revoked, agent disabled), or
        it is back after an offline sign-in (no token yet): sign in again."""
        w = self.window
        if w.who is not None:
            credentials.forget_token(self.hub_url, w.who.name)
            self.last_name = w.who.name
        w.set_agent(None)
        if w.ask_sign_in:
            self.ask(note=self.tr("The hub no longer accepts this computer's sign-in: "
                                  "sign in again.") if had_token else self.tr(
                "The hub can be reached again: sign in to send your work."))

    def retranslate(self) -> None:
        self.switch_action.setText(self.tr("S&witch agent…"))

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self, self.retranslate)
        return False


def install(registry: Registry) -> None:
    c = SignInController(registry)
    registry.provide(SIGN_IN, c)
    c.start()
