"""The changes the hub refused, set aside on this workstation: list, fix, send again, discard.

A push the hub refuses in part leaves the refused ops here (``carecenter.sync.outbox``
moves them into the ``set_aside`` table with the hub's code, values and sentence), so the
rest of the outbox goes on. Each waits for a person:

- ``send_again`` puts it back at the end of the outbox as it is (an administrator fixed
  a role, the customer it refers to has reached the hub since);
- ``amend`` fixes the one value the hub refused (a wrong type, a text too long, a code
  it does not know, a missing field): the new value passes the same checks the hub runs
  (``carecenter.sync.op_values``) first; the op and this workstation's row take it with
  the op's own clock, and the op goes back to the outbox;
- ``discard`` drops it with a reason, which stays in ``set_aside`` as the record of it
  (who, when, why) and goes to the ``carecenter.sync`` log without any field's value.

Refusals are ``SetAsideError`` with a ``SetAsideCode`` and values; ``ui`` says them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from carecenter.clock import utcnow
from carecenter.db.base import table_of
from carecenter.db.guard import lifted
from carecenter.db.models import OutboxOp, SetAsideOp
from carecenter.db.store import Store
from carecenter.services.search.index import refresh_documents
from carecenter.sync.codec import decoders
from carecenter.sync.op_values import MODELS, specs, value_refusal
from carecenter.sync.refusals import Refusal, RefusalCode

log = logging.getLogger("carecenter.sync")

REASON_LIMIT = 500
# The refusals a new value can fix (the others need an administrator or a discard).
FIXABLE = frozenset({RefusalCode.BAD_TYPE, RefusalCode.TOO_LONG, RefusalCode.BAD_VALUE,
                     RefusalCode.MISSING_FIELD})


class SetAsideCode(StrEnum):
    UNKNOWN = "unknown"            # no such op waiting (sent again or discarded meanwhile)
    NO_REASON = "no_reason"        # a discard needs a reason
    REASON_TOO_LONG = "reason_too_long"  # values: limit
    NOT_FIXABLE = "not_fixable"    # not a refused value (values: refused, its code)
    UNKNOWN_FIELD = "unknown_field"  # values: field (not a field of the op's table)
    STILL_REFUSED = "still_refused"  # values: refusal (the hub's checks refuse the new value)


class SetAsideError(Exception):
    def __init__(self, code: SetAsideCode, **values: Any) -> None:
        super().__init__(code.value)
        self.code = code
        self.values = values


@dataclass(frozen=True)
class SetAsideItem:
    """One change the hub refused, as the "Not sent" list shows it."""

    op_id: str
    table: str
    row_id: str
    kind: str
    fields: dict[str, Any]  # {column: value} as sent (the clocks left out)
    refusal: Refusal  # the code and the values its sentence needs
    message: str  # the hub's English sentence (the console says its own)
    created_at: datetime
    set_aside_at: datetime

    @property
    def code(self) -> RefusalCode:
        return self.refusal.code

    @property
    def field(self) -> str | None:
        """The field the refusal is about, when it names one."""
        f = self.refusal.values.get("field")
        return str(f) if f is not None else None

    @property
    def fixable(self) -> bool:
        return self.code in FIXABLE and self.field is not None


def _item(r: SetAsideOp) -> SetAsideItem:
    refusal = Refusal.from_wire({"code": r.code, "op_id": r.op_id, "table": r.table,
                                 "row_id": r.row_id, "values": r.values})
    fields = {k: (v[0] if isinstance(v, list) and len(v) == 2 else v)
              for k, v in (r.fields or {}).items()}
    return SetAsideItem(r.op_id, r.table, r.row_id, r.kind, fields, refusal, r.message,
                        r.created_at, r.set_aside_at)


def waiting(store: Store) -> tuple[SetAsideItem, ...]:
    """The changes set aside and neither sent again nor discarded, newest first."""
    with store.session() as s:
        rows = s.scalars(select(SetAsideOp).where(SetAsideOp.discarded_at.is_(None))
                         .order_by(SetAsideOp.set_aside_at.desc(),
                                   SetAsideOp.created_at.desc(), SetAsideOp.op_id.desc()))
        return tuple(_item(r) for r in rows)


def count_waiting(store: Store) -> int:
    return len(waiting(store))


def count_pending(store: Store) -> int:
    """Changes in the outbox, not yet acknowledged by the hub."""
    with store.session() as s:
        return int(s.execute(select(func.count()).select_from(OutboxOp)).scalar_one())


def _waiting_row(s: Session, op_id: str) -> SetAsideOp:
    row = s.get(SetAsideOp, op_id)
    if row is None or row.discarded_at is not None:
        raise SetAsideError(SetAsideCode.UNKNOWN, op_id=op_id)
    return row


def _requeue(s: Session, row: SetAsideOp) -> None:
    """Back at the end of the outbox (a new ``seq``), out of the list."""
    s.add(OutboxOp(op_id=row.op_id, table=row.table, row_id=row.row_id, kind=row.kind,
                   fields=dict(row.fields or {}), hlc=row.hlc, created_at=row.created_at))
    s.delete(row)


def send_again(store: Store, op_id: str) -> None:
    """Put the change back at the end of the outbox, unchanged; the next sync sends it."""
    with store.session() as s, s.begin():
        row = _waiting_row(s, op_id)
        _requeue(s, row)
    log.info("set-aside op %s (%s %s) sent again", op_id, row.table, row.kind)


def check_value(table: str, field: str, value: Any) -> Refusal | None:
    """Why the hub would refuse ``value`` in ``table.field`` (None: it takes it)."""
    cols = specs(table) if table in MODELS else {}
    if field not in cols or field == "id":
        raise SetAsideError(SetAsideCode.UNKNOWN_FIELD, field=field)
    return value_refusal(table, field, cols[field], value)


def amend(store: Store, op_id: str, field: str, value: Any) -> None:
    """Fix the value the hub refused, then send the change again.

    ``value`` is the wire value (text, a whole number, true/false, ISO text for dates):
    checked as the hub checks it, written into the op with the op's clock for that field
    (the op's own clock for a field it lacked) and into this workstation's row, unless a
    later write on this desk already replaced the row's value."""
    with store.session() as s, s.begin():
        row = _waiting_row(s, op_id)
        try:
            code = RefusalCode(row.code)
        except ValueError:
            code = None
        if code not in FIXABLE:
            raise SetAsideError(SetAsideCode.NOT_FIXABLE, refused=row.code)
        bad = check_value(row.table, field, value)
        if bad is not None:
            raise SetAsideError(SetAsideCode.STILL_REFUSED,
                                refusal=Refusal(bad.code, op_id, row.table, row.row_id,
                                                bad.values))
        fields = dict(row.fields or {})
        old = fields.get(field)
        hlc = int(old[1]) if isinstance(old, list) and len(old) == 2 else int(row.hlc)
        fields[field] = [value, hlc]
        row.fields = fields
        _write_row(s, row.table, row.row_id, field, value, hlc=hlc)
        _requeue(s, row)
    log.info("set-aside op %s (%s %s) amended in %s and sent again", op_id, row.table,
             row.kind, field)


def _write_row(s: Session, table: str, row_id: str, field: str, value: Any, *,
               hlc: int) -> None:
    t = table_of(MODELS[table])
    current = s.execute(select(t.c.clocks).where(t.c.id == row_id)).first()
    if current is None:
        return  # the row is gone here: the op alone carries the value
    clocks = dict(current[0] or {})
    held: Any = clocks.get(field, clocks.get("*"))
    held_hlc: Any = held[0] if isinstance(held, list) and held else held
    if held_hlc is not None and int(held_hlc) > hlc:
        return  # changed on this desk since: that later write wins, as it will on the hub
    clocks[field] = held if held_hlc is not None and int(held_hlc) == hlc else hlc
    decode = decoders(t).get(field, lambda v: v)
    owners = _owners(s, t, row_id)
    # The guard lifted: the write goes with its op, the amended one, back in the outbox.
    with lifted(s.connection()):
        s.execute(update(t).where(t.c.id == row_id).values({field: decode(value),
                                                            "clocks": clocks}))
    # The search documents of the customers it belongs to (before and after): a name or
    # number fixed is found by it, a contact's time fixed ranks its customer by it.
    refresh_documents(s, table, owners | _owners(s, t, row_id))


def _owners(s: Session, t: Any, row_id: str) -> set[str]:
    """The customer a row is or belongs to."""
    if t.name == "customer":
        return {row_id}
    if "customer_id" not in t.c:
        return set()
    owner = s.execute(select(t.c.customer_id).where(t.c.id == row_id)).scalar()
    return {owner} if owner else set()


def discard(store: Store, op_id: str, reason: str, by: str) -> None:
    """Give up sending the change, saying why; the record stays on this workstation."""
    reason = " ".join(str(reason or "").split())
    if not reason:
        raise SetAsideError(SetAsideCode.NO_REASON)
    if len(reason) > REASON_LIMIT:
        raise SetAsideError(SetAsideCode.REASON_TOO_LONG, limit=REASON_LIMIT)
    with store.session() as s, s.begin():
        row = _waiting_row(s, op_id)
        row.discarded_at = utcnow()
        row.discard_reason = reason
        row.discarded_by = " ".join(str(by or "").split())[:200] or None
        table, kind, code = row.table, row.kind, row.code
    # INFO like the other lines: the set_aside row is the lasting record; a record made in
    # a worker thread by default would leave a dummy thread behind (Python 3.11 logging)
    log.info("set-aside op %s (%s %s, refused: %s) discarded by %s", op_id, table, kind,
             code, by or "?")


__all__ = ["FIXABLE", "SetAsideCode", "SetAsideError", "SetAsideItem", "amend",
           "check_value", "count_waiting", "discard", "send_again", "waiting"]
