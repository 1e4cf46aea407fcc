"""When a name alone finds namesakes, the check asks for one more field (issue 15 part 4):
``question`` on the check's real result, from stores made like the other duplicate tests."""

from __future__ import annotations

from datetime import date

import pytest

from carecenter.db.store import Store
from carecenter.services.customers.duplicates import (
    Probe,
    Question,
    Reason,
    find_duplicates,
    question,
)
from carecenter.services.customers.edit import NewCustomer, ProbableDuplicate, create_customer
from tests.factories import make_customer

BORN = date(1975, 6, 14)
OTHER_BORN = date(1988, 11, 2)


@pytest.fixture
def namesakes(store: Store) -> dict[str, str]:
    """Two customers called Giuseppe Esposito, and a shop."""
    return {
        "older": make_customer(store, "Q1", "Giuseppe", "Esposito", birth_date=BORN,
                               phones=("+393331112222",), emails=("g.esposito@example.it",)),
        "younger": make_customer(store, "Q2", "Giuseppe", "Esposito", birth_date=OTHER_BORN,
                                 street="Via Roma", house_number="12", postcode="00184",
                                 town="Roma"),
        "shop": make_customer(store, "Q3", company="Ferramenta Esposito"),
    }


def _asked(store: Store, probe: Probe) -> Question | None:
    return question(probe, find_duplicates(store, probe))


@pytest.mark.parametrize("probe", [
    Probe("Giuseppe", "Esposito"),
    Probe("Esposito", "Giuseppe"),  # first and last name swapped
    Probe("Giusepe", "Esposito"),  # a typo: still the name alone
    Probe("Beppe", "Esposito"),  # a short form
    Probe("Giuseppe", "Esposito", phones=("+393479990000",)),  # a phone nobody has
    Probe("Giuseppe", "Esposito", emails=("nuovo@example.it",)),  # an e-mail nobody has
])
def test_a_name_alone_that_finds_namesakes_asks_for_a_second_field(
        store: Store, namesakes: dict[str, str], probe: Probe) -> None:
    found = find_duplicates(store, probe)
    assert {m.hit.customer_id for m in found} >= {namesakes["older"], namesakes["younger"]}
    assert not any(m.likely for m in found)
    assert question(probe, found) is Question.ASK_SECOND_FIELD


@pytest.mark.parametrize("probe", [
    Probe("Giuseppe", "Esposito", birth_date=BORN),  # the birth date was typed
    Probe("Giuseppe", "Esposito", birth_date=date(2001, 1, 1)),  # ...even one nobody has
    Probe("Giuseppe", "Esposito", address="Via Milano 3 20121 Milano"),  # an address typed
    Probe("Giuseppe", "Esposito", phones=("+393331112222",)),  # a phone one of them has
    Probe("Giuseppe", "Esposito", emails=("g.esposito@example.it",)),  # an e-mail too
    Probe("Carla", "Verdi"),  # nobody of that name
    Probe(company="Ferramenta Esposito"),  # a company: no birth date to ask for
])
def test_nothing_to_ask(store: Store, namesakes: dict[str, str], probe: Probe) -> None:
    assert _asked(store, probe) is None


def test_a_match_by_phone_alone_is_not_a_name_alone(store: Store,
                                                    namesakes: dict[str, str]) -> None:
    probe = Probe("Anna", "Bianchi", phones=("+393331112222",))  # family sharing a phone
    found = find_duplicates(store, probe)
    assert [m.why for m in found] == [(Reason.SAME_PHONE,)]
    assert question(probe, found) is None


def test_the_answer_tells_the_customer_from_the_namesake(store: Store,
                                                         namesakes: dict[str, str]) -> None:
    """Asked, the agent types the birth date: the customer becomes likely, the namesake
    born another day is no longer listed; the address does the same."""
    answered = find_duplicates(store, Probe("Giuseppe", "Esposito", birth_date=OTHER_BORN))
    assert [(m.hit.customer_id, m.likely) for m in answered] == [(namesakes["younger"], True)]
    by_address = find_duplicates(store, Probe("Giuseppe", "Esposito",
                                              address="via roma 12 00184 ROMA"))
    assert next((m.hit.customer_id, m.likely) for m in by_address) == (
        namesakes["younger"], True)


def test_the_code_is_a_code_not_words() -> None:
    assert Question.ASK_SECOND_FIELD.value == "ask_second_field"
    assert question(Probe("Giuseppe", "Esposito"), []) is None


def test_a_refused_creation_carries_the_question(store: Store,
                                                 namesakes: dict[str, str]) -> None:
    with pytest.raises(ProbableDuplicate) as asked:
        create_customer(store, NewCustomer("Giuseppe", "Esposito", phones=("347 999 0000",)))
    assert asked.value.question is Question.ASK_SECOND_FIELD
    with pytest.raises(ProbableDuplicate) as answered:
        create_customer(store, NewCustomer("Giuseppe", "Esposito", birth_date=BORN))
    assert answered.value.question is None
    assert [m.hit.customer_id for m in answered.value.matches] == [namesakes["older"]]
