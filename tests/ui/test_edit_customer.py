"""Editing a customer through the console (issue 15 part 1): Ctrl+E opens the form on the
open customer; every field changes through the keyboard and lands in the store, the outbox
and the audit trail; the header shows the address; bad input is refused in the form with
one sentence and nothing is written; the "Record changes" filter shows the audit rows."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from carecenter.db.models import Customer
from carecenter.db.store import Store
from carecenter.services.customers.checks import Field
from carecenter.services.uow import UnitOfWork
from tests.factories import make_customer
from ui.customer.edit_dialog import EditCustomerDialog, open_editor
from ui.customer.timeline_model import CAMPAIGN, CHANNEL, OUTCOME, SUMMARY
from ui.customer.view import CustomerView
from ui.shell.main_window import MainWindow


@pytest.fixture
def customer(store: Store) -> str:
    cid = make_customer(store, "E-1", "Marta", "Ferri", phones=("+393471234567",),
                        emails=("marta@example.it",), birth_date=date(1980, 5, 4),
                        language="it", tier="standard")
    with UnitOfWork(store) as uow:  # make_customer's own argument is called store
        uow.update(uow.session.get(Customer, cid), store="Milano Centro")
    return cid


def snapshot(store: Store) -> dict[str, Any]:
    """Everything an edit could write, to prove a refused one wrote nothing."""
    queries = {
        "customer": "SELECT * FROM customer ORDER BY id",
        "phone": "SELECT id, e164, deleted FROM customer_phone ORDER BY id",
        "email": "SELECT id, email, deleted FROM customer_email ORDER BY id",
        "changes": "SELECT count(*) FROM customer_change",
        "outbox": "SELECT count(*) FROM outbox",
    }
    with store.session() as s:
        return {k: [tuple(r) for r in s.execute(text(q))] for k, q in queries.items()}


def _open(qtbot: QtBot, window: MainWindow, cid: str) -> CustomerView:
    view = window.open_customer(cid)
    qtbot.waitUntil(lambda: view.is_ready, timeout=10000)
    return view


def _editor(qtbot: QtBot, window: MainWindow) -> EditCustomerDialog:
    window.activateWindow()  # a shortcut reaches the active window only
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChildren(EditCustomerDialog)[-1]
    assert dialog.isVisible()
    qtbot.waitUntil(dialog.buttons.isEnabled, timeout=10000)  # record filled in
    return dialog


def _type(qtbot: QtBot, edit: QLineEdit, value: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, value)


def _save(qtbot: QtBot, dialog: EditCustomerDialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


EDITS = {
    Field.FIRST_NAME: "Martina", Field.LAST_NAME: "Ferri Rossi", Field.COMPANY: "Ferri Srl",
    Field.PHONES: "02 1234 5678, +39 347 123 4567", Field.EMAILS: "MARTINA@example.com",
    Field.STREET: "Via Torino", Field.HOUSE_NUMBER: "12/B", Field.POSTCODE: "20123",
    Field.TOWN: "Milano", Field.PROVINCE: "mi", Field.COUNTRY: "it",
    Field.BIRTH_DATE: "05/04/1980", Field.STORE: "Milano Bicocca",
}


def test_every_field_edited_lands_in_store_outbox_and_audit_trail(
        qtbot: QtBot, window: MainWindow, store: Store, customer: str) -> None:
    view = _open(qtbot, window, customer)
    dialog = _editor(qtbot, window)
    assert dialog.fields[Field.FIRST_NAME].text() == "Marta"
    assert dialog.fields[Field.PHONES].text() == "+39 347 123 4567"
    for f, value in EDITS.items():
        _type(qtbot, dialog.fields[f], value)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.tier.setCurrentIndex(dialog.tier.findData("gold"))
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        _save(qtbot, dialog)
    assert not dialog.isVisible()

    with store.session() as s:
        c = s.execute(text(
            "SELECT first_name, last_name, company, street, house_number, postcode, town, "
            "province, country, birth_date, language, store, tier, primary_phone, "
            "primary_email FROM customer WHERE id = :c"), {"c": customer}).one()
        phones = s.execute(text("SELECT e164, deleted FROM customer_phone WHERE "
                                "customer_id = :c ORDER BY id"), {"c": customer}).all()
        emails = s.execute(text("SELECT email, deleted FROM customer_email WHERE "
                                "customer_id = :c ORDER BY id"), {"c": customer}).all()
        audit = dict(s.execute(text(
            "SELECT field, new_value FROM customer_change WHERE customer_id = :c"),
            {"c": customer}).all())
        who = s.execute(text(
            "SELECT DISTINCT a.name, x.desk FROM customer_change x JOIN agent a "
            "ON a.id = x.agent_id")).all()
        edit = s.execute(text('SELECT hlc, fields FROM outbox WHERE row_id = :c '
                              "AND kind = 'update' ORDER BY hlc DESC LIMIT 1"),
                         {"c": customer}).one()
        kinds = s.execute(text(
            'SELECT "table", kind, count(*) FROM outbox WHERE hlc > :h '
            'GROUP BY "table", kind ORDER BY 1, 2'), {"h": edit[0]}).all()
    assert tuple(c) == ("Martina", "Ferri Rossi", "Ferri Srl", "Via Torino", "12/B", "20123",
                        "Milano", "MI", "IT", "1980-04-05", "en", "Milano Bicocca", "gold",
                        "+390212345678", "martina@example.com")
    assert [tuple(p) for p in phones] == [("+393471234567", 0), ("+390212345678", 0)]
    assert [tuple(e) for e in emails] == [("marta@example.it", 1), ("martina@example.com", 0)]
    assert audit == {
        "first_name": "Martina", "last_name": "Ferri Rossi", "company": "Ferri Srl",
        "phones": "+390212345678, +393471234567", "emails": "martina@example.com",
        "street": "Via Torino", "house_number": "12/B", "postcode": "20123", "town": "Milano",
        "province": "MI", "country": "IT", "birth_date": "1980-04-05", "language": "en",
        "store": "Milano Bicocca", "tier": "gold"}
    assert {f.field.value for f in saved.args[0].fields} >= set(audit)
    assert len(who) == 1 and who[0][0] == "Giulia Bianchi"
    assert who[0][1].startswith("Milano Centro (")
    # one outbox update of the customer carries every changed column; then the rows
    fields = json.loads(edit[1]) if isinstance(edit[1], str) else edit[1]
    assert set(fields) == {
        "first_name", "last_name", "company", "street", "house_number", "postcode", "town",
        "province", "country", "birth_date", "language", "store", "tier", "primary_phone",
        "primary_email"}
    assert [tuple(k) for k in kinds] == [("customer_change", "insert", 15),
                                         ("customer_email", "insert", 1),
                                         ("customer_email", "update", 1),
                                         ("customer_phone", "insert", 1)]
    # the view reloads: the header shows the new name and the address
    qtbot.waitUntil(lambda: view.header_widget.name.text() == "Martina Ferri Rossi",
                    timeout=10000)
    assert view.header_widget.address.text.text() == "Via Torino 12/B, 20123 Milano (MI)"
    assert view.header_widget.phones.text.text().startswith("+39 02 1234 5678")


@pytest.mark.parametrize(("field", "typed", "sentence"), [
    (Field.POSTCODE, "2012",
     "“2012” is not an Italian postcode: it has five digits, like 20121."),
    (Field.LAST_NAME, "F" * 300, "Last name is too long: keep it to 120 characters."),
    (Field.PHONES, "ciao", "“ciao” is not a phone number."),
    (Field.PROVINCE, "XX",
     "“XX” is not an Italian province: write its two letters, like MI or RM."),
    (Field.EMAILS, "marta@", "“marta@” is not an email address."),
    (Field.BIRTH_DATE, "31/02/1980",
     "The birth date “31/02/1980” is not a date: write it as 31/12/1980."),
])
def test_bad_input_is_refused_in_the_form_and_nothing_is_written(
        qtbot: QtBot, window: MainWindow, store: Store, customer: str, field: Field,
        typed: str, sentence: str) -> None:
    _open(qtbot, window, customer)
    dialog = _editor(qtbot, window)
    if field in (Field.POSTCODE, Field.PROVINCE):  # an address, with the part that is wrong
        for f, value in ((Field.STREET, "Via Po"), (Field.POSTCODE, "10124"),
                         (Field.TOWN, "Torino"), (Field.PROVINCE, "TO")):
            _type(qtbot, dialog.fields[f], value)
    _type(qtbot, dialog.fields[field], typed)
    before = snapshot(store)
    _save(qtbot, dialog)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10000)
    assert dialog.error.text() == sentence
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    assert snapshot(store) == before


def test_record_changes_filter_shows_the_audit_rows(
        qtbot: QtBot, window: MainWindow, store: Store, customer: str) -> None:
    view = _open(qtbot, window, customer)
    dialog = _editor(qtbot, window)
    _type(qtbot, dialog.fields[Field.TOWN], "Roma")
    _type(qtbot, dialog.fields[Field.STREET], "Via Appia")
    _type(qtbot, dialog.fields[Field.POSTCODE], "00179")
    dialog.tier.setCurrentIndex(dialog.tier.findData("silver"))
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        _save(qtbot, dialog)
    qtbot.waitUntil(view.header_widget.address.isVisible, timeout=10000)
    qtbot.mouseClick(view.filters.record_changes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 5 and not view.model.loading,
                    timeout=10000)
    m = view.model
    rows = sorted((m.index(r, OUTCOME).data(), m.index(r, SUMMARY).data())
                  for r in range(m.rowCount()))
    assert rows == [("Country", "— → IT"), ("Postcode", "— → 00179"), ("Street", "— → Via Appia"),
                    ("Tier", "Standard → Silver"), ("Town", "— → Roma")]
    assert {m.index(r, CHANNEL).data() for r in range(m.rowCount())} == {"Record change"}
    assert {m.index(r, CAMPAIGN).data() for r in range(m.rowCount())} != {""}  # the desk
    assert view.filters.reset.isEnabled()
    qtbot.mouseClick(view.filters.reset, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.model.loading, timeout=10000)
    assert not view.filters.record_changes.isChecked()


def test_saving_an_untouched_form_writes_nothing(
        qtbot: QtBot, window: MainWindow, store: Store, customer: str) -> None:
    _open(qtbot, window, customer)
    dialog = _editor(qtbot, window)
    before = snapshot(store)
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        _save(qtbot, dialog)
    assert saved.args[0].fields == ()
    assert snapshot(store) == before


def test_an_edit_that_makes_a_likely_duplicate_asks_first(
        qtbot: QtBot, window: MainWindow, store: Store, customer: str) -> None:
    """Issue 15 part 4 on edit: Marta Ferri's record typed as another customer's (one letter
    off, the same birth date) lists that customer before anything is written; opening it
    writes nothing, "Save anyway" saves."""
    other = make_customer(store, "E-2", "Giulia", "Moretti", birth_date=date(1975, 2, 1),
                          phones=("+393479998888",))
    _open(qtbot, window, customer)
    dialog = _editor(qtbot, window)
    _type(qtbot, dialog.fields[Field.FIRST_NAME], "Giulia")
    _type(qtbot, dialog.fields[Field.LAST_NAME], "Moreti")
    _type(qtbot, dialog.fields[Field.BIRTH_DATE], "01/02/1975")
    before = snapshot(store)
    with qtbot.waitSignal(dialog.matches.checked, timeout=10000) as checked:
        dialog.save()
    assert checked.args == [1]
    assert dialog.matches.isVisible()
    assert [m.hit.customer_id for m in dialog.matches.matches] == [other]
    assert dialog.matches.matches[0].likely
    assert snapshot(store) == before  # nothing written while the agent decides
    with qtbot.waitSignal(window.customer_opened, timeout=10000) as opened:
        dialog.matches.open_current()
    assert opened.args[0].customer_id == other
    assert snapshot(store) == before
    qtbot.waitUntil(lambda: not window.findChildren(EditCustomerDialog))  # closed and gone

    _open(qtbot, window, customer)
    again = open_editor(window)  # as the Edit… button does
    assert again is not None
    dialog = again
    qtbot.waitUntil(dialog.buttons.isEnabled, timeout=10000)
    _type(qtbot, dialog.fields[Field.FIRST_NAME], "Giulia")
    _type(qtbot, dialog.fields[Field.LAST_NAME], "Moreti")
    _type(qtbot, dialog.fields[Field.BIRTH_DATE], "01/02/1975")
    with qtbot.waitSignal(dialog.matches.checked, timeout=10000):
        dialog.save()
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        qtbot.mouseClick(dialog.matches.anyway_button, Qt.MouseButton.LeftButton)
    with store.session() as s:
        row = s.get(Customer, customer)
        assert row is not None
        assert (row.first_name, row.last_name, row.birth_date) == (
            "Giulia", "Moreti", date(1975, 2, 1))
        ops = s.execute(text("SELECT count(*) FROM outbox")).scalar_one()
    assert ops > before["outbox"][0][0]


def test_an_edit_that_leaves_who_the_customer_is_alone_saves_without_a_check(
        qtbot: QtBot, window: MainWindow, store: Store, customer: str) -> None:
    make_customer(store, "E-3", "Marta", "Ferri", birth_date=date(1980, 5, 4))  # a namesake
    _open(qtbot, window, customer)
    dialog = _editor(qtbot, window)
    _type(qtbot, dialog.fields[Field.STORE], "Roma Termini")
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save()
    assert not dialog.matches.isVisible()
    with store.session() as s:
        row = s.get(Customer, customer)
        assert row is not None and row.store == "Roma Termini"
