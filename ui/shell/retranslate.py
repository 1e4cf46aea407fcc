"""Re-word what a feature added to a window (actions, menus) when the language changes:
the one language hook of the console (widgets re-word themselves in ``changeEvent``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject


class _Hook(QObject):
    def __init__(self, target: QObject, fn: Callable[[], None]) -> None:
        super().__init__(target)
        self._fn = fn
        target.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._fn()
        return False


def on_language_change(target: QObject, fn: Callable[[], None], *, now: bool = True) -> None:
    """Call ``fn`` now (unless ``now`` is False) and whenever ``target`` is told the
    language changed."""
    if now:
        fn()
    _Hook(target, fn)
