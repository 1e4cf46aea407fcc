"""The one background-op helper for store and network work (conventions 3-5).

    runner.op(self, lambda state: search(store, text, state=state)) \\
        .success(self.show_hits).failure(self.show_error).run()

* Store work runs on a single worker thread, so writes happen in the order they were
  asked for; network work runs on a separate small pool and never waits behind the store.
* The worker function gets a :class:`TaskState` and has no Qt in it; results come back to
  the GUI thread only through a queued signal, and callbacks run there.
* ``run()`` returns the TaskState: cancel it to stop the work (a type-ahead search
  cancels the previous one). A cancelled op calls neither callback.
* Callbacks are skipped when their owner widget was destroyed in the meantime.
* A result that is (or carries, as ``.changes``) a :class:`ChangeSet` is announced on
  ``operation_did_execute`` so that open views refresh only what changed.
"""

from __future__ import annotations

import itertools
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from carecenter.db.store import StoreError
from carecenter.services.tasks import Cancelled, TaskState

T = TypeVar("T")
log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread; workers emit on it, Qt queues the call to the GUI thread."""

    done = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, float, str)


class _Task(QRunnable):
    def __init__(self, op_id: int, fn: Callable[[TaskState], Any], state: TaskState,
                 relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._id = op_id
        self._fn = fn
        self._state = state
        self._relay = relay

    def run(self) -> None:
        try:
            self._state.check()
            result = self._fn(self._state)
        except BaseException as exc:
            self._relay.failed.emit(self._id, exc)
        else:
            self._relay.done.emit(self._id, result)


@dataclass
class Op(Generic[T]):
    """One piece of background work; build it with ``runner.op(...)``."""

    runner: OpRunner
    parent: QObject | None
    fn: Callable[[TaskState], T]
    network: bool = False
    on_success: Callable[[T], None] | None = None
    on_failure: Callable[[BaseException], None] | None = None
    on_progress: Callable[[float, str], None] | None = None
    state: TaskState = field(default_factory=TaskState)

    def success(self, cb: Callable[[T], None]) -> Op[T]:
        self.on_success = cb
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> Op[T]:
        self.on_failure = cb
        return self

    def progress(self, cb: Callable[[float, str], None]) -> Op[T]:
        self.on_progress = cb
        return self

    def on_network(self) -> Op[T]:
        self.network = True
        return self

    def run(self) -> TaskState:
        return self.runner.start(self)


def user_message(exc: BaseException) -> str:
    """One sentence for the user, in the console's language; the traceback only goes to the
    log. A refusal of the core is a code, said in words by
    ui/widgets/refusal_words.py."""
    from carecenter.problems import Refused  # the core's services: not at start
    from ui.shell.first_run import store_sentence
    from ui.widgets.refusal_words import refusal_sentence

    if isinstance(exc, Refused):
        return refusal_sentence(exc)
    from carecenter.services.customers.checks import InvalidField

    if isinstance(exc, InvalidField):  # a customer's field: the customer feature's words
        from ui.customer.edit_words import problem_message

        return problem_message(exc)
    if isinstance(exc, StoreError):
        return store_sentence(exc)
    if type(exc).__name__ == "UserError":  # the command line's own sentence
        return str(exc)
    return QCoreApplication.translate(
        "ops", "The operation failed ({0}); try again, and tell IT if it happens again."
    ).format(type(exc).__name__)


class OpRunner(QObject):
    """Owns the store worker and the network pool; the app-state object views listen to."""

    operation_did_execute = Signal(object)  # ChangeSet
    op_failed = Signal(str)  # one sentence, for failures nobody else handled
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, network_threads: int = 4) -> None:
        super().__init__(parent)
        self._store_pool = QThreadPool(self)
        self._store_pool.setMaxThreadCount(1)
        self._net_pool = QThreadPool(self)
        self._net_pool.setMaxThreadCount(network_threads)
        self._relay = _Relay()
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._relay.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._ids = itertools.count(1)
        self._pending: dict[int, Op[Any]] = {}
        self._closed = False

    def op(self, parent: QObject | None, fn: Callable[[TaskState], T]) -> Op[T]:
        return Op(self, parent, fn)

    def start(self, op: Op[Any]) -> TaskState:
        if self._closed:
            op.state.cancel()
            return op.state
        op_id = next(self._ids)
        relay = self._relay
        if op.on_progress is not None:
            op.state = TaskState(lambda f, what: relay.progress.emit(op_id, f, what))
        was_idle = not self._pending
        self._pending[op_id] = op
        pool = self._net_pool if op.network else self._store_pool
        pool.start(_Task(op_id, op.fn, op.state, relay))
        if was_idle:
            self.busy_changed.emit(True)
        return op.state

    @property
    def pending(self) -> int:
        return len(self._pending)

    def shutdown(self) -> None:
        """Cancel everything, drop what has not started, wait for what is running."""
        self._closed = True
        for op in self._pending.values():
            op.state.cancel()
        for pool in (self._store_pool, self._net_pool):
            pool.clear()
            pool.waitForDone()
        self._pending.clear()

    # -- GUI-thread side ---------------------------------------------------------------
    def _take(self, op_id: int) -> Op[Any] | None:
        op = self._pending.pop(op_id, None)
        if op is not None and not self._pending:
            self.busy_changed.emit(False)
        if op is None or op.state.cancelled:
            return None
        if op.parent is not None and not shiboken6.isValid(op.parent):
            return None
        return op

    @Slot(int, object)
    def _on_done(self, op_id: int, result: object) -> None:
        op = self._take(op_id)
        if op is None:
            return
        if op.on_success is not None:
            op.on_success(result)
        # The unit of work (and SQLAlchemy) is not imported on the start path: until some
        # op has loaded it, no result can carry a ChangeSet.
        uow = sys.modules.get("carecenter.services.uow")
        if uow is None:
            return
        changes = result if isinstance(result, uow.ChangeSet) else getattr(result, "changes", None)
        if isinstance(changes, uow.ChangeSet) and changes:
            self.operation_did_execute.emit(changes)

    @Slot(int, object)
    def _on_failed(self, op_id: int, exc: BaseException) -> None:
        op = self._take(op_id)
        if op is None or isinstance(exc, Cancelled):
            return
        if op.on_failure is not None:
            op.on_failure(exc)
            return
        log.error("background operation failed", exc_info=exc)
        self.op_failed.emit(user_message(exc))

    @Slot(int, float, str)
    def _on_progress(self, op_id: int, fraction: float, what: str) -> None:
        op = self._pending.get(op_id)
        if op is not None and op.on_progress is not None and not op.state.cancelled:
            op.on_progress(fraction, what)
