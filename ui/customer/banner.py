"""The banner strip under the customer header: what the agent must know before speaking.

One line per core banner line (carecenter.services.customers.banner), in the core's order,
coloured by severity with an icon; a click or Alt+Shift+1…9 opens the line's detail, or,
for a line that calls for an action, does it: a possible duplicate opens the merge of the
two records (``banner_actions``), changes to check open that view. Words: ``banner_words``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from carecenter.services.customers.banner import BannerLine
from carecenter.services.customers.view import CustomerView as CustomerData
from ui.cases.api import CASES
from ui.customer.banner_actions import act
from ui.customer.banner_words import CategoryLabel, line_detail, line_text
from ui.shell.shortcuts import native

if TYPE_CHECKING:
    from ui.customer.view import CustomerView
    from ui.shell.main_window import MainWindow
    from ui.shell.registry import Registry

MAX_LINES = 9
BUTTON_HEIGHT = 32  # a line's button, about
SEVERITY = {
    "do_not_call": "critical",
    "consent_withdrawn": "critical",
    "open_complaint": "warning",
    "promises": "warning",
    "overdue": "warning",
    "possible_duplicate": "warning",
    "changes_to_check": "warning",
    "marketing_contact": "info",
    "offer_response": "info",
}
COLOURS = {  # background, border, text
    "critical": ("#fdecea", "#d93025", "#8a1c14"),
    "warning": ("#fff4e5", "#e37400", "#7a3e00"),
    "info": ("#e8f0fe", "#1a73e8", "#174ea6"),
}
ICONS = {
    "critical": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


# lines whose key or click does something rather than show a detail (banner_actions)
ACTION_KINDS = frozenset({"possible_duplicate", "changes_to_check"})


class BannerDetail(QDialog):
    def __init__(self, line: BannerLine, parent: QWidget | None = None,
                 category: CategoryLabel | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bannerDetail")
        self.line = line
        self.text = QLabel(line_detail(line, category))
        self.text.setObjectName("bannerDetailText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addWidget(self.text)
        col.addWidget(buttons)
        self.setWindowTitle(QCoreApplication.translate("BannerStrip", "Warning details"))
        self.resize(520, 200)


class LineButton(QPushButton):
    """A banner line that elides to the width it is given instead of forcing the window
    wider; ``text()``, the tooltip and the accessible name keep the whole line."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 160), hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), 160), hint.height())

    def shown_text(self) -> str:
        """The line as painted at the button's width (elided with … when too long)."""
        # room for the icon, the padding and the coloured border (style sheet below)
        room = max(self.width() - self.iconSize().width() - 40, 20)
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)


class _LinesScroll(QScrollArea):
    """Wants the height of every line; gives way down to two of them."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("bannerScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)

    def sizeHint(self) -> QSize:
        inner = self.widget()
        return inner.sizeHint() if inner is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        inner = self.widget()
        if inner is None:
            return super().minimumSizeHint()
        two = min(inner.sizeHint().height(), 2 * BUTTON_HEIGHT + 16)
        return QSize(inner.minimumSizeHint().width(), two)


class BannerStrip(QFrame):
    """The lines of the current customer's banner; ``detail_opened`` gives the line."""

    detail_opened = Signal(object)  # BannerLine
    action_requested = Signal(object)  # BannerLine of ACTION_KINDS

    def __init__(self, view: CustomerView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bannerStrip")
        self.view = view
        self.lines: tuple[BannerLine, ...] = ()
        self.buttons: list[LineButton] = []
        self.detail: BannerDetail | None = None
        self.category: CategoryLabel | None = None  # set by install from the cases api
        # the lines scroll when the screen is too short for all of them (1366×768 with
        # docks open), and are all shown when there is room
        lines = QWidget()
        lines.setObjectName("bannerLines")
        self._col = QVBoxLayout(lines)
        self._col.setContentsMargins(20, 6, 20, 6)
        self._col.setSpacing(4)
        self.lines_scroll = _LinesScroll()
        self.lines_scroll.setWidget(lines)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.lines_scroll)
        self.hide()

    def set_data(self, data: CustomerData) -> None:
        self.set_lines(data.banner)

    def set_lines(self, lines: tuple[BannerLine, ...]) -> None:
        self.lines = tuple(lines)
        for b in self.buttons:
            self._col.removeWidget(b)
            b.deleteLater()
        self.buttons = []
        for n, line in enumerate(self.lines):
            severity = SEVERITY.get(line.kind, "info")
            back, border, fore = COLOURS[severity]
            b = LineButton()
            b.setObjectName("bannerLine")
            b.setProperty("kind", line.kind)
            b.setProperty("severity", severity)
            b.setIcon(self.style().standardIcon(ICONS[severity]))
            b.setIconSize(QSize(18, 18))
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            b.setStyleSheet(
                f"QPushButton {{ text-align: left; padding: 5px 10px; font-weight: 600; "
                f"background: {back}; color: {fore}; border: none; "
                f"border-left: 4px solid {border}; border-radius: 3px; }}"
                f"QPushButton:focus {{ border-top: 2px solid {fore}; "  # focus visible
                f"border-right: 2px solid {fore}; border-bottom: 2px solid {fore}; }}"
            )
            b.clicked.connect(lambda _=False, i=n: self.open_detail(i))
            self._col.addWidget(b)
            self.buttons.append(b)
        self.retranslate()
        self.setVisible(bool(self.lines))

    def open_detail(self, index: int) -> BannerDetail | None:
        if not 0 <= index < len(self.lines):
            return None
        line = self.lines[index]
        if line.kind in ACTION_KINDS:
            self.action_requested.emit(line)
            return None
        if self.detail is not None:
            self.detail.close()
            self.detail.deleteLater()
        self.detail = BannerDetail(line, self, self.category)
        self.detail.show()
        self.detail_opened.emit(line)
        return self.detail

    def texts(self) -> list[str]:
        return [b.text() for b in self.buttons]

    def retranslate(self) -> None:
        for n, (b, line) in enumerate(zip(self.buttons, self.lines, strict=True)):
            text = line_text(line, self.category)
            b.setText(text)
            keys = native(f"Alt+Shift+{n + 1}") if n < MAX_LINES else ""
            hint = (QCoreApplication.translate("BannerStrip", "Details: click or {0}")
                    .format(keys) if keys else "")
            b.setToolTip(f"{text}\n{hint}" if hint else text)
            b.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def strip_of(view: CustomerView | None) -> BannerStrip | None:
    return view.findChild(BannerStrip, "bannerStrip") if view is not None else None


def install(registry: Registry) -> None:
    window = registry.window
    def attach(view: CustomerView) -> None:
        strip = BannerStrip(view)
        cases = registry.find(CASES)
        strip.category = cases.category_label if cases is not None else None
        view.add_strip(strip)
        view.loaded.connect(strip.set_data)
        strip.action_requested.connect(lambda line: act(window, view, line))

    window.customer_opened.connect(attach)
    for n in range(1, MAX_LINES + 1):
        registry.add_action([f"Alt+Shift+{n}"], lambda _=False, i=n - 1: _open(window, i))
    registry.add_shortcuts(
        lambda: [
            (
                f"{native('Alt+Shift+1')} … {native(f'Alt+Shift+{MAX_LINES}')}",
                QCoreApplication.translate("BannerStrip", "Open the detail of warning 1 to 9"),
            ),
        ]
    )


def _open(window: MainWindow, index: int) -> None:
    strip = strip_of(window.current_view())
    if strip is not None:
        strip.open_detail(index)


__all__ = ["BannerStrip", "install", "line_text"]
