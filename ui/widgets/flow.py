"""A layout that places its items left to right and wraps them onto new lines.

Qt's flow layout example, typed: its minimum width is its widest item, so a row of
toggles (the history's filter bar) never forces the window wider than one of them; its
height follows the width it is given (``heightForWidth``).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, h_spacing: int = 4,
                 v_spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._h = h_spacing
        self._v = v_spacing

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addSpacing(self, width: int) -> None:
        """A fixed gap before the next item (dropped at the start of a line)."""
        self.addItem(QSpacerItem(width, 0, QSizePolicy.Policy.Fixed,
                                 QSizePolicy.Policy.Minimum))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        m: QMargins = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _place(self, rect: QRect, move: bool) -> int:
        """Lays the items out line by line, each centred on its line's height; returns the
        height used."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        lines: list[list[tuple[QLayoutItem, int, QSize]]] = [[]]
        x = area.x()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            spacer = item.widget() is None
            if x > area.x() and x + hint.width() > area.right() + 1:
                lines.append([])
                x = area.x()
            if spacer and x == area.x():
                continue  # no gap at the start of a line
            lines[-1].append((item, x, hint))
            x += hint.width() + (0 if spacer else self._h)
        y = area.y()
        for n, line in enumerate(lines):
            height = max((hint.height() for _i, _x, hint in line), default=0)
            if move:
                for item, left, hint in line:
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(left, top), hint))
            y += height + (self._v if n < len(lines) - 1 and height else 0)
        return y - rect.y() + m.bottom()
