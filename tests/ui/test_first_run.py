"""The console's first run (issue 16, part 4): with no store at the path it asks before
making one; Quit makes nothing, Create store makes it and the console opens on it; with
nobody to ask (--screenshot) it says so in one sentence and makes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from carecenter.db.store import Store
from carecenter.settings import Settings
from ui.shell import app
from ui.shell.first_run import FirstRunDialog
from ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def agent_known() -> None:
    """An agent known at this desk: no first-run wizard (test_first_run_wizard.py), only
    the question about the missing store."""
    Settings(agent_name="Giulia Bianchi").save()


def when_shown(act: Callable[[FirstRunDialog], None], seen: list[str]) -> None:
    """Answer the first-run dialog once it is up (it runs its own modal loop)."""
    box = QApplication.activeModalWidget()
    if not isinstance(box, FirstRunDialog):
        QTimer.singleShot(20, lambda: when_shown(act, seen))
        return
    seen.append(box.text())
    act(box)


@pytest.mark.usefixtures("agent_known")
def test_quit_on_the_first_run_makes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "shop" / "store.db"
    seen: list[str] = []
    QTimer.singleShot(0, lambda: when_shown(lambda box: box.quit_button.click(), seen))
    assert app.run(db=db) == 1
    assert seen == [f"There is no store at {db} yet."]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.usefixtures("agent_known")
def test_create_store_on_the_first_run_opens_the_console_on_a_new_store(
        qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "shop" / "store.db"
    seen: list[str] = []

    def close_when_open() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.store_ready]
        if not windows:
            QTimer.singleShot(20, close_when_open)
            return
        windows[0].close()

    def create(box: FirstRunDialog) -> None:
        box.create_button.click()
        QTimer.singleShot(0, close_when_open)

    QTimer.singleShot(0, lambda: when_shown(create, seen))
    assert app.run(db=db) == 0
    assert seen == [f"There is no store at {db} yet."]
    store = Store.open(db, create=False)  # a store now, made by the dialog's answer
    store.close()


@pytest.mark.parametrize("name", ["store.db", "empty.db"])
def test_a_screenshot_run_on_a_missing_store_says_so_and_makes_nothing(
        tmp_path: Path, name: str) -> None:
    db = tmp_path / name
    if name == "empty.db":
        db.write_bytes(b"")
    before = sorted(tmp_path.iterdir())
    done = subprocess.run(
        [sys.executable, "-m", "carecenter", "gui", "--db", str(db), "--screenshot",
         str(tmp_path / "shot.png")], cwd=ROOT, capture_output=True, text=True, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
        stdin=subprocess.DEVNULL, timeout=120)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (f"carecenter: There is no store at {db}: open the console "
                           "without --db, or create one with carecenter init.\n")
    assert sorted(tmp_path.iterdir()) == before
