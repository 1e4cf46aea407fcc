"""The customer view: header, banner and a lazily paged timeline of the whole history.

A merged customer's history shows under the customer it was merged into (its family).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import text

from carecenter.clock import utcnow
from carecenter.db.base import from_text, to_text
from carecenter.db.limits import sql_limit
from carecenter.db.store import Store
from carecenter.services.customers.banner import BannerLine, banner_lines
from carecenter.services.customers.family import family_ids, in_clause, survivor_id
from carecenter.services.customers.record_view import (
    ADDRESS_COLUMNS,
    CHANGES,
    PostalAddress,
    postal_address,
    primary_first,
)
from carecenter.services.search.query import full_name


class NotFound(LookupError):
    """No such customer."""


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
    merged_refs: tuple[str, ...]  # customer numbers merged into this one
    contacts: int
    address: PostalAddress | None = None  # None: no address on record


@dataclass(frozen=True)
class TimelineItem:
    id: str
    kind: str  # "contact", "merge" or "unmerge"
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
    # A record change (kind "change"): outcome holds the field's code (checks.Field)
    old_value: str | None = None
    new_value: str | None = None
    desk: str | None = None


Cursor = tuple[str, str]  # (at as stored text, id) of the last item of a page


@dataclass(frozen=True)
class TimelinePage:
    items: tuple[TimelineItem, ...]
    next_cursor: Cursor | None  # None when this page was the last


@dataclass(frozen=True)
class TimelineFilter:
    teams: frozenset[str] = frozenset()  # empty: every team
    channels: frozenset[str] = frozenset()  # empty: every channel
    record_changes: bool = False  # only the record's changes (and contacts of teams/channels)

    @property
    def active(self) -> bool:
        return bool(self.teams or self.channels or self.record_changes)


@dataclass(frozen=True)
class CustomerView:
    header: CustomerHeader
    banner: tuple[BannerLine, ...]
    first_page: TimelinePage
    opened_as: str  # the id asked for (differs from header.customer_id after a merge)


def customer_view(store: Store, customer_id: str, *, now: datetime | None = None,
                  filt: TimelineFilter | None = None, limit: int = 50) -> CustomerView:
    """Everything the customer view shows first, read in one transaction."""
    now = now or utcnow()
    with store.session() as s:
        conn = s.connection()
        cid = survivor_id(conn, customer_id)
        family = family_ids(conn, cid)
        header = _header(conn, cid, family)
        banner = banner_lines(conn, family, now)
        page = _page(conn, cid, family, after=None, limit=limit, filt=filt or TimelineFilter())
    return CustomerView(header, banner, page, customer_id)


def customer_header(store: Store, customer_id: str) -> CustomerHeader:
    with store.session() as s:
        conn = s.connection()
        return _header(conn, customer_id, family_ids(conn, customer_id))


def timeline_page(store: Store, customer_id: str, *, after: Cursor | None = None,
                  limit: int = 50, filt: TimelineFilter | None = None) -> TimelinePage:
    """One page of the customer's history, newest first, after ``after``."""
    with store.session() as s:
        conn = s.connection()
        return _page(conn, customer_id, family_ids(conn, customer_id), after=after,
                     limit=limit, filt=filt or TimelineFilter())


def _header(conn: Any, cid: str, family: list[str]) -> CustomerHeader:
    c = conn.execute(text(
        "SELECT id, customer_ref, first_name, last_name, company, tier, language, store, "
        f"birth_date, {ADDRESS_COLUMNS} FROM customer WHERE id = :c"),
        {"c": cid}).mappings().first()
    if c is None:
        raise NotFound(cid)
    marks, params = in_clause("f", family)
    phones = conn.execute(text(
        f"SELECT DISTINCT e164 FROM customer_phone WHERE customer_id IN ({marks}) AND NOT deleted "
        "ORDER BY customer_id = :c DESC, id"), {**params, "c": cid}).scalars().all()
    emails = conn.execute(text(
        f"SELECT DISTINCT email FROM customer_email WHERE customer_id IN ({marks}) AND NOT deleted "
        "ORDER BY customer_id = :c DESC, id"), {**params, "c": cid}).scalars().all()
    merged = conn.execute(text(
        f"SELECT customer_ref FROM customer WHERE id IN ({marks}) AND id != :c "
        "ORDER BY customer_ref"),
        {**params, "c": cid}).scalars().all()
    contacts = conn.execute(text(
        f"SELECT count(*) FROM contact WHERE customer_id IN ({marks})"), params).scalar_one()
    birth = c["birth_date"]
    return CustomerHeader(
        customer_id=c["id"], customer_ref=c["customer_ref"],
        name=full_name(c["first_name"], c["last_name"], c["company"]),
        first_name=c["first_name"], last_name=c["last_name"], company=c["company"],
        tier=c["tier"], language=c["language"], store=c["store"],
        birth_date=date.fromisoformat(birth) if isinstance(birth, str) else birth,
        phones=primary_first(phones, c["primary_phone"]),
        emails=primary_first(emails, c["primary_email"]),
        merged_refs=tuple(merged), contacts=contacts, address=postal_address(c),
    )


_CONTACTS = (
    "SELECT k.id, 'contact' AS kind, k.at, k.channel, k.direction, k.team, k.outcome, "
    "k.duration_s, k.summary, cp.name AS campaign, o.code AS offer_code, "
    "o.title AS offer_title, a.name AS agent, NULL AS old_value, NULL AS new_value, "
    "NULL AS desk FROM contact k "
    "LEFT JOIN campaign cp ON cp.id = k.campaign_id "
    "LEFT JOIN offer o ON o.id = k.offer_id "
    "LEFT JOIN agent a ON a.id = k.agent_id "
)
_MERGES = (
    "SELECT m.id, m.kind, m.at, '' AS channel, '' AS direction, '' AS team, "
    "(SELECT customer_ref FROM customer WHERE id = m.merged_id) AS outcome, NULL AS duration_s, "
    "m.reason AS summary, NULL AS campaign, NULL AS offer_code, NULL AS offer_title, "
    "a.name AS agent, NULL AS old_value, NULL AS new_value, NULL AS desk "
    "FROM merge m LEFT JOIN agent a ON a.id = m.by_id "
)


def _page(conn: Any, cid: str, family: list[str], *, after: Cursor | None, limit: int,
          filt: TimelineFilter) -> TimelinePage:
    marks, params = in_clause("f", family)
    where = [f"k.customer_id IN ({marks})"]
    args: dict[str, Any] = {**params, "cid": cid}
    if filt.teams:
        m, p = in_clause("t", sorted(filt.teams))
        where.append(f"k.team IN ({m})")
        args.update(p)
    if filt.channels:
        m, p = in_clause("ch", sorted(filt.channels))
        where.append(f"k.channel IN ({m})")
        args.update(p)
    page_cond = ""
    if after is not None:
        page_cond = "WHERE (at < :at OR (at = :at AND id < :id))"
        args.update(at=after[0], id=after[1])
    parts = []
    if not filt.record_changes or filt.teams or filt.channels:
        parts.append(_CONTACTS + "WHERE " + " AND ".join(where))
    if not filt.active:
        parts.append(_MERGES + "WHERE m.kept_id = :cid")
    if filt.record_changes or not filt.active:
        parts.append(CHANGES + f"WHERE x.customer_id IN ({marks})")
    sql = (f"SELECT * FROM ({' UNION ALL '.join(parts)}) {page_cond} "
           f"ORDER BY at DESC, id DESC {sql_limit(limit + 1)}")
    rows = conn.execute(text(sql), args).mappings().all()
    more = len(rows) > limit
    items = tuple(
        TimelineItem(
            id=r["id"], kind=r["kind"], at=from_text(r["at"]), channel=r["channel"],
            direction=r["direction"], team=r["team"], outcome=r["outcome"],
            campaign=r["campaign"], offer_code=r["offer_code"], offer_title=r["offer_title"],
            agent=r["agent"], duration_s=r["duration_s"], summary=r["summary"],
            old_value=r["old_value"], new_value=r["new_value"], desk=r["desk"],
        )
        for r in rows[:limit]
    )
    cursor = (to_text(items[-1].at), items[-1].id) if more and items else None
    return TimelinePage(items, cursor)
