"""Customers import, keyed by ``customer_ref``; phones normalised to E.164."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from sqlalchemy import text

from carecenter.db.models import Customer, CustomerEmail, CustomerPhone
from carecenter.domain import Tier
from carecenter.services.imports import fields as f
from carecenter.services.imports.engine import (
    IN_JSON,
    BatchOutcome,
    Kind,
    Pending,
    json_list,
)
from carecenter.services.imports.problems import Code
from carecenter.services.imports.vocabulary import TIER_WORDS
from carecenter.services.uow import UnitOfWork

_FIELDS = ("first_name", "last_name", "company", "birth_date", "language", "tier", "store")


class CustomersKind(Kind):
    name = "customers"
    columns = ("customer_ref", "first_name", "last_name", "company", "phone", "email",
               "birth_date", "language", "tier", "store")
    required = ("customer_ref",)
    key_column = "customer_ref"

    def __init__(self, region: str = "IT") -> None:
        super().__init__()
        self.region = region

    def parse(self, values: list[str]) -> tuple[Any, ...]:
        """Every problem of the row at once (fields.Checks)."""
        ref, first, last, company, phone, email, birth, language, tier, store = values
        c = f.Checks()
        row = (
            c.take(f.required, ref, "customer_ref", 64),
            c.take(f.text, first, "first_name", 120), c.take(f.text, last, "last_name", 120),
            c.take(f.text, company, "company", 200),
            c.take(f.a_date, birth, "birth_date", self.limits), c.take(f.language, language),
            c.take(f.choice, tier, "tier", Tier, TIER_WORDS),
            c.take(f.text, store, "store", 80),
            c.take(f.phones, phone, self.region) or (), c.take(f.emails, email) or (),
        )
        c.done()
        return row

    def key(self, parsed: tuple[Any, ...]) -> Hashable:
        key: str = parsed[0]
        return key

    def write(self, uow: UnitOfWork, items: list[Pending], out: BatchOutcome) -> None:
        conn = uow.session.connection()
        existing = _existing(conn, [i.parsed[0] for i in items])
        customers: list[dict[str, Any]] = []
        phones: list[dict[str, Any]] = []
        emails: list[dict[str, Any]] = []
        for item in items:
            ref, *values, phone_list, email_list = item.parsed
            old = existing.get(ref)
            if old is not None:
                if any(o == (tuple(values), phone_list, email_list) for o in old):
                    out.unchanged += 1
                else:
                    out.reject(item, Code.EXISTS_DIFFERENT, "customer_ref", ref)
                continue
            row = {"customer_ref": ref, **dict(zip(_FIELDS, values, strict=True)),
                   "merged_into_id": None, "deleted": False}
            customers.append(row)
        uow.bulk_insert(Customer, customers)
        by_ref = {row["customer_ref"]: row["id"] for row in customers}
        for item in items:
            cid = by_ref.get(item.parsed[0])
            if cid is None:
                continue
            phones.extend({"customer_id": cid, "e164": p, "label": None, "deleted": False}
                          for p in item.parsed[-2])
            emails.extend({"customer_id": cid, "email": e, "deleted": False}
                          for e in item.parsed[-1])
        uow.bulk_insert(CustomerPhone, phones)
        uow.bulk_insert(CustomerEmail, emails)
        out.imported += len(customers)


def _existing(conn: Any, refs: list[str]
              ) -> dict[str, list[tuple[tuple[Any, ...], tuple[str, ...], tuple[str, ...]]]]:
    """For each ref already stored: the content of every customer holding it."""
    params = {"refs": json_list(refs)}
    rows = conn.execute(text(
        "SELECT id, customer_ref, first_name, last_name, company, birth_date, language, tier, "
        f"store FROM customer WHERE customer_ref IN {IN_JSON.format('refs')}"), params).all()
    if not rows:
        return {}
    phones: dict[str, list[str]] = {}
    emails: dict[str, list[str]] = {}
    ids = {"ids": json_list(r[0] for r in rows)}
    for cid, e164 in conn.execute(text(
            "SELECT customer_id, e164 FROM customer_phone WHERE NOT deleted AND customer_id IN "
            f"{IN_JSON.format('ids')} ORDER BY id"), ids):
        phones.setdefault(cid, []).append(e164)
    for cid, email in conn.execute(text(
            "SELECT customer_id, email FROM customer_email WHERE NOT deleted AND customer_id IN "
            f"{IN_JSON.format('ids')} ORDER BY id"), ids):
        emails.setdefault(cid, []).append(email)
    out: dict[str, list[tuple[tuple[Any, ...], tuple[str, ...], tuple[str, ...]]]] = {}
    for cid, ref, first, last, company, birth, language, tier, store in rows:
        birth_date = f.iso_date(birth, "birth_date") if birth else None
        values = (first, last, company, birth_date, language, tier, store)
        out.setdefault(ref, []).append(
            (values, tuple(dict.fromkeys(phones.get(cid, ()))),
             tuple(dict.fromkeys(emails.get(cid, ())))))
    return out
