"""Reaching every window of the console from the main window, as an agent would: each
section of an open customer, each dock, each dialog and view opened by its shortcut. Shared
by the tests that look at every window (the accessible names; sizes use the same keys)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from ui.shell.main_window import MainWindow
from ui.shell.ops import OpRunner

#: the customer's sections (history, cases, offers, decisions)
SECTIONS = ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4"]
#: the docks: work mode, follow-ups, changes to check, the day's appointments
DOCKS = ["Ctrl+Shift+L", "Ctrl+Shift+F", "Ctrl+Shift+K", "F8"]
#: the dialogs on the open customer and the console's own
DIALOGS = ["Ctrl+G", "Ctrl+N", "Ctrl+P", "Ctrl+E", "Ctrl+Shift+G", "Ctrl+L", "Ctrl+M",
           "Ctrl+Shift+N", "Ctrl+Shift+I", "Ctrl+,", "Ctrl+/", "Ctrl+Shift+Y",
           "Ctrl+Shift+P", "F4"]
#: the views: playbooks, supervisor, review, coaching
VIEWS = ["F1", "Ctrl+F1", "Ctrl+Shift+S", "Ctrl+Shift+R", "Ctrl+Shift+O"]
EVERYWHERE = [*SECTIONS, *DOCKS, *DIALOGS, *VIEWS]


def trigger(window: MainWindow, keys: str) -> None:
    """Run the window's action on ``keys`` (what the shortcut does)."""
    for action in window.findChildren(QAction):
        if QKeySequence(keys) in action.shortcuts():
            action.trigger()
            return
    raise AssertionError(f"no action on {keys}")


def settle(qtbot: QtBot, runner: OpRunner) -> None:
    QApplication.processEvents()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10000)
    QApplication.processEvents()


def shown_by(qtbot: QtBot, window: MainWindow, runner: OpRunner, keys: str
             ) -> Iterator[QWidget]:
    """Trigger ``keys``, then give the main window and every window it opened (each new
    top-level window and each dialog shown); the new ones are closed after."""
    before = set(QApplication.topLevelWidgets())
    trigger(window, keys)
    settle(qtbot, runner)
    new = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    new += [d for d in window.findChildren(QDialog) if d.isVisible() and d not in new]
    yield window
    yield from new
    for w in new:
        w.close()
    settle(qtbot, runner)
