"""Creating a customer offers the existing one when it is probably the same person."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from carecenter.commands.refusal_words import refusal_sentence as said
from carecenter.db.store import Store
from carecenter.services.customers.checks import Field, InvalidField, Problem
from carecenter.services.customers.contacts import InvalidContact, NewContact
from carecenter.services.customers.edit import (
    NewCustomer,
    ProbableDuplicate,
    create_customer,
)
from carecenter.services.customers.merge import merge_customers
from carecenter.services.customers.view import customer_view
from carecenter.services.search.query import search
from tests.factories import make_customer


def counts(store: Store) -> tuple[int, int, int]:
    with store.session() as s:
        return tuple(s.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()  # type: ignore[return-value]
                     for t in ("customer", "contact", "outbox"))


def test_a_new_customer_with_the_number_of_the_call_and_its_contact(store: Store) -> None:
    at = datetime(2026, 7, 1, 8, 30, tzinfo=UTC)
    made = create_customer(store, NewCustomer(first_name="Giulia", last_name="Esposito",
                                              phones=("333 987 6543",)),
                           first_contact=NewContact(channel="phone", direction="inbound",
                                                    team="service", at=at, summary="New line"))
    view = customer_view(store, made.customer_id, now=at)
    assert view.header.phones == ("+393339876543",)
    assert [(i.at, i.summary) for i in view.first_page.items] == [(at, "New line")]
    assert [h.customer_id for h in search(store, "+39 333 987 6543")] == [made.customer_id]
    assert made.customer_ref.startswith("N") and len(made.customer_ref) == 11


@pytest.mark.parametrize(("new", "why"), [
    (NewCustomer(first_name="X", phones=("0039 333 111 2222",)), ("same_phone",)),
    (NewCustomer(first_name="X", emails=(" Anna@Example.COM ",)), ("same_email",)),
    (NewCustomer(first_name="anna", last_name="BIANCHI", birth_date=date(1980, 2, 29)),
     ("same_name", "same_birth_date")),
    (NewCustomer(first_name="Anna", last_name="Bianchi", birth_date=date(1980, 2, 29),
                 phones=("3331112222",)), ("same_name", "same_phone", "same_birth_date")),
    (NewCustomer(first_name="Anna", last_name="Bainchi", birth_date=date(1980, 2, 29)),
     ("similar_name", "same_birth_date")),
    (NewCustomer(first_name="Ana", last_name="Bianchi"), ("similar_name",)),
])
def test_a_probable_duplicate_offers_the_existing_customer(store: Store, new: NewCustomer,
                                                           why: tuple[str, ...]) -> None:
    existing = make_customer(store, "C1", "Anna", "Bianchi", phones=("+393331112222",),
                             emails=("anna@example.com",), birth_date=date(1980, 2, 29))
    before = counts(store)
    with pytest.raises(ProbableDuplicate) as err:
        create_customer(store, new)
    assert [(m.hit.customer_id, m.why) for m in err.value.matches] == [(existing, why)]
    assert counts(store) == before
    made = create_customer(store, new, allow_duplicate=True)
    assert made.customer_id != existing


def test_the_same_name_with_another_birth_date_is_somebody_else(store: Store) -> None:
    make_customer(store, "C1", "Anna", "Bianchi", birth_date=date(1980, 2, 29))
    create_customer(store, NewCustomer(first_name="Anna", last_name="Bianchi",
                                       birth_date=date(1981, 2, 28)))
    assert counts(store)[0] == 2


def test_a_merged_customer_is_offered_as_its_survivor(store: Store) -> None:
    a = make_customer(store, "C1", "Anna", "Bianchi")
    b = make_customer(store, "C2", "Anna", "Bianchi", phones=("+393331112222",))
    merge_customers(store, a, b, by_agent_id=None, reason="dup")
    with pytest.raises(ProbableDuplicate) as err:
        create_customer(store, NewCustomer(first_name="A", phones=("3331112222",)))
    assert [m.hit.customer_id for m in err.value.matches] == [a]


@pytest.mark.parametrize(("new", "problem", "field", "values"), [
    (NewCustomer(), Problem.NO_NAME, Field.FIRST_NAME, {}),
    (NewCustomer(first_name="A", phones=("12ab",)), Problem.NOT_A_PHONE, Field.PHONES,
     {"value": "12ab"}),
    (NewCustomer(first_name="A", phones=("12",)), Problem.NOT_A_PHONE, Field.PHONES,
     {"value": "12"}),
    (NewCustomer(first_name="A", emails=("anna@",)), Problem.NOT_AN_EMAIL, Field.EMAILS,
     {"value": "anna@"}),
    (NewCustomer(first_name="A", tier="diamond"), Problem.NOT_A_TIER, Field.TIER,
     {"value": "diamond", "allowed": ["standard", "silver", "gold", "platinum"]}),
])
def test_bad_input_is_refused_with_the_field_and_nothing_is_stored(
        store: Store, new: NewCustomer, problem: Problem, field: Field | None,
        values: dict[str, object]) -> None:
    with pytest.raises(InvalidField) as err:
        create_customer(store, new)
    assert (err.value.problem, err.value.field, err.value.values) == (problem, field, values)
    assert counts(store) == (0, 0, 0)


def test_a_bad_first_contact_rolls_the_customer_back(store: Store) -> None:
    with pytest.raises(InvalidContact) as err:
        create_customer(store, NewCustomer(first_name="A"),
                        first_contact=NewContact(channel="pigeon", direction="inbound",
                                                 team="service"))
    assert said(err.value) == "Unknown channel 'pigeon'."
    assert counts(store) == (0, 0, 0)


def test_an_opt_out_contact_withdraws_marketing_consent(store: Store) -> None:
    made = create_customer(store, NewCustomer(first_name="A"), first_contact=NewContact(
        channel="phone", direction="outbound", team="marketing", outcome="opted_out",
        at=datetime(2026, 7, 1, tzinfo=UTC)))
    view = customer_view(store, made.customer_id, now=datetime(2026, 7, 2, tzinfo=UTC))
    assert view.banner[0].kind == "do_not_call"
