"""Creating a customer, offering the existing one when it is probably the same person."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import text

from carecenter.db.models import Customer, CustomerEmail, CustomerPhone
from carecenter.db.store import Store
from carecenter.services.customers.checks import (
    Field,
    check_emails,
    check_names,
    check_phones,
    check_tier,
    text_value,
)
from carecenter.services.customers.checks import (
    InvalidCustomer as InvalidCustomer,  # noqa: PLC0414 - re-exported: callers catch it here
)
from carecenter.services.customers.contacts import NewContact, add_contact
from carecenter.services.customers.duplicates import (
    Match,
    Probe,
    Question,
    find_duplicates,
    question,
)
from carecenter.services.customers.family import in_clause, survivor_id
from carecenter.services.search.query import CustomerHit, hits_for
from carecenter.services.uow import ChangeSet, UnitOfWork


@dataclass(frozen=True)
class NewCustomer:
    first_name: str = ""
    last_name: str = ""
    company: str = ""
    phones: tuple[str, ...] = ()  # as typed: any format
    emails: tuple[str, ...] = ()
    birth_date: date | None = None
    language: str | None = None
    tier: str | None = None
    store: str | None = None
    customer_ref: str | None = None  # made here when missing


@dataclass(frozen=True)
class Existing:
    hit: CustomerHit
    why: tuple[str, ...]  # "phone", "email", "name_birth"


class ProbableDuplicate(Exception):
    """The new customer looks like one already stored: offer those instead (scored and
    explained by ``duplicates.find_duplicates``, likely ones first), and what to ask
    first when the name alone found them (``duplicates.question``)."""

    def __init__(self, matches: list[Match], question: Question | None = None) -> None:
        super().__init__("This customer probably exists already.")
        self.matches = matches
        self.question = question


@dataclass(frozen=True)
class Created:
    customer_id: str
    customer_ref: str
    changes: ChangeSet = field(default_factory=ChangeSet)


def clean(new: NewCustomer, region: str) -> NewCustomer:
    """The same customer with E.164 phones and lower-case e-mails, or InvalidCustomer
    (the checks an edit makes too: ``checks``)."""
    first = text_value(Field.FIRST_NAME, new.first_name)
    last = text_value(Field.LAST_NAME, new.last_name)
    company = text_value(Field.COMPANY, new.company)
    check_names(first, last, company)
    check_tier(new.tier)
    return NewCustomer(
        first_name=first or "", last_name=last or "", company=company or "",
        phones=check_phones(new.phones, region), emails=check_emails(new.emails),
        birth_date=new.birth_date, language=new.language,
        tier=new.tier, store=new.store, customer_ref=(new.customer_ref or "").strip() or None)


def probe(new: NewCustomer, address: str | None = None) -> Probe:
    """What the duplicate check compares of ``new`` (already cleaned)."""
    return Probe(first_name=new.first_name, last_name=new.last_name, company=new.company,
                 phones=new.phones, emails=new.emails, birth_date=new.birth_date,
                 address=address)


def find_existing(store: Store, new: NewCustomer) -> list[Existing]:
    """Customers sharing a phone or e-mail with ``new`` (already cleaned), or its name and
    birth date; merged customers stand for their survivor."""
    why: dict[str, list[str]] = {}
    with store.session() as s:
        conn = s.connection()
        if new.phones:
            m, p = in_clause("p", list(new.phones))
            for (cid,) in conn.execute(text(
                    f"SELECT customer_id FROM customer_phone WHERE e164 IN ({m}) "
                    "AND NOT deleted"), p):
                why.setdefault(survivor_id(conn, cid), []).append("phone")
        if new.emails:
            m, p = in_clause("e", list(new.emails))
            for (cid,) in conn.execute(text(
                    f"SELECT customer_id FROM customer_email WHERE email IN ({m}) "
                    "AND NOT deleted"), p):
                why.setdefault(survivor_id(conn, cid), []).append("email")
        if new.birth_date and new.first_name and new.last_name:
            for (cid,) in conn.execute(text(
                    "SELECT id FROM customer WHERE birth_date = :b AND NOT deleted "
                    "AND lower(first_name) = lower(:f) AND lower(last_name) = lower(:l)"),
                    {"b": new.birth_date.isoformat(), "f": new.first_name, "l": new.last_name}):
                why.setdefault(survivor_id(conn, cid), []).append("name_birth")
        hits = hits_for(conn, dict.fromkeys(why, "text"), limit=20)
    return [Existing(h, tuple(dict.fromkeys(why[h.customer_id]))) for h in hits]


def create_customer(store: Store, new: NewCustomer, *, region: str = "IT",
                    allow_duplicate: bool = False,
                    first_contact: NewContact | None = None) -> Created:
    """Store a new customer (and the contact being logged, if any).

    Raises ProbableDuplicate with the likely and possible matches (fuzzy names, phone,
    e-mail, birth date) unless ``allow_duplicate``; the agent then opens the existing
    customer or confirms that this is somebody else.
    """
    new = clean(new, region)
    if not allow_duplicate:
        typed = probe(new)
        matches = find_duplicates(store, typed)
        if matches:
            raise ProbableDuplicate(matches, question(typed, matches))
    ref = new.customer_ref or f"N{secrets.token_hex(5).upper()}"
    with UnitOfWork(store) as uow:
        c = uow.add(Customer(
            customer_ref=ref, first_name=new.first_name or None, last_name=new.last_name or None,
            company=new.company or None, birth_date=new.birth_date, language=new.language,
            tier=new.tier, store=new.store))
        for e164 in new.phones:
            uow.add(CustomerPhone(customer_id=c.id, e164=e164))
        for email in new.emails:
            uow.add(CustomerEmail(customer_id=c.id, email=email))
        if first_contact is not None:
            add_contact(uow, c.id, first_contact)
    return Created(c.id, ref, uow.changes)
