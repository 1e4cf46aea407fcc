"""Campaigns and their call lists: create a campaign, load its list of customers."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text

from carecenter.db.models import CallListEntry, Campaign
from carecenter.db.store import Store
from carecenter.problems import Problem, Refused
from carecenter.services.imports import fields as f
from carecenter.services.imports.catalog import product_id
from carecenter.services.imports.engine import (
    BATCH_SIZE,
    BatchOutcome,
    Describe,
    ImportResult,
    Kind,
    Pending,
    Reject,
    customer_ids,
    run_import,
)
from carecenter.services.imports.problems import Code, plain
from carecenter.services.tasks import TaskState
from carecenter.services.uow import ChangeSet, UnitOfWork


class CampaignError(Refused):
    """The campaign cannot be created or found: a ``Problem`` and its values."""


@dataclass(frozen=True)
class CampaignSpec:
    name: str
    product: str  # product code
    offer: str | None = None  # offer code
    recontact_days: int = 30
    max_calls_30d: int = 3
    max_attempts: int = 5


@dataclass(frozen=True)
class CampaignInfo:
    id: str
    name: str
    product_code: str | None
    offer_code: str | None
    offer_value_cents: int | None
    recontact_days: int
    max_calls_30d: int
    max_attempts: int
    entries: int


@dataclass(frozen=True)
class CampaignCreated:
    campaign_id: str
    product_created: bool
    changes: ChangeSet


def create_campaign(store: Store, spec: CampaignSpec) -> CampaignCreated:
    name = spec.name.strip()
    if not name:
        raise CampaignError(Problem.CAMPAIGN_NAME_EMPTY)
    if len(name) > 120:
        raise CampaignError(Problem.CAMPAIGN_NAME_TOO_LONG, limit=120)
    product = spec.product.strip()
    if not product or len(product) > 40:
        raise CampaignError(Problem.PRODUCT_CODE_LENGTH, limit=40)
    if spec.recontact_days < 0 or spec.recontact_days > 3650:
        raise CampaignError(Problem.RECONTACT_DAYS_RANGE, low=0, high=3650)
    if spec.max_calls_30d < 1:
        raise CampaignError(Problem.MAX_CALLS_30D_TOO_LOW)
    if spec.max_attempts < 1:
        raise CampaignError(Problem.MAX_ATTEMPTS_TOO_LOW)
    with UnitOfWork(store) as uow:
        conn = uow.session.connection()
        if _find(conn, name) is not None:
            raise CampaignError(Problem.CAMPAIGN_EXISTS, name=name)
        offer_id = None
        if spec.offer:
            row = conn.execute(text(
                "SELECT o.id, p.code FROM offer o LEFT JOIN product p ON p.id = o.product_id "
                "WHERE o.code = :c ORDER BY o.id LIMIT 1"), {"c": spec.offer.strip()}).first()
            if row is None:
                raise CampaignError(Problem.NO_OFFER, offer=spec.offer)
            if row[1] != product:
                raise CampaignError(Problem.OFFER_OTHER_PRODUCT, offer=spec.offer,
                                    offer_product=row[1], product=product)
            offer_id = row[0]
        pid, created = product_id(uow, product)
        campaign = uow.add(Campaign(
            name=name, product_id=pid, offer_id=offer_id, recontact_days=spec.recontact_days,
            max_calls_30d=spec.max_calls_30d, max_attempts=spec.max_attempts, status="active"))
    return CampaignCreated(campaign.id, created, uow.changes)


def _find(conn: Any, name: str) -> str | None:
    """The id of the campaign with this name (case-insensitive), the oldest if several."""
    for cid, cname in conn.execute(text("SELECT id, name FROM campaign ORDER BY id")):
        if cname.casefold() == name.strip().casefold():
            return str(cid)
    return None


def find_campaign(store: Store, name: str) -> CampaignInfo:
    with store.session() as s:
        conn = s.connection()
        cid = _find(conn, name)
        if cid is None:
            raise CampaignError(Problem.NO_CAMPAIGN, name=name)
        row = conn.execute(text(
            "SELECT c.id, c.name, p.code, o.code, o.value_cents, c.recontact_days, "
            "c.max_calls_30d, c.max_attempts, "
            "(SELECT count(*) FROM call_list_entry e WHERE e.campaign_id = c.id) "
            "FROM campaign c LEFT JOIN product p ON p.id = c.product_id "
            "LEFT JOIN offer o ON o.id = c.offer_id WHERE c.id = :c"), {"c": cid}).one()
    return CampaignInfo(*row)


class CallListKind(Kind):
    """A call list file: one ``customer_ref`` per row; a customer already on the list is
    left as it is (so loading the same list twice changes nothing)."""

    name = "call list"
    columns = ("customer_ref",)
    required = ("customer_ref",)
    key_column = "customer_ref"

    def __init__(self, campaign_id: str) -> None:
        super().__init__()
        self.campaign_id = campaign_id

    def begin(self, store: Store) -> None:
        with store.session() as s:
            conn = s.connection()
            self.listed = {r[0] for r in conn.execute(text(
                "SELECT customer_id FROM call_list_entry WHERE campaign_id = :c"),
                {"c": self.campaign_id})}
            self.next_position = 1 + int(conn.execute(text(
                "SELECT coalesce(max(position), 0) FROM call_list_entry WHERE campaign_id = :c"),
                {"c": self.campaign_id}).scalar_one())
        self._pending: set[str] = set()

    def parse(self, values: list[str]) -> str:
        return f.required(values[0], "customer_ref", 64)

    def key(self, parsed: Any) -> Hashable:
        return parsed  # type: ignore[no-any-return]

    def write(self, uow: UnitOfWork, items: list[Pending], out: BatchOutcome) -> None:
        customers = customer_ids(uow.session.connection(), (i.parsed for i in items))
        rows: list[dict[str, Any]] = []
        for item in items:
            cid = customers.get(item.parsed)
            if cid is None:
                out.reject(item, Code.UNKNOWN_CUSTOMER, "customer_ref", item.parsed)
                continue
            if cid in self.listed or cid in self._pending:
                out.unchanged += 1
                continue
            self._pending.add(cid)
            rows.append({"campaign_id": self.campaign_id, "customer_id": cid,
                         "position": self.next_position + len(rows), "status": "pending"})
        uow.bulk_insert(CallListEntry, rows)
        out.imported += len(rows)

    def committed(self) -> None:
        self.listed |= self._pending
        self.next_position += len(self._pending)
        self._pending = set()

    def rolled_back(self) -> None:
        self._pending = set()


def import_call_list(store: Store, campaign: str, path: Path | str, *,
                     state: TaskState | None = None, batch_size: int = BATCH_SIZE,
                     on_reject: Callable[[Reject], None] | None = None,
                     describe: Describe = plain) -> ImportResult:
    """Add the customers of ``path`` (CSV or .xlsx with a ``customer_ref`` column) to the
    campaign's list."""
    info = find_campaign(store, campaign)
    return run_import(store, CallListKind(info.id), Path(path), state=state,
                      batch_size=batch_size, on_reject=on_reject, describe=describe)
