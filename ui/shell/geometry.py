"""The main window's geometry and splitter, kept in ``QSettings`` (an ini file beside
settings.json), restored at start and saved on closing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


DEFAULT_SIZE = QSize(1400, 900)


def _default(window: MainWindow) -> None:
    """1400×900, or the screen's free area when smaller (a 1366×768 laptop)."""
    screen = window.screen()
    room = screen.availableSize() if screen is not None else DEFAULT_SIZE
    window.resize(DEFAULT_SIZE.boundedTo(room))


def restore(window: MainWindow) -> None:
    s = window.window_settings
    if s is None:
        _default(window)
        return
    saved = s.value("window/geometry")
    if isinstance(saved, QByteArray) and window.restoreGeometry(saved):
        splitter = s.value("window/splitter")
        if isinstance(splitter, QByteArray):
            window.splitter.restoreState(splitter)
    else:
        _default(window)


def save(window: MainWindow) -> None:
    s = window.window_settings
    if s is not None:
        s.setValue("window/geometry", window.saveGeometry())
        s.setValue("window/splitter", window.splitter.saveState())
        s.sync()
