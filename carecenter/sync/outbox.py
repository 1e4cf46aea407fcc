"""The outbox as the hub is sent it.

An op written one at a time carries its fields (``{column: [value, hlc]}``). The ops of a
bulk insert (imports, demo data: ``UnitOfWork.bulk_insert``) carry none: an ``insert``
with empty fields means "the row as it stands when pushed". Writing a JSON copy of every
row next to the row was a third of a contacts import; the row is still there, with a
clock for each field, when the push reads it.

Reading the row at push time sends the same fields the insert wrote, with the same clocks,
unless this workstation changed a field since; then the newer value goes with its own
(newer) clock, which is what the later update op sends too, so the hub ends up the same
either way (per-field last-writer-wins). Fields whose clock belongs to another site (a
pulled value that won over this workstation's) are not this site's writes and are left
out. An op whose row is gone has nothing to send and leaves the outbox.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from carecenter.clock import utcnow
from carecenter.db.base import table_of
from carecenter.db.models import SYNCED_MODELS, OutboxOp, SetAsideOp
from carecenter.db.store import Store
from carecenter.sync.apply import local_state
from carecenter.sync.protocol import Op

_TABLES = {m.__tablename__: table_of(m) for m in SYNCED_MODELS}
_CHUNK = 2000  # ids an IN (...) list


def is_lazy(op: OutboxOp) -> bool:
    """An insert op of a bulk write: its fields are read from the row when pushed."""
    return op.kind == "insert" and not op.fields


def wire_fields(session: Session, ops: Sequence[OutboxOp],
                site_id: str) -> list[dict[str, list[Any]] | None]:
    """Each op's fields as the hub is sent them (None: its row is gone, send nothing)."""
    wanted: dict[str, list[str]] = {}
    for op in ops:
        if is_lazy(op):
            wanted.setdefault(op.table, []).append(op.row_id)
    rows: dict[tuple[str, str], Any] = {}
    for name, ids in wanted.items():
        t = _TABLES[name]
        for i in range(0, len(ids), _CHUNK):
            for r in session.execute(select(t).where(t.c.id.in_(ids[i:i + _CHUNK]))).mappings():
                rows[(name, r["id"])] = r
    out: list[dict[str, list[Any]] | None] = []
    for op in ops:
        if not is_lazy(op):
            out.append(op.fields)
            continue
        row = rows.get((op.table, op.row_id))
        if row is None:
            out.append(None)
            continue
        fields: dict[str, list[Any]] = {"id": [op.row_id, op.hlc]}
        for name, cell in local_state(row, site_id).items():
            if cell.site == site_id:
                fields[name] = [cell.value, cell.hlc]
        out.append(fields)
    return out


def set_aside(session: Session, sent: Sequence[Op], refused: Sequence[dict[str, Any]]) -> int:
    """Move the ops the hub refused out of the outbox into ``set_aside``, each with its
    refusal and the fields as they were sent; returns how many. In the caller's
    transaction, with the deletion of the acknowledged ones."""
    if not refused:
        return 0
    by_id = {op.op_id: op for op in sent}
    ids = [r["op_id"] for r in refused if r.get("op_id") in by_id]
    created = dict(session.execute(select(OutboxOp.op_id, OutboxOp.created_at)
                                   .where(OutboxOp.op_id.in_(ids))).all())
    now = utcnow()
    for r in refused:
        op = by_id.get(r.get("op_id", ""))
        if op is None:
            continue
        session.merge(SetAsideOp(
            op_id=op.op_id, table=op.table, row_id=op.row_id, kind=op.kind,
            fields=op.fields, hlc=op.hlc, created_at=created.get(op.op_id, now),
            code=str(r.get("code", ""))[:24], values=dict(r.get("values") or {}),
            message=str(r.get("message", "")), set_aside_at=now))
    session.execute(delete(OutboxOp).where(OutboxOp.op_id.in_(ids)))
    return len(ids)


def waiting_set_aside(store: Store) -> int:
    """Ops set aside and neither sent again nor discarded."""
    with store.session() as s:
        return int(s.execute(select(func.count()).select_from(SetAsideOp)
                             .where(SetAsideOp.discarded_at.is_(None))).scalar_one())
