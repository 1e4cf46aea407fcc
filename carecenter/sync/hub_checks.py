"""What the hub checks while it merges a push: field conflicts, probable duplicates and
authority caps. The findings are rows of ``sync_conflict`` (and an ``exceeds_cap`` mark on
the decision) that sync back to every workstation like any other change.

Caps (design.md section 4) are weighed by ``authority.find_cap_breaches``, the rule the
workstations' meter keeps, against the published policy: the ``authority_policy`` rows on
the hub over the shipped ``resources/authority.toml`` (``policy_from_records``, as a
workstation reads its own copy). A decision that arrives, or whose state changes, can
change the verdict of the decisions of its customer within 30 days either side of it and
of its agent's decisions of that local day; those are read in one query (a day either
side, a superset that can only make the answer more complete: the sums only grow with
more decisions, so a breach found on part of the decisions is a breach on all of them),
under locks on the customers and agents the push touched, and the decisions still
``within`` that break a cap get an ``exceeds_cap`` cell with the hub's clock.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfoNotFoundError

from sqlalchemy import Connection, and_, or_, select

from carecenter.clock import utcnow
from carecenter.db.base import from_text, to_text
from carecenter.domain import AuthorityState
from carecenter.services.decisions.authority import (
    WINDOW_CUSTOMER,
    DecisionFact,
    RolePolicy,
    find_cap_breaches,
    zone,
)
from carecenter.services.decisions.authority_files import policy_from_records
from carecenter.services.decisions.units import find_unit_breaches
from carecenter.sync.hub_consent import mark_overruled
from carecenter.sync.hub_schema import TABLES
from carecenter.sync.merge import Cell, pick

if TYPE_CHECKING:
    from carecenter.sync.hub import Hub, State

_NS = uuid.UUID("6f1c2c4e-8d0e-4f43-9c55-4a8f3f0c6d21")
# A local day lies within 26 hours of any instant of it (UTC offsets up to 14 hours, days
# of 23 to 25 hours): the span read around a decision for its agent's day.
_DAY_MARGIN = timedelta(hours=26)
_POLICY_FIELDS = ("role", "currency", "day_time_zone", "max_per_decision_cents",
                  "max_per_customer_30_days_cents", "max_per_agent_day_cents",
                  "may_override_with_reason")


@dataclass
class Context:
    hub: Hub
    conn: Connection
    hub_id: str
    txn: int
    seq: int
    hub_hlc: int
    site: str
    conflicts: int = 0
    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    # decisions that arrived or changed state: id -> (customer, agent, at)
    cap_decisions: dict[str, tuple[str, str | None, datetime]] = field(default_factory=dict)
    refs: dict[str, str] = field(default_factory=dict)
    phones: dict[str, tuple[str, str]] = field(default_factory=dict)
    # (customer, channel, purpose) of the consent events that arrived (hub_consent)
    consent_keys: set[tuple[str, str, str]] = field(default_factory=set)

    def field_conflict(self, table: str, rid: str, f: str, a: Cell, b: Cell) -> None:
        kept = pick(table, f, a, b)
        lost = b if kept is a else a
        key = f"field|{table}|{rid}|{f}|{kept.hlc}|{kept.site}|{lost.hlc}|{lost.site}"
        self.records[str(uuid.uuid5(_NS, key))] = {
            "kind": "field", "table_name": table, "row_id": rid, "field": f,
            "other_row_id": None,
            "kept_value": _json(kept.value), "kept_hlc": kept.hlc, "kept_site": kept.site,
            "lost_value": _json(lost.value), "lost_hlc": lost.hlc, "lost_site": lost.site,
        }

    def duplicate(self, f: str, value: str, a: str, b: str) -> None:
        lo, hi = sorted((a, b))
        self.records[str(uuid.uuid5(_NS, f"duplicate|customer|{f}|{value}|{lo}|{hi}"))] = {
            "kind": "duplicate", "table_name": "customer", "row_id": lo, "field": f,
            "other_row_id": hi, "kept_value": value, "kept_hlc": None, "kept_site": None,
            "lost_value": None, "lost_hlc": None, "lost_site": None,
        }

    def note(self, name: str, rid: str, state: State, old: State | None, ops: list[Any]) -> None:
        """Remember what the checks must look at after the rows of this push are in."""
        def changed(f: str) -> bool:
            return f in state and (old is None or f not in old or old[f][0] != state[f][0])

        if name == "decision" and (old is None or changed("authority_state")):
            self._cap_decision(rid, state)
        elif name == "customer" and changed("customer_ref"):
            self.refs[rid] = str(state["customer_ref"][0].value)
        elif name == "customer_phone" and (changed("e164") or changed("customer_id")):
            self.phones[rid] = (str(state["customer_id"][0].value), str(state["e164"][0].value))
        elif name == "consent_event" and old is None and all(
                f in state for f in ("customer_id", "channel", "purpose")):
            self.consent_keys.add((str(state["customer_id"][0].value),
                                   str(state["channel"][0].value),
                                   str(state["purpose"][0].value)))


    def _cap_decision(self, rid: str, state: State) -> None:
        cid, at = state.get("customer_id"), state.get("at")
        if cid is None or at is None or cid[0].value is None or at[0].value is None:
            return  # an update that came before its row: weighed when the row comes
        agent = state.get("agent_id")
        aid = agent[0].value if agent is not None else None
        self.cap_decisions[rid] = (str(cid[0].value), None if aid is None else str(aid),
                                   from_text(str(at[0].value)))


def _json(v: Any) -> str:
    return json.dumps(v, sort_keys=True, ensure_ascii=False)


def run_checks(ctx: Context) -> None:
    mark_overruled(ctx, ctx.consent_keys)
    _caps(ctx)
    _duplicates(ctx)
    _write_records(ctx)


def _caps(ctx: Context) -> None:
    touched = ctx.cap_decisions
    if not touched:
        return
    hub, conn = ctx.hub, ctx.conn
    customers = sorted({c for c, _a, _at in touched.values()})
    agents = sorted({a for _c, a, _at in touched.values() if a is not None})
    hub.lock_many(conn, [f"cap:{c}" for c in customers] + [f"cap-agent:{a}" for a in agents])
    first = min(at for _c, _a, at in touched.values())
    last = max(at for _c, _a, at in touched.values())
    facts, roles = _decision_facts(conn, customers, agents, first, last)
    policy = published_policy(conn)
    breaches = [*find_cap_breaches(facts.values(), policy, roles),
                *find_unit_breaches(facts.values(), policy, roles)]
    marks = [did for did in breaches if facts[did].authority_state == AuthorityState.WITHIN]
    if not marks:
        return
    states = hub.load(conn, "decision", sorted(marks), for_update=True)
    writes = []
    for did in sorted(states):
        s = states[did]
        cur = s["authority_state"][0]
        mark = Cell(AuthorityState.EXCEEDS_CAP.value, max(ctx.hub_hlc, cur.hlc + 1), ctx.hub_id)
        if pick("decision", "authority_state", cur, mark) == mark:
            s["authority_state"] = (mark, ctx.txn)
            writes.append((did, s, True))
    hub.write_many(conn, "decision", writes, txn=ctx.txn, seq=ctx.seq)


def _decision_facts(conn: Connection, customers: list[str], agents: list[str],
                    first: datetime, last: datetime,
                    ) -> tuple[dict[str, DecisionFact], dict[str, str]]:
    """The decisions whose verdict the touched ones may change, with what they need:
    the customers' decisions 30 days either side of ``first``..``last``, the agents' a
    day either side; and the role of each of their agents (one query, 500 ids a chunk)."""
    d, a = TABLES["decision"], TABLES["agent"]
    q = select(d.c.id, d.c.customer_id, d.c.agent_id, d.c.amount_cents, d.c.currency,
               d.c.at, d.c.authority_state, d.c.remedy, d.c.quantity, a.c.role) \
        .select_from(d.outerjoin(a, a.c.id == d.c.agent_id))
    facts: dict[str, DecisionFact] = {}
    roles: dict[str, str] = {}
    for i in range(0, max(len(customers), len(agents)), 500):
        cs, ags = customers[i:i + 500], agents[i:i + 500]
        near = []
        if cs:
            near.append(and_(d.c.customer_id.in_(cs), d.c.at > first - WINDOW_CUSTOMER,
                             d.c.at < last + WINDOW_CUSTOMER))
        if ags:
            near.append(and_(d.c.agent_id.in_(ags), d.c.at > first - _DAY_MARGIN,
                             d.c.at < last + _DAY_MARGIN))
        for r in conn.execute(q.where(or_(*near))):
            if None in (r.customer_id, r.amount_cents, r.currency, r.at, r.authority_state):
                continue  # not a whole decision (cannot happen through op checks)
            facts[r.id] = DecisionFact(r.id, r.customer_id, r.agent_id, int(r.amount_cents),
                                       r.currency, r.at, r.authority_state, r.remedy or "",
                                       None if r.quantity is None else int(r.quantity))
            if r.agent_id is not None and r.role:
                roles[r.agent_id] = r.role
    return facts, roles


def published_policy(conn: Connection) -> dict[str, RolePolicy]:
    """The policy the workstations use: the synced ``authority_policy`` rows over the
    shipped default file (``resources/authority.toml``), where the hub has none."""
    t = TABLES["authority_policy"]
    rows = conn.execute(select(*(t.c[f] for f in (*_POLICY_FIELDS, "remedy_limits")))
                        ).mappings().all()
    # Only whole rows with a known time zone (what a workstation's import lets in): a row
    # that is not must not stop every push; its role keeps the shipped default.
    return policy_from_records(dict(r) for r in rows
                               if all(r[f] is not None for f in _POLICY_FIELDS)
                               and _known_zone(str(r["day_time_zone"])))


def _known_zone(name: str) -> bool:
    try:
        zone(name)
    except (ValueError, ZoneInfoNotFoundError):
        return False
    return True


def _duplicates(ctx: Context) -> None:
    conn = ctx.conn
    c, p = TABLES["customer"], TABLES["customer_phone"]
    refs = sorted(set(ctx.refs.values()))
    tels = sorted({e164 for _cid, e164 in ctx.phones.values()})
    ctx.hub.lock_many(conn, [f"ref:{r}" for r in refs] + [f"tel:{e}" for e in tels])
    by_ref: dict[str, list[str]] = {}
    for i in range(0, len(refs), 500):
        for rid, ref in conn.execute(select(c.c.id, c.c.customer_ref).where(
                c.c.customer_ref.in_(refs[i:i + 500]), c.c.deleted.is_not(True))):
            by_ref.setdefault(ref, []).append(rid)
    for rid, ref in sorted(ctx.refs.items(), key=lambda kv: kv[1]):
        for other in by_ref.get(ref, ()):
            if other != rid:
                ctx.duplicate("customer_ref", ref, rid, other)
    by_tel: dict[str, set[str]] = {}
    for i in range(0, len(tels), 500):
        for cid, e164 in conn.execute(select(p.c.customer_id, p.c.e164).where(
                p.c.e164.in_(tels[i:i + 500]), p.c.deleted.is_not(True))):
            by_tel.setdefault(e164, set()).add(cid)
    for _rid, (cid, e164) in sorted(ctx.phones.items(), key=lambda kv: kv[1][1]):
        for other in sorted(by_tel.get(e164, set()) - {cid}):
            ctx.duplicate("e164", e164, cid, other)


def _write_records(ctx: Context) -> None:
    if not ctx.records:
        return
    at = to_text(utcnow())
    existing = ctx.hub.load(ctx.conn, "sync_conflict", sorted(ctx.records))
    writes = []
    for rid in sorted(ctx.records):
        if rid in existing:
            continue
        values = {**ctx.records[rid], "at": at}
        state = {f: (Cell(v, ctx.hub_hlc, ctx.hub_id), ctx.txn) for f, v in values.items()}
        writes.append((rid, state, False))
        ctx.conflicts += 1
    ctx.hub.write_many(ctx.conn, "sync_conflict", writes, txn=ctx.txn, seq=ctx.seq)
