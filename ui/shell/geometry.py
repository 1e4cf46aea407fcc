"""The main window's geometry and splitter, kept in ``QSettings`` (an ini file beside
settings.json), restored at start and saved on closing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


def restore(window: MainWindow) -> None:
    s = window.window_settings
    if s is None:
        window.resize(1400, 900)
        return
    saved = s.value("window/geometry")
    if isinstance(saved, QByteArray) and window.restoreGeometry(saved):
        splitter = s.value("window/splitter")
        if isinstance(splitter, QByteArray):
            window.splitter.restoreState(splitter)
    else:
        window.resize(1400, 900)


def save(window: MainWindow) -> None:
    s = window.window_settings
    if s is not None:
        s.setValue("window/geometry", window.saveGeometry())
        s.setValue("window/splitter", window.splitter.saveState())
        s.sync()
