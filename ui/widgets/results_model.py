"""Search results: one row per customer hit, and the delegate that draws them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from carecenter.services.customers.phones import display
from ui.shell import theme
from ui.widgets import labels

if TYPE_CHECKING:
    from carecenter.services.search.query import CustomerHit

Index = QModelIndex | QPersistentModelIndex

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3


def detail_line(hit: CustomerHit) -> str:
    """The second line of a result: number, first phone, first email, store."""
    parts = [hit.customer_ref]
    if hit.phones:
        parts.append(display(hit.phones[0]))
    if hit.emails:
        parts.append(hit.emails[0])
    if hit.store:
        parts.append(hit.store)
    return "  ·  ".join(parts)


class ResultsModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hits: list[CustomerHit] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.name or hit.customer_ref
        if role == DETAIL_ROLE:
            return detail_line(hit)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Matched on: {0}").format(labels.match(hit.match))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.name}, {detail_line(hit)}"
        if role == ID_ROLE:
            return hit.customer_id
        if role == HIT_ROLE:
            return hit
        return None

    def set_hits(self, hits: Sequence[CustomerHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits(())

    def hit(self, row: int) -> CustomerHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None


class ResultDelegate(QStyledItemDelegate):
    """Name in bold on the first line, number · phone · email · store below it."""

    PAD = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(200, fm.height() * 2 + self.PAD * 2 + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, detail = opt.text, index.data(DETAIL_ROLE) or ""
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        pal: QPalette = opt.palette
        rect: QRect = opt.rect.adjusted(self.PAD + 4, self.PAD, -self.PAD, -self.PAD)
        bold = QFont(opt.font)
        bold.setBold(True)
        fm = QFontMetrics(bold)
        painter.save()
        painter.setFont(bold)
        painter.setPen(pal.color(QPalette.ColorRole.HighlightedText if selected
                                 else QPalette.ColorRole.Text))
        top = QRect(rect.left(), rect.top(), rect.width(), fm.height())
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(name, Qt.TextElideMode.ElideRight, rect.width()))
        painter.setFont(opt.font)
        small = QFontMetrics(opt.font)
        muted = pal.color(QPalette.ColorRole.HighlightedText) if selected \
            else theme.colour("text_muted")
        painter.setPen(muted)
        bottom = QRect(rect.left(), top.bottom() + 4, rect.width(), small.height())
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         small.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()
