"""Editing a customer's record: names, phones, e-mails, postal address, birth date,
language, home store and tier, with the checks creation makes (``checks``).

Every change is a normal write (one unit of work: the rows, their outbox ops and field
clocks) and leaves one ``customer_change`` row per field changed: who, when, from which
desk, the old and the new value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select

from carecenter.clock import utcnow
from carecenter.db.models import Customer, CustomerChange, CustomerEmail, CustomerPhone
from carecenter.db.store import Store
from carecenter.services.customers.checks import (
    ADDRESS_FIELDS,
    Field,
    InvalidField,
    Problem,
    check_address,
    check_birth_date,
    check_emails,
    check_language,
    check_names,
    check_phones,
    check_tier,
    text_value,
)
from carecenter.services.customers.record_view import primary_first
from carecenter.services.uow import ChangeSet, UnitOfWork


@dataclass(frozen=True)
class Address:
    street: str | None = None
    house_number: str | None = None
    postcode: str | None = None
    town: str | None = None
    province: str | None = None
    country: str | None = None

    def parts(self) -> dict[Field, str | None]:
        return {f: getattr(self, f.value) for f in ADDRESS_FIELDS}

    def __bool__(self) -> bool:
        return any(self.parts().values())


@dataclass(frozen=True)
class CustomerRecord:
    """What the edit form shows and gives back. ``phones`` and ``emails`` as typed (any
    format), the first of each the primary one."""

    first_name: str | None = None
    last_name: str | None = None
    company: str | None = None
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    address: Address = field(default_factory=Address)
    birth_date: date | None = None
    language: str | None = None
    store: str | None = None
    tier: str | None = None


@dataclass(frozen=True)
class FieldChange:
    field: Field
    old: str | None
    new: str | None


@dataclass(frozen=True)
class Edited:
    customer_id: str
    fields: tuple[FieldChange, ...]  # empty: nothing differed, nothing was written
    changes: ChangeSet = field(default_factory=ChangeSet)  # what views reload


def checked(record: CustomerRecord, region: str, today: date) -> CustomerRecord:
    """``record`` trimmed and checked as creation checks it, plus the address, language and
    birth date; phones in E.164, e-mails lower-case. Raises InvalidField."""
    first = text_value(Field.FIRST_NAME, record.first_name)
    last = text_value(Field.LAST_NAME, record.last_name)
    company = text_value(Field.COMPANY, record.company)
    check_names(first, last, company)
    address = check_address(record.address.parts(), region)
    return CustomerRecord(
        first_name=first, last_name=last, company=company,
        phones=check_phones(record.phones, region), emails=check_emails(record.emails),
        address=Address(**{f.value: v for f, v in address.items()}),
        birth_date=check_birth_date(record.birth_date, today),
        language=check_language(record.language),
        store=text_value(Field.STORE, record.store), tier=check_tier(record.tier))


def _live(customer: Customer | None) -> Customer:
    if customer is None or customer.deleted:
        raise InvalidField(Problem.UNKNOWN_CUSTOMER)
    return customer


def current_record(store: Store, customer_id: str) -> CustomerRecord:
    """The record as stored, primary phone and e-mail first (what the form starts from)."""
    with store.session() as s:
        c = _live(s.get(Customer, customer_id))
        phones = s.scalars(select(CustomerPhone.e164).where(
            CustomerPhone.customer_id == customer_id, ~CustomerPhone.deleted)
            .order_by(CustomerPhone.id)).all()
        emails = s.scalars(select(CustomerEmail.email).where(
            CustomerEmail.customer_id == customer_id, ~CustomerEmail.deleted)
            .order_by(CustomerEmail.id)).all()
        return CustomerRecord(
            first_name=c.first_name, last_name=c.last_name, company=c.company,
            phones=primary_first(phones, c.primary_phone),
            emails=primary_first(emails, c.primary_email),
            address=Address(c.street, c.house_number, c.postcode, c.town, c.province,
                            c.country),
            birth_date=c.birth_date, language=c.language, store=c.store, tier=c.tier)


def _text(value: object) -> str | None:
    if value is None or value in ("", ()):
        return None
    if isinstance(value, tuple):
        return ", ".join(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# The customer's own columns an edit may set, by field (phones and e-mails are rows).
_COLUMNS = (Field.FIRST_NAME, Field.LAST_NAME, Field.COMPANY, *ADDRESS_FIELDS,
            Field.BIRTH_DATE, Field.LANGUAGE, Field.STORE, Field.TIER,
            Field.PRIMARY_PHONE, Field.PRIMARY_EMAIL)


def _values(record: CustomerRecord) -> dict[Field, object]:
    values: dict[Field, object] = {
        Field.FIRST_NAME: record.first_name, Field.LAST_NAME: record.last_name,
        Field.COMPANY: record.company, Field.BIRTH_DATE: record.birth_date,
        Field.LANGUAGE: record.language, Field.STORE: record.store, Field.TIER: record.tier,
        Field.PHONES: record.phones, Field.EMAILS: record.emails,
        Field.PRIMARY_PHONE: record.phones[0] if record.phones else None,
        Field.PRIMARY_EMAIL: record.emails[0] if record.emails else None,
    }
    values.update(record.address.parts())
    return values


def edit_customer(store: Store, customer_id: str, record: CustomerRecord, *,
                  region: str = "IT", agent_id: str | None = None, desk: str | None = None,
                  at: datetime | None = None, base: CustomerRecord | None = None) -> Edited:
    """Store ``record`` as the customer's, field by field, with an audit row for each field
    that changed. Raises InvalidField (nothing written) when a field is wrong.

    ``base``: the record the form started from (``current_record``). Only the fields the
    person changed from it are written, so a field another desk changed meanwhile (a sync
    while the form was open) is not put back."""
    at = at or utcnow()
    new = checked(record, region, at.date())
    with UnitOfWork(store) as uow:
        s = uow.session
        c = _live(s.get(Customer, customer_id))
        phones = list(s.scalars(select(CustomerPhone).where(
            CustomerPhone.customer_id == customer_id, ~CustomerPhone.deleted)
            .order_by(CustomerPhone.id)))
        emails = list(s.scalars(select(CustomerEmail).where(
            CustomerEmail.customer_id == customer_id, ~CustomerEmail.deleted)
            .order_by(CustomerEmail.id)))
        old = _values(CustomerRecord(
            first_name=c.first_name, last_name=c.last_name, company=c.company,
            phones=primary_first([p.e164 for p in phones], c.primary_phone),
            emails=primary_first([e.email for e in emails], c.primary_email),
            address=Address(c.street, c.house_number, c.postcode, c.town, c.province,
                            c.country),
            birth_date=c.birth_date, language=c.language, store=c.store, tier=c.tier))
        wanted = _values(new)
        if base is not None:
            before = _values(base)
            wanted = {f: wanted[f] if _differs(before[f], wanted[f]) else old[f] for f in Field}
        changes = tuple(FieldChange(f, _text(old[f]), _text(wanted[f])) for f in Field
                        if _differs(old[f], wanted[f]))
        if not changes:
            return Edited(customer_id, ())
        columns = {f.value: wanted[f] for f in _COLUMNS if old[f] != wanted[f]}
        if columns:
            uow.update(c, **columns)
        _sync_rows(uow, customer_id, CustomerPhone, phones, _listed_values(wanted[Field.PHONES]))
        _sync_rows(uow, customer_id, CustomerEmail, emails, _listed_values(wanted[Field.EMAILS]))
        for ch in changes:
            if _listed(ch, changes):
                continue  # the list's own change says it (its first is the primary)
            uow.add(CustomerChange(customer_id=customer_id, field=ch.field.value,
                                   old_value=ch.old, new_value=ch.new, at=at,
                                   agent_id=agent_id, desk=desk))
    return Edited(customer_id, changes, uow.changes)


def _listed_values(value: object) -> tuple[str, ...]:
    assert isinstance(value, tuple)
    return value


def _differs(old: object, new: object) -> bool:
    """A list of phones or e-mails differs when its members do (its order says only which
    is the primary: a field of its own); other values when their text does."""
    if isinstance(old, tuple) and isinstance(new, tuple):
        return set(old) != set(new)
    return _text(old) != _text(new)


def _listed(change: FieldChange, changes: tuple[FieldChange, ...]) -> bool:
    """A new primary whose list changed too: the list's audit row says both (its first
    is the primary)."""
    whole = {Field.PRIMARY_PHONE: Field.PHONES, Field.PRIMARY_EMAIL: Field.EMAILS}
    return change.field in whole and any(c.field is whole[change.field] for c in changes)


def _sync_rows(uow: UnitOfWork, customer_id: str, model: type[CustomerPhone | CustomerEmail],
               rows: Sequence[CustomerPhone | CustomerEmail], wanted: tuple[str, ...]) -> None:
    """Phones (or e-mails) no longer listed are deleted (tombstones); new ones added."""
    def value(row: CustomerPhone | CustomerEmail) -> str:
        return row.e164 if isinstance(row, CustomerPhone) else row.email

    for row in rows:
        if value(row) not in wanted:
            uow.delete(row)
    have = {value(row) for row in rows}
    for v in wanted:
        if v not in have:
            uow.add(CustomerPhone(customer_id=customer_id, e164=v) if model is CustomerPhone
                    else CustomerEmail(customer_id=customer_id, email=v))
