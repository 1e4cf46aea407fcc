"""The customer view: header and a lazily paged timeline of every contact."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select, text

from carecenter.db.base import from_text, to_text
from carecenter.db.models import Customer, CustomerEmail, CustomerPhone
from carecenter.db.store import Store
from carecenter.services.search import full_name


class NotFound(LookupError):
    """No such customer (or it was merged away and its survivor is gone too)."""


@dataclass(frozen=True)
class CustomerHeader:
    customer_id: str
    customer_ref: str
    name: str
    first_name: str | None
    last_name: str | None
    company: str | None
    tier: str | None
    language: str | None
    store: str | None
    birth_date: date | None
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    merged_into_id: str | None
    contacts: int


@dataclass(frozen=True)
class TimelineItem:
    id: str
    at: datetime
    channel: str
    direction: str
    team: str
    outcome: str | None
    campaign: str | None
    offer_code: str | None
    offer_title: str | None
    agent: str | None
    duration_s: int | None
    summary: str | None


Cursor = tuple[str, str]  # (at as stored text, id) of the last item of a page


@dataclass(frozen=True)
class TimelinePage:
    items: tuple[TimelineItem, ...]
    next_cursor: Cursor | None  # None when this page was the last


@dataclass(frozen=True)
class TimelineFilter:
    teams: frozenset[str] = frozenset()  # empty: every team
    channels: frozenset[str] = frozenset()  # empty: every channel


def customer_header(store: Store, customer_id: str) -> CustomerHeader:
    with store.session() as s:
        c = s.get(Customer, customer_id)
        if c is None:
            raise NotFound(customer_id)
        phones = s.scalars(select(CustomerPhone.e164).where(
            CustomerPhone.customer_id == customer_id, CustomerPhone.deleted.is_(False))
            .order_by(CustomerPhone.id)).all()
        emails = s.scalars(select(CustomerEmail.email).where(
            CustomerEmail.customer_id == customer_id, CustomerEmail.deleted.is_(False))
            .order_by(CustomerEmail.id)).all()
        contacts = s.execute(text("SELECT count(*) FROM contact WHERE customer_id = :c"),
                             {"c": customer_id}).scalar_one()
        return CustomerHeader(
            customer_id=c.id, customer_ref=c.customer_ref,
            name=full_name(c.first_name, c.last_name, c.company),
            first_name=c.first_name, last_name=c.last_name, company=c.company, tier=c.tier,
            language=c.language, store=c.store, birth_date=c.birth_date,
            phones=tuple(phones), emails=tuple(emails), merged_into_id=c.merged_into_id,
            contacts=contacts,
        )


def _in(name: str, values: Sequence[str]) -> tuple[str, dict[str, str]]:
    params = {f"{name}{n}": v for n, v in enumerate(values)}
    return ", ".join(f":{k}" for k in params), params


def timeline_page(store: Store, customer_id: str, *, after: Cursor | None = None,
                  limit: int = 50, filt: TimelineFilter | None = None) -> TimelinePage:
    """One page of the customer's contacts, newest first, after ``after``."""
    filt = filt or TimelineFilter()
    where = ["k.customer_id = :cid"]
    params: dict[str, object] = {"cid": customer_id, "lim": limit + 1}
    if after is not None:
        where.append("(k.at < :at OR (k.at = :at AND k.id < :id))")
        params.update(at=after[0], id=after[1])
    if filt.teams:
        marks, p = _in("t", sorted(filt.teams))
        where.append(f"k.team IN ({marks})")
        params.update(p)
    if filt.channels:
        marks, p = _in("ch", sorted(filt.channels))
        where.append(f"k.channel IN ({marks})")
        params.update(p)
    sql = (
        "SELECT k.id, k.at, k.channel, k.direction, k.team, k.outcome, k.duration_s, "
        "k.summary, cp.name AS campaign, o.code AS offer_code, o.title AS offer_title, "
        "a.name AS agent FROM contact k "
        "LEFT JOIN campaign cp ON cp.id = k.campaign_id "
        "LEFT JOIN offer o ON o.id = k.offer_id "
        "LEFT JOIN agent a ON a.id = k.agent_id "
        f"WHERE {' AND '.join(where)} ORDER BY k.at DESC, k.id DESC LIMIT :lim"
    )
    with store.session() as s:
        rows = s.execute(text(sql), params).mappings().all()
    more = len(rows) > limit
    rows = rows[:limit]
    items = tuple(
        TimelineItem(
            id=r["id"], at=from_text(r["at"]), channel=r["channel"], direction=r["direction"],
            team=r["team"], outcome=r["outcome"], campaign=r["campaign"],
            offer_code=r["offer_code"], offer_title=r["offer_title"], agent=r["agent"],
            duration_s=r["duration_s"], summary=r["summary"],
        )
        for r in rows
    )
    cursor = (to_text(items[-1].at), items[-1].id) if more and items else None
    return TimelinePage(items, cursor)
