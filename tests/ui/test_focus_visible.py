"""Focus visible (issue 17, part 3): in the console's style, each interactive widget of the
main window and its docks looks different when it has the keyboard focus — a keyboard user
always sees where the next key goes. Each is drawn without the focus and with it; the two
pictures must differ."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.builders import Demo
from tests.ui.reach import DOCKS, SECTIONS, settle, shown_by
from tests.ui.test_accessible_names import INTERACTIVE, _describe, _drawn_inside, _keyed_elsewhere
from ui.shell.app import style
from ui.shell.main_window import MainWindow
from ui.shell.ops import OpRunner


@pytest.fixture(autouse=True)
def _console_style(qapp: QApplication) -> Iterator[None]:
    """As `carecenter gui` draws it; the application put back after."""
    before_sheet, before_style = qapp.styleSheet(), qapp.style().name()
    style(qapp)
    yield
    qapp.setStyleSheet(before_sheet)
    qapp.setStyle(before_style)


def unseen_focus(root: QWidget, done: set[str]) -> list[str]:
    """Each widget of ``root`` (not in ``done``) that looks the same with the focus."""
    unseen = []
    for w in root.findChildren(QWidget):
        what = _describe(w)
        if (what in done or not isinstance(w, INTERACTIVE) or not w.isVisible()
                or not w.isEnabled() or _drawn_inside(w) or _keyed_elsewhere(w)
                or not w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        done.add(what)
        w.clearFocus()
        QApplication.processEvents()
        without = w.grab().toImage()
        w.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        assert w.hasFocus(), what
        if w.grab().toImage() == without:
            unseen.append(what)
    return unseen


def test_every_widget_of_the_window_and_its_docks_shows_its_focus(
        qtbot: QtBot, window: MainWindow, runner: OpRunner, demo: Demo) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view = window.open_customer(demo.main_id)
    qtbot.waitUntil(lambda: view.is_ready and not view.model.loading, timeout=10000)
    settle(qtbot, runner)
    done: set[str] = set()
    unseen: list[str] = []
    for keys in [*SECTIONS, *DOCKS]:
        for shown in shown_by(qtbot, window, runner, keys):
            unseen += [f"[{keys}] {what}" for what in unseen_focus(shown, done)]
    assert len(done) > 20  # the walk saw the window
    assert unseen == []
