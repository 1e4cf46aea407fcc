"""Large purges wait for a supervisor, table by table (issue 16).

A pull that would delete more than ``PURGE_LIMIT`` of the live rows of one table here
(20% of the customers, counted apart from their phone numbers and e-mail addresses) does
not delete them: the row states that would, and every later one of that table, are held
in ``held_row`` in the same transaction as the page (the cursor moves on, the other
tables and the other rows of the page are applied), until a supervisor confirms the purge
(``release``); they are then applied with the sync merge rules, which hold whatever came
later. A table with a purge held holds each further deletion too, so that one decision
covers them all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, distinct, func, select
from sqlalchemy.orm import Session

from carecenter.clock import utcnow
from carecenter.db.models import SYNCED_MODELS, HeldRow
from carecenter.sync.replica_state import _value

PURGE_LIMIT = 0.20
DELETABLE = {m.__tablename__: m for m in SYNCED_MODELS if "deleted" in m.__table__.c}
ConfirmPurge = Callable[[int, int], bool]  # (rows deleted, live rows of the table) -> go on


@dataclass(frozen=True)
class HeldPurge:
    """A table's purge waiting for a supervisor: how many of its live rows it deletes."""

    table: str
    rows: int
    live: int


def live_rows(s: Session, table: str) -> int:
    t = DELETABLE[table].__table__
    return int(s.execute(select(func.count()).select_from(t)
                         .where(t.c.deleted.is_(False))).scalar_one())


def held_tables(s: Session) -> set[str]:
    return set(s.scalars(select(HeldRow.table).distinct()))


def held_purges(s: Session) -> list[HeldPurge]:
    """The purges waiting, biggest first."""
    counts = s.execute(select(HeldRow.table, func.count(distinct(HeldRow.row_id)))
                       .group_by(HeldRow.table)).all()
    found = [HeldPurge(t, int(n), live_rows(s, t)) for t, n in counts if t in DELETABLE]
    return sorted(found, key=lambda h: (-h.rows, h.table))


def _deleting(s: Session, table: str, rows: list[Any], columns: list[str] | None) -> set[str]:
    """The ids of the rows here, live, that these row states turn into tombstones."""
    if columns is not None:  # the "rows" shape: the stored flag
        at, at_id = columns.index("deleted"), columns.index("id")
        ids = [values[at_id] for values in rows if values[at]]
    else:
        ids = [rid for rid, cells in rows
               if "deleted" in cells and _value(cells["deleted"]) is True]
    if not ids:
        return set()
    t = DELETABLE[table].__table__
    found: set[str] = set()
    for i in range(0, len(ids), 500):
        found.update(s.scalars(select(t.c.id).where(
            t.c.id.in_(ids[i:i + 500]), t.c.deleted.is_(False))))
    return found


class PurgeWatch:
    """One pull round's count of deletions per table, and the row states held back."""

    def __init__(self, confirm: ConfirmPurge | None) -> None:
        self.confirm = confirm
        self.deleted: dict[str, int] = {}
        self.live: dict[str, int] = {}
        self.held: set[str] | None = None  # the tables held, read at the first deletion

    def hold(self, s: Session, by_table: dict[str, list[Any]],
             columns: dict[str, list[str]]) -> list[HeldRow]:
        """Take out of ``by_table`` the row states of a page that delete rows of a table
        over the limit (or already held), and return them as rows to keep."""
        kept: list[HeldRow] = []
        for name in DELETABLE:
            rows = by_table.get(name)
            if not rows:
                continue
            cols = columns.get(name)
            ids = _deleting(s, name, rows, cols)
            if not ids:
                continue
            if self.held is None:
                self.held = held_tables(s)
            n = self.deleted[name] = self.deleted.get(name, 0) + len(ids)
            if name not in self.held:
                if name not in self.live:
                    self.live[name] = live_rows(s, name)
                live = self.live[name]
                if n <= PURGE_LIMIT * live or (self.confirm and self.confirm(n, live)):
                    continue
                self.held.add(name)
            at_id = cols.index("id") if cols is not None else None
            now = utcnow()
            stay = []
            for row in rows:
                rid = row[at_id] if at_id is not None else row[0]
                if rid in ids:
                    state = list(row) if at_id is not None else dict(row[1])
                    kept.append(HeldRow(table=name, row_id=rid, columns=cols,
                                        state=state, held_at=now))
                else:
                    stay.append(row)
            by_table[name] = stay
        return kept


def take_held(s: Session, table: str) -> list[tuple[list[str] | None, list[Any]]]:
    """The row states held for ``table``, grouped as apply_remote takes them, and forget
    them (in the caller's transaction): ``(columns, rows)``, rows in the order held."""
    groups: dict[tuple[str, ...] | None, list[Any]] = {}
    for h in s.scalars(select(HeldRow).where(HeldRow.table == table).order_by(HeldRow.seq)):
        key = tuple(h.columns) if h.columns is not None else None
        groups.setdefault(key, []).append(h.state if key is not None else (h.row_id, h.state))
    s.execute(delete(HeldRow).where(HeldRow.table == table))
    return [(list(k) if k is not None else None, rows) for k, rows in groups.items()]


__all__ = ["DELETABLE", "PURGE_LIMIT", "ConfirmPurge", "HeldPurge", "PurgeWatch",
           "held_purges", "held_tables", "live_rows", "take_held"]
