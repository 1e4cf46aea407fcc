"""The form of one contact (channel, direction, team, when, outcome, campaign, offer,
notes, call-back), shared by Ctrl+L (``ui.customer.log_contact``) and the work mode's
wrap-up (``ui.calls.work_mode``). In the outcome list a digit picks the outcome (1 reached,
2 no answer, …) and Enter saves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, Qt, QTimeZone, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from carecenter.clock import utcnow
from carecenter.domain import Channel, Direction, Team
from carecenter.problems import Refused
from carecenter.services.customers.contact_log import Choice
from carecenter.services.customers.contacts import NewContact
from ui.shell.ops import user_message
from ui.widgets import formats, labels
from ui.widgets.access import labelled, named
from ui.widgets.refusal_words import refusal_sentence

# The outcomes of a contact, in the order of their digit keys.
OUTCOMES: tuple[str, ...] = (
    "reached",
    "no_answer",
    "busy",
    "declined",
    "accepted",
    "callback",
    "wrong_number",
    "opted_out",
    "resolved",
    "info",
)


translate = QCoreApplication.translate


def error_message(exc: BaseException) -> str:
    if isinstance(exc, Refused):
        return refusal_sentence(exc)
    return user_message(exc)


def to_qt(at: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(at.timestamp()), QTimeZone.systemTimeZone())


def from_qt(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


class OutcomeList(QListWidget):
    """The outcomes, numbered: a digit picks one, Enter submits."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomeList")
        for code in OUTCOMES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.addItem(item)
        self.setCurrentRow(0)
        self.retranslate()
        rows = self.sizeHintForRow(0) * self.count() + 2 * self.frameWidth() + 4
        self.setFixedHeight(rows)

    def retranslate(self) -> None:
        for n in range(self.count()):
            item = self.item(n)
            code = item.data(Qt.ItemDataRole.UserRole)
            key = f"{n + 1}  " if n < 9 else "    "
            item.setText(key + labels.outcome(code))

    def code(self) -> str:
        item = self.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else OUTCOMES[0]

    def set_code(self, code: str) -> None:
        if code in OUTCOMES:
            self.setCurrentRow(OUTCOMES.index(code))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and 1 <= int(text) <= min(9, self.count()):
            self.setCurrentRow(int(text) - 1)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


@dataclass(frozen=True)
class FormValue:
    contact: NewContact
    call_back: datetime | None


class ContactForm(QWidget):
    """Channel, direction, team, time, outcome, campaign, offer presented, notes and an
    optional call-back time. ``wrap_up=True`` shows only what the work mode asks."""

    submitted = Signal()

    def __init__(self, *, wrap_up: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wrap_up = wrap_up
        self._words: dict[QComboBox, Callable[[str], str]] = {}  # each box's words for codes
        self.channel = self._combo([c.value for c in Channel], labels.channel)
        self.direction = self._combo([d.value for d in Direction], labels.direction)
        self.team = self._combo([t.value for t in Team], labels.team)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(formats.DATE_TIME_EDIT)
        self.outcome = OutcomeList()
        self.outcome.submitted.connect(self.submitted)
        self.campaign = QComboBox()
        self.campaign.setObjectName("campaignChoice")
        self.offer = QComboBox()
        self.offer.setObjectName("offerChoice")
        for box in (self.campaign, self.offer):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(18)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("contactNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.call_back_on = QCheckBox()
        self.call_back_on.setObjectName("callBackOn")
        self.call_back = QDateTimeEdit()
        self.call_back.setCalendarPopup(True)
        self.call_back.setDisplayFormat(formats.DATE_TIME_EDIT)
        self.call_back.setEnabled(False)
        self.call_back_on.toggled.connect(self.call_back.setEnabled)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[QWidget, QLabel] = {}
        rows: list[QWidget] = [
            self.outcome,
            self.offer,
            self.notes,
            self.call_back_on,
            self.call_back,
        ]
        if not wrap_up:
            rows = [
                self.channel,
                self.direction,
                self.team,
                self.when,
                self.outcome,
                self.campaign,
                self.offer,
                self.notes,
                self.call_back_on,
                self.call_back,
            ]
        for w in rows:
            label = QLabel()
            label.setBuddy(w)
            self.labels[w] = label
            self.form.addRow(label, w)
        self.set_choices((), ())
        self.reset()
        self.retranslate()

    def _combo(self, codes: list[str], words: Callable[[str], str]) -> QComboBox:
        box = QComboBox()
        for code in codes:
            box.addItem("", code)
        box.setProperty("words", codes)
        self._words[box] = words
        return box

    def set_choices(self, campaigns: tuple[Choice, ...], offers: tuple[Choice, ...]) -> None:
        for box, items in ((self.campaign, campaigns), (self.offer, offers)):
            keep = box.currentData()
            box.clear()
            box.addItem("—", None)
            for c in items:
                box.addItem(c.label, c.id)
            at = box.findData(keep)
            box.setCurrentIndex(max(at, 0))

    def reset(
        self,
        *,
        channel: str = "phone",
        direction: str = "inbound",
        team: str = "service",
        at: datetime | None = None,
        outcome: str = "reached",
        campaign_id: str | None = None,
        offer_id: str | None = None,
    ) -> None:
        for box, code in ((self.channel, channel), (self.direction, direction), (self.team, team)):
            box.setCurrentIndex(max(box.findData(code), 0))
        self.when.setDateTime(to_qt(at or utcnow()))
        self.outcome.set_code(outcome)
        self.campaign.setCurrentIndex(max(self.campaign.findData(campaign_id), 0))
        self.offer.setCurrentIndex(max(self.offer.findData(offer_id), 0))
        self.notes.clear()
        self.call_back_on.setChecked(False)
        self.call_back.setDateTime(
            to_qt((utcnow() + timedelta(days=1)).replace(minute=0, second=0, microsecond=0))
        )

    def value(
        self,
        *,
        agent_id: str | None,
        campaign_id: str | None = None,
        defaults: tuple[str, str, str] | None = None,
    ) -> FormValue:
        """The contact to log; in a wrap-up, channel, direction and team come from
        ``defaults`` and the campaign from ``campaign_id``; the time is now."""
        if self.wrap_up:
            channel, direction, team = defaults or ("phone", "outbound", "marketing")
            at = utcnow()
            campaign = campaign_id
        else:
            channel, direction, team = (
                self.channel.currentData(),
                self.direction.currentData(),
                self.team.currentData(),
            )
            at = from_qt(self.when.dateTime())
            campaign = self.campaign.currentData()
        return FormValue(
            NewContact(
                channel=channel,
                direction=direction,
                team=team,
                at=at,
                outcome=self.outcome.code(),
                summary=self.notes.toPlainText(),
                campaign_id=campaign,
                offer_id=self.offer.currentData(),
                agent_id=agent_id,
            ),
            from_qt(self.call_back.dateTime()) if self.call_back_on.isChecked() else None,
        )

    def retranslate(self) -> None:
        for box in (self.channel, self.direction, self.team):
            words = self._words[box]
            for n in range(box.count()):
                box.setItemText(n, words(box.itemData(n)))
        self.outcome.retranslate()
        texts = {
            self.channel: self.tr("Channel"),
            self.direction: self.tr("Direction"),
            self.team: self.tr("Team"),
            self.when: self.tr("When"),
            self.outcome: self.tr("Outcome (1–9, Enter saves)"),
            self.campaign: self.tr("Campaign"),
            self.offer: self.tr("Offer presented"),
            self.notes: self.tr("Notes"),
            self.call_back_on: "",
            self.call_back: self.tr("Call back at"),
        }
        for w, label in self.labels.items():
            labelled(label, texts[w])
        named(self.outcome, self.tr("Outcome"),
              self.tr("Digits 1 to 9 pick an outcome; Enter saves the contact."))
        self.call_back_on.setText(self.tr("Agreed a call-back"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
