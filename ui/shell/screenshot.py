"""``--screenshot`` with ``--press``: shortcuts pressed once the console is ready (a dock,
a dialog, the supervisor view), and the picture of the window with what they opened on
top of it, as an agent would see it (packaging/screens.py takes the docs' pictures)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage, QKeySequence, QPainter
from PySide6.QtWidgets import QApplication, QMenu

from ui.shell import theme

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

SETTLE_MS = 100  # how often to look whether the console's work is done
SETTLE_TRIES = 100  # and for how long at most (10 s): a screenshot run never hangs


def press(window: MainWindow, keys: Sequence[str]) -> list[str]:
    """Trigger the window's actions on ``keys``, in order; returns the keys that no
    action has."""
    missing = []
    for keys_ in keys:
        wanted = QKeySequence(keys_)
        action = next((a for a in window.actions() if wanted in a.shortcuts()), None)
        if action is None:
            missing.append(keys_)
        else:
            action.trigger()
            QApplication.processEvents()
    return missing


def when_idle(window: MainWindow, then: Callable[[], None], tries: int = SETTLE_TRIES) -> None:
    """Call ``then`` once the window's background work is done (or after ~10 s)."""
    if window.runner.pending == 0 or tries <= 0:
        QTimer.singleShot(SETTLE_MS, then)  # one more round for the views to paint
        return
    QTimer.singleShot(SETTLE_MS, lambda: when_idle(window, then, tries - 1))


def compose(window: MainWindow) -> QImage:
    """The window, and each other window or dialog it shows drawn centred over it with a
    thin edge (the offscreen platform has no window manager to draw frames)."""
    QApplication.processEvents()
    window.repaint()
    image = window.grab().toImage()
    painter = QPainter(image)
    painter.setPen(theme.colour("border_strong"))
    for top in QApplication.topLevelWidgets():
        if top is window or not top.isVisible() or isinstance(top, QMenu) \
                or top.inherits("QTipLabel") \
                or top.windowHandle() is None or top.width() < 40:
            continue
        picture = top.grab()
        x = max((image.width() - picture.width()) // 2, 0)
        y = max((image.height() - picture.height()) // 2, 0)
        painter.drawPixmap(x, y, picture)
        painter.drawRect(x, y, picture.width() - 1, picture.height() - 1)
    painter.end()
    return image
