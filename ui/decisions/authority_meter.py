"""The authority meter: how much of each limit (this decision, this customer over 30 days,
this agent today) a remedy would use, as bars that fill green, turn amber near the limit
and red over it. Shown by the grant dialog before the agent commits."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from carecenter.services.decisions.authority import Limit, Meter
from carecenter.services.decisions.units import UnitMeter
from ui.decisions import words
from ui.shell import theme
from ui.widgets import formats


class MeterBar(QWidget):
    """One limit as a bar: what was used (grey), this amount (green, amber near the cap,
    red over it), and the words "x left of y" beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.used = 0
        self.amount = 0
        self.cap = 1
        self.setMinimumSize(QSize(160, 12))

    def set_values(self, used: int, amount: int, cap: int) -> None:
        self.used, self.amount, self.cap = used, amount, max(cap, 1)
        self.update()

    @property
    def level(self) -> str:
        """ok | near | over: the colour of this amount's part of the bar."""
        total = self.used + self.amount
        if total > self.cap:
            return "over"
        return "near" if total >= 0.8 * self.cap and self.amount else "ok"

    def sizeHint(self) -> QSize:
        return QSize(240, 12)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        h = 10.0
        top = (self.height() - h) / 2
        full = QRectF(0, top, self.width(), h)
        p.setBrush(theme.colour("meter_track"))
        p.drawRoundedRect(full, h / 2, h / 2)
        w = float(self.width())
        used_w = min(self.used / self.cap, 1.0) * w
        total_w = min((self.used + self.amount) / self.cap, 1.0) * w
        p.setClipRect(full)
        if total_w > used_w:
            colour = theme.colour(words.METER_ROLES[self.level])
            p.setBrush(colour)
            p.drawRoundedRect(QRectF(0, top, total_w, h), h / 2, h / 2)
        if used_w > 0:
            p.setBrush(theme.colour("meter_used"))
            p.drawRoundedRect(QRectF(0, top, used_w, h), h / 2, h / 2)
        p.end()


class AuthorityMeter(QFrame):
    """The three limits (this decision, this customer in 30 days, today) and a verdict."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authorityMeter")
        self.meter: Meter | None = None
        self.unit_meter: UnitMeter | None = None  # a remedy that costs nothing, in its unit
        self.heading = QLabel()
        self.heading.setObjectName("meterHeading")
        self.bars = {k: MeterBar() for k in Limit}
        self.names = {k: QLabel() for k in Limit}
        self.left = {k: QLabel() for k in Limit}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        for row, k in enumerate(Limit):
            self.names[k].setObjectName("meterName")
            self.left[k].setObjectName("meterLeft")
            self.left[k].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.left[k].setMinimumWidth(250)  # "1.985,00 € disponibili su 2.000,00 €"
            self.names[k].setMinimumWidth(170)
            grid.addWidget(self.names[k], row, 0)
            grid.addWidget(self.bars[k], row, 1)
            grid.addWidget(self.left[k], row, 2)
        grid.setColumnStretch(1, 1)
        self.verdict = QLabel()
        self.verdict.setObjectName("meterVerdict")
        self.verdict.setWordWrap(True)
        col = QVBoxLayout(self)
        col.setContentsMargins(16, 12, 16, 14)
        col.setSpacing(10)
        col.addWidget(self.heading)
        col.addLayout(grid)
        col.addWidget(self.verdict)
        self.retranslate()

    def show_meter(self, m: Meter) -> None:
        self.meter, self.unit_meter = m, None
        self.setEnabled(True)
        self._day_row(True)
        values = {
            Limit.DECISION: (0, m.amount_cents, m.max_per_decision_cents),
            Limit.CUSTOMER_30_DAYS: (m.customer_used_cents, m.amount_cents, m.customer_cap_cents),
            Limit.AGENT_DAY: (m.day_used_cents, m.amount_cents, m.day_cap_cents),
        }
        for k, (used, amount, cap) in values.items():
            bar = self.bars[k]
            bar.set_values(used, amount, cap)
            after = cap - used - amount
            if after < 0:
                text = self.tr("{0} over {1}").format(formats.money(-after, m.currency),
                                                     formats.money(cap, m.currency))
            else:
                text = self.tr("{0} left of {1}").format(formats.money(after, m.currency),
                                                        formats.money(cap, m.currency))
            self.left[k].setText(text)
            self.left[k].setProperty("level", bar.level)
            self._repolish(self.left[k])
        self.verdict.setText(words.verdict(m))
        self.verdict.setProperty("level", "ok" if m.within else "over")
        self._repolish(self.verdict)

    def show_units(self, m: UnitMeter) -> None:
        """A remedy that costs nothing: this decision and this customer's 30 days, in the
        remedy's unit ("30 of 45 days"); the agent's day counts money only."""
        self.meter, self.unit_meter = None, m
        self.setEnabled(True)
        self._day_row(False)
        for k, (used, cap) in ((Limit.DECISION, (0, m.per_grant)),
                               (Limit.CUSTOMER_30_DAYS, (m.period_used, m.period_cap))):
            bar = self.bars[k]
            bar.set_values(used, m.quantity, cap)
            self.left[k].setText(words.of_cap(m.unit, used + m.quantity, cap))
            self.left[k].setProperty("level", bar.level)
            self._repolish(self.left[k])
        self.verdict.setText(words.verdict(m))
        self.verdict.setProperty("level", "ok" if m.within else "over")
        self._repolish(self.verdict)

    def _day_row(self, on: bool) -> None:
        for w in (self.names[Limit.AGENT_DAY], self.bars[Limit.AGENT_DAY],
                  self.left[Limit.AGENT_DAY]):
            w.setVisible(on)

    def show_refusal(self, sentence: str) -> None:
        """No meter for this input (another currency): the bars go grey, the reason shows."""
        self.meter = None
        for k in Limit:
            self.bars[k].set_values(0, 0, 1)
            self.left[k].setText("")
        self.verdict.setText(sentence)
        self.verdict.setProperty("level", "over")
        self._repolish(self.verdict)

    @staticmethod
    def _repolish(w: QWidget) -> None:
        w.style().unpolish(w)
        w.style().polish(w)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your authority after this decision"))
        self.names[Limit.DECISION].setText(self.tr("This decision"))
        self.names[Limit.CUSTOMER_30_DAYS].setText(self.tr("This customer, 30 days"))
        self.names[Limit.AGENT_DAY].setText(self.tr("You, today"))
        if self.meter is not None:
            self.show_meter(self.meter)
        elif self.unit_meter is not None:
            self.show_units(self.unit_meter)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
