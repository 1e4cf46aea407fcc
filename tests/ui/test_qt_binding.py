"""The Qt binding itself must not leak or free references: a console runs all day."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot


def test_qt_calls_returning_none_keep_the_reference_count_of_none(qtbot: QtBot) -> None:
    # PySide6 6.12.0 on Python 3.11 dropped one reference to None per such call, and the
    # interpreter aborted ("none_dealloc") once the count reached zero.
    label = QLabel("x")
    qtbot.addWidget(label)
    app = QApplication.instance()
    assert app is not None
    before = sys.getrefcount(None)
    for i in range(20_000):
        label.setText(str(i % 7))
        app.processEvents()
    assert sys.getrefcount(None) - before > -1_000
