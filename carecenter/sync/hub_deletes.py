"""A customer deleted on one desk while another desk edited it: the hub keeps it.

Two writes are concurrent when neither desk had pulled the other's before writing: the
op's ``seen`` watermark is below the hub transaction that stored the other write (the
test the field conflicts use). When a customer's delete and an edit of its fields are
concurrent, whichever reaches the hub first, the hub writes ``deleted = False`` with a
clock after the delete's (a customer's ``deleted`` is last writer wins:
``sync.merge``), so every desk keeps the customer, and records a ``sync_conflict`` of kind
``"delete"`` (kept: the edit, lost: the delete) that marks it: a person keeps it or
deletes it again (``services.customers.conflicts``). A desk needs no rule of its own: a
sync round pushes before it pulls, and the hub's cell wins there by the shared merge.

An edit of the customer's phones and e-mails (``CHILDREN``: a number added, changed or
removed) counts as an edit of the customer: a delete that did not see it, or such an
edit that did not see the delete, keeps the customer the same way.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from carecenter.sync.hub_schema import TABLES
from carecenter.sync.merge import Cell

if TYPE_CHECKING:
    from carecenter.sync.hub import State
    from carecenter.sync.hub_checks import Context

_NS = uuid.UUID("0b5e8a52-3f0c-4d5e-9a0e-6f7b1c2d3e4f")
_SKIP = frozenset({"id", "hlc", "site", "clocks", "deleted"})
CHILDREN = ("customer_phone", "customer_email")


def delete_conflict_id(row_id: str, delete: Cell) -> str:
    """The id of the conflict a delete makes: one row however many edits it met."""
    return str(uuid.uuid5(_NS, f"delete|customer|{row_id}|{delete.hlc}|{delete.site}"))


def keep_edited(ctx: Context, rid: str, before: State, state: State, op: Any) -> None:
    """After ``op`` (a push's op of the customer ``rid``) was merged into ``state``:
    when it deletes a customer edited elsewhere unseen, or edits one deleted elsewhere
    unseen, keep the customer and record the conflict."""
    if op.kind != "update":
        return
    written = {f: c for f, c in op.fields.items() if f not in _SKIP}
    del_cell = op.fields.get("deleted")
    deleting = del_cell is not None and del_cell[0] is True
    if deleting:
        delete = Cell(True, int(del_cell[1]), ctx.site)
        edits = [c for f, (c, tx) in before.items()
                 if f not in _SKIP and tx >= op.seen and c.site not in (ctx.site, ctx.hub_id)]
        edits += _child_edits(ctx, rid, op.seen)
        if not edits:
            return
        edit = max(edits, key=lambda c: (c.hlc, c.site))
    else:
        cur = before.get("deleted")
        if (not written or cur is None or cur[0].value is not True or cur[1] < op.seen
                or cur[0].site == ctx.site):
            return
        delete = cur[0]
        edit = Cell(None, max(int(c[1]) for c in written.values()), ctx.site)
    _keep(ctx, rid, state, delete, edit)


def keep_parents(ctx: Context, kids: list[tuple[str, Any]]) -> None:
    """After a push's ops of phones and e-mails (``(customer id, op)``) were merged: keep
    each customer deleted elsewhere by a delete those ops had not seen."""
    t = TABLES["customer"]
    every = sorted({cid for cid, _op in kids})
    ids: list[str] = []  # only the deleted ones are locked and read whole (an import: none)
    for i in range(0, len(every), 500):
        ids += ctx.conn.execute(select(t.c.id).where(
            t.c.id.in_(every[i:i + 500]), t.c.deleted.is_(True))).scalars()
    if not ids:
        return
    states = ctx.hub.load(ctx.conn, "customer", sorted(ids), for_update=True)
    writes = []
    for cid in sorted(ids):
        state = states.get(cid)
        cur = state.get("deleted") if state is not None else None
        if state is None or cur is None or cur[0].value is not True or cur[0].site == ctx.site:
            continue
        unseen = [op for c, op in kids if c == cid and cur[1] >= op.seen]
        if not unseen:
            continue
        _keep(ctx, cid, state, cur[0], Cell(None, max(int(op.hlc) for op in unseen), ctx.site))
        writes.append((cid, state, True))
    ctx.hub.write_many(ctx.conn, "customer", writes, txn=ctx.txn, seq=ctx.seq)


def _child_edits(ctx: Context, rid: str, seen: int) -> list[Cell]:
    """The latest change of the customer's phones and e-mails made at another desk that
    a write with watermark ``seen`` had not seen (one indexed lookup a table)."""
    out = []
    for name in CHILDREN:
        t = TABLES[name]
        r = ctx.conn.execute(select(t.c.hlc, t.c.site).where(
            t.c.customer_id == rid, t.c.txn >= seen, t.c.site.not_in([ctx.site, ctx.hub_id]))
            .order_by(t.c.hlc.desc()).limit(1)).first()
        if r is not None and r.hlc is not None:
            out.append(Cell(None, int(r.hlc), str(r.site)))
    return out


def _keep(ctx: Context, rid: str, state: State, delete: Cell, edit: Cell) -> None:
    """Write the hub's ``deleted = False`` after the delete, and record the conflict."""
    now = state.get("deleted")
    top = max(delete.hlc, now[0].hlc if now is not None else 0)
    state["deleted"] = (Cell(False, max(ctx.hub_hlc, top + 1), ctx.hub_id), ctx.txn)
    ctx.records[delete_conflict_id(rid, delete)] = {
        "kind": "delete", "table_name": "customer", "row_id": rid, "field": "deleted",
        "other_row_id": None,
        "kept_value": "false", "kept_hlc": edit.hlc, "kept_site": edit.site,
        "lost_value": "true", "lost_hlc": delete.hlc, "lost_site": delete.site,
    }
