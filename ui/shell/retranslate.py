"""Re-word what a feature added to a window (actions, menus) when the language changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class _Hook(QObject):
    def __init__(self, widget: QWidget, fn: Callable[[], None]) -> None:
        super().__init__(widget)
        self._fn = fn
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._fn()
        return False


def on_language_change(widget: QWidget, fn: Callable[[], None]) -> None:
    """Call ``fn`` now and whenever ``widget`` is told the language changed."""
    fn()
    _Hook(widget, fn)


class LanguageWatcher(QObject):
    """Calls ``fn`` whenever the language of ``target`` changes (features' menus)."""

    def __init__(self, target: QObject, fn: Callable[[], None]) -> None:
        super().__init__(target)
        self.fn = fn
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.fn()
        return False
