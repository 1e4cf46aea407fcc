"""What the hub checks while it merges a push: field conflicts, probable duplicates and
authority caps. The findings are rows of ``sync_conflict`` (and an ``exceeds_cap`` mark on
the decision) that sync back to every workstation like any other change."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from carecenter.clock import utcnow
from carecenter.db.base import from_text, to_text
from carecenter.sync.hub_schema import TABLES
from carecenter.sync.merge import Cell, cap_for, over_cap, pick

if TYPE_CHECKING:
    from carecenter.sync.hub import Hub, State

_NS = uuid.UUID("6f1c2c4e-8d0e-4f43-9c55-4a8f3f0c6d21")


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
    cap_customers: set[str] = field(default_factory=set)
    refs: dict[str, str] = field(default_factory=dict)
    phones: dict[str, tuple[str, str]] = field(default_factory=dict)

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

        if name == "decision" and old is None and "customer_id" in state:
            self.cap_customers.add(str(state["customer_id"][0].value))
        elif name == "customer" and changed("customer_ref"):
            self.refs[rid] = str(state["customer_ref"][0].value)
        elif name == "customer_phone" and (changed("e164") or changed("customer_id")):
            self.phones[rid] = (str(state["customer_id"][0].value), str(state["e164"][0].value))


def _json(v: Any) -> str:
    return json.dumps(v, sort_keys=True, ensure_ascii=False)


def run_checks(ctx: Context) -> None:
    _caps(ctx)
    _duplicates(ctx)
    _write_records(ctx)


def _caps(ctx: Context) -> None:
    hub, conn = ctx.hub, ctx.conn
    d, a = TABLES["decision"], TABLES["agent"]
    for cid in sorted(ctx.cap_customers):
        hub.lock(conn, f"cap:{cid}")
        ids = list(conn.execute(select(d.c.id).where(d.c.customer_id == cid)).scalars())
        states = hub.load(conn, "decision", sorted(ids), for_update=True)
        agents = {s["agent_id"][0].value for s in states.values() if "agent_id" in s}
        roles = dict(conn.execute(select(a.c.id, a.c.role).where(a.c.id.in_(agents))).all()) \
            if agents else {}
        caps = _policy_caps(conn)
        facts = []
        for did, s in states.items():
            agent = s["agent_id"][0].value if "agent_id" in s else None
            facts.append((did, from_text(s["at"][0].value), int(s["amount_cents"][0].value),
                          caps.get(roles.get(agent) or "agent", cap_for(roles.get(agent)))))
        for did in sorted(over_cap(facts)):
            s = states[did]
            cur = s["authority_state"][0]
            mark = Cell("exceeds_cap", max(ctx.hub_hlc, cur.hlc + 1), ctx.hub_id)
            if pick("decision", "authority_state", cur, mark) == mark:
                s["authority_state"] = (mark, ctx.txn)
                hub.write(conn, "decision", did, s, txn=ctx.txn, seq=ctx.seq, exists=True)


def _policy_caps(conn: Connection) -> dict[str, int | None]:
    """Per-role caps from the synced authority policy, where there is one (issue 7);
    roles it does not name keep the defaults of ``merge.CAP_BY_ROLE``."""
    t = TABLES.get("authority_policy")
    if t is None or "max_per_customer_30_days_cents" not in t.c:
        return {}
    rows = conn.execute(select(t.c.role, t.c.max_per_customer_30_days_cents)).all()
    return {str(r): (int(v) if v is not None else None) for r, v in rows if r}


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
