"""The form asks for one more field when a name alone finds namesakes (issue 15 part 4):
the sentence, the focus on the birth date, the check again once it is typed, and nothing
written to the store or the outbox before Save. The new-customer form and the edit form."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from carecenter.db.store import Store
from carecenter.services.customers.checks import Field
from carecenter.services.customers.duplicates import Question
from carecenter.settings import Settings
from tests.factories import make_customer
from ui.customer.edit_dialog import EditCustomerDialog
from ui.customer.new_customer import NewCustomerDialog
from ui.shell import i18n
from ui.shell.ops import OpRunner

ASK = "Others have this name: ask for the birth date to tell them apart."
ASK_WITH_ADDRESS = ("Others have this name: ask for the birth date or the address to tell "
                    "them apart.")


def _rows(store: Store) -> tuple[int, ...]:
    with store.session() as s:
        return tuple(s.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                     for t in ("customer", "customer_phone", "customer_change", "outbox"))


@pytest.fixture
def namesakes(store: Store) -> dict[str, str]:
    """Two customers called Ottavio Brambillasca, born on different days."""
    return {
        "older": make_customer(store, "Q-1", "Ottavio", "Brambillasca",
                               birth_date=date(1961, 7, 19), phones=("+393401112233",)),
        "younger": make_customer(store, "Q-2", "Ottavio", "Brambillasca",
                                 birth_date=date(1994, 2, 8)),
    }


@pytest.fixture
def form(qtbot: QtBot, runner: OpRunner, store: Store, settings: Settings,
         namesakes: dict[str, str]) -> NewCustomerDialog:
    dialog = NewCustomerDialog(runner, store, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first, "Ottavio")
    qtbot.keyClicks(dialog.last, "Brambillasca")
    qtbot.keyClicks(dialog.phone, "348 765 4321")  # a phone nobody has
    return dialog


def test_the_new_customer_form_asks_for_the_birth_date_and_checks_again(
        qtbot: QtBot, form: NewCustomerDialog, store: Store,
        namesakes: dict[str, str]) -> None:
    before = _rows(store)
    box = form.dup_box
    with qtbot.waitSignal(box.asked, timeout=10000):
        form.save()
    assert box.isVisible() and box.ask.isVisible()
    assert box.question is Question.ASK_SECOND_FIELD
    assert box.ask.text() == ASK and box.ask.accessibleName() == ASK
    assert {m.hit.customer_id for m in box.matches} == set(namesakes.values())
    assert not any(m.likely for m in box.matches)
    assert form.focusWidget() is form.birth  # keyboard first: type the answer at once
    assert form.birth.accessibleDescription() == ASK  # and a screen reader says why
    assert _rows(store) == before

    with qtbot.waitSignal(box.checked, timeout=10000) as checked:
        qtbot.keyClicks(form.birth, "08/02/1994")  # the younger one's birth date
    assert checked.args == [1]
    assert [(m.hit.customer_id, m.likely) for m in box.matches] == [
        (namesakes["younger"], True)]
    assert box.isVisible() and not box.ask.isVisible() and box.question is None
    assert box.title.text().startswith("This customer is probably already in the store")
    assert _rows(store) == before  # typing the answer saved nothing

    with qtbot.waitSignal(form.opened, timeout=10000) as opened:
        box.open_current()
    assert opened.args == [namesakes["younger"]] and _rows(store) == before


def test_an_answer_nobody_has_clears_the_namesakes_and_save_creates(
        qtbot: QtBot, form: NewCustomerDialog, store: Store) -> None:
    customers = _rows(store)[0]
    with qtbot.waitSignal(form.dup_box.asked, timeout=10000):
        form.save()
    with qtbot.waitSignal(form.dup_box.checked, timeout=10000) as checked:
        qtbot.keyClicks(form.birth, "30/11/1977")
    assert checked.args == [0] and not form.dup_box.isVisible()
    assert _rows(store)[0] == customers
    with qtbot.waitSignal(form.opened, timeout=10000):
        form.save()
    assert _rows(store)[0] == customers + 1


def test_declining_to_answer_saves_anyway_with_the_same_key(
        qtbot: QtBot, form: NewCustomerDialog, store: Store,
        namesakes: dict[str, str]) -> None:
    customers = _rows(store)[0]
    with qtbot.waitSignal(form.dup_box.asked, timeout=10000):
        form.save()
    assert form.anyway_button.text() == "Save a&nyway"  # Alt+N, as before
    with qtbot.waitSignal(form.opened, timeout=10000) as opened:
        form.anyway_button.click()
    assert opened.args[0] not in namesakes.values()
    assert _rows(store)[0] == customers + 1


def test_the_question_in_italian(qtbot: QtBot, form: NewCustomerDialog) -> None:
    with qtbot.waitSignal(form.dup_box.asked, timeout=10000):
        form.save()
    i18n.set_language("it")  # the language change reaches the box as an event
    qtbot.waitUntil(lambda: form.dup_box.ask.text() == (
        "Altri hanno questo nome: chiedi la data di nascita per distinguerli."))
    assert form.dup_box.ask.accessibleName() == form.dup_box.ask.text()
    i18n.set_language("en")
    qtbot.waitUntil(lambda: form.dup_box.ask.text() == ASK)


def test_the_edit_form_asks_and_the_birth_date_finds_the_customer(
        qtbot: QtBot, runner: OpRunner, store: Store, settings: Settings,
        namesakes: dict[str, str]) -> None:
    """A record without birth date or address renamed to a name two others have."""
    cid = make_customer(store, "Q-3", "Otto", "Brambilla")
    dialog = EditCustomerDialog(runner, store, settings, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.buttons.isEnabled, timeout=10000)
    for f, value in ((Field.FIRST_NAME, "Ottavio"), (Field.LAST_NAME, "Brambillasca")):
        dialog.fields[f].clear()
        qtbot.keyClicks(dialog.fields[f], value)
    before = _rows(store)
    with qtbot.waitSignal(dialog.matches.asked, timeout=10000):
        dialog.save()
    box = dialog.matches
    assert box.ask.text() == ASK_WITH_ADDRESS
    assert dialog.focusWidget() is dialog.fields[Field.BIRTH_DATE]
    assert dialog.fields[Field.BIRTH_DATE].accessibleDescription() == ASK_WITH_ADDRESS
    assert {m.hit.customer_id for m in box.matches} == set(namesakes.values())
    with qtbot.waitSignal(box.checked, timeout=10000) as checked:
        qtbot.keyClicks(dialog.fields[Field.BIRTH_DATE], "19/07/1961")
    assert checked.args == [1]
    assert [(m.hit.customer_id, m.likely) for m in box.matches] == [
        (namesakes["older"], True)]
    assert _rows(store) == before and dialog.isVisible()  # nothing saved before Save
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        box.anyway_button.click()  # what the form holds now, the birth date too
    with store.session() as s:
        row = s.execute(text("SELECT first_name, last_name, birth_date FROM customer "
                             "WHERE id = :c"), {"c": cid}).one()
    assert tuple(row) == ("Ottavio", "Brambillasca", "1961-07-19")


def test_both_namesakes_show_whole_without_scrolling(qtbot: QtBot,
                                                     form: NewCustomerDialog) -> None:
    with qtbot.waitSignal(form.dup_box.asked, timeout=10000):
        form.save()
    box = form.dup_box
    qtbot.waitUntil(lambda: box.list.viewport().height() >= 2 * box.list.sizeHintForRow(0))
    assert box.list.verticalScrollBar().maximum() == 0
