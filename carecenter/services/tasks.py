"""Cancellation and progress for long work, with no Qt (conventions 4).

The UI makes a ``TaskState``, hands it to a service, and may cancel it from the GUI
thread; the service checks it (and SQLite checks it during a query) and stops early.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


class Cancelled(Exception):
    """The work was cancelled by whoever started it."""


class TaskState:
    def __init__(self, on_progress: Callable[[float, str], None] | None = None) -> None:
        self._cancel = threading.Event()
        self._on_progress = on_progress

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, fraction: float, what: str = "") -> None:
        self.check()
        if self._on_progress is not None:
            self._on_progress(fraction, what)


@contextmanager
def interruptible(dbapi_connection: Any, state: TaskState | None) -> Iterator[None]:
    """Let SQLite abandon a running query as soon as ``state`` is cancelled."""
    if state is None:
        yield
        return
    dbapi_connection.set_progress_handler(lambda: 1 if state.cancelled else 0, 2000)
    try:
        yield
    finally:
        dbapi_connection.set_progress_handler(None, 0)
    state.check()
