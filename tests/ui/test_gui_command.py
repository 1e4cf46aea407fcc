"""``carecenter gui`` as a user runs it: --call and --screenshot in a real process, and a
file that is not a store refused with one sentence."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.builders import Demo
from tests.ui.conftest import OFFSCREEN_NOISE
from ui.shell import app

ROOT = Path(__file__).resolve().parents[2]


def gui(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "carecenter", "gui", *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
                          check=False)


def errors(done: subprocess.CompletedProcess[str]) -> list[str]:
    """stderr without the offscreen platform's own warning (see tests/ui/conftest.py)."""
    return [line for line in done.stderr.splitlines() if OFFSCREEN_NOISE not in line]


@pytest.fixture
def demo_db(_template: tuple[Path, Demo], tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    shutil.copyfile(_template[0], path)
    return path


def test_call_and_screenshot_open_the_matching_customer(demo_db: Path, tmp_path: Path) -> None:
    png = tmp_path / "shot.png"
    # The number as a caller id might give it, in another format than the stored one.
    done = gui("--db", str(demo_db), "--call", "0039 333 1234567", "--screenshot", str(png))
    assert done.returncode == 0, done.stderr
    assert errors(done) == []
    image = QImage(str(png))
    assert not image.isNull()
    assert (image.width(), image.height()) == app.SCREENSHOT_SIZE
    assert image.text("Title") == "Maria Rossi — CareCenter"


def test_a_call_from_an_unknown_number_shows_the_welcome_page(demo_db: Path,
                                                              tmp_path: Path) -> None:
    png = tmp_path / "unknown.png"
    done = gui("--db", str(demo_db), "--call", "+39 02 9999 0000", "--screenshot", str(png))
    assert done.returncode == 0, done.stderr
    assert errors(done) == []
    assert QImage(str(png)).text("Title") == "CareCenter"


def test_a_foreign_file_is_refused_with_one_sentence_and_left_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "notes.db"
    foreign.write_text("shopping list: milk, eggs\n", encoding="utf-8")
    png = tmp_path / "never.png"
    done = gui("--db", str(foreign), "--screenshot", str(png))
    assert done.returncode == 2
    assert done.stderr == (
        f"carecenter: {foreign} is not a CareCenter store (it is not a database file); "
        "it was left untouched: choose another file with --db.\n")
    assert done.stdout == ""
    assert foreign.read_text(encoding="utf-8") == "shopping list: milk, eggs\n"
    assert not png.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_the_console_shows_the_refusal_in_a_dialog(qtbot: QtBot, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    foreign = tmp_path / "photo.db"
    foreign.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    seen: list[tuple[str, str]] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        seen.append((box.windowTitle(), box.text()))
        box.close()

    QTimer.singleShot(0, read_and_close)
    assert app.run(db=foreign) == 2
    message = (f"{foreign} is not a CareCenter store (it is not a database file); "
               "it was left untouched: choose another file with --db.")
    assert seen == [("CareCenter cannot start", message)]
    assert capsys.readouterr().err == f"carecenter: {message}\n"
    assert foreign.read_bytes() == b"\x89PNG\r\n\x1a\n" + bytes(200)


def test_a_screenshot_that_cannot_be_written_says_so(demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "shot.png"
    done = gui("--db", str(demo_db), "--screenshot", str(target))
    assert done.returncode == 2
    assert errors(done) == [f"carecenter: the screenshot could not be written to {target}."]
