"""The small forms of service recovery: new case, promise, follow-up, what was offered,
closing with open steps, and the outcome of a follow-up.

Each dialog is opened non-modally with ``open()`` and emits ``submitted(dict)`` when the
agent confirms; the caller runs the write in the background and then calls ``done_ok()``
(closes the dialog) or ``show_error(message)`` (the dialog stays, with the sentence).
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ui.cases import recovery as words
from ui.cases.recovery import local_tz
from ui.widgets import formats
from ui.widgets.access import spoken

QUICK = ("in_2_hours", "tomorrow", "friday")


def quick_due(choice: str, now_local: datetime) -> datetime:
    """The due time of a quick choice, in the zone of ``now_local``: in two hours (to the
    next five minutes), tomorrow at 10:00, or the coming Friday at 10:00 (next week's
    when today is Friday or later)."""
    tz = now_local.tzinfo
    if choice == "in_2_hours":
        t = now_local.replace(second=0, microsecond=0) + timedelta(hours=2)
        return t + timedelta(minutes=(-t.minute) % 5)
    if choice == "tomorrow":
        return datetime.combine(now_local.date() + timedelta(days=1), time(10), tzinfo=tz)
    if choice == "friday":
        ahead = (4 - now_local.weekday()) % 7 or 7
        return datetime.combine(now_local.date() + timedelta(days=ahead), time(10), tzinfo=tz)
    raise ValueError(f"unknown quick choice {choice!r}")


class DuePicker(QWidget):
    """A date and time (local) with quick choices; ``value()`` is an aware UTC datetime."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateTimeEdit()
        self.edit.setObjectName("dueEdit")
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(formats.DATE_TIME_EDIT)
        self.quick: dict[str, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.edit, 1)
        for choice in QUICK:
            b = QPushButton()
            b.setObjectName("quickDue")
            b.setAutoDefault(False)
            b.clicked.connect(lambda _=False, c=choice: self.choose(c))
            self.quick[choice] = b
            row.addWidget(b)
        self.choose("tomorrow")
        self.retranslate()

    def choose(self, choice: str) -> None:
        self.set_value(quick_due(choice, datetime.now(local_tz())))

    def set_value(self, value: datetime) -> None:
        local = value.astimezone(local_tz())
        self.edit.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                                        QTime(local.hour, local.minute, local.second)))

    def value(self) -> datetime:
        qdt = self.edit.dateTime()
        d, t = qdt.date(), qdt.time()
        naive = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        return naive.replace(tzinfo=local_tz()).astimezone(UTC)

    def retranslate(self) -> None:
        self.quick["in_2_hours"].setText(self.tr("In &2 hours"))
        self.quick["tomorrow"].setText(self.tr("&Tomorrow 10:00"))
        self.quick["friday"].setText(self.tr("&Friday 10:00"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class FormDialog(QDialog):
    """A form with an error line and OK/Cancel; ``submitted`` carries ``values()``."""

    submitted = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setMinimumWidth(520)
        self.intro = QLabel()
        self.intro.setObjectName("dialogIntro")
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.form = QFormLayout()
        self.form.setSpacing(10)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._submit_if_ready)  # from a text box
        col = QVBoxLayout(self)
        col.setContentsMargins(20, 18, 20, 14)
        col.setSpacing(12)
        col.addWidget(self.intro)
        col.addLayout(self.form)
        col.addWidget(self.error)
        col.addWidget(self.buttons)
        self.busy = False

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def add_row(self, text: str, field: QWidget) -> None:
        """A row labelled ``text``; its field (a due date's edit) named the same for
        screen readers, its placeholder also its description."""
        self.form.addRow(text, field)
        target = field.edit if isinstance(field, DuePicker) else field
        target.setAccessibleName(spoken(text))
        if isinstance(target, QLineEdit | QPlainTextEdit):
            target.setAccessibleDescription(target.placeholderText())

    def values(self) -> dict[str, object]:
        return {}

    def _submit_if_ready(self) -> None:
        if self.ok_button.isEnabled():
            self._submit()

    def _submit(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.error.hide()
        self.ok_button.setEnabled(False)
        self.submitted.emit(self.values())

    def show_error(self, message: str) -> None:
        self.busy = False
        self.ok_button.setEnabled(True)
        self.error.setText(message)
        self.error.show()

    def done_ok(self) -> None:
        self.busy = False
        self.accept()


class NewCaseDialog(FormDialog):
    def __init__(self, categories: list[tuple[str, str]], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New case"))
        self.category = QComboBox()
        for code, label in categories:
            self.category.addItem(label, code)
        self.severity = QComboBox()
        for code in ("low", "medium", "high"):
            self.severity.addItem(words.severity(code), code)
        self.severity.setCurrentIndex(1)
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr(
            "What happened, in the customer's words"))
        self.summary.setMinimumHeight(110)
        self.add_row(self.tr("&Category"), self.category)
        self.add_row(self.tr("&Severity"), self.severity)
        self.add_row(self.tr("&What happened"), self.summary)
        self.category.setFocus()

    def values(self) -> dict[str, object]:
        return {"category": self.category.currentData(),
                "severity": self.severity.currentData(),
                "summary": self.summary.toPlainText()}


class PromiseDialog(FormDialog):
    def __init__(self, case_text: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a promise"))
        self.intro.setText(self.tr("On the case: {0}").format(case_text) if case_text
                           else self.tr("Not linked to a case."))
        self.intro.show()
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr('e.g. "We call you back by Friday"'))
        self.due = DuePicker()
        # a window: "we call you back between 16:00 and 17:00"
        self.windowed = QCheckBox(self.tr("As a &window, until"))
        self.windowed.setObjectName("promiseWindowed")
        self.until = QTimeEdit()
        self.until.setObjectName("promiseUntil")
        self.until.setDisplayFormat(formats.TIME_EDIT)
        self.until.setEnabled(False)
        self.until.setAccessibleName(self.tr("Window ends at"))
        self.windowed.toggled.connect(self._window_toggled)
        window_row = QHBoxLayout()
        window_row.addWidget(self.windowed)
        window_row.addWidget(self.until, 1)
        self.add_row(self.tr("&Promised"), self.text)
        self.add_row(self.tr("&Due"), self.due)
        self.form.addRow("", window_row)
        self.text.setFocus()

    def _window_toggled(self, on: bool) -> None:
        self.until.setEnabled(on)
        if on:
            self.until.setTime(self.due.edit.time().addSecs(3600))

    def until_value(self) -> datetime | None:
        """The window's end: the time chosen after the start (the next day when it is not
        later that day), in UTC; None without a window."""
        if not self.windowed.isChecked():
            return None
        start = self.due.value().astimezone(local_tz())
        t = self.until.time()
        end = start.replace(hour=t.hour(), minute=t.minute())
        return (end if end > start else end + timedelta(days=1)).astimezone(UTC)

    def values(self) -> dict[str, object]:
        return {"text": self.text.text(), "due": self.due.value(),
                "due_until": self.until_value()}


class FollowUpDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Schedule a follow-up"))
        self.intro.setText(self.tr(
            "Somebody calls the customer back to check they are satisfied."))
        self.intro.show()
        self.due = DuePicker()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What to check (optional)"))
        self.add_row(self.tr("&Due"), self.due)
        self.add_row(self.tr("&Note"), self.note)

    def values(self) -> dict[str, object]:
        return {"due": self.due.value(), "note": self.note.text()}


class CompensateDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compensate"))
        self.intro.setText(self.tr(
            "Write what was offered to the customer; it is kept as the note of the step."))
        self.intro.show()
        self.offered = QLineEdit()
        self.offered.setPlaceholderText(self.tr("e.g. waived the 10 EUR delivery fee"))
        self.add_row(self.tr("&Offered"), self.offered)

    def values(self) -> dict[str, object]:
        return {"note": self.offered.text()}


class CloseCaseDialog(FormDialog):
    """Shown when a case still has unticked steps: they are listed and a reason is needed."""

    def __init__(self, open_steps: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close with open steps"))
        self.intro.setText(self.tr(
            "These steps are not ticked. Closing anyway is recorded as an override; say "
            "why.") + "<ul>" + "".join(f"<li>{s}</li>" for s in open_steps) + "</ul>")
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.intro.show()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. the customer asked to close it now"))
        self.add_row(self.tr("&Reason"), self.reason)
        self.ok_button.setText(self.tr("Close the case"))
        self.ok_button.setEnabled(False)
        self.reason.textChanged.connect(
            lambda t: self.ok_button.setEnabled(bool(t.strip()) and not self.busy))
        self.reason.setFocus()

    def values(self) -> dict[str, object]:
        return {"reason": self.reason.text()}


class OutcomeDialog(FormDialog):
    """Done with an outcome; "not satisfied" reopens the case (said in the dialog)."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-up done"))
        self.intro.setText(what)
        self.intro.show()
        self.group = QButtonGroup(self)
        box = QVBoxLayout()
        self.choices: dict[str, QRadioButton] = {}
        for code, text in (("satisfied", self.tr("&Satisfied")),
                           ("not_satisfied", self.tr("&Not satisfied: reopen the case")),
                           ("unreachable", self.tr("&Unreachable"))):
            r = QRadioButton(text)
            self.group.addButton(r)
            self.choices[code] = r
            box.addWidget(r)
        self.choices["satisfied"].setChecked(True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What the customer said (optional)"))
        self.form.addRow(self.tr("Outcome"), box)
        self.add_row(self.tr("N&ote"), self.note)

    def outcome(self) -> str:
        return next(c for c, r in self.choices.items() if r.isChecked())

    def values(self) -> dict[str, object]:
        return {"outcome": self.outcome(), "note": self.note.text()}
