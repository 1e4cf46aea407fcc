"""PySide6 6.12 on Python 3.11 drops a reference to None each time Qt calls a Python
``data()`` that returns None; ``ui.qt_none.no_data`` pays it back, so a table shown for
hours never takes None's count to zero (the interpreter would abort)."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from ui.rows_model import Column, RowsModel


def test_a_model_asked_through_qt_for_roles_it_has_no_data_keeps_none_alive(qapp: Any) -> None:
    model: RowsModel[str] = RowsModel([Column(lambda: "Name", lambda r: r,
                                              tip=lambda r: "")])
    model.set_rows(["a", "b"])
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(5000):  # through C++: QModelIndex.data calls the Python override
        assert index.data(Qt.ItemDataRole.DecorationRole) is None
        assert index.data(Qt.ItemDataRole.ToolTipRole) is None
        assert model.headerData(5, Qt.Orientation.Vertical) is None
    assert sys.getrefcount(None) >= before
    assert QModelIndex().data() is None
