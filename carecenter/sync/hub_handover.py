"""The hub's rule for hand-overs (issue 19, part 1), checked on every signed-in push.

Who holds a follow-up is its ``assignee_id``; who holds a case is its opener until its
first hand-over (``handed_at`` set), then its ``owner_id``; None is the team queue.

- An agent or senior may move (an update of a row the hub has writing ``assignee_id``,
  or ``owner_id``/``handed_at`` of a case) only work she holds or the team queue's, and
  may write a ``hand_over`` only ``from_id`` herself or the team queue (``NOT_YOURS``).
  A supervisor or an admin may move anyone's. What the row holds is read from the hub,
  or from an earlier op of the same push that moved it.
- When a push brings a ``hand_over`` for a row, the op moving that row may change only
  who holds it (``HAND_OVER_FIELDS``): a note travels in the ``hand_over`` row, nothing
  else of the follow-up or case rides along unseen.
- A ``hand_over`` names a follow-up or a case (``BAD_VALUE`` otherwise); its ``by_id`` is
  stamped with the sender (``op_checks.AUTHOR``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from carecenter.sync.refusals import Principal, RefusalCode

if TYPE_CHECKING:
    from carecenter.sync.op_checks import _Push
    from carecenter.sync.protocol import Op

SHARING = frozenset({"supervisor", "admin"})
HOLDER = {"follow_up": ("assignee_id",), "case": ("owner_id", "handed_at")}
_UNSET = object()


def _value(op: Op, name: str) -> Any:
    cell = op.fields.get(name)
    return cell[0] if cell is not None else _UNSET


def _holders(push: _Push) -> dict[tuple[str, str], str | None]:
    """Who holds each follow-up and case this push moves, as the hub has it now."""
    wanted: dict[str, set[str]] = {}
    for _i, op in push.live():
        if op.table in HOLDER and any(f in op.fields for f in HOLDER[op.table]):
            wanted.setdefault(op.table, set()).add(op.row_id)
    out: dict[tuple[str, str], str | None] = {}
    for r in push.select("follow_up", ["id", "assignee_id"], "id",
                         wanted.get("follow_up", ())):
        out[("follow_up", r.id)] = r.assignee_id
    for r in push.select("case", ["id", "owner_id", "handed_at", "opened_by_id"], "id",
                         wanted.get("case", ())):
        out[("case", r.id)] = r.opened_by_id if r.handed_at is None else r.owner_id
    return out


def _moved_to(op: Op) -> object:
    """Who an op makes hold its row (``_UNSET``: it does not move it)."""
    moved: object = _UNSET
    if op.table == "follow_up":
        moved = _value(op, "assignee_id")
    elif op.table == "case" and _value(op, "handed_at") not in (_UNSET, None):
        moved = _value(op, "owner_id")
    return moved


def check_hand_overs(push: _Push, p: Principal) -> None:
    holders = _holders(push)
    handed = {(t, v) for _i, op in push.live("hand_over")
              for t, f in (("follow_up", "follow_up_id"), ("case", "case_id"))
              if isinstance(v := _value(op, f), str)}
    anyone = p.role in SHARING
    for i, op in push.live():
        if op.table == "hand_over":
            _check_hand_over(push, i, op, p, anyone)
            continue
        if op.table not in HOLDER or not any(f in op.fields for f in HOLDER[op.table]):
            continue
        key = (op.table, op.row_id)
        if key not in holders:
            continue  # a new row: whoever writes it says who holds it
        if key in handed:
            extra = sorted(set(op.fields) - {"id", *HOLDER[op.table]})
            if extra:
                push.refuse(i, RefusalCode.HAND_OVER_FIELDS, {"field": extra[0]})
                continue
        if not anyone and holders[key] not in (p.agent_id, None):
            push.refuse(i, RefusalCode.NOT_YOURS)
            continue
        to = _moved_to(op)
        if to is not _UNSET:
            holders[key] = to if isinstance(to, str) else None


def _check_hand_over(push: _Push, i: int, op: Op, p: Principal, anyone: bool) -> None:
    if op.kind != "insert":
        return  # append-only: op_values refuses the rest
    fu, case = _value(op, "follow_up_id"), _value(op, "case_id")
    if not isinstance(fu, str) and not isinstance(case, str):
        push.refuse(i, RefusalCode.BAD_VALUE, {"field": "follow_up_id", "value": None,
                                               "allowed": []})
        return
    giver = _value(op, "from_id")
    if not anyone and giver not in (p.agent_id, None, _UNSET):
        push.refuse(i, RefusalCode.NOT_YOURS)
