"""The live call list: every entry checked against the whole history as of a moment.

Only history up to the moment counts (contacts, consents, holdings, cases opened at or
before it). "Within N days before the moment" means ``moment - N days < at <= moment``:
a contact exactly N days old no longer counts. The history of a customer is that of its
whole family (itself and every customer merged into it, see services/family.py).

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
from carecenter.db.store import Store
from carecenter.services.imports.contacts import utc_text
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
            entries = conn.execute(text(
                "SELECT e.id, e.customer_id, c.customer_ref, e.position FROM call_list_entry e "
                "JOIN customer c ON c.id = e.customer_id WHERE e.campaign_id = :c "
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
                              tuple(reasons), better.get(eid)))
    return out


def _only(entry_ids: list[str] | None) -> str:
    return "" if entry_ids is None else "AND e.id IN (SELECT value FROM json_each(:ids))"


def _load_family(conn: Any, campaign_id: str, entry_ids: list[str] | None = None) -> None:
    """temp.cl_fam(eid, cid): each entry with every customer of its family (the customer
    it was merged into, if any, and all customers merged into that one)."""
    conn.exec_driver_sql(
        "CREATE TEMP TABLE IF NOT EXISTS cl_fam (eid TEXT NOT NULL, cid TEXT NOT NULL)")
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS temp.ix_cl_fam_eid ON cl_fam (eid)")
    conn.exec_driver_sql("DELETE FROM cl_fam")
    only, ids = _only(entry_ids), entry_ids or []
    conn.execute(text(
        "INSERT INTO cl_fam (eid, cid) "
        "WITH RECURSIVE up(eid, cid, depth) AS ("
        f" SELECT e.id, e.customer_id, 0 FROM call_list_entry e WHERE e.campaign_id = :c {only}"
        " UNION ALL SELECT up.eid, cu.merged_into_id, up.depth + 1 FROM up"
        " JOIN customer cu ON cu.id = up.cid"
        " WHERE cu.merged_into_id IS NOT NULL AND up.depth < 32),"
        " root(eid, cid) AS (SELECT up.eid, up.cid FROM up JOIN customer cu ON cu.id = up.cid"
        " WHERE cu.merged_into_id IS NULL OR up.depth = 32),"
        " fam(eid, cid, depth) AS (SELECT eid, cid, 0 FROM root"
        " UNION SELECT fam.eid, cu.id, fam.depth + 1 FROM fam"
        " JOIN customer cu ON cu.merged_into_id = fam.cid WHERE fam.depth < 32)"
        " SELECT DISTINCT eid, cid FROM fam"), {"c": campaign_id, "ids": json.dumps(ids)})


def _flags(conn: Any, rules: CampaignRules, as_of: datetime) -> dict[Reason, Any]:
    m = utc_text(as_of)
    p: dict[str, Any] = {
        "m": m, "mdate": as_of.date().isoformat(), "camp": rules.campaign_id,
        "product": rules.product_id, "offer_value": rules.offer_value_cents,
        "recent_from": utc_text(as_of - timedelta(days=rules.recontact_days)),
        "cap_from": utc_text(as_of - CAP_WINDOW), "cap": rules.max_calls_30d,
        "max_attempts": rules.max_attempts,
    }

    def eids(sql: str) -> set[str]:
        return {r[0] for r in conn.execute(text(sql), p)}

    flags: dict[Reason, Any] = {}
    # Latest phone/marketing consent event(s) of each member; the family's latest wins,
    # and at the same instant a denial wins.
    latest: dict[str, tuple[str, int]] = {}
    for eid, at, granted in conn.execute(text(
            "SELECT f.eid, ce.at, min(ce.granted) FROM cl_fam f JOIN consent_event ce"
            " ON ce.customer_id = f.cid AND ce.channel = 'phone' AND ce.purpose = 'marketing'"
            " WHERE ce.at = (SELECT max(c2.at) FROM consent_event c2"
            " WHERE c2.customer_id = f.cid AND c2.channel = 'phone'"
            " AND c2.purpose = 'marketing' AND c2.at <= :m)"
            " GROUP BY f.eid, ce.at"), p):
        seen = latest.get(eid)
        if seen is None or at > seen[0] or (at == seen[0] and granted < seen[1]):
            latest[eid] = (at, int(granted))
    flags[Reason.DO_NOT_CALL] = {eid for eid, (_, granted) in latest.items() if not granted}

    if rules.product_id is not None:
        flags[Reason.ALREADY_HAS_PRODUCT] = eids(
            "SELECT DISTINCT f.eid FROM cl_fam f JOIN holding h ON h.customer_id = f.cid"
            " WHERE h.product_id = :product AND (h.since IS NULL OR h.since <= :mdate)"
        ) | eids(
            "SELECT DISTINCT f.eid FROM cl_fam f JOIN contact k ON k.customer_id = f.cid"
            " JOIN offer o ON o.id = k.offer_id WHERE k.at <= :m AND k.outcome = 'accepted'"
            " AND o.product_id = :product")
    else:
        flags[Reason.ALREADY_HAS_PRODUCT] = set()
    reached = ", ".join(f"'{o}'" for o in REACHED_OUTCOMES)
    flags[Reason.RECENTLY_CONTACTED] = eids(
        "SELECT DISTINCT f.eid FROM cl_fam f JOIN contact k ON k.customer_id = f.cid"
        f" WHERE k.at > :recent_from AND k.at <= :m AND {_MARKETING}"
        f" AND k.outcome IN ({reached})")
    flags[Reason.CONTACT_CAP] = eids(
        "SELECT f.eid FROM cl_fam f JOIN contact k ON k.customer_id = f.cid"
        f" WHERE k.at > :cap_from AND k.at <= :m AND k.direction = 'outbound' AND {_MARKETING}"
        " GROUP BY f.eid HAVING count(*) >= :cap")
    flags[Reason.ATTEMPTS_EXHAUSTED] = eids(
        "SELECT f.eid FROM cl_fam f JOIN contact k ON k.customer_id = f.cid"
        " WHERE k.campaign_id = :camp AND k.at <= :m AND k.direction = 'outbound'"
        " GROUP BY f.eid HAVING count(*) >= :max_attempts")
    flags[Reason.OPEN_COMPLAINT] = eids(
        "SELECT DISTINCT f.eid FROM cl_fam f JOIN \"case\" c ON c.customer_id = f.cid"
        " WHERE c.opened_at <= :m AND (c.status NOT IN ('resolved', 'closed')"
        " OR (c.closed_at IS NOT NULL AND c.closed_at > :m))")
    better: dict[str, str] = {}
    if rules.product_id is not None and rules.offer_value_cents is not None:
        best: dict[str, tuple[int, str]] = {}
        for eid, code, value in conn.execute(text(
                "SELECT DISTINCT f.eid, o.code, o.value_cents FROM cl_fam f"
                " JOIN contact k ON k.customer_id = f.cid JOIN offer o ON o.id = k.offer_id"
                " WHERE k.at <= :m AND o.product_id = :product"
                " AND o.value_cents > :offer_value AND o.status = 'active'"
                " AND (o.valid_from IS NULL OR o.valid_from <= :mdate)"
                " AND (o.valid_to IS NULL OR o.valid_to >= :mdate)"
                " AND NOT EXISTS (SELECT 1 FROM cl_fam f2 JOIN contact d"
                " ON d.customer_id = f2.cid WHERE f2.eid = f.eid AND d.offer_id = o.id"
                " AND d.outcome = 'declined' AND d.at <= :m)"), p):
            if eid not in best or (value, code) > best[eid]:
                best[eid] = (value, code)
        better = {eid: code for eid, (_, code) in best.items()}
    flags[Reason.BETTER_OFFER] = better
    return flags


@dataclass(frozen=True)
class NextCall:
    """The next entry to call after a position (None when the list is done), and the
    entries passed over on the way, each as reconciled at that moment."""

    entry: EntryState | None
    passed: tuple[EntryState, ...]


def next_to_call(store: Store, campaign_id: str, after_position: int,
                 candidates: list[str], as_of: datetime | None = None, *,
                 chunk: int = 50) -> NextCall:
    """The first of ``candidates`` (entry ids, in list order, e.g. those that were
    ``call`` when the list was last shown) past ``after_position`` that is still ``call``
    now: each chunk is reconciled at that moment, so history written since (another
    team's call, an opt-out) is seen."""
    as_of = as_of or utcnow()
    passed: list[EntryState] = []
    for start in range(0, len(candidates), chunk):
        for e in evaluate(store, campaign_id, as_of, entry_ids=candidates[start:start + chunk]):
            if e.position <= after_position:
                continue
            if e.status is Status.CALL:
                return NextCall(e, tuple(passed))
            passed.append(e)
    return NextCall(None, tuple(passed))


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
