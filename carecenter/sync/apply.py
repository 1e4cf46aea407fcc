"""Writing what sync brings into the local store, always inside a unit of work.

``apply_rows`` merges row states pulled from the hub into the local rows with the same
merge function the hub uses (``carecenter.sync.merge``) and writes no outbox ops.
Per-field clocks in the local ``clocks`` column: an integer is a write made here (by
this site); ``[hlc, site]`` a write that came from another site.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from carecenter.clock import hlc_of
from carecenter.db.base import Synced
from carecenter.db.models import SYNCED_MODELS, OutboxOp
from carecenter.sync.codec import decoders, encode
from carecenter.sync.merge import Cell, merge_rows

_BOOKKEEPING = frozenset({"hlc", "site", "clocks"})


def local_state(row: Mapping[str, Any], site_id: str) -> dict[str, Cell]:
    out: dict[str, Cell] = {}
    for f, c in (row["clocks"] or {}).items():
        if isinstance(c, list):
            out[f] = Cell(encode(row[f]), int(c[0]), str(c[1]))
        else:
            out[f] = Cell(encode(row[f]), int(c), site_id)
    return out


def apply_rows(session: Session, model: type[Synced],
               rows: Sequence[tuple[str, Mapping[str, Cell]]],
               site_id: str) -> tuple[list[tuple[str, str | None]], int]:
    """Merge remote row states into ``model``'s table.

    Returns the rows that changed as ``(row_id, customer_id)`` and the greatest clock seen.
    """
    t: Table = model.__table__  # type: ignore[attr-defined]
    name = t.name
    dec = decoders(t)
    ids = [rid for rid, _ in rows]
    existing: dict[str, Any] = {}
    for i in range(0, len(ids), 500):
        for r in session.execute(select(t).where(t.c.id.in_(ids[i:i + 500]))).mappings():
            existing[r["id"]] = r
    inserts: list[dict[str, Any]] = []
    changed: list[tuple[str, str | None]] = []
    top = 0
    for rid, remote in rows:
        cells = {f: c for f, c in remote.items() if f in t.c and f not in _BOOKKEEPING}
        if cells:
            top = max(top, *(c.hlc for c in cells.values()))
        row = existing.get(rid)
        local = local_state(row, site_id) if row is not None else {}
        merged = merge_rows(name, local, cells)
        diff = {f: c for f, c in merged.items() if local.get(f) != c}
        if not diff:
            continue
        best = max(merged.values(), key=lambda c: (c.hlc, c.site))
        book = {
            "clocks": {f: c.hlc if c.site == site_id else [c.hlc, c.site]
                       for f, c in merged.items()},
            "hlc": best.hlc, "site": best.site,
        }
        if row is None:
            values = {c.name: None for c in t.columns if c.name not in _BOOKKEEPING}
            values.update({f: dec[f](c.value) for f, c in merged.items()})
            inserts.append({**values, "id": rid, **book})
        else:
            values = {f: dec[f](c.value) for f, c in diff.items()}
            session.execute(t.update().where(t.c.id == rid).values(**values, **book))
        owner = merged.get("customer_id")
        changed.append((rid, rid if name == "customer" else
                        (str(owner.value) if owner and owner.value else None)))
    if inserts:
        session.execute(t.insert(), inserts)
    return changed, top


def restamp_pending(session: Session, site_id: str, wall_ms: int) -> int:
    """Give the ops still in the outbox new clocks, in their order, from now on.

    For when the workstation's clock ran ahead (the hub refused the ops) and has been
    fixed: the new clocks come after every clock this store saw from other sites and the
    current time, keep the order of this site's writes, and the rows' field clocks are
    moved with them. Returns the last clock handed out.
    """
    ops = list(session.scalars(select(OutboxOp).order_by(OutboxOp.seq)))
    seen = 0
    for m in SYNCED_MODELS:
        t = m.__table__  # type: ignore[attr-defined]
        v = session.execute(select(func.max(t.c.hlc)).where(t.c.site != site_id)).scalar()
        seen = max(seen, int(v or 0))
    base = max(hlc_of(wall_ms), seen + 1)
    mapping = {old: base + i for i, old in enumerate(sorted({op.hlc for op in ops}))}
    by_model = {m.__tablename__: m for m in SYNCED_MODELS}
    for op in ops:
        op.hlc = mapping[op.hlc]
        op.fields = {f: [v[0], mapping.get(int(v[1]), int(v[1]))] for f, v in op.fields.items()}
    rows = {(op.table, op.row_id) for op in ops}
    for table, rid in sorted(rows):
        t = by_model[table].__table__  # type: ignore[attr-defined]
        r = session.execute(select(t.c.clocks, t.c.hlc).where(t.c.id == rid)).first()
        if r is None:
            continue
        clocks = {f: (mapping.get(c, c) if isinstance(c, int) else c)
                  for f, c in (r.clocks or {}).items()}
        session.execute(t.update().where(t.c.id == rid).values(
            clocks=clocks, hlc=mapping.get(r.hlc, r.hlc)))
    return max(mapping.values(), default=base)
