"""The banner strip under the customer header: what the agent must know before speaking.

One line per core banner line (carecenter.services.customers.banner), in the core's order, coloured
by severity with an icon; a click or Alt+Shift+1…7 opens the line's detail.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from carecenter.services.customers.banner import BannerLine
from carecenter.services.customers.view import CustomerView as CustomerData
from ui.shell.shortcuts import native
from ui.widgets import labels
from ui.widgets.formats import date

if TYPE_CHECKING:
    from ui.customer.view import CustomerView
    from ui.shell.main_window import MainWindow
    from ui.shell.registry import Registry

MAX_LINES = 9
SEVERITY = {
    "do_not_call": "critical",
    "consent_withdrawn": "critical",
    "open_complaint": "warning",
    "promises": "warning",
    "overdue": "warning",
    "marketing_called": "info",
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


def _date(value: Any) -> str:
    if isinstance(value, datetime):
        return date(value)  # as in the timeline
    return str(value or "")


def _code(value: str | None) -> str:
    return (value or "").replace("_", " ")


def _consents(which: list[str]) -> str:
    words = []
    for item in which:
        channel, _, purpose = item.partition(":")
        words.append(f"{labels.channel(channel) or channel} ({_code(purpose)})")
    return ", ".join(words)


def _days_ago(n: int) -> str:
    if n == 0:
        return QCoreApplication.translate("BannerStrip", "today")
    if n == 1:
        return QCoreApplication.translate("BannerStrip", "yesterday")
    return QCoreApplication.translate("BannerStrip", "{0} days ago").format(n)


def line_text(line: BannerLine) -> str:
    """The one line the agent reads at a glance."""
    v = line.values
    k = line.kind
    if k == "do_not_call":
        return QCoreApplication.translate(
            "BannerStrip", "Do not call for marketing (since {0})"
        ).format(_date(v.get("since")))
    if k == "consent_withdrawn":
        return QCoreApplication.translate("BannerStrip", "Consent withdrawn: {0}").format(
            _consents(v.get("which", []))
        )
    if k == "open_complaint":
        text = QCoreApplication.translate("BannerStrip", "Open complaint: {0}, opened {1}").format(
            _code(v.get("category")), _days_ago(v.get("age_days", 0))
        )
        if v.get("count", 1) > 1:
            text += QCoreApplication.translate("BannerStrip", " (and {0} more)").format(
                v["count"] - 1
            )
        return text
    if k == "promises":
        text = QCoreApplication.translate("BannerStrip", "Open promises: {0}, next due {1}").format(
            v.get("count", 0), _date(v.get("next_due"))
        )
        if v.get("overdue"):
            text += QCoreApplication.translate("BannerStrip", " — overdue: {0}").format(
                v["overdue"]
            )
        return text
    if k == "overdue":
        return QCoreApplication.translate(
            "BannerStrip", "Overdue follow-ups: {0}, oldest due {1}"
        ).format(v.get("count", 0), _date(v.get("oldest_due")))
    if k == "marketing_called":
        offer = v.get("offer_title") or v.get("offer_code") or "—"
        return QCoreApplication.translate(
            "BannerStrip", "Marketing called {0} — campaign {1} · offer {2} · {3}"
        ).format(
            _days_ago(v.get("days_ago", 0)),
            v.get("campaign") or "—",
            offer,
            labels.outcome(v.get("outcome")) or "—",
        )
    if k == "offer_response":
        parts = [
            f"{o.get('title') or o.get('code')}: {labels.outcome(o.get('outcome'))}"
            for o in v.get("offers", [])[:3]
        ]
        more = len(v.get("offers", [])) - 3
        text = QCoreApplication.translate("BannerStrip", "Recent offers: {0}").format(
            "; ".join(parts)
        )
        if more > 0:
            text += QCoreApplication.translate("BannerStrip", " (and {0} more)").format(more)
        return text
    return k


def line_detail(line: BannerLine) -> str:
    """Everything the core gave for the line, one fact a row."""
    v = line.values
    rows = [line_text(line)]
    if line.kind == "open_complaint":
        rows.append(
            QCoreApplication.translate(
                "BannerStrip", "Opened on {0}; open complaints in all: {1}."
            ).format(_date(v.get("opened_at")), v.get("count", 1))
        )
    elif line.kind == "promises" and v.get("note"):
        rows.append(
            QCoreApplication.translate("BannerStrip", "Next promise: {0}").format(v["note"])
        )
    elif line.kind == "overdue":
        rows.append(
            QCoreApplication.translate("BannerStrip", "Oldest reason: {0}").format(
                _code(v.get("reason"))
            )
        )
    elif line.kind == "marketing_called":
        rows.append(
            QCoreApplication.translate("BannerStrip", "Called on {0}; offer {1}.").format(
                _date(v.get("at")), v.get("offer_code") or "—"
            )
        )
    elif line.kind == "offer_response":
        rows += [
            f"{_date(o.get('at'))}  {o.get('code')} · {o.get('title')}: "
            f"{labels.outcome(o.get('outcome'))}"
            for o in v.get("offers", [])
        ]
    return "\n".join(rows)


class BannerDetail(QDialog):
    def __init__(self, line: BannerLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bannerDetail")
        self.line = line
        self.text = QLabel(line_detail(line))
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


class BannerStrip(QFrame):
    """The lines of the current customer's banner; ``detail_opened`` gives the line."""

    detail_opened = Signal(object)  # BannerLine

    def __init__(self, view: CustomerView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bannerStrip")
        self.view = view
        self.lines: tuple[BannerLine, ...] = ()
        self.buttons: list[QPushButton] = []
        self.detail: BannerDetail | None = None
        self._col = QVBoxLayout(self)
        self._col.setContentsMargins(20, 6, 20, 6)
        self._col.setSpacing(4)
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
            b = QPushButton()
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
        if self.detail is not None:
            self.detail.close()
            self.detail.deleteLater()
        self.detail = BannerDetail(line, self)
        self.detail.show()
        self.detail_opened.emit(line)
        return self.detail

    def texts(self) -> list[str]:
        return [b.text() for b in self.buttons]

    def retranslate(self) -> None:
        for n, (b, line) in enumerate(zip(self.buttons, self.lines, strict=True)):
            b.setText(line_text(line))
            keys = native(f"Alt+Shift+{n + 1}") if n < MAX_LINES else ""
            b.setToolTip(
                QCoreApplication.translate("BannerStrip", "Details: click or {0}").format(keys)
                if keys
                else ""
            )
            b.setAccessibleName(line_text(line))

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
        view.add_strip(strip)
        view.loaded.connect(strip.set_data)

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
