"""The background-op helper: results by signal, order, cancellation, change hook."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from carecenter.services.tasks import Cancelled, TaskState
from carecenter.services.uow import ChangeSet
from tests.ui.conftest import WorkTracker
from ui.shell.ops import OpRunner, user_message


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, runner: OpRunner) -> None:
    seen: list[tuple[int, bool]] = []
    gui = threading.get_ident()
    worker: list[int] = []

    def work(_s: TaskState) -> int:
        worker.append(threading.get_ident())
        return 42

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.op(None, work).success(
            lambda v: seen.append((v, threading.get_ident() == gui))).run()
    assert seen == [(42, True)]
    assert worker and worker[0] != gui


def test_store_work_runs_in_the_order_asked(qtbot: QtBot, runner: OpRunner) -> None:
    order: list[int] = []
    done: list[int] = []
    for n in range(20):
        runner.op(None, lambda _s, n=n: order.append(n) or n).success(done.append).run()
    qtbot.waitUntil(lambda: len(done) == 20)
    assert order == list(range(20))
    assert done == list(range(20))


def test_failure_goes_to_the_failure_callback(qtbot: QtBot, runner: OpRunner) -> None:
    errors: list[BaseException] = []

    def broken(_s: TaskState) -> None:
        raise ValueError("bad value")

    runner.op(None, broken).success(lambda _v: pytest.fail("no success")) \
        .failure(errors.append).run()
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)


def test_unhandled_failure_is_one_sentence(qtbot: QtBot, runner: OpRunner) -> None:
    def broken(_s: TaskState) -> None:
        raise KeyError("x")

    with qtbot.waitSignal(runner.op_failed) as blocker:
        runner.op(None, broken).run()
    assert blocker.args == [
        "The operation failed (KeyError); try again, and tell IT if it happens again."]
    assert user_message(KeyError("x")) == blocker.args[0]


def test_cancelled_op_calls_nothing(qtbot: QtBot, runner: OpRunner) -> None:
    gate = threading.Event()
    calls: list[str] = []

    def slow(state: TaskState) -> str:
        gate.wait(5)
        state.check()
        return "late"

    first = runner.op(None, slow).success(calls.append).failure(
        lambda e: calls.append(type(e).__name__)).run()
    second = runner.op(None, lambda _s: "queued").success(calls.append).run()
    first.cancel()
    gate.set()
    qtbot.waitUntil(lambda: calls == ["queued"])
    assert first.cancelled and not second.cancelled
    assert runner.pending == 0


def test_callbacks_skipped_when_owner_is_gone(qtbot: QtBot, runner: OpRunner) -> None:
    owner = QWidget()
    gate = threading.Event()
    calls: list[str] = []
    runner.op(owner, lambda _s: gate.wait(5) and "done").success(calls.append).run()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _valid(owner))
    gate.set()
    with qtbot.waitSignal(runner.busy_changed):
        pass
    assert calls == []


def _valid(obj: object) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_changes_are_announced(qtbot: QtBot, runner: OpRunner) -> None:
    changes = ChangeSet(rows={"contact": frozenset({"k1"})}, customer_ids=frozenset({"c1"}))
    with qtbot.waitSignal(runner.operation_did_execute) as blocker:
        runner.op(None, lambda _s: changes).run()
    assert blocker.args == [changes]


def test_progress_reaches_the_gui(qtbot: QtBot, runner: OpRunner) -> None:
    steps: list[tuple[float, str]] = []

    def work(state: TaskState) -> None:
        for n in range(3):
            state.progress(n / 2, f"step {n}")

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.op(None, work).progress(lambda f, w: steps.append((f, w))).run()
    assert steps == [(0.0, "step 0"), (0.5, "step 1"), (1.0, "step 2")]


def test_network_pool_does_not_wait_behind_the_store(qtbot: QtBot, runner: OpRunner) -> None:
    gate = threading.Event()
    got: list[str] = []
    runner.op(None, lambda _s: gate.wait(10) and "store").success(got.append).run()
    runner.op(None, lambda _s: "hub").on_network().success(got.append).run()
    qtbot.waitUntil(lambda: got == ["hub"])
    gate.set()
    qtbot.waitUntil(lambda: got == ["hub", "store"])


def test_shutdown_cancels_and_waits(runner: OpRunner) -> None:
    started = threading.Event()
    seen: list[bool] = []

    def loop(state: TaskState) -> None:
        started.set()
        while not state.cancelled:
            state_wait = threading.Event()
            state_wait.wait(0.01)
        seen.append(state.cancelled)
        raise Cancelled

    runner.op(None, loop).run()
    started.wait(5)
    runner.shutdown()
    assert seen == [True]
    assert runner.op(None, lambda _s: 1).run().cancelled


# the autouse fixture's tracker is the thing under test here, so its value is taken
def test_leftover_work_is_caught(qtbot: QtBot, _no_leftover_work: WorkTracker) -> None:  # noqa: PT019
    timer = QTimer()
    timer.start(60_000)
    pool = QThreadPool()
    gate = threading.Event()
    pool.start(gate.wait)
    left = _no_leftover_work.leftovers()
    assert [entry.split(" started")[0] for entry in left] == ["thread-pool task", "timer"]
    assert all("test_ops.py" in entry for entry in left)
    timer.stop()
    gate.set()
    pool.waitForDone()
    assert _no_leftover_work.leftovers() == []
