"""The checks of a customer's fields, shared by creating and editing a customer.

A refusal is ``InvalidField``: a ``Problem`` code, the ``Field`` it concerns and its
values; the console says it in words (``ui/customer/edit_words.py``), and its ``str`` is
an English sentence for the command line and the log.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import String

from carecenter.db.base import table_of
from carecenter.db.models import Customer, CustomerEmail
from carecenter.domain import Tier
from carecenter.services.customers.phones import to_e164
from carecenter.services.customers.places import (
    COUNTRY_CODE,
    FOREIGN_POSTCODE,
    ITALIAN_POSTCODE,
    PROVINCES,
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LANGUAGE = re.compile(r"[a-z]{2,3}\Z")


class Field(StrEnum):
    """The fields of a customer record a person edits (and the audit trail names)."""

    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    COMPANY = "company"
    PHONES = "phones"
    PRIMARY_PHONE = "primary_phone"
    EMAILS = "emails"
    PRIMARY_EMAIL = "primary_email"
    STREET = "street"
    HOUSE_NUMBER = "house_number"
    POSTCODE = "postcode"
    TOWN = "town"
    PROVINCE = "province"
    COUNTRY = "country"
    BIRTH_DATE = "birth_date"
    LANGUAGE = "language"
    STORE = "store"
    TIER = "tier"


ADDRESS_FIELDS = (Field.STREET, Field.HOUSE_NUMBER, Field.POSTCODE, Field.TOWN,
                  Field.PROVINCE, Field.COUNTRY)
TEXT_FIELDS = (Field.FIRST_NAME, Field.LAST_NAME, Field.COMPANY, *ADDRESS_FIELDS,
               Field.STORE)


class Problem(StrEnum):
    NO_NAME = "no_name"  # no first name, last name nor company
    TOO_LONG = "too_long"  # values: limit, length
    NOT_A_PHONE = "not_a_phone"  # values: value
    NOT_AN_EMAIL = "not_an_email"  # values: value
    NOT_A_TIER = "not_a_tier"  # values: value, allowed
    NOT_A_LANGUAGE = "not_a_language"  # values: value
    BAD_POSTCODE = "bad_postcode"  # values: value, country
    BAD_PROVINCE = "bad_province"  # values: value
    BAD_COUNTRY = "bad_country"  # values: value
    ADDRESS_INCOMPLETE = "address_incomplete"  # field: the part missing
    BAD_BIRTH_DATE = "bad_birth_date"  # values: value (in the future or before 1900)
    UNKNOWN_CUSTOMER = "unknown_customer"  # no such customer (or deleted) to edit


class InvalidCustomer(ValueError):
    """A customer cannot be written as given (``InvalidField`` says which field and why)."""


class InvalidField(InvalidCustomer):
    """A field of a customer is wrong: ``problem`` (a code), ``field`` and ``values``; the
    console says it (ui/customer/edit_words.py). ``str()`` is for logs only."""

    def __init__(self, problem: Problem, field: Field | None = None, **values: Any) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.field = field
        self.values = values

    def __str__(self) -> str:
        where = f" {self.field.value}" if self.field is not None else ""
        inner = ", ".join(f"{k}={v!r}" for k, v in self.values.items())
        return f"{self.problem.value}{where}" + (f" ({inner})" if inner else "")


def _length(column_type: object) -> int:
    assert isinstance(column_type, String)
    assert column_type.length is not None
    return column_type.length


def limit_of(field: Field) -> int:
    """The most characters the store keeps for ``field`` (its column's length)."""
    return _length(table_of(Customer).c[field.value].type)


def text_value(field: Field, raw: str | None) -> str | None:
    """``raw`` trimmed (None when empty), or TOO_LONG past its column's length."""
    value = (raw or "").strip()
    if len(value) > (limit := limit_of(field)):
        raise InvalidField(Problem.TOO_LONG, field, limit=limit, length=len(value))
    return value or None


def check_names(first: str | None, last: str | None, company: str | None) -> None:
    if not (first or last or company):
        raise InvalidField(Problem.NO_NAME, Field.FIRST_NAME)


def check_tier(tier: str | None) -> str | None:
    allowed = [t.value for t in Tier]
    if tier is not None and tier not in allowed:
        raise InvalidField(Problem.NOT_A_TIER, Field.TIER, value=tier, allowed=allowed)
    return tier


def check_language(language: str | None) -> str | None:
    value = (language or "").strip().lower() or None
    if value is not None and not _LANGUAGE.match(value):
        raise InvalidField(Problem.NOT_A_LANGUAGE, Field.LANGUAGE, value=language)
    return value


def check_birth_date(birth: date | None, today: date) -> date | None:
    if birth is not None and not date(1900, 1, 1) <= birth <= today:
        raise InvalidField(Problem.BAD_BIRTH_DATE, Field.BIRTH_DATE, value=birth.isoformat())
    return birth


def check_phones(raws: Iterable[str], region: str) -> tuple[str, ...]:
    """Phones as typed (any format) to E.164, in order, each once."""
    phones: list[str] = []
    for raw in raws:
        if not raw.strip():
            continue
        e164 = to_e164(raw.strip(), region)
        if e164 is None:
            raise InvalidField(Problem.NOT_A_PHONE, Field.PHONES, value=raw.strip())
        phones.append(e164)
    return tuple(dict.fromkeys(phones))


def check_emails(raws: Iterable[str]) -> tuple[str, ...]:
    """E-mail addresses lower-cased, in order, each once."""
    limit = _length(table_of(CustomerEmail).c.email.type)
    emails: list[str] = []
    for raw in raws:
        e = raw.strip().casefold()
        if not e:
            continue
        if not _EMAIL.match(e) or len(e) > limit:
            raise InvalidField(Problem.NOT_AN_EMAIL, Field.EMAILS, value=raw.strip())
        emails.append(e)
    return tuple(dict.fromkeys(emails))


def check_address(parts: dict[Field, str | None], region: str) -> dict[Field, str | None]:
    """The address parts (``ADDRESS_FIELDS``) trimmed and checked: none at all, or a
    street, postcode and town; an Italian postcode has five digits and an Italian province
    is a sigla (upper-cased); the country (``region`` when left empty) a two-letter code."""
    out: dict[Field, str | None] = {
        f: text_value(f, parts.get(f)) for f in ADDRESS_FIELDS if f is not Field.COUNTRY}
    # the country is a code: a name typed there is not a code, rather than too long
    out[Field.COUNTRY] = (parts.get(Field.COUNTRY) or "").strip() or None
    if not any(out.values()):
        return out
    for needed in (Field.STREET, Field.POSTCODE, Field.TOWN):
        if out[needed] is None:
            raise InvalidField(Problem.ADDRESS_INCOMPLETE, needed)
    country = (out[Field.COUNTRY] or region).upper()
    if not COUNTRY_CODE.match(country):
        raise InvalidField(Problem.BAD_COUNTRY, Field.COUNTRY, value=out[Field.COUNTRY])
    out[Field.COUNTRY] = country
    postcode = (out[Field.POSTCODE] or "").upper()
    shape = ITALIAN_POSTCODE if country == "IT" else FOREIGN_POSTCODE
    if not shape.match(postcode):
        raise InvalidField(Problem.BAD_POSTCODE, Field.POSTCODE, value=out[Field.POSTCODE],
                           country=country)
    out[Field.POSTCODE] = postcode
    if country == "IT" and out[Field.PROVINCE] is not None:
        sigla = out[Field.PROVINCE].upper()  # type: ignore[union-attr]
        if sigla not in PROVINCES:
            raise InvalidField(Problem.BAD_PROVINCE, Field.PROVINCE, value=out[Field.PROVINCE])
        out[Field.PROVINCE] = sigla
    return out
