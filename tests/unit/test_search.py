"""Search over every format an agent types, and hostile input that must never error."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from carecenter.db.store import Store
from carecenter.services.search.query import fts_query, search
from carecenter.services.tasks import Cancelled, TaskState
from tests.factories import add_contact, make_customer


@pytest.fixture
def people(store: Store) -> dict[str, str]:
    return {
        "nicco": make_customer(store, "C0000001", "Niccolò", "D'Angelo",
                               phones=("+393331234567",), emails=("nico.dangelo@example.it",)),
        "anna": make_customer(store, "C0000002", "Anna", "Bianchi", phones=("+390612345678",),
                              emails=("anna@example.com",), company="Bianchi & Figli S.r.l."),
        "john": make_customer(store, "C0000003", "John", "Smith", phones=("+442079460958",),
                              emails=("john.smith@example.co.uk",)),
        "anna2": make_customer(store, "C0000004", "Anna", "Bianco"),
    }


def refs(store: Store, q: str) -> list[str]:
    return [h.customer_ref for h in search(store, q)]


@pytest.mark.parametrize("q", ["333 123 4567", "+39 333-1234567", "0039 3331234567",
                               "3331234567", "333/1234567", "(333) 123-4567", "+393331234567"])
def test_a_mobile_in_any_format_finds_the_same_customer(store: Store, people: dict[str, str],
                                                        q: str) -> None:
    hits = search(store, q)
    assert [h.customer_ref for h in hits] == ["C0000001"]
    assert hits[0].match == "phone"
    assert hits[0].phones == ("+393331234567",)


@pytest.mark.parametrize("q", ["06 1234 5678", "+39 06 12345678", "0039 0612345678"])
def test_an_italian_landline_keeps_its_leading_zero(store: Store, people: dict[str, str],
                                                    q: str) -> None:
    assert refs(store, q) == ["C0000002"]


@pytest.mark.parametrize("q", ["+44 20 7946 0958", "0044 20 7946 0958"])
def test_a_foreign_number_with_its_prefix(store: Store, people: dict[str, str], q: str) -> None:
    assert refs(store, q) == ["C0000003"]


def test_a_partial_number_is_a_prefix(store: Store, people: dict[str, str]) -> None:
    assert refs(store, "333 12") == ["C0000001"]


@pytest.mark.parametrize(("q", "expected"), [
    ("niccolo", ["C0000001"]), ("Niccolò", ["C0000001"]), ("NICCOLO", ["C0000001"]),
    ("d'angelo", ["C0000001"]), ("dangelo", ["C0000001"]), ("angelo nic", ["C0000001"]),
    ("nic ang", ["C0000001"]), ("smith john", ["C0000003"]), ("figli", ["C0000002"]),
    ("bianch", ["C0000002"]), ("c0000003", ["C0000003"]), ("C0000003", ["C0000003"]),
    ("anna@example.com", ["C0000002"]), ("ANNA@EXAMPLE.COM", ["C0000002"]),
    ("john.smith", ["C0000003"]), ("zzz", []),
])
def test_names_company_number_and_email(store: Store, people: dict[str, str], q: str,
                                        expected: list[str]) -> None:
    assert refs(store, q) == expected


def test_exact_matches_come_first_then_the_most_recent_contact(store: Store,
                                                               people: dict[str, str]) -> None:
    add_contact(store, people["anna2"], datetime(2026, 3, 1, tzinfo=UTC))
    add_contact(store, people["anna"], datetime(2026, 1, 1, tzinfo=UTC))
    assert refs(store, "anna") == ["C0000004", "C0000002"]
    add_contact(store, people["anna"], datetime(2026, 4, 1, tzinfo=UTC))
    assert refs(store, "anna") == ["C0000002", "C0000004"]
    # The customer number is exact; the other Anna only matches as text... not at all here.
    assert refs(store, "C0000004") == ["C0000004"]


HOSTILE = ['"', "'", '""', "D'Angelo\"", "AND", "OR", "NOT", "NEAR(", "NEAR(a b)", "*", "a*",
           "^", "-", "+", "(", ")", "{names}:x", "names:anna", "anna OR 1=1",
           "'; DROP TABLE customer; --",
           "😀", "anna 😀", "\x00", "\\", "%", "_", " ", "\t\n", "x" * 10_000, "9" * 10_000,
           "+" * 50, "@", "@@", "a@", "🇮🇹 +39"]


@pytest.mark.parametrize("q", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_never_errors_and_changes_nothing(store: Store, people: dict[str, str],
                                                        q: str) -> None:
    search(store, q)
    with store.session() as s:
        assert s.execute(text("SELECT count(*) FROM customer")).scalar_one() == 4


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('D\'Angelo NEAR( "x" AND *') == (
        '"d"* AND "angelo"* AND "near"* AND "x"* AND "and"*')
    assert fts_query("*** ((( ") is None


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture],
          deadline=None)
@given(st.text(max_size=300))
def test_any_text_at_all_is_searchable(store: Store, q: str) -> None:
    search(store, q)


def test_a_cancelled_search_raises_cancelled(store: Store, people: dict[str, str]) -> None:
    state = TaskState()
    state.cancel()
    with pytest.raises(Cancelled):
        search(store, "anna", state=state)


@pytest.fixture
def accented(store: Store) -> dict[str, str]:
    return {
        "jose": make_customer(store, "C0000011", "José", "Muñoz Pérez"),
        "muller": make_customer(store, "C0000012", "Jürgen", "Müller",
                                company="Größe Bäckerei GmbH"),
        "francoise": make_customer(store, "C0000013", "Françoise", "Lefèvre"),
        "nicco": make_customer(store, "C0000014", "Niccolò", "Šimić"),
    }


@pytest.mark.parametrize(("q", "expected"), [
    ("jose munoz", ["C0000011"]), ("JOSÉ", ["C0000011"]), ("perez jo", ["C0000011"]),
    ("muller jurg", ["C0000012"]), ("Müller", ["C0000012"]), ("backerei", ["C0000012"]),
    ("grosse", ["C0000012"]), ("francoise lefevre", ["C0000013"]), ("lefe fran", ["C0000013"]),
    ("Niccolo", ["C0000014"]), ("simic", ["C0000014"]), ("nic sim", ["C0000014"]),
])
def test_accents_fold_and_name_prefixes_come_in_any_order(store: Store, accented: dict[str, str],
                                                          q: str, expected: list[str]) -> None:
    assert refs(store, q) == expected


@pytest.mark.parametrize("q", ["06/12345678", "06-1234-5678", "+39 (06) 1234 5678",
                               "0039-06-12345678", "+39.06.1234.5678", "39 06 1234 5678",
                               "+390612345678"])
def test_a_landline_with_slashes_dashes_dots_and_prefixes(store: Store, people: dict[str, str],
                                                          q: str) -> None:
    assert refs(store, q) == ["C0000002"]


@pytest.mark.parametrize(("q", "expected"), [
    ("bianchi & f", ["C0000002"]), ("Bianchi & Figli", ["C0000002"]), ("figli bian", ["C0000002"]),
    ("nico.dang", ["C0000001"]), ("example.co.uk", ["C0000003"]),
    ("C000000", ["C0000001", "C0000002", "C0000003", "C0000004"]),
])
def test_company_and_e_mail_prefixes(store: Store, people: dict[str, str], q: str,
                                     expected: list[str]) -> None:
    assert sorted(refs(store, q)) == expected


def test_an_exact_number_ranks_above_a_longer_number_with_a_newer_contact(store: Store) -> None:
    short = make_customer(store, "C0000021", "Aldo", "Moro", phones=("+39333123456",))
    longer = make_customer(store, "C0000022", "Bice", "Neri", phones=("+393331234567",))
    add_contact(store, longer, datetime(2026, 5, 1, tzinfo=UTC))
    add_contact(store, short, datetime(2025, 1, 1, tzinfo=UTC))
    hits = search(store, "333 123456")
    assert [(h.customer_ref, h.match) for h in hits] == [("C0000021", "phone"),
                                                         ("C0000022", "text")]


def test_an_exact_customer_number_ranks_above_a_name_that_starts_with_it(store: Store) -> None:
    exact = make_customer(store, "C0000031", "Carla", "Bruni")
    other = make_customer(store, "C0000032", company="C0000031X Trasporti")
    add_contact(store, other, datetime(2026, 5, 1, tzinfo=UTC))
    add_contact(store, exact, datetime(2024, 5, 1, tzinfo=UTC))
    hits = search(store, "c0000031")
    assert [(h.customer_ref, h.match) for h in hits] == [("C0000031", "ref"), ("C0000032", "text")]


def test_text_matches_rank_by_most_recent_contact_and_never_contacted_last(store: Store) -> None:
    old = make_customer(store, "C0000041", "Dario", "Fo")
    new = make_customer(store, "C0000042", "Dario", "Argento")
    make_customer(store, "C0000043", "Dario", "Zeta")
    add_contact(store, old, datetime(2025, 1, 1, tzinfo=UTC))
    add_contact(store, new, datetime(2026, 1, 1, tzinfo=UTC))
    assert refs(store, "dario") == ["C0000042", "C0000041", "C0000043"]


def test_a_hit_carries_what_tells_customers_apart(store: Store) -> None:
    from tests.ui.builders import make_customer as make_full

    cid = make_full(store, "C0000051", "Elsa", "Morante", phones=("+393401112233",),
                    emails=("elsa@example.it",), tier="gold", language="it", home="Roma Termini")
    add_contact(store, cid, datetime(2026, 2, 3, 4, 5, tzinfo=UTC))
    (hit,) = search(store, "+39 340 111 2233")
    assert (hit.name, hit.tier, hit.store, hit.phones, hit.emails, hit.last_contact_at) == (
        "Elsa Morante", "gold", "Roma Termini", ("+393401112233",), ("elsa@example.it",),
        datetime(2026, 2, 3, 4, 5, tzinfo=UTC))


@pytest.mark.parametrize(("link", "number"), [
    ("tel:+39%20333%20123%204567", "+39 333 123 4567"), ("TEL:+393331234567", "+393331234567"),
    ("callto://+393331234567", "+393331234567"),
    ("sip:+393331234567@pbx.example;user=phone", "+393331234567"),
    ("tel:0612345678;phone-context=+39", "0612345678"), (" 333 1234567 ", "333 1234567"), ("", ""),
])
def test_a_telephony_link_gives_its_number(link: str, number: str) -> None:
    from carecenter.services.customers.phones import number_from_link

    assert number_from_link(link) == number


def test_a_call_link_finds_the_customer(store: Store, people: dict[str, str]) -> None:
    from carecenter.services.customers.phones import number_from_link

    assert refs(store, number_from_link("tel:+39-333-123-4567")) == ["C0000001"]
