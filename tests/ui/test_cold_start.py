"""Cold start: the console window is usable before the store is open.

``open_console`` shows the window with the search field focused at once and opens the
store on the op runner's store worker; what the agent types, an Enter, or a call handed
over meanwhile waits for the store and runs when it arrives, never lost. The store worker
is held busy here (ops run in order on it) so that the store opens only when the test
lets it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from carecenter.settings import Settings
from tests.ui.builders import Demo
from ui.customer.api import SCREEN_POP
from ui.shell import theme
from ui.shell.app import open_console, style
from ui.shell.main_window import MainWindow
from ui.shell.ops import OpRunner
from ui.shell.resources import stylesheet

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def gate(runner: OpRunner) -> Iterator[threading.Event]:
    """Holds the store worker until set: the store cannot open before."""
    event = threading.Event()
    runner.op(None, lambda _state: event.wait(30)).run()
    yield event
    event.set()


@pytest.fixture
def main_id(_template: tuple[Path, Demo]) -> str:
    return _template[1].main_id


@pytest.fixture
def console(qtbot: QtBot, runner: OpRunner, settings: Settings, gate: threading.Event,
            _template: tuple[Path, Demo], store_path: Path) -> Iterator[MainWindow]:
    shutil.copyfile(_template[0], store_path)
    failures: list[BaseException] = []
    window = open_console(runner, store_path, settings, failures.append)
    qtbot.addWidget(window)
    yield window
    gate.set()
    qtbot.waitUntil(lambda: runner.pending == 0)
    window.close()
    if window.store_ready:
        window.store.close()
    assert failures == []


def test_the_window_shows_focused_before_the_store_is_open(
        qtbot: QtBot, console: MainWindow, store_path: Path) -> None:
    qtbot.waitExposed(console)
    assert not console.store_ready
    assert console.search.field.hasFocus()
    assert console.store_label.text() == f"Milano Centro · {store_path.name}"


def test_what_is_typed_before_the_store_opens_is_searched_when_it_opens(
        qtbot: QtBot, console: MainWindow, gate: threading.Event, main_id: str) -> None:
    qtbot.keyClicks(console.search.field, "rossi mar")
    qtbot.waitUntil(lambda: console.search.status.text() == "Opening the store…")
    assert console.search.field.text() == "rossi mar"
    assert console.search.model.rowCount() == 0
    with qtbot.waitSignal(console.search.results_shown, timeout=20000) as shown:
        gate.set()
    assert shown.args[0] == "rossi mar" and shown.args[1] >= 1
    assert console.search_ready_now
    hits = [console.search.model.hit(row) for row in range(console.search.model.rowCount())]
    assert main_id in {hit.customer_id for hit in hits if hit is not None}


def test_enter_pressed_before_the_store_opens_opens_the_single_hit(
        qtbot: QtBot, console: MainWindow, gate: threading.Event, main_id: str) -> None:
    qtbot.keyClicks(console.search.field, "C-000001")
    qtbot.keyClick(console.search.field, Qt.Key.Key_Return)
    with qtbot.waitSignal(console.customer_opened, timeout=20000):
        gate.set()
    view = console.current_view()
    assert view is not None and view.customer_id == main_id


def test_a_call_before_the_store_opens_pops_the_customer_when_it_opens(
        qtbot: QtBot, console: MainWindow, gate: threading.Event, main_id: str) -> None:
    console.call("tel:+39%20333%20123%204567")
    assert console.tabs.count() == 0
    with qtbot.waitSignal(console.call_settled, timeout=20000):
        gate.set()
    view = console.current_view()
    assert view is not None and view.customer_id == main_id
    # The features were plugged in before the call ran: the screen pop took it.
    assert console.registry.find(SCREEN_POP) is not None


def test_the_start_path_leaves_the_store_layers_for_later() -> None:
    """Importing what shows the window pulls in neither SQLAlchemy, the models, Alembic,
    phonenumbers nor the customer view: those load on the store worker."""
    code = (
        "import sys, ui.shell.app, ui.shell.bench\n"
        "heavy = ('sqlalchemy', 'alembic', 'phonenumbers', 'faker', 'carecenter.db.models',"
        " 'carecenter.services.search.query', 'carecenter.services.uow', 'ui.customer.view')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_features_stylesheets_are_set_with_the_consoles_once(
        qtbot: QtBot, qapp: QApplication, console: MainWindow, gate: threading.Event) -> None:
    before = qapp.styleSheet()
    try:
        style(qapp)
        with qtbot.waitSignal(console.store_attached, timeout=20000):
            gate.set()  # the features install: they find their stylesheets already set
        qss = qapp.styleSheet()
        # as set: each colour role filled in from the theme shown
        recovery = theme.fill((ROOT / "resources" / "styles" / "recovery.qss").read_text("utf-8"))
        decisions = theme.fill(
            (ROOT / "resources" / "styles" / "decisions.qss").read_text("utf-8"))
        assert qss.count(recovery) == 1 and qss.count(decisions) == 1
        assert qss.startswith(stylesheet())
    finally:
        qapp.setStyleSheet(before)
