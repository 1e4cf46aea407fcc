"""Every pushed op checked before the hub merges it (issue 13, parts 3 and 4).

``check_push`` is called inside the push transaction; it returns the ops to merge (author
fields stamped from the principal) and the refused ones, in the order pushed. The client's
word is taken for nothing:

1. **Values** (``op_values.check_op``, the same checks the workstation runs before a
   write): table, kind, ids, fields, types, lengths, codes, append-only, every field's
   clock. Run for every push, the hub's trusted code (``principal is None``) included.
2. **Shape against the hub's rows** (every push too): a row the hub does not have must
   get all its non-nullable fields from the ops of this push (``MISSING_FIELD``: a partial
   row would break every workstation that pulls it); an ``insert`` of an append-only row
   the hub already has must repeat its values (``APPEND_ONLY``: an insert with an older
   clock would otherwise rewrite it, first write wins), forward fields aside.
3. **Who may write what** (only with a principal):

   - ``agent``, ``remedy``, ``authority_policy``, ``checklist_template``,
     ``playbook_text``, ``charter_text`` and ``sync_conflict`` (made by the hub only) need an admin
     (``ROLE``). One exception, for the desk's own agent row and the agents a contacts
     import names: a *new* ``agent`` row (not on the hub) whose role is no higher than
     the sender's own (agent < senior < supervisor < admin). Changing any agent row,
     a role included, stays with the admin.
   - ``decision_answer`` and ``review_note`` need a supervisor or an admin (``ROLE``).
     An answer must name a decision on the hub or in the same push
     (``UNKNOWN_DECISION``; a note naming a decision too), not the sender's own
     (``OWN_REQUEST``), and the decision's amount must be within the sender's own
     ``max_per_decision_cents``: the smallest of the hub's ``authority_policy`` rows for
     the sender's role. Without such a row there is no limit, for a supervisor as for an
     admin: the hub has no published policy to hold them to (the workstation still
     applies its defaults) — publishing one is what sets the limit (``OVER_AUTHORITY``).
   - A ``decision`` op writing ``authority_state`` ``approved``/``rejected`` (insert or
     update: the hub merges fields whatever the kind) needs a matching answer (same
     ``approved``) taken in the same push, or on the hub by an agent whose hub role is
     supervisor or admin (``NO_ANSWER``); ``exceeds_cap`` is the hub's own mark and never
     taken from a workstation (``BAD_VALUE``).
   - **Stamping**: ``decision.agent_id``, ``decision_answer.by_id``,
     ``review_note.author_id``, ``merge.by_id``, ``case.opened_by_id``,
     ``hand_over.by_id``, ``charter_citation.agent_id`` become the token's
     agent on every insert (added with the op's clock when missing) and on any op that
     writes them; ``follow_up.done_by_id`` when an op sets it (not to None). Each keeps
     its field's clock. An admin's ops are not stamped (an import on someone's behalf).

   - ``celebration`` (a praise shared with the team) needs a supervisor or an admin too,
     and a praise to share; a ``training_request`` names a case or a decision
     (``hub_coaching``). Requests and reads are stamped with the token's agent.
   - Hand-overs (``hub_handover``): an agent moves only the work she holds or the team
     queue's, and a hand-over changes only who holds the row; a supervisor moves anyone's.
   - A ``decision`` of a remedy that costs nothing (``op_units``): its quantity within
     the published per-grant limit of the author's role when it says ``within``
     (``OVER_UNIT_LIMIT``), a quantity exactly when the remedy is counted in a unit.

Reads of the hub's rows are one query per table touched (ids only), plus, only when
needed, the rows of repeated append-only inserts, the decisions answers name, the
answers of decisions moved to approved/rejected and the sender's policy.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from carecenter.sync import op_values
from carecenter.sync.codec import decoders
from carecenter.sync.hub_coaching import check_coaching
from carecenter.sync.hub_handover import check_hand_overs
from carecenter.sync.hub_schema import TABLES
from carecenter.sync.op_units import unit_grants
from carecenter.sync.op_values import (
    ValueRefused,
    check_values,
    forward_fields,
    refuse_values,
    required,
)
from carecenter.sync.protocol import Op
from carecenter.sync.refusals import Principal, Refusal, RefusalCode

if TYPE_CHECKING:
    from carecenter.sync.hub import Hub

ADMIN_TABLES = frozenset({"agent", "remedy", "authority_policy", "checklist_template",
                          "playbook_text", "sync_conflict", "charter_text"})
SUPERVISOR_TABLES = frozenset({"decision_answer", "review_note", "celebration"})
RANK = {"agent": 0, "senior": 1, "supervisor": 2, "admin": 3}
ANSWERING = frozenset({"supervisor", "admin"})
AUTHOR = {"decision": "agent_id", "decision_answer": "by_id", "review_note": "author_id",
          "merge": "by_id", "case": "opened_by_id", "conflict_resolution": "by_id",
          "customer_change": "agent_id", "hand_over": "by_id",
          "training_request": "agent_id", "playbook_read": "agent_id", "celebration": "by_id",
          "charter_citation": "agent_id"}
SETTER = {("follow_up", "done_by_id")}
FINAL = {"approved": True, "rejected": False}
_CHUNK = 500

Row = tuple[str, str]


class _Push:
    """One push being checked: its ops by position, the refusals so far."""

    def __init__(self, hub: Hub, conn: Connection, ops: list[Op]) -> None:
        self.hub, self.conn, self.ops = hub, conn, list(ops)
        self.refused: dict[int, Refusal] = {}

    def live(self, table: str | None = None) -> list[tuple[int, Op]]:
        return [(i, op) for i, op in enumerate(self.ops)
                if i not in self.refused and (table is None or op.table == table)]

    def refuse(self, i: int, code: RefusalCode, values: dict[str, Any] | None = None) -> None:
        op = self.ops[i]
        self.refused[i] = Refusal(code, op.op_id, op.table, op.row_id, values or {})

    def select(self, name: str, cols: list[str], where: str, keys: Iterable[Any]) -> list[Any]:
        t = TABLES[name]
        wanted = sorted(set(keys))
        out: list[Any] = []
        for at in range(0, len(wanted), _CHUNK):
            q = select(*(t.c[c] for c in cols)).where(t.c[where].in_(wanted[at:at + _CHUNK]))
            out.extend(self.conn.execute(q).all())
        return out


def check_push(hub: Hub, conn: Connection, ops: list[Op], principal: Principal | None,
               now_ms: int) -> tuple[list[Op], list[Refusal]]:
    push = _Push(hub, conn, ops)
    for i, op in enumerate(push.ops):
        r = op_values.check_op(op, now_ms)
        if r is not None:
            push.refused[i] = r
    rows: dict[str, list[str]] = {}
    for _i, op in push.live():
        rows.setdefault(op.table, []).append(op.row_id)
    on_hub = {(name, rid) for name, ids in rows.items()
              for (rid,) in push.select(name, ["id"], "id", ids)}
    if principal is not None:
        _roles(push, principal, on_hub)
        if principal.role != "admin":
            _stamp(push, principal)
    _repeats(push, on_hub)
    _complete(push, on_hub)
    if principal is not None:
        _answers(push, principal)
        check_hand_overs(push, principal)
        check_coaching(push)
        _notes(push)
        _final_states(push)
        unit_grants(push, principal)
        _references(push)
    taken = [op for _i, op in push.live()]
    return taken, [push.refused[i] for i in sorted(push.refused)]


def _value(op: Op, name: str) -> Any:
    cell = op.fields.get(name)
    return cell[0] if cell is not None else None


def _roles(push: _Push, p: Principal, on_hub: set[Row]) -> None:
    mine = RANK.get(p.role, 0)
    for i, op in push.live():
        if op.table in ADMIN_TABLES and p.role != "admin":
            asked = _value(op, "role")
            if not (op.table == "agent" and op.kind == "insert"
                    and (op.table, op.row_id) not in on_hub
                    and RANK.get(asked if isinstance(asked, str) else "", 9) <= mine):
                push.refuse(i, RefusalCode.ROLE, {"needed": "admin", "role": p.role})
        elif op.table in SUPERVISOR_TABLES and p.role not in ANSWERING:
            push.refuse(i, RefusalCode.ROLE, {"needed": "supervisor", "role": p.role})
        elif op.table == "decision" and _value(op, "authority_state") == "exceeds_cap":
            allowed = [s for s in op_values.ENUMS[("decision", "authority_state")]
                       if s != "exceeds_cap"]
            push.refuse(i, RefusalCode.BAD_VALUE, {"field": "authority_state",
                                                   "value": "exceeds_cap", "allowed": allowed})


def _stamp(push: _Push, p: Principal) -> None:
    for i, op in push.live():
        author = AUTHOR.get(op.table)
        names = [author] if author else []
        names += [f for t, f in SETTER if t == op.table]
        fields = dict(op.fields)
        for name in names:
            cell = fields.get(name)
            if cell is not None and (cell[0] is not None or name == author):
                fields[name] = [p.agent_id, cell[1]]
            elif cell is None and name == author and op.kind == "insert":
                fields[name] = [p.agent_id, op.hlc]
        if fields != op.fields:
            push.ops[i] = replace(op, fields=fields)


def _repeats(push: _Push, on_hub: set[Row]) -> None:
    """An insert of an append-only row the hub has must say what the hub has."""
    again: dict[str, list[tuple[int, Op]]] = {}
    for i, op in push.live():
        if op.kind == "insert" and op.table in op_values.APPEND and (op.table, op.row_id) in on_hub:
            again.setdefault(op.table, []).append((i, op))
    for name, items in again.items():
        states = push.hub.load(push.conn, name, sorted({op.row_id for _i, op in items}))
        dec = decoders(TABLES[name])
        forward = forward_fields(name)
        for i, op in items:
            state = states.get(op.row_id, {})
            for f, cell in op.fields.items():
                if f == "id" or f in forward or f not in state:
                    continue
                if dec[f](cell[0]) != dec[f](state[f][0].value):
                    push.refuse(i, RefusalCode.APPEND_ONLY)
                    break


def _complete(push: _Push, on_hub: set[Row]) -> None:
    """A row new to the hub gets every non-nullable field from this push."""
    got: dict[Row, set[str]] = {}
    for _i, op in push.live():
        if (op.table, op.row_id) not in on_hub:
            got.setdefault((op.table, op.row_id), set()).update(op.fields)
    for i, op in push.live():
        have = got.get((op.table, op.row_id))
        if have is None:
            continue
        missing = [f for f in required(op.table) if f not in have]
        if missing:
            push.refuse(i, RefusalCode.MISSING_FIELD, {"field": missing[0]})


def _pushed_decisions(push: _Push) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for _i, op in push.live("decision"):
        facts = out.setdefault(op.row_id, {})
        for f in ("agent_id", "amount_cents"):
            if f in op.fields:
                facts[f] = op.fields[f][0]
    return out


def _decisions(push: _Push, ids: set[str]) -> dict[str, dict[str, Any]]:
    """What the push and the hub say of these decisions (the push's own values first)."""
    out = {r.id: {"agent_id": r.agent_id, "amount_cents": r.amount_cents}
           for r in push.select("decision", ["id", "agent_id", "amount_cents"], "id", ids)}
    for rid, facts in _pushed_decisions(push).items():
        if rid in ids:
            out[rid] = {**out.get(rid, {}), **facts}
    return out


def _limit(push: _Push, role: str) -> int | None:
    caps = [r.max_per_decision_cents for r in push.select(
        "authority_policy", ["max_per_decision_cents"], "role", [role])
        if isinstance(r.max_per_decision_cents, int)]
    return min(caps) if caps else None


def _answers(push: _Push, p: Principal) -> None:
    items = [(i, op, _value(op, "decision_id")) for i, op in push.live("decision_answer")]
    if not items:
        return
    known = _decisions(push, {d for _i, _op, d in items if isinstance(d, str)})
    limit = _limit(push, p.role) if any(isinstance(d, str) for _i, _o, d in items) else None
    for i, op, did in items:
        if did is None and "decision_id" not in op.fields:
            continue  # a repeat of an answer the hub has (checked by _repeats)
        facts = known.get(did) if isinstance(did, str) else None
        if facts is None:
            push.refuse(i, RefusalCode.UNKNOWN_DECISION, {"decision_id": str(did)})
        elif facts.get("agent_id") == p.agent_id:
            push.refuse(i, RefusalCode.OWN_REQUEST)
        elif limit is not None and (facts.get("amount_cents") or 0) > limit:
            push.refuse(i, RefusalCode.OVER_AUTHORITY,
                        {"amount_cents": facts.get("amount_cents"), "limit_cents": limit})


def _notes(push: _Push) -> None:
    items = [(i, _value(op, "decision_id")) for i, op in push.live("review_note")]
    named = {d for _i, d in items if isinstance(d, str)}
    if not named:
        return
    known = set(_decisions(push, named))
    for i, did in items:
        if isinstance(did, str) and did not in known:
            push.refuse(i, RefusalCode.UNKNOWN_DECISION, {"decision_id": did})


def _final_states(push: _Push) -> None:
    """A decision approved or rejected needs a supervisor's answer saying so."""
    moved = [(i, op, FINAL[s]) for i, op in push.live("decision")
             if isinstance(s := _value(op, "authority_state"), str) and s in FINAL]
    if not moved:
        return
    answered: set[tuple[str, bool]] = set()
    for _i, op in push.live("decision_answer"):
        did, yes = _value(op, "decision_id"), _value(op, "approved")
        if isinstance(did, str) and isinstance(yes, bool):
            answered.add((did, yes))
    wanted = {op.row_id for _i, op, _yes in moved}
    stored = push.select("decision_answer", ["decision_id", "by_id", "approved"],
                         "decision_id", wanted)
    if stored:
        roles = dict(push.select("agent", ["id", "role"], "id",
                                 [r.by_id for r in stored if r.by_id]))
        answered |= {(r.decision_id, bool(r.approved)) for r in stored
                     if roles.get(r.by_id) in ANSWERING}
    for i, op, yes in moved:
        if (op.row_id, yes) not in answered:
            push.refuse(i, RefusalCode.NO_ANSWER)


def _foreign_keys(table: str) -> dict[str, str]:
    """The fields of ``table`` that name a row of another synced table, and that table."""
    model = op_values.MODELS[table]
    return {c.name: next(iter(c.foreign_keys)).column.table.name
            for c in model.__table__.columns if c.foreign_keys}


def _references(push: _Push) -> None:
    """A row may only name rows the hub has or this push brings (and takes): a reference
    to a row nobody sent would show on every desk as a decision, case or contact of
    nobody. Rows arrive in the order their desk wrote them, so a desk's own new rows come
    before (or with) the rows naming them. Repeated until no refusal takes a named row
    away (a row refused here refuses the rows naming it)."""
    while True:
        brought = {(op.table, op.row_id) for _i, op in push.live()}
        named: dict[str, set[str]] = {}
        for _i, op in push.live():
            for f, target in _foreign_keys(op.table).items():
                v = _value(op, f)
                if isinstance(v, str) and (target, v) not in brought:
                    named.setdefault(target, set()).add(v)
        if not named:
            return
        known = {(t, rid) for t, ids in named.items()
                 for (rid,) in push.select(t, ["id"], "id", ids)}
        before = len(push.refused)
        for i, op in push.live():
            for f, target in _foreign_keys(op.table).items():
                v = _value(op, f)
                if isinstance(v, str) and (target, v) not in brought | known:
                    push.refuse(i, RefusalCode.UNKNOWN_REFERENCE,
                                {"field": f, "target": target, "id": v})
                    break
        if len(push.refused) == before:
            return


__all__ = ["ADMIN_TABLES", "SUPERVISOR_TABLES", "ValueRefused", "check_push", "check_values",
           "refuse_values"]
