"""A new customer (Ctrl+Shift+N, or a call from a number nobody has).

Opened from a call, the number is filled in and the call being taken is logged with the
customer. Saving lists the customers already stored that are likely or possibly the same
person (fuzzy name, phone, e-mail, birth date: ``duplicates.find_duplicates``), with why:
the agent opens that one or saves anyway. Found on the name alone, the form asks for the
birth date first (the focus goes there) and checks again as soon as a whole date is typed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from carecenter.db.store import Store
from carecenter.services.customers.checks import InvalidCustomer, InvalidField
from carecenter.services.customers.contacts import NewContact, add_contact
from carecenter.services.customers.duplicates import Match, Question
from carecenter.services.customers.edit import (
    Created,
    NewCustomer,
    ProbableDuplicate,
    clean,
    create_customer,
    probe,
)
from carecenter.services.uow import UnitOfWork
from carecenter.settings import Settings
from ui.customer.duplicates import LikelyMatches
from ui.customer.edit_words import problem_message
from ui.shell.ops import OpRunner, user_message
from ui.widgets import labels
from ui.widgets.access import labelled
from ui.widgets.agent import agent_id_or_none

LANGUAGES = ("", "it", "en", "de", "fr", "es")
TIERS = ("", "standard", "silver", "gold", "platinum")


class BadDate(ValueError):
    pass


def parse_birth_date(text: str) -> date | None:
    """``31/12/1980``, ``31.12.1980`` or ``1980-12-31``; None for nothing typed."""
    text = text.strip()
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y"):
        try:
            value = datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        if value > date.today() or value.year < 1900:
            break
        return value
    raise BadDate(text)


class NewCustomerDialog(QDialog):
    """``opened`` gives the id of the customer to open: the new one or the existing one."""

    opened = Signal(str)

    def __init__(self, runner: OpRunner, store: Store, settings: Settings, *,
                 number: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCustomerDialog")
        self.runner, self.store, self.settings = runner, store, settings
        self.number = number
        self._allow_duplicate = False
        self.first = QLineEdit()
        self.last = QLineEdit()
        self.company = QLineEdit()
        self.phone = QLineEdit(number or "")
        self.email = QLineEdit()
        self.birth = QLineEdit()
        self.language = QComboBox()
        self.tier = QComboBox()
        self.home = QLineEdit(settings.store)
        for code in LANGUAGES:
            self.language.addItem("", code)
        for code in TIERS:
            self.tier.addItem("", code)
        self.log_call = QCheckBox()
        self.log_call.setObjectName("logCall")
        self.log_call.setChecked(number is not None)
        self.log_call.setVisible(number is not None)
        self.summary = QLineEdit()
        self.summary.setObjectName("callSummary")
        self.summary.setVisible(number is not None)
        self.log_call.toggled.connect(self.summary.setEnabled)
        self.form = QFormLayout()
        self._labels = [QLabel() for _ in range(10)]
        for label, field in zip(self._labels, (
                self.first, self.last, self.company, self.phone, self.email, self.birth,
                self.language, self.tier, self.home, self.summary), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self._labels[-1].setVisible(number is not None)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        # Likely duplicates (ui/customer/duplicates.py), offered instead of a new record.
        self.dup_box = LikelyMatches()
        self.dup_title, self.dup_model, self.dup_list = (
            self.dup_box.title, self.dup_box.model, self.dup_box.list)
        self.open_button, self.anyway_button = self.dup_box.open_button, self.dup_box.anyway_button
        self.dup_box.open_requested.connect(lambda _cid: self.open_existing())
        self.dup_box.save_anyway.connect(self.create_anyway)
        self.dup_box.asked.connect(self._ask_birth_date)
        self._answering = False  # asked for the birth date: a whole date typed checks again
        self.birth.textChanged.connect(self._answered)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addLayout(self.form)
        col.addWidget(self.log_call)
        col.addWidget(self.error)
        col.addWidget(self.dup_box)
        col.addWidget(self.buttons)
        self.first.setFocus()
        self.retranslate()

    # -- saving ------------------------------------------------------------------------
    def _new_customer(self) -> NewCustomer:
        return NewCustomer(
            first_name=self.first.text(), last_name=self.last.text(), company=self.company.text(),
            phones=tuple(p for p in re.split(r"[,;]", self.phone.text()) if p.strip()),
            emails=tuple(e for e in re.split(r"[,;\s]+", self.email.text()) if e.strip()),
            birth_date=parse_birth_date(self.birth.text()),
            language=self.language.currentData() or None, tier=self.tier.currentData() or None,
            store=self.home.text().strip() or None)

    def _contact(self, agent_id: str | None) -> NewContact | None:
        if not self.log_call.isChecked():
            return None
        return NewContact(channel="phone", direction="inbound", team="service",
                          summary=self.summary.text(), agent_id=agent_id)

    def save(self) -> None:
        try:
            new = self._new_customer()
        except BadDate as exc:
            self._show_error(self.tr(
                "The birth date “{0}” is not a date: write it as 31/12/1980.").format(exc))
            return
        store, settings, allow = self.store, self.settings, self._allow_duplicate
        log = self.log_call.isChecked()
        self._answering = False

        def work(_state: object) -> Created:
            agent = agent_id_or_none(store, settings) if log else None
            return create_customer(store, new, region=settings.region, allow_duplicate=allow,
                                   first_contact=self._contact(agent))

        self.buttons.setEnabled(False)
        self.runner.op(self, work).success(self._created).failure(self._failed).run()

    def _created(self, created: Created) -> None:
        self.buttons.setEnabled(True)
        self.accept()
        self.opened.emit(created.customer_id)

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self._allow_duplicate = False  # the next save checks again what is typed then
        if isinstance(exc, ProbableDuplicate):
            self._offer(exc.matches, exc.question)
        elif isinstance(exc, InvalidField):  # the checks an edit makes too: the same words
            self._show_error(problem_message(exc))
        else:  # InvalidContact: the core's sentence, translated
            self._show_error(user_message(exc))

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _offer(self, matches: list[Match], ask: Question | None = None) -> None:
        self.error.hide()
        self.dup_box.show_matches(matches, ask)

    def _ask_birth_date(self) -> None:
        self._answering = True
        # A screen reader says the question with the field it lands on.
        self.birth.setAccessibleDescription(self.dup_box.ask.text())
        self.birth.setFocus()

    def _answered(self) -> None:
        """The birth date typed after the question: once it is a whole date, the check
        runs again and shows who it finds (nothing is saved before Save)."""
        if not self._answering:
            return
        try:
            new = clean(self._new_customer(), self.settings.region)
        except (BadDate, InvalidCustomer):
            return  # not a date yet, or a field that Save will point out
        if new.birth_date is not None:
            self.dup_box.check(self.runner, self.store, probe(new))

    def open_existing(self) -> None:
        cid = self.dup_box.current_id()
        if not cid:
            return
        contact = self._contact(None) if self.log_call.isChecked() else None
        if contact is None:
            self.accept()
            self.opened.emit(cid)
            return
        store, settings = self.store, self.settings

        def log(_state: object) -> str:
            with UnitOfWork(store) as uow:
                add_contact(uow, cid, replace(contact, agent_id=agent_id_or_none(store, settings)))
            return cid

        self.runner.op(self, log).success(self._logged).failure(self._failed).run()

    def _logged(self, cid: str) -> None:
        self.accept()
        self.opened.emit(cid)

    def create_anyway(self) -> None:
        self._allow_duplicate = True
        self.dup_box.hide()
        self.save()

    # -- words -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New customer"))
        words = [self.tr("&First name"), self.tr("&Last name"), self.tr("Co&mpany"),
                 self.tr("&Phone"), self.tr("&Email"), self.tr("&Birth date"),
                 self.tr("Lan&guage"), self.tr("&Tier"), self.tr("Home &store"),
                 self.tr("Call &summary")]
        for label, text in zip(self._labels, words, strict=True):
            labelled(label, text)
        self.birth.setPlaceholderText(self.tr("31/12/1980"))
        self.phone.setPlaceholderText(self.tr("any format; several separated by commas"))
        for i, code in enumerate(LANGUAGES):
            self.language.setItemText(i, labels.language(code) if code else "—")
        for i, code in enumerate(TIERS):
            self.tier.setItemText(i, labels.tier(code) if code else "—")
        self.log_call.setText(self.tr("&Log the call being taken with this customer"))
        self.summary.setPlaceholderText(self.tr("What the call is about"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
