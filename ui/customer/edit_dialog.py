"""Edit the open customer's record (Ctrl+E, the Edit… button of the header, or the
Customer menu): names, phones and e-mails (the first of each is the main one), the postal
address, birth date, language, home store and tier, with the checks creation makes.

Saving writes only the fields that changed, each with a row of the audit trail (who, when,
from which desk); a refusal is shown under the form in one sentence and nothing is stored.
A changed name that only namesakes match asks for the birth date or the address first
(the focus goes to the birth date); either, typed, checks again before anything is saved.
"""

from __future__ import annotations

import platform
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carecenter.db.store import Store
from carecenter.services.customers.candidates import address_line
from carecenter.services.customers.checks import Field, InvalidField
from carecenter.services.customers.duplicates import Probe
from carecenter.services.customers.phones import display, to_e164
from carecenter.services.customers.places import PROVINCES
from carecenter.services.customers.record import (
    Address,
    CustomerRecord,
    Edited,
    current_record,
    edit_customer,
)
from carecenter.settings import Settings
from ui.customer.duplicates import LikelyMatches
from ui.customer.edit_words import problem_message
from ui.customer.new_customer import LANGUAGES, TIERS, BadDate, parse_birth_date
from ui.shell.ops import OpRunner, user_message
from ui.shell.retranslate import on_language_change
from ui.shell.shortcuts import native
from ui.widgets import formats, labels
from ui.widgets.access import labelled, return_focus
from ui.widgets.agent import agent_id

if TYPE_CHECKING:
    from ui.customer.view import CustomerView
    from ui.shell.main_window import MainWindow
    from ui.shell.registry import Registry

EDIT_KEY = "Ctrl+E"


def desk_name(settings: Settings) -> str:
    """The workstation as the audit trail names it: its shop and its computer's name."""
    node = platform.node() or "?"
    return f"{settings.store} ({node})" if settings.store.strip() else node


def probe_of(record: CustomerRecord, region: str) -> Probe:
    """What the duplicate check compares of a record (phones in E.164 where they parse)."""
    a = record.address
    return Probe(first_name=record.first_name or "", last_name=record.last_name or "",
                 company=record.company or "",
                 phones=tuple(e for p in record.phones if (e := to_e164(p, region))),
                 emails=tuple(e.strip().casefold() for e in record.emails),
                 birth_date=record.birth_date,
                 address=address_line(a.street, a.house_number, a.postcode, a.town))


def split_list(text: str) -> tuple[str, ...]:
    """Phones or e-mails typed in one line, separated by commas or semicolons."""
    return tuple(p.strip() for p in re.split(r"[,;]", text) if p.strip())


class EditCustomerDialog(QDialog):
    """``saved`` gives the ``Edited`` result (its changes empty when nothing differed)."""

    saved = Signal(object)
    open_requested = Signal(str)  # the agent chose a likely duplicate to open instead

    def __init__(self, runner: OpRunner, store: Store, settings: Settings, customer_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editCustomerDialog")
        self.setMinimumWidth(480)  # room for several phones and e-mails on one line
        self.runner, self.store, self.settings = runner, store, settings
        self.customer_id = customer_id
        self._base: CustomerRecord | None = None
        self.fields: dict[Field, QLineEdit] = {}
        for f in (Field.FIRST_NAME, Field.LAST_NAME, Field.COMPANY, Field.PHONES,
                  Field.EMAILS, Field.STREET, Field.HOUSE_NUMBER, Field.POSTCODE, Field.TOWN,
                  Field.PROVINCE, Field.COUNTRY, Field.BIRTH_DATE, Field.STORE):
            edit = QLineEdit()
            edit.setObjectName(f"edit_{f.value}")
            self.fields[f] = edit
        province = QCompleter(sorted(PROVINCES), self)
        province.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        province.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.fields[Field.PROVINCE].setCompleter(province)
        self.language = QComboBox()
        self.language.setObjectName("edit_language")
        self.tier = QComboBox()
        self.tier.setObjectName("edit_tier")
        for code in LANGUAGES:
            self.language.addItem("", code)
        for code in TIERS:
            self.tier.addItem("", code)
        order: list[QWidget] = [self.fields[f] for f in (
            Field.FIRST_NAME, Field.LAST_NAME, Field.COMPANY, Field.PHONES, Field.EMAILS,
            Field.STREET, Field.HOUSE_NUMBER, Field.POSTCODE, Field.TOWN, Field.PROVINCE,
            Field.COUNTRY, Field.BIRTH_DATE)]
        order += [self.language, self.fields[Field.STORE], self.tier]
        self.form = QFormLayout()
        self._labels = [QLabel() for _ in order]
        for label, widget in zip(self._labels, order, strict=True):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(False)  # until the record is in
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        # A changed name, phone, e-mail, birth date or address is checked against the other
        # customers before it is saved, as a new customer is (issue 15 part 4).
        self.matches = LikelyMatches(with_address=True)
        self.matches.save_anyway.connect(self._save_anyway)
        self.matches.open_requested.connect(self._open_existing)
        self.matches.checked.connect(self._checked)
        self.matches.asked.connect(self._ask_second_field)
        self._pending: CustomerRecord | None = None  # checked because Save was pressed
        self._cleared = False  # "Save anyway" was chosen: no second check
        self._answering = False  # asked for a second field: typing it checks again
        self.fields[Field.BIRTH_DATE].textChanged.connect(self._answered)
        for f in (Field.STREET, Field.HOUSE_NUMBER, Field.POSTCODE, Field.TOWN):
            self.fields[f].editingFinished.connect(self._answered)
        col = QVBoxLayout(self)
        col.addLayout(self.form)
        col.addWidget(self.matches)
        col.addWidget(self.error)
        col.addWidget(self.buttons)
        self.retranslate()
        self.runner.op(self, lambda _s: current_record(store, customer_id)) \
            .success(self.fill).failure(self._failed).run()

    # -- the record --------------------------------------------------------------------
    def fill(self, record: CustomerRecord) -> None:
        self._base = record  # saving writes only what was changed from it
        a = record.address
        values = {
            Field.FIRST_NAME: record.first_name, Field.LAST_NAME: record.last_name,
            Field.COMPANY: record.company, Field.STREET: a.street,
            Field.HOUSE_NUMBER: a.house_number, Field.POSTCODE: a.postcode, Field.TOWN: a.town,
            Field.PROVINCE: a.province, Field.COUNTRY: a.country or "", Field.STORE: record.store,
            Field.PHONES: ", ".join(display(p) for p in record.phones),
            Field.EMAILS: ", ".join(record.emails),
            Field.BIRTH_DATE: formats.birth_date_input(record.birth_date),
        }
        for f, value in values.items():
            self.fields[f].setText(value or "")
        for combo, code in ((self.language, record.language), (self.tier, record.tier)):
            if code and combo.findData(code) < 0:
                combo.addItem(code, code)  # a code this console has no word for: kept
            combo.setCurrentIndex(max(combo.findData(code or ""), 0))
        self.buttons.setEnabled(True)
        self.fields[Field.FIRST_NAME].setFocus()

    def record(self) -> CustomerRecord:
        """What the form holds (BadDate when the birth date is not a date)."""
        f = {k: w.text() for k, w in self.fields.items()}
        return CustomerRecord(
            first_name=f[Field.FIRST_NAME], last_name=f[Field.LAST_NAME],
            company=f[Field.COMPANY], phones=split_list(f[Field.PHONES]),
            emails=split_list(f[Field.EMAILS]),
            address=Address(f[Field.STREET], f[Field.HOUSE_NUMBER], f[Field.POSTCODE],
                            f[Field.TOWN], f[Field.PROVINCE], f[Field.COUNTRY]),
            birth_date=parse_birth_date(f[Field.BIRTH_DATE]),
            language=self.language.currentData() or None, store=f[Field.STORE],
            tier=self.tier.currentData() or None)

    # -- saving ------------------------------------------------------------------------
    def save(self) -> None:
        if not self.buttons.isEnabled():  # loading, or already saving
            return
        try:
            record = self.record()
        except BadDate as exc:
            self._show_error(self.tr(
                "The birth date “{0}” is not a date: write it as 31/12/1980.").format(exc),
                Field.BIRTH_DATE)
            return
        if not self._cleared and self._identity_changed(record):
            self._pending, self._answering = record, False
            self.buttons.setEnabled(False)
            self.matches.check(self.runner, self.store, probe_of(record, self.settings.region),
                               exclude=(self.customer_id,))
            return
        self._write(record)

    def _identity_changed(self, record: CustomerRecord) -> bool:
        base = self._base
        if base is None:
            return False
        return (probe_of(record, self.settings.region)
                != probe_of(base, self.settings.region))

    def _checked(self, found: int) -> None:
        if self._pending is None:
            return
        if found:
            self.buttons.setEnabled(True)  # the agent decides: open, save anyway, or edit
            return
        self._write(self._pending)

    def _ask_second_field(self) -> None:
        self._answering = True
        # A screen reader says the question with the field it lands on.
        self.fields[Field.BIRTH_DATE].setAccessibleDescription(self.matches.ask.text())
        self.fields[Field.BIRTH_DATE].setFocus()

    def _answered(self) -> None:
        """A birth date (once a whole date) or an address typed after the question: the
        check runs again and shows who it finds; nothing is saved before Save."""
        if not self._answering:
            return
        try:
            record = self.record()
        except BadDate:
            return  # not a date yet
        probe = probe_of(record, self.settings.region)
        if probe.birth_date is None and probe.address is None:
            return
        self._pending = None  # the agent has not pressed Save
        self.matches.check(self.runner, self.store, probe, exclude=(self.customer_id,))

    def _save_anyway(self) -> None:
        """Save what the form holds now (the agent may have typed more since the check)."""
        self._cleared = True
        self.save()

    def _open_existing(self, customer_id: str) -> None:
        self.open_requested.emit(customer_id)
        self.reject()

    def _write(self, record: CustomerRecord) -> None:
        store, settings, cid, base = self.store, self.settings, self.customer_id, self._base
        desk = desk_name(settings)

        def work(_s: object) -> Edited:
            return edit_customer(store, cid, record, region=settings.region,
                                 agent_id=agent_id(store, settings), desk=desk, base=base)

        self.buttons.setEnabled(False)
        self.runner.op(self, work).success(self._saved).failure(self._failed).run()

    def _saved(self, edited: Edited) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(edited)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, InvalidField):
            self._show_error(problem_message(exc), exc.field)
        else:
            self._show_error(user_message(exc))

    def _show_error(self, message: str, field: Field | None = None) -> None:
        self.error.setText(message)
        self.error.show()
        widget = {Field.LANGUAGE: self.language, Field.TIER: self.tier}.get(
            field or Field.FIRST_NAME, self.fields.get(field or Field.FIRST_NAME))
        if widget is not None:
            widget.setFocus()

    # -- words -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit the customer"))
        words = [self.tr("&First name"), self.tr("&Last name"), self.tr("Co&mpany"),
                 self.tr("&Phones"), self.tr("&Emails"), self.tr("St&reet"),
                 self.tr("&Number"), self.tr("Post&code"), self.tr("&Town"),
                 self.tr("Pro&vince"), self.tr("C&ountry"), self.tr("&Birth date"),
                 self.tr("Lan&guage"), self.tr("Home &store"), self.tr("T&ier")]
        for label, text in zip(self._labels, words, strict=True):
            labelled(label, text)
        self.fields[Field.PHONES].setPlaceholderText(
            self.tr("any format, separated by commas; the first is the main one"))
        self.fields[Field.EMAILS].setPlaceholderText(
            self.tr("separated by commas; the first is the main one"))
        self.fields[Field.PROVINCE].setPlaceholderText(self.tr("MI, RM… (in Italy)"))
        self.fields[Field.COUNTRY].setPlaceholderText(self.tr("IT, GB… (empty: IT)"))
        self.fields[Field.BIRTH_DATE].setPlaceholderText(self.tr("31/12/1980"))
        for i, code in enumerate(LANGUAGES):
            self.language.setItemText(i, labels.language(code) if code else "—")
        for i, code in enumerate(TIERS):
            self.tier.setItemText(i, labels.tier(code) if code else "—")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


translate = QCoreApplication.translate


def open_editor(window: MainWindow) -> EditCustomerDialog | None:
    view = window.current_view()
    if view is None:
        window.statusBar().showMessage(
            translate("EditCustomer", "Open a customer first, then press Ctrl+E."), 8000)
        return None
    dialog = EditCustomerDialog(window.runner, window.store, window.settings,
                                view.customer_id, parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open_requested.connect(window.open_customer)
    dialog.saved.connect(lambda edited: window.statusBar().showMessage(
        translate("EditCustomer", "Customer record saved.") if edited.fields
        else translate("EditCustomer", "Nothing changed."), 5000))
    return_focus(dialog)
    dialog.open()
    return dialog


def install(registry: Registry) -> None:
    window = registry.window
    action = registry.add_action([EDIT_KEY], lambda: open_editor(window))
    window.file_menu.insertAction(window.close_action, action)

    def attach(view: CustomerView) -> None:
        button = QPushButton()
        button.setObjectName("editCustomer")
        button.clicked.connect(lambda: open_editor(window))
        view.header_widget.add_button(button)
        on_language_change(view, lambda: button.setText(translate("EditCustomer", "Edit…")))

    def retranslate() -> None:
        action.setText(translate("EditCustomer", "&Edit the customer…"))

    window.customer_opened.connect(attach)
    registry.add_shortcuts(lambda: [
        (native(EDIT_KEY), translate("EditCustomer", "Edit the open customer's record"))])
    on_language_change(window, retranslate)
