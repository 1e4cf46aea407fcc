"""What a replica keeps in its store's ``store_meta`` while it syncs (cursor, hub id,
watermark marks) and how it picks the next batch of the outbox."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from carecenter.db.models import OutboxOp, StoreMeta
from carecenter.sync.merge import Cell


def _next_batch(s: Any, batch: int, waiting: set[str]) -> list[OutboxOp]:
    """The next ``batch`` ops not waiting, in written order, then every waiting one."""
    q = select(OutboxOp).order_by(OutboxOp.seq)
    if not waiting:
        return list(s.scalars(q.limit(batch)))
    fresh = list(s.scalars(q.where(OutboxOp.op_id.not_in(waiting)).limit(batch)))
    return fresh + list(s.scalars(q.where(OutboxOp.op_id.in_(waiting))))


def _value(cell: Cell | list[Any]) -> Any:
    return cell.value if isinstance(cell, Cell) else cell[0]


def _get(s: Any, key: str) -> str | None:
    meta = s.get(StoreMeta, key)
    return meta.value if meta is not None else None


def _set(s: Any, key: str, value: str) -> None:
    s.merge(StoreMeta(key=key, value=value))


def _marks(s: Any) -> list[list[int]]:
    raw = _get(s, "sync.marks")
    return json.loads(raw) if raw else []


def _seen(marks: list[list[int]], hlc: int) -> int:
    """The hub watermark this store had pulled when it wrote an op stamped ``hlc``."""
    seen = 0
    for clock, watermark in marks:
        if clock < hlc:
            seen = max(seen, watermark)
    return seen
