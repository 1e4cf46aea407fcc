"""The hub's side of the consent rule (``consent_rule``): after a push's consent events are
in, every grant of the same customers, channels and purposes that missed a withdrawal
gets the ``overruled`` mark, with the hub's clock, which syncs back to every desk.

Each event's hub transaction is the one that set its ``granted`` field (its clock's third
item); the watermark its writer had pulled is the ``seen`` of the op that brought it
(``hub_op``). Pushes touching the same customer's consent are serialised by a lock, so a
grant and a withdrawal pushed at the same moment from two desks always meet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, func, select

from carecenter.sync.consent_rule import Event, overruled
from carecenter.sync.hub_schema import TABLES, hub_op
from carecenter.sync.merge import Cell, pick

if TYPE_CHECKING:
    from carecenter.sync.hub_checks import Context


def mark_overruled(ctx: Context, keys: set[tuple[str, str, str]]) -> None:
    """Mark the grants of ``keys`` ``(customer, channel, purpose)`` that missed a
    withdrawal."""
    if not keys:
        return
    hub, conn = ctx.hub, ctx.conn
    customers = sorted({c for c, _ch, _pu in keys})
    hub.lock_many(conn, [f"consent:{c}" for c in customers])
    t = TABLES["consent_event"]
    ids: list[str] = []
    for i in range(0, len(customers), 500):
        ids += conn.execute(select(t.c.id).where(
            t.c.customer_id.in_(customers[i:i + 500]))).scalars().all()
    states = hub.load(conn, "consent_event", sorted(ids), for_update=True)
    found: list[tuple[str, tuple[str, str, str], Cell, int]] = []
    for rid, s in states.items():
        need = ("customer_id", "channel", "purpose", "granted")
        if any(f not in s or s[f][0].value is None for f in need):
            continue  # not a whole event (cannot happen through op checks)
        key = (str(s["customer_id"][0].value), str(s["channel"][0].value),
               str(s["purpose"][0].value))
        if key in keys:
            g, txn = s["granted"]
            found.append((rid, key, g, txn))
    # Only a grant that shares its key with a withdrawal can be overruled: the ops'
    # watermarks are read for those alone (most pushes have none).
    denied = {key for _rid, key, g, _txn in found if g.value is False}
    asked = sorted(rid for rid, key, g, _txn in found if key in denied and g.value is not False)
    seen = _watermarks(conn, asked)
    events = [Event(rid, key, g.value is not False, g.site, g.hlc, txn,
                    seen.get((rid, g.site), 0))
              for rid, key, g, txn in found if key in denied]
    writes = []
    for rid in sorted(overruled(events)):
        s = states[rid]
        cur = s.get("overruled")
        if cur is not None and cur[0].value is True:
            continue
        base = cur[0].hlc if cur is not None else s["granted"][0].hlc
        mark = Cell(True, max(ctx.hub_hlc, base + 1), ctx.hub_id)
        if cur is None or pick("consent_event", "overruled", cur[0], mark) == mark:
            s["overruled"] = (mark, ctx.txn)
            writes.append((rid, s, True))
    hub.write_many(conn, "consent_event", writes, txn=ctx.txn, seq=ctx.seq)


def _watermarks(conn: Connection, ids: list[str]) -> dict[tuple[str, str], int]:
    """``(row, site) -> seen`` of the ops that brought these consent events (the lowest,
    should a site have sent one twice under two op ids)."""
    seen: dict[tuple[str, str], int] = {}
    for i in range(0, len(ids), 500):
        for rid, site, low in conn.execute(
                select(hub_op.c.row_id, hub_op.c.site, func.min(hub_op.c.seen))
                .where(hub_op.c.row_id.in_(ids[i:i + 500]), hub_op.c.tbl == "consent_event")
                .group_by(hub_op.c.row_id, hub_op.c.site)):
            seen[(rid, site)] = int(low or 0)
    return seen
