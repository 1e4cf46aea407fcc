"""The new-customer form lists likely duplicates before saving: open the existing customer
or save anyway, each doing what it says (checked in the store and the outbox)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from carecenter.db.store import Store
from carecenter.services.customers.duplicates import Probe, find_duplicates
from carecenter.settings import Settings
from tests.factories import make_customer
from ui.customer.duplicates import LikelyMatches, MatchesModel
from ui.customer.new_customer import NewCustomerDialog
from ui.shell.ops import OpRunner


def _rows(store: Store) -> tuple[int, int, int]:
    with store.session() as s:
        return tuple(s.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()  # type: ignore[return-value]
                     for t in ("customer", "customer_phone", "outbox"))


@pytest.fixture
def ludovica(store: Store) -> str:
    return make_customer(store, "C-900001", "Ludovica", "Santangelo",
                         phones=("+393471234500",), birth_date=date(1982, 4, 3))


@pytest.fixture
def form(qtbot: QtBot, runner: OpRunner, store: Store, settings: Settings,
         ludovica: str) -> NewCustomerDialog:
    dialog = NewCustomerDialog(runner, store, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first, "Ludovica")
    qtbot.keyClicks(dialog.last, "Santagelo")  # one letter off
    qtbot.keyClicks(dialog.birth, "03/04/1982")
    qtbot.keyClicks(dialog.phone, "348 765 4321")  # a new phone
    return dialog


def _save_and_wait(qtbot: QtBot, form: NewCustomerDialog) -> None:
    form.save()
    qtbot.waitUntil(form.dup_box.isVisible)


def test_the_form_lists_the_likely_match_and_writes_nothing(
        qtbot: QtBot, form: NewCustomerDialog, store: Store, ludovica: str) -> None:
    before = _rows(store)
    _save_and_wait(qtbot, form)
    assert _rows(store) == before
    box = form.dup_box
    assert [(m.hit.customer_id, m.likely) for m in box.matches] == [(ludovica, True)]
    assert form.dup_model.index(0, 0).data() == "Ludovica Santangelo"
    assert box.title.text() == (
        "This customer is probably already in the store (similar name, same birth date). "
        "Open the existing customer, or save anyway if it is somebody else.")
    assert box.current_id() == ludovica and form.dup_list.hasFocus()


def test_open_the_existing_customer(qtbot: QtBot, form: NewCustomerDialog, store: Store,
                                    ludovica: str) -> None:
    before = _rows(store)
    _save_and_wait(qtbot, form)
    with qtbot.waitSignal(form.opened, timeout=10000) as opened:
        qtbot.mouseClick(form.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [ludovica]
    assert _rows(store) == before  # nothing created, nothing queued for the hub
    assert not form.isVisible()


def test_save_anyway_creates_the_new_customer_and_queues_it(
        qtbot: QtBot, form: NewCustomerDialog, store: Store, ludovica: str) -> None:
    customers, phones, outbox = _rows(store)
    _save_and_wait(qtbot, form)
    with qtbot.waitSignal(form.opened, timeout=10000) as opened:
        qtbot.mouseClick(form.anyway_button, Qt.MouseButton.LeftButton)
    cid = opened.args[0]
    assert cid != ludovica
    assert _rows(store) == (customers + 1, phones + 1, outbox + 2)
    with store.session() as s:
        row = s.execute(text("SELECT first_name, last_name, birth_date FROM customer "
                             "WHERE id = :c"), {"c": cid}).one()
        queued = s.execute(text('SELECT "table", kind FROM outbox WHERE row_id = :c'),
                           {"c": cid}).all()
    assert tuple(row) == ("Ludovica", "Santagelo", "1982-04-03")
    assert [tuple(q) for q in queued] == [("customer", "insert")]


def test_a_different_birth_date_is_somebody_else_and_saves_at_once(
        qtbot: QtBot, form: NewCustomerDialog, store: Store) -> None:
    customers = _rows(store)[0]
    form.birth.clear()
    qtbot.keyClicks(form.birth, "03/04/1990")
    with qtbot.waitSignal(form.opened, timeout=10000):
        form.save()
    assert _rows(store)[0] == customers + 1 and not form.dup_box.isVisible()


def test_the_check_in_one_line_for_an_edit_form(qtbot: QtBot, runner: OpRunner, store: Store,
                                                 ludovica: str) -> None:
    other = make_customer(store, "C-900002", "Ludovica", "Santangeli",
                          birth_date=date(1982, 4, 3))
    box = LikelyMatches()
    qtbot.addWidget(box)
    probe = Probe("Ludovica", "Santangelo", birth_date=date(1982, 4, 3))
    with qtbot.waitSignal(box.checked, timeout=10000) as done:
        box.check(runner, store, probe, exclude=(ludovica,))  # the customer being edited
    assert done.args == [1]
    assert [m.hit.customer_id for m in box.matches] == [other] and box.isVisible()
    with qtbot.waitSignal(box.open_requested) as opened:
        box.open_current()
    assert opened.args == [other]
    with qtbot.waitSignal(box.checked, timeout=10000) as done:
        box.check(runner, store, Probe("Nessuno", "Simile"))
    assert done.args == [0] and not box.isVisible()


def test_matches_model(qtmodeltester: ModelTester, store: Store, ludovica: str) -> None:
    model = MatchesModel()
    model.set_matches(find_duplicates(store, Probe("Ludovica", "Santangelo")))
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_keyboard_first_return_on_the_list_opens_the_match(
        qtbot: QtBot, form: NewCustomerDialog, store: Store, ludovica: str) -> None:
    before = _rows(store)
    _save_and_wait(qtbot, form)
    with qtbot.waitSignal(form.opened, timeout=10000) as opened:
        qtbot.keyClick(form.dup_list, Qt.Key.Key_Return)
    assert opened.args == [ludovica] and _rows(store) == before
