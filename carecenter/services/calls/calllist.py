"""The live call list: every entry checked against the whole history as of a moment.

Only history up to the moment counts (contacts, consents, holdings, cases opened at or
before it). "Within N days before the moment" means ``moment - N days < at <= moment``:
a contact exactly N days old no longer counts. The history of a customer is that of its
whole family (itself and every customer merged into it, see services/customers/family.py).

The evaluation is set-based: a handful of SQL statements over the whole list (one per
rule), never one query per entry, so a list of tens of thousands of entries takes
seconds.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import text

from carecenter.clock import utcnow
from carecenter.db.base import from_text
from carecenter.db.store import Store
from carecenter.db.texts import utc_text
from carecenter.services.calls.claims import claim as take
from carecenter.services.tasks import TaskState, interruptible


class Reason(StrEnum):
    DO_NOT_CALL = "do_not_call"
    ALREADY_HAS_PRODUCT = "already_has_product"
    RECENTLY_CONTACTED = "recently_contacted"
    CONTACT_CAP = "contact_cap"
    ATTEMPTS_EXHAUSTED = "attempts_exhausted"
    OPEN_COMPLAINT = "open_complaint"
    BETTER_OFFER = "better_offer"


class Status(StrEnum):
    SKIP = "skip"
    RECOVER_FIRST = "recover_first"
    CALL = "call"


SKIP_REASONS = frozenset({Reason.DO_NOT_CALL, Reason.ALREADY_HAS_PRODUCT,
                          Reason.RECENTLY_CONTACTED, Reason.CONTACT_CAP,
                          Reason.ATTEMPTS_EXHAUSTED})
# Outcomes of a marketing contact that reached the customer (recently_contacted).
REACHED_OUTCOMES = ("reached", "declined", "accepted", "callback")
CAP_WINDOW = timedelta(days=30)
MAX_DEPTH = 32
OPEN_CASE_CLOSED = ("resolved", "closed")
# A marketing contact: made by the marketing team, or made for any campaign.
_MARKETING = "(k.team = 'marketing' OR k.campaign_id IS NOT NULL)"


@dataclass(frozen=True)
class EntryState:
    entry_id: str
    customer_id: str
    customer_ref: str
    position: int
    status: Status
    reasons: tuple[Reason, ...]  # in the order of Reason, every one that holds
    better_offer_code: str | None = None  # the offer to present instead, with better_offer
    # the end of a promised call-back window of the customer's that is due (open now, or
    # in its last hour): these entries are called first (``calling_order``)
    window_until: datetime | None = None


def calling_order(entries: list[EntryState]) -> list[EntryState]:
    """Due windows first (the one closing soonest first), then the list's order."""
    return sorted(entries, key=lambda e: (e.window_until is None,
                                          e.window_until or datetime.max.replace(tzinfo=UTC),
                                          e.position))


@dataclass(frozen=True)
class CampaignRules:
    campaign_id: str
    product_id: str | None
    offer_id: str | None
    offer_value_cents: int | None
    recontact_days: int
    max_calls_30d: int
    max_attempts: int


def status_of(reasons: tuple[Reason, ...] | frozenset[Reason]) -> Status:
    if any(r in SKIP_REASONS for r in reasons):
        return Status.SKIP
    if Reason.OPEN_COMPLAINT in reasons:
        return Status.RECOVER_FIRST
    return Status.CALL


def campaign_rules(conn: Any, campaign_id: str) -> CampaignRules:
    row = conn.execute(text(
        "SELECT c.id, c.product_id, c.offer_id, o.value_cents, c.recontact_days, "
        "c.max_calls_30d, c.max_attempts FROM campaign c LEFT JOIN offer o ON o.id = c.offer_id "
        "WHERE c.id = :c"), {"c": campaign_id}).one()
    return CampaignRules(*row)


def evaluate(store: Store, campaign_id: str, as_of: datetime | None = None,
             state: TaskState | None = None, *,
             entry_ids: list[str] | None = None) -> list[EntryState]:
    """Every entry of the campaign's list (or only ``entry_ids``), in list order, with its
    status and reasons."""
    as_of = (as_of or utcnow()).astimezone(UTC)
    with store.session() as s:
        conn = s.connection()
        with interruptible(conn.connection.dbapi_connection, state):
            rules = campaign_rules(conn, campaign_id)
            only = _only(entry_ids)
            _load_family(conn, campaign_id, entry_ids)
            flags = _flags(conn, rules, as_of)
            windows = _due_windows(conn, as_of)
            entries = conn.execute(text(
                "SELECT e.id, e.customer_id, c.customer_ref, e.position FROM call_list_entry e "
                "JOIN customer c ON c.id = e.customer_id WHERE "
                f"{'e.campaign_id = :c' if entry_ids is None else '1'} "
                f"{only} ORDER BY e.position, e.id"),
                {"c": campaign_id, "ids": json.dumps(entry_ids or [])}).all()
        s.rollback()  # drops the temporary family table
    out = []
    better = flags.pop(Reason.BETTER_OFFER)
    for eid, cid, ref, position in entries:
        reasons: list[Reason] = [
            r for r in Reason if r is not Reason.BETTER_OFFER and eid in flags[r]]
        if eid in better:
            reasons.append(Reason.BETTER_OFFER)
        out.append(EntryState(eid, cid, ref, position, status_of(tuple(reasons)),
                              tuple(reasons), better.get(eid), windows.get(eid)))
    return out


def _due_windows(conn: Any, as_of: datetime) -> dict[str, datetime]:
    """Entry -> the end of its family's earliest open follow-up window that is due."""
    rows = conn.execute(text(
        "SELECT f.eid, min(fu.due_until) FROM cl_fam f JOIN follow_up fu"
        " ON fu.customer_id = f.cid AND fu.status = 'open' AND fu.due_until IS NOT NULL"
        " AND fu.due_until >= :m AND (fu.due <= :m OR fu.due_until <= :soon) GROUP BY f.eid"),
        {"m": utc_text(as_of), "soon": utc_text(as_of + timedelta(hours=1))}).all()
    return {eid: from_text(until) for eid, until in rows}


def _only(entry_ids: list[str] | None) -> str:
    """The filter on the chosen entries; ``+`` keeps SQLite from walking the whole
    campaign's list by its index when a few entries are asked for."""
    return "" if entry_ids is None else (
        "AND e.id IN (SELECT value FROM json_each(:ids)) AND +e.campaign_id = :c")


def _load_family(conn: Any, campaign_id: str, entry_ids: list[str] | None = None) -> None:
    """temp.cl_fam(eid, cid): each entry with every customer of its family (the customer
    it was merged into, if any, and all customers merged into that one).

    Merged customers are few: their links are read once and the families built here, so
    the entries of unmerged customers cost one INSERT … SELECT."""
    conn.exec_driver_sql(
        "CREATE TEMP TABLE IF NOT EXISTS cl_fam (eid TEXT NOT NULL, cid TEXT NOT NULL)")
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS temp.ix_cl_fam_eid ON cl_fam (eid)")
    conn.exec_driver_sql("DELETE FROM cl_fam")
    only = _only(entry_ids)
    where = "e.campaign_id = :c" if entry_ids is None else f"1 {only}"
    p = {"c": campaign_id, "ids": json.dumps(entry_ids or [])}
    parent = dict(conn.execute(text(
        "SELECT id, merged_into_id FROM customer WHERE merged_into_id > ''")).all())
    if not parent:
        conn.execute(text("INSERT INTO cl_fam (eid, cid) SELECT e.id, e.customer_id "
                          f"FROM call_list_entry e WHERE {where}"), p)
        return

    def root(cid: str) -> str:
        for _ in range(MAX_DEPTH):
            if cid not in parent:
                break
            cid = parent[cid]
        return cid

    members: dict[str, list[str]] = {}
    for child in parent:
        members.setdefault(root(child), []).append(child)
    touched = set(parent) | set(members)
    conn.execute(text(
        "INSERT INTO cl_fam (eid, cid) SELECT e.id, e.customer_id FROM call_list_entry e "
        f"WHERE {where} AND e.customer_id NOT IN "
        "(SELECT value FROM json_each(:touched))"), {**p, "touched": json.dumps(list(touched))})
    rows = []
    for eid, cid in conn.execute(text(
            f"SELECT e.id, e.customer_id FROM call_list_entry e WHERE {where} "
            "AND e.customer_id IN (SELECT value FROM json_each(:touched))"),
            {**p, "touched": json.dumps(list(touched))}):
        top = root(cid)
        rows += [{"e": eid, "c": m} for m in dict.fromkeys([top, *members.get(top, [])])]
    if rows:
        conn.execute(text("INSERT INTO cl_fam (eid, cid) VALUES (:e, :c)"), rows)


def _do_not_call(conn: Any, p: dict[str, Any]) -> set[str]:
    """The entries whose customer said no to marketing calls: phone/marketing consent events
    up to the moment of each member; the family's latest wins, and at the same instant a
    denial wins."""
    latest: dict[str, tuple[str, int]] = {}
    for eid, at, granted in conn.execute(text(
            "SELECT f.eid, ce.at, ce.granted FROM cl_fam f JOIN consent_event ce"
            " ON ce.customer_id = f.cid AND ce.channel = 'phone' AND ce.purpose = 'marketing'"
            " AND ce.at <= :m"
            # a grant the hub overruled (its desk had not seen a withdrawal) counts no more
            " AND NOT (ce.granted AND coalesce(ce.overruled, 0))"), p):
        seen = latest.get(eid)
        if seen is None or at > seen[0] or (at == seen[0] and granted < seen[1]):
            latest[eid] = (at, int(granted))
    return {eid for eid, (_, granted) in latest.items() if not granted}


def _flags(conn: Any, rules: CampaignRules, as_of: datetime) -> dict[Reason, Any]:
    m = utc_text(as_of)
    day = as_of.date().isoformat()
    p: dict[str, Any] = {
        "m": m, "mdate": day, "camp": rules.campaign_id,
        "product": rules.product_id, "offer_value": rules.offer_value_cents,
        "recent_from": utc_text(as_of - timedelta(days=rules.recontact_days)),
        "cap_from": utc_text(as_of - CAP_WINDOW),
    }

    def eids(sql: str) -> set[str]:
        return {r[0] for r in conn.execute(text(sql), p)}

    flags: dict[Reason, Any] = {r: set() for r in Reason}
    flags[Reason.DO_NOT_CALL] = _do_not_call(conn, p)

    if rules.product_id is not None:
        flags[Reason.ALREADY_HAS_PRODUCT] = eids(
            "SELECT DISTINCT f.eid FROM cl_fam f JOIN holding h ON h.customer_id = f.cid"
            " WHERE h.product_id = :product AND (h.since IS NULL OR h.since <= :mdate)")
    # Offers that would be better than the campaign's, valid on the day.
    better_offers: dict[str, tuple[int, str]] = {}
    if rules.product_id is not None and rules.offer_value_cents is not None:
        better_offers = {oid: (value, code) for oid, code, value in conn.execute(text(
            "SELECT id, code, value_cents FROM offer WHERE product_id = :product"
            " AND value_cents > :offer_value AND status = 'active'"
            " AND (valid_from IS NULL OR valid_from <= :mdate)"
            " AND (valid_to IS NULL OR valid_to >= :mdate)"), p)}
    product_offers = {r[0] for r in conn.execute(text(
        "SELECT id FROM offer WHERE product_id = :product"), p)} if rules.product_id else set()
    # Every contact-based rule in one pass over each family's contacts up to the moment.
    reached = set(REACHED_OUTCOMES)
    attempts: dict[str, int] = {}
    recent_calls: dict[str, int] = {}
    presented: dict[str, set[str]] = {}
    declined: dict[str, set[str]] = {}
    for eid, at, team, campaign, direction, outcome, offer in conn.execute(text(
            "SELECT f.eid, k.at, k.team, k.campaign_id, k.direction, k.outcome, k.offer_id"
            " FROM cl_fam f JOIN contact k ON k.customer_id = f.cid AND k.at <= :m"), p):
        marketing = team == "marketing" or campaign is not None
        if offer is not None:
            if outcome == "accepted" and offer in product_offers:
                flags[Reason.ALREADY_HAS_PRODUCT].add(eid)
            if offer in better_offers:
                (declined if outcome == "declined" else presented).setdefault(
                    eid, set()).add(offer)
        if marketing and outcome in reached and at > p["recent_from"]:
            flags[Reason.RECENTLY_CONTACTED].add(eid)
        if direction == "outbound":
            if marketing and at > p["cap_from"]:
                recent_calls[eid] = recent_calls.get(eid, 0) + 1
            if campaign == rules.campaign_id:
                attempts[eid] = attempts.get(eid, 0) + 1
    flags[Reason.CONTACT_CAP] = {e for e, n in recent_calls.items() if n >= rules.max_calls_30d}
    flags[Reason.ATTEMPTS_EXHAUSTED] = {e for e, n in attempts.items()
                                        if n >= rules.max_attempts}
    flags[Reason.OPEN_COMPLAINT] = eids(
        "SELECT DISTINCT f.eid FROM cl_fam f JOIN \"case\" c ON c.customer_id = f.cid"
        " WHERE c.opened_at <= :m AND (c.status NOT IN ('resolved', 'closed')"
        " OR (c.closed_at IS NOT NULL AND c.closed_at > :m))")
    better: dict[str, str] = {}
    for eid, offers in presented.items():
        still = offers - declined.get(eid, set())
        if still:
            better[eid] = max(better_offers[o] for o in still)[1]
    flags[Reason.BETTER_OFFER] = better
    return flags


@dataclass(frozen=True)
class NextCall:
    """The next entry to call after a position (None when the list is done), and the
    entries passed over on the way, each as reconciled at that moment."""

    entry: EntryState | None
    passed: tuple[EntryState, ...]
    # ``call`` entries left out because another workstation is calling them, or they
    # were called a short while ago (services.call_claims)
    taken: tuple[EntryState, ...] = ()


def next_to_call(store: Store, campaign_id: str, after_position: int,
                 candidates: list[str], as_of: datetime | None = None, *,
                 chunk: int = 20, claim: bool = False) -> NextCall:
    """The first of ``candidates`` (entry ids, in list order, e.g. those that were
    ``call`` when the list was last shown and not tried since) past ``after_position``
    (or with a call-back window due, wherever it stands: ``calling_order``)
    that is still ``call`` now: each chunk is reconciled at that moment, so history
    written since (another team's call, an opt-out) is seen. The caller drops the
    entries passed and the one returned from its candidates for the next call.

    With ``claim`` the entry returned is taken for this workstation (call_claims.claim),
    and entries another workstation is calling are passed over as ``taken``."""
    as_of = as_of or utcnow()
    passed: list[EntryState] = []
    taken: list[EntryState] = []
    rank = {eid: i for i, eid in enumerate(candidates)}
    for start in range(0, len(candidates), chunk):
        got = evaluate(store, campaign_id, as_of, entry_ids=candidates[start:start + chunk])
        for e in sorted(got, key=lambda e: rank[e.entry_id]):
            if e.position <= after_position and e.window_until is None:
                continue
            if e.status is not Status.CALL:
                passed.append(e)
            elif not claim or take(store, e.entry_id, as_of):
                return NextCall(e, tuple(passed), tuple(taken))
            else:
                taken.append(e)
    return NextCall(None, tuple(passed), tuple(taken))


@dataclass(frozen=True)
class ExportCounts:
    entries: int
    written: int
    skipped: int


EXPORT_COLUMNS = ("customer_ref", "status", "reasons", "phone", "name", "offer")


def export_list(store: Store, campaign_id: str, out: Path, as_of: datetime | None = None,
                *, include_skipped: bool = False) -> ExportCounts:
    """The reconciled list as CSV for a dialer: the entries that may be called (``call``,
    and ``recover_first`` for the service team), in list order, with the customer's
    first phone and the offer to present (the better one when there is one).
    ``include_skipped`` also writes the entries to skip, with their reasons."""
    entries = evaluate(store, campaign_id, as_of)
    with store.session() as s:
        conn = s.connection()
        rules = campaign_rules(conn, campaign_id)
        offer = conn.execute(text("SELECT code FROM offer WHERE id = :o"),
                             {"o": rules.offer_id}).scalar() if rules.offer_id else None
        ids = json.dumps([e.customer_id for e in entries])
        people = {r[0]: (r[1], r[2]) for r in conn.execute(text(
            "SELECT c.id, (SELECT p.e164 FROM customer_phone p WHERE p.customer_id = c.id"
            " AND NOT p.deleted ORDER BY p.id LIMIT 1),"
            " trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')"
            " || CASE WHEN c.company IS NOT NULL AND c.first_name IS NULL"
            " AND c.last_name IS NULL THEN c.company ELSE '' END)"
            " FROM customer c WHERE c.id IN (SELECT value FROM json_each(:ids))"), {"ids": ids})}
    written = skipped = 0
    tmp = out.with_name(out.name + ".part")
    with tmp.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(EXPORT_COLUMNS)
        for e in entries:
            if e.status is Status.SKIP:
                skipped += 1
                if not include_skipped:
                    continue
            phone, name = people.get(e.customer_id, (None, None))
            w.writerow((e.customer_ref, e.status.value, "|".join(r.value for r in e.reasons),
                        phone or "", name or "", e.better_offer_code or offer or ""))
            written += 1
    tmp.replace(out)
    return ExportCounts(len(entries), written, skipped)
