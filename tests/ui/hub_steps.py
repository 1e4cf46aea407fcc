"""Steps the console's hub tests share: open a console, find and fill the sign-in dialog."""

from __future__ import annotations

import warnings
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from carecenter.services.signin import SignedIn
from carecenter.settings import Settings
from ui.shell.main_window import MainWindow
from ui.signin.dialog import SignInDialog
from ui.signin.feature import SignInController
from ui.sync.status import SyncController

Console = Callable[[Settings], MainWindow]


def sync(w: MainWindow) -> SyncController:
    c = w.findChild(SyncController)
    assert isinstance(c, SyncController)
    return c


def signin(w: MainWindow) -> SignInController:
    c = w.findChild(SignInController)
    assert isinstance(c, SignInController)
    return c


def activate(w: MainWindow) -> None:
    w.activateWindow()
    if QApplication.activeWindow() is not w:
        # offscreen windows do not become active by themselves; shortcuts need it
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            QApplication.setActiveWindow(w)


def dialog_of(qtbot: QtBot, w: MainWindow) -> SignInDialog:
    qtbot.waitUntil(lambda: signin(w).dialog is not None and signin(w).dialog.isVisible())
    d = signin(w).dialog
    assert d is not None
    return d


def type_and_enter(qtbot: QtBot, d: SignInDialog, name: str | None, password: str) -> None:
    if name is not None:
        d.name.setText(name)
    d.password.setText(password)
    d.password.setFocus()
    qtbot.keyClick(d.password, Qt.Key.Key_Return)


def sign_in(qtbot: QtBot, w: MainWindow, name: str | None, password: str) -> SignedIn:
    """Fill the open sign-in dialog, press Enter, and wait for the sync that follows."""
    d = dialog_of(qtbot, w)
    with qtbot.waitSignal(sync(w).finished, timeout=60_000), \
            qtbot.waitSignal(d.signed_in, timeout=30_000) as got:
        type_and_enter(qtbot, d, name, password)
    who = got.args[0]
    assert isinstance(who, SignedIn)
    return who
