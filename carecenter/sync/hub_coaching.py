"""The hub's checks of coaching rows (issue 19, part 6), on every signed-in push.

- A ``training_request`` names a case or a decision it is about (``BAD_VALUE``).
- A ``celebration`` (supervisors only: ``op_checks.SUPERVISOR_TABLES``) shares a *praise*
  with the team: a note that is a lesson, or that neither the hub nor the push has, is
  refused (``BAD_VALUE``, ``UNKNOWN_REFERENCE``). Lessons are coaching between two people,
  never put on show.

Authors (``agent_id`` of requests and reads, ``by_id`` of celebrations) are stamped from
the token by ``op_checks``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from carecenter.sync.refusals import RefusalCode

if TYPE_CHECKING:
    from carecenter.sync.op_checks import _Push
    from carecenter.sync.protocol import Op


def _value(op: Op, name: str) -> Any:
    cell = op.fields.get(name)
    return cell[0] if cell is not None else None


def check_coaching(push: _Push) -> None:
    for i, op in push.live("training_request"):
        if op.kind == "insert" and not (isinstance(_value(op, "case_id"), str)
                                        or isinstance(_value(op, "decision_id"), str)):
            push.refuse(i, RefusalCode.BAD_VALUE, {"field": "case_id", "value": None,
                                                   "allowed": []})
    items = [(i, _value(op, "note_id")) for i, op in push.live("celebration")
             if op.kind == "insert"]
    if not items:
        return
    kinds = {op.row_id: _value(op, "kind") for _i, op in push.live("review_note")}
    wanted = {n for _i, n in items if isinstance(n, str) and n not in kinds}
    kinds.update({r.id: r.kind for r in push.select("review_note", ["id", "kind"], "id",
                                                     wanted)})
    for i, note in items:
        if note not in kinds:
            push.refuse(i, RefusalCode.UNKNOWN_REFERENCE,
                        {"field": "note_id", "target": "review_note", "id": str(note)})
        elif kinds[note] != "praise":
            push.refuse(i, RefusalCode.BAD_VALUE, {"field": "note_id", "value": note,
                                                   "allowed": []})
