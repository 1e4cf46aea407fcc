"""With every feature installed, no key is bound to two window actions, and the shortcuts
help lists every window shortcut."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from carecenter.db.store import Store
from carecenter.settings import Settings
from ui.shell.main_window import MainWindow
from ui.shell.ops import OpRunner
from ui.shell.shortcuts import ShortcutsDialog


@pytest.mark.parametrize("role", ["agent", "supervisor"])
def test_no_key_opens_two_window_actions(qtbot: QtBot, runner: OpRunner, store: Store,
                                         role: str) -> None:
    w = MainWindow(runner, store, Settings(agent_name="Giulia Bianchi", agent_role=role))
    qtbot.addWidget(w)
    owners: dict[str, list[str]] = defaultdict(list)
    for action in w.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue
        for key in action.shortcuts():
            owners[key.toString()].append(action.text() or action.objectName() or "?")
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert clashes == {}

    if role != "supervisor":
        return  # an agent's help leaves out the supervisor's review key
    dialog = ShortcutsDialog(w, w.registry.shortcut_rows)
    listed = " ".join(keys for keys, _ in dialog.rows())
    unlisted = sorted(
        k for k in owners
        if QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) not in listed
        and not (k.startswith(("Alt+", "Ctrl+")) and k[-1] in "23456789"))  # "1 … 9" rows
    assert unlisted == []
