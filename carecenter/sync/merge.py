"""The merge rules of sync: one pure function, used by the hub and by every replica.

A row's state is a mapping ``field -> Cell(value, hlc, site)``: the field's value (as JSON
value: dates and datetimes as ISO text) and the clock and site of the write that set it.
``merge_rows`` joins two states field by field. For every field the winner is the cell
with the greatest *key*, so the merge is commutative, associative and idempotent (a
semilattice join), whatever order ops and pulls arrive in:

- mutable tables, ordinary fields: last writer wins, key ``(hlc, site)``;
- append-only tables: the row is written once, the first write wins (smallest
  ``(hlc, site)``), so nothing can rewrite a recorded contact, decision or consent;
- forward-only fields (``FORWARD``): key ``(rank of the value, hlc, site)``, so a state
  never moves back: case ``open < in_progress < resolved < closed`` (a reopened case is a
  new case naming the old one in ``reopens_id``), offer ``draft < active < retired``,
  campaign ``draft < active < closed``, follow-up ``open < done``, decision authority
  ``within|override|pending < exceeds_cap < approved|rejected`` and ``deleted``
  ``False < True`` (tombstones win), except a customer's ``deleted``, last writer wins
  so that a delete that met a concurrent edit can be undone (``sync.hub_deletes``);
- consent: events are append-only (union), and the ``granted`` flag of one event can only
  move to ``False``; the current consent is the latest event by ``at``, ties deny
  (``current_consent``). No merge can turn a denial back into a grant. A grant made on a
  desk that had not seen a withdrawal (told by the op's ``seen`` watermark) gets the hub's
  ``overruled`` mark, which only moves to true, and counts no more (``consent_rule``).

Every key ends with the value's JSON text, so even two writes with the same clock and
site (which the clock makes impossible) would merge the same way everywhere.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

_DELETED = {False: 0, True: 1}

FORWARD: dict[tuple[str, str], Mapping[Any, int]] = {
    ("case", "status"): {"open": 0, "in_progress": 1, "resolved": 2, "closed": 3},
    ("offer", "status"): {"draft": 0, "active": 1, "retired": 2},
    ("campaign", "status"): {"draft": 0, "active": 1, "closed": 2},
    ("follow_up", "status"): {"open": 0, "done": 1},
    # a late customer marked no-show may still arrive (the later write wins among equals)
    ("appointment", "status"): {"expected": 0, "arrived": 1, "no_show": 1, "seen": 2},
    ("decision", "authority_state"): {
        "within": 0, "override": 0, "pending": 0, "exceeds_cap": 1, "approved": 2,
        "rejected": 2,
    },
    ("consent_event", "granted"): {True: 0, False: 1},
    # the hub's mark on a grant that missed a withdrawal (consent_rule): never taken back
    ("consent_event", "overruled"): {None: 0, False: 0, True: 1},
}

# Tables whose rows are written once (KIND == "append" on the model).
APPEND_TABLES = frozenset({
    "consent_event", "holding", "contact", "case_step_event", "decision", "review_note",
    "merge", "sync_conflict", "decision_answer", "conflict_resolution", "hand_over",
    "training_request", "playbook_read", "celebration", "charter_citation",
})
# A customer's ``deleted`` is last writer wins, unlike other tombstones: the hub keeps a
# customer whose delete met an edit made without seeing it (``sync.hub_deletes``) by
# writing ``False`` with a later clock, and a person may delete it again.
_LWW_DELETED = frozenset({"customer"})


@dataclass(frozen=True, slots=True)
class Cell:
    """One field's value and the clock and site of the write that set it."""

    value: Any
    hlc: int
    site: str

    def as_list(self) -> list[Any]:
        return [self.value, self.hlc, self.site]

    @classmethod
    def of(cls, raw: list[Any] | tuple[Any, ...]) -> Cell:
        return cls(raw[0], int(raw[1]), str(raw[2]))


RowState = Mapping[str, Cell]


def _text(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def _order(table: str, field: str) -> Mapping[Any, int] | None:
    if field == "deleted":
        return None if table in _LWW_DELETED else _DELETED
    return FORWARD.get((table, field))


def key(table: str, field: str, cell: Cell) -> tuple[Any, ...]:
    """The order in which cells of ``table.field`` win: the greatest key wins."""
    order = _order(table, field)
    tail: tuple[Any, ...] = (cell.hlc, cell.site, _text(cell.value))
    if table in APPEND_TABLES:
        # First write wins: negate the clock so the earliest write has the greatest key.
        tail = (-cell.hlc, _neg(cell.site), _neg(_text(cell.value)))
    if order is not None:
        rank = order.get(cell.value, -1) if _hashable(cell.value) else -1
        return (rank, *tail)
    return tail


def _hashable(value: Any) -> bool:
    return isinstance(value, str | int | bool | float) or value is None


def _neg(text: str) -> tuple[int, ...]:
    """A key that sorts in the opposite order of ``text`` (for first-writer-wins)."""
    return (*tuple(-ord(ch) for ch in text), 1)


def pick(table: str, field: str, a: Cell | None, b: Cell | None) -> Cell:
    """The winning cell of two writes of the same field."""
    if a is None:
        assert b is not None
        return b
    if b is None or a == b:
        return a
    return a if key(table, field, a) >= key(table, field, b) else b


def merge_rows(table: str, a: RowState, b: RowState) -> dict[str, Cell]:
    """Join two states of one row: each field takes its winning cell."""
    out = dict(a)
    for name, cell in b.items():
        out[name] = pick(table, name, out.get(name), cell)
    return out


def is_conflict(a: Cell, b: Cell) -> bool:
    """Two writes from different sites that disagree on a field's value."""
    return a.site != b.site and _text(a.value) != _text(b.value)


# -- consent ---------------------------------------------------------------------------
def current_consent(
    events: Iterable[tuple[str, str, bool, str | datetime]],
) -> dict[tuple[str, str], bool]:
    """Current consent per ``(channel, purpose)`` from ``(channel, purpose, granted, at)``
    events: the latest by ``at``; on a tie the most restrictive (denied) wins."""
    best: dict[tuple[str, str], tuple[Any, bool]] = {}
    for channel, purpose, granted, at in events:
        k = (channel, purpose)
        cand = (at, not granted)  # later wins; at the same instant, a denial wins
        if k not in best or cand > best[k]:
            best[k] = cand
    return {k: not denied for k, (_at, denied) in best.items()}
