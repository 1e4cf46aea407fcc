"""Holdings and offers imports, and the product catalogue they both name.

A product is known by its code. A code not yet in the store is created on first mention
(named after its code), by either import or by ``campaign create``: products come from
the billing and offer files, not from a form in the console.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from sqlalchemy import text

from carecenter.db.models import Holding, Offer, Product
from carecenter.db.store import Store
from carecenter.domain import Channel
from carecenter.services.imports import fields as f
from carecenter.services.imports.engine import (
    IN_JSON,
    BatchOutcome,
    Kind,
    Pending,
    customer_ids,
    json_list,
)
from carecenter.services.imports.problems import Code, problem
from carecenter.services.imports.vocabulary import CHANNEL_WORDS
from carecenter.services.uow import UnitOfWork


def product_id(uow: UnitOfWork, code: str) -> tuple[str, bool]:
    """The id of the product with this code, creating it when missing; (id, created)."""
    found = uow.session.connection().execute(
        text("SELECT id FROM product WHERE code = :c ORDER BY id LIMIT 1"), {"c": code}).scalar()
    if found is not None:
        return str(found), False
    return uow.add(Product(code=code, name=code)).id, True


class _ProductsMixin(Kind):
    def _load_products(self, store: Store) -> None:
        with store.session() as s:
            self.products: dict[str, str] = {}
            for code, pid in s.connection().execute(
                    text("SELECT code, id FROM product ORDER BY id")):
                self.products.setdefault(code, pid)
        self._new_products: dict[str, str] = {}

    def _product(self, uow: UnitOfWork, code: str, create: bool) -> str | None:
        pid = self.products.get(code) or self._new_products.get(code)
        if pid is None and create:
            pid = uow.add(Product(code=code, name=code)).id
            self._new_products[code] = pid
        return pid

    def committed(self) -> None:
        if self._new_products:
            self.created["product"] = self.created.get("product", 0) + len(self._new_products)
        self.products.update(self._new_products)
        self._new_products = {}

    def rolled_back(self) -> None:
        self._new_products = {}


class HoldingsKind(_ProductsMixin):
    """Keyed by (customer_ref, product, since): the same three again is the same holding."""

    name = "holdings"
    columns = ("customer_ref", "product", "since")
    required = ("customer_ref", "product", "since")
    key_column = "holding"

    def begin(self, store: Store) -> None:
        self._load_products(store)

    def parse(self, values: list[str]) -> tuple[Any, ...]:
        ref, product, since = values
        c = f.Checks()
        row = (c.take(f.required, ref, "customer_ref", 64),
               c.take(f.required, product, "product", 40),
               c.take(f.a_date, since, "since", self.limits))
        if not since.strip():
            c.problems.append(problem(Code.EMPTY, "since"))
        c.done()
        return row

    def key(self, parsed: tuple[Any, ...]) -> Hashable:
        return parsed

    def show_key(self, parsed: tuple[Any, ...]) -> str:
        return f"{parsed[0]}/{parsed[1]}/{parsed[2].isoformat()}"

    def write(self, uow: UnitOfWork, items: list[Pending], out: BatchOutcome) -> None:
        conn = uow.session.connection()
        customers = customer_ids(conn, (i.parsed[0] for i in items))
        held = {(cid, pid, since) for cid, pid, since in conn.execute(text(
            "SELECT customer_id, product_id, since FROM holding WHERE customer_id IN "
            f"{IN_JSON.format('ids')}"), {"ids": json_list(set(customers.values()))})}
        rows: list[dict[str, Any]] = []
        for item in items:
            ref, code, since = item.parsed
            cid = customers.get(ref)
            if cid is None:
                out.reject(item, Code.UNKNOWN_CUSTOMER, "customer_ref", ref)
                continue
            pid = self._product(uow, code, create=False)
            if pid is not None and (cid, pid, since.isoformat()) in held:
                out.unchanged += 1
                continue
            pid = pid or self._product(uow, code, create=True)
            assert pid is not None
            rows.append({"customer_id": cid, "product_id": pid, "since": since,
                         "channel": None})
        uow.bulk_insert(Holding, rows)
        out.imported += len(rows)


class OffersKind(_ProductsMixin):
    name = "offers"
    columns = ("offer_code", "product", "title", "value", "valid_from", "valid_to", "channels")
    required = ("offer_code", "product", "title", "value")
    key_column = "offer_code"

    def begin(self, store: Store) -> None:
        self._load_products(store)

    def parse(self, values: list[str]) -> tuple[Any, ...]:
        code, product, title, value, valid_from, valid_to, channels = values
        c = f.Checks()
        start = c.take(f.a_date, valid_from, "valid_from")
        end = c.take(f.a_date, valid_to, "valid_to")
        if start is not None and end is not None and end < start:
            c.problems.append(problem(Code.END_BEFORE_START, "valid_to", valid_to.strip(),
                                      valid_from.strip()))
        row = (c.take(f.required, code, "offer_code", 40),
               c.take(f.required, product, "product", 40),
               c.take(f.required, title, "title", 200), c.take(f.cents, value, "value"),
               start, end, c.take(f.codes, channels, "channels", Channel, 80, CHANNEL_WORDS))
        c.done()
        return row

    def key(self, parsed: tuple[Any, ...]) -> Hashable:
        key: str = parsed[0]
        return key

    def write(self, uow: UnitOfWork, items: list[Pending], out: BatchOutcome) -> None:
        conn = uow.session.connection()
        existing: dict[str, list[tuple[Any, ...]]] = {}
        for code, product, title, cents, start, end, channels in conn.execute(text(
                "SELECT o.code, p.code, o.title, o.value_cents, o.valid_from, o.valid_to, "
                "o.channels FROM offer o LEFT JOIN product p ON p.id = o.product_id "
                f"WHERE o.code IN {IN_JSON.format('codes')}"),
                {"codes": json_list(i.parsed[0] for i in items)}):
            existing.setdefault(code, []).append((
                code, product, title, cents, f.iso_date(start or "", "valid_from"),
                f.iso_date(end or "", "valid_to"), channels))
        rows: list[dict[str, Any]] = []
        for item in items:
            code, product, title, cents, start, end, channels = item.parsed
            old = existing.get(code)
            if old is not None:
                if item.parsed in old:
                    out.unchanged += 1
                else:
                    out.reject(item, Code.EXISTS_DIFFERENT, "offer_code", code)
                continue
            pid = self._product(uow, product, create=True)
            rows.append({"code": code, "product_id": pid, "title": title, "value_cents": cents,
                         "currency": "EUR", "valid_from": start, "valid_to": end,
                         "channels": channels, "eligibility": None, "status": "active"})
        uow.bulk_insert(Offer, rows)
        out.imported += len(rows)

