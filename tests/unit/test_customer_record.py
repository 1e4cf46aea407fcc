"""The checks shared by creating and editing a customer, the edit service and its audit
trail, and the "Record changes" filter of the timeline (issue 15 part 1)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from carecenter.db.store import Store
from carecenter.services.customers.checks import (
    Field,
    InvalidField,
    Problem,
    check_address,
    check_emails,
    check_phones,
)
from carecenter.services.customers.edit import InvalidCustomer, NewCustomer, create_customer
from carecenter.services.customers.places import PROVINCES
from carecenter.services.customers.record import (
    Address,
    current_record,
    edit_customer,
)
from carecenter.services.customers.view import TimelineFilter, customer_view, timeline_page
from carecenter.sync.op_values import refuse_values
from tests.factories import add_contact, make_customer

AT = datetime(2026, 7, 1, 9, 0, tzinfo=UTC)


def address(**parts: str | None) -> dict[Field, str | None]:
    base: dict[Field, str | None] = {Field.STREET: "Via Roma", Field.HOUSE_NUMBER: "1",
                                     Field.POSTCODE: "20121", Field.TOWN: "Milano",
                                     Field.PROVINCE: "MI", Field.COUNTRY: None}
    base.update({Field(k): v for k, v in parts.items()})
    return base


def refused(fn: object) -> InvalidField:
    with pytest.raises(InvalidField) as err:
        fn()  # type: ignore[operator]
    return err.value


def test_an_italian_address_is_trimmed_upper_cased_and_its_country_defaulted() -> None:
    got = check_address(address(province=" rm ", town=" Roma ", postcode="00184"), "IT")
    assert got[Field.PROVINCE] == "RM" and got[Field.TOWN] == "Roma"
    assert got[Field.COUNTRY] == "IT"
    assert check_address({}, "IT") == dict.fromkeys(got)  # no address at all is fine


@pytest.mark.parametrize(("parts", "problem", "field", "values"), [
    ({"postcode": "2012"}, Problem.BAD_POSTCODE, Field.POSTCODE,
     {"value": "2012", "country": "IT"}),
    ({"postcode": "2012A"}, Problem.BAD_POSTCODE, Field.POSTCODE,
     {"value": "2012A", "country": "IT"}),
    ({"province": "XX"}, Problem.BAD_PROVINCE, Field.PROVINCE, {"value": "XX"}),
    ({"country": "Italia"}, Problem.BAD_COUNTRY, Field.COUNTRY, {"value": "Italia"}),
    ({"town": None}, Problem.ADDRESS_INCOMPLETE, Field.TOWN, {}),
    ({"street": "V" * 121}, Problem.TOO_LONG, Field.STREET, {"limit": 120, "length": 121}),
])
def test_a_bad_address_is_refused_with_its_code(parts: dict[str, str | None], problem: Problem,
                                               field: Field, values: dict[str, object]) -> None:
    err = refused(lambda: check_address(address(**parts), "IT"))
    assert (err.problem, err.field, err.values) == (problem, field, values)


def test_abroad_the_postcode_has_its_own_shape_and_the_province_is_free() -> None:
    got = check_address(address(postcode="sw1a 2aa", town="London", province="Greater London",
                                country="gb"), "IT")
    assert (got[Field.POSTCODE], got[Field.PROVINCE], got[Field.COUNTRY]) == (
        "SW1A 2AA", "Greater London", "GB")


def test_the_provinces_are_the_official_sigle() -> None:
    assert len(PROVINCES) == 111  # 107 ISTAT sigle and the four Sardinian ones back in use
    assert {"MI", "RM", "NA", "TO", "BT", "MB", "SU", "AO", "BZ"} <= PROVINCES
    assert all(len(p) == 2 and p.isupper() for p in PROVINCES)


def test_phones_and_emails_are_normalised_and_bad_ones_named() -> None:
    assert check_phones(["333 123 4567", "+39 333 1234567", " "], "IT") == ("+393331234567",)
    assert check_emails([" A@Example.COM", "a@example.com"]) == ("a@example.com",)
    err = refused(lambda: check_phones(["ciao"], "IT"))
    assert (err.problem, err.field, err.values) == (Problem.NOT_A_PHONE, Field.PHONES,
                                                    {"value": "ciao"})
    assert str(err) == "not_a_phone phones (value='ciao')"  # for logs: the console words it


def test_creating_shares_the_checks_a_300_character_name_is_refused(store: Store) -> None:
    err = refused(lambda: create_customer(store, NewCustomer(first_name="A" * 300)))
    assert (err.problem, err.field, err.values) == (
        Problem.TOO_LONG, Field.FIRST_NAME, {"limit": 120, "length": 300})
    assert isinstance(err, InvalidCustomer)


def _rows(store: Store) -> list[object]:
    with store.session() as s:
        return [s.execute(text(q)).all() for q in (
            "SELECT * FROM customer", "SELECT * FROM customer_phone",
            "SELECT * FROM customer_email", "SELECT * FROM customer_change",
            "SELECT count(*) FROM outbox")]


@pytest.mark.parametrize(("change", "problem"), [
    ({"last_name": "B" * 300}, Problem.TOO_LONG),
    ({"phones": ("not a number",)}, Problem.NOT_A_PHONE),
    ({"address": Address("Via Po", "3", "1012", "Torino", "TO", "IT")}, Problem.BAD_POSTCODE),
    ({"first_name": "", "last_name": " "}, Problem.NO_NAME),
    ({"birth_date": date(2999, 1, 1)}, Problem.BAD_BIRTH_DATE),
    ({"tier": "diamond"}, Problem.NOT_A_TIER),
    ({"language": "italiano"}, Problem.NOT_A_LANGUAGE),
])
def test_a_refused_edit_writes_nothing(store: Store, change: dict[str, object],
                                       problem: Problem) -> None:
    cid = make_customer(store, "R-1", "Anna", "Bianchi", phones=("+393331112222",))
    before = _rows(store)
    record = replace(current_record(store, cid), **change)  # type: ignore[arg-type]
    assert refused(lambda: edit_customer(store, cid, record, at=AT)).problem is problem
    assert _rows(store) == before


def test_an_edit_writes_changed_fields_only_with_one_audit_row_each(store: Store) -> None:
    cid = make_customer(store, "R-2", "Anna", "Bianchi", phones=("+393331112222",),
                        emails=("anna@example.it",))
    record = replace(current_record(store, cid), last_name="Rossi",
                     phones=("+393331112222", "06 1234 5678"),
                     address=Address("Via Appia Nuova", "100", "00179", "Roma", "rm"))
    edited = edit_customer(store, cid, record, at=AT, desk="Roma Termini (pc-7)")
    assert [(c.field, c.old, c.new) for c in edited.fields] == [
        (Field.LAST_NAME, "Bianchi", "Rossi"),
        (Field.PHONES, "+393331112222", "+393331112222, +390612345678"),
        (Field.STREET, None, "Via Appia Nuova"), (Field.HOUSE_NUMBER, None, "100"),
        (Field.POSTCODE, None, "00179"), (Field.TOWN, None, "Roma"),
        (Field.PROVINCE, None, "RM"), (Field.COUNTRY, None, "IT")]
    assert edited.changes.customer_ids == {cid}
    with store.session() as s:
        audit = s.execute(text("SELECT field, desk, at FROM customer_change")).all()
        ops = s.execute(text(
            "SELECT \"table\", kind, fields FROM outbox WHERE \"table\" = 'customer_change'"
        )).all()
    assert len(audit) == 8 and {a.desk for a in audit} == {"Roma Termini (pc-7)"}
    for op in ops:  # each audit row goes to the hub as a valid insert
        fields = {k: v[0] for k, v in json.loads(op.fields).items()}
        refuse_values("customer_change", "insert", fields["id"], fields)
    # the same record again changes nothing and writes nothing
    before = _rows(store)
    assert edit_customer(store, cid, current_record(store, cid), at=AT).fields == ()
    assert _rows(store) == before
    # a new main phone among the same phones is a change of its own
    now = current_record(store, cid)
    swapped = edit_customer(store, cid, replace(now, phones=now.phones[::-1]), at=AT)
    assert [(c.field, c.new) for c in swapped.fields] == [(Field.PRIMARY_PHONE, "+390612345678")]
    assert customer_view(store, cid).header.phones[0] == "+390612345678"


def test_record_changes_filter_of_the_timeline(store: Store) -> None:
    cid = make_customer(store, "R-3", "Anna", "Bianchi")
    add_contact(store, cid, datetime(2026, 6, 1, tzinfo=UTC), team="sales", summary="offer")
    edit_customer(store, cid, replace(current_record(store, cid), tier="gold"), at=AT)
    every = timeline_page(store, cid).items
    assert [i.kind for i in every] == ["change", "contact"]
    only = timeline_page(store, cid, filt=TimelineFilter(record_changes=True)).items
    assert [(i.kind, i.outcome, i.old_value, i.new_value) for i in only] == [
        ("change", "tier", None, "gold")]
    sales = timeline_page(store, cid, filt=TimelineFilter(teams=frozenset({"sales"}))).items
    assert [i.kind for i in sales] == ["contact"]
    both = TimelineFilter(teams=frozenset({"sales"}), record_changes=True)
    assert [i.kind for i in timeline_page(store, cid, filt=both).items] == ["change", "contact"]


def test_the_header_has_the_address(store: Store) -> None:
    cid = make_customer(store, "R-4", "Tom", "Baker")
    assert customer_view(store, cid).header.address is None
    edit_customer(store, cid, replace(current_record(store, cid), address=Address(
        "Baker Street", "221B", "NW1 6XE", "London", None, "GB")), at=AT)
    a = customer_view(store, cid).header.address
    assert a is not None and (a.street, a.postcode, a.country) == ("Baker Street", "NW1 6XE",
                                                                   "GB")


def test_a_field_another_desk_changed_while_the_form_was_open_is_not_put_back(
        store: Store) -> None:
    cid = make_customer(store, "R-5", "Anna", "Bianchi", phones=("+393331112222",),
                        tier="standard")
    base = current_record(store, cid)  # the form opens
    meanwhile = replace(base, tier="gold", phones=("+393331112222", "+390612345678"))
    edit_customer(store, cid, meanwhile, at=AT, base=base)  # as a sync would bring it
    edited = edit_customer(store, cid, replace(base, last_name="Rossi"), at=AT, base=base)
    assert [(c.field, c.new) for c in edited.fields] == [(Field.LAST_NAME, "Rossi")]
    now = current_record(store, cid)
    assert (now.last_name, now.tier, now.phones) == (
        "Rossi", "gold", ("+393331112222", "+390612345678"))
