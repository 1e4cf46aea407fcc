"""Changes to check: the conflicts sync found on customers, and settling them.

The hub records a ``sync_conflict`` when two desks changed the same field of a customer
(or of its phone or e-mail) without seeing each other's change (kind ``"field"``: the
value kept everywhere and the value that lost), or when a customer was deleted on one
desk while another desk edited it (kind ``"delete"``: the hub kept the customer,
``carecenter.sync.hub_deletes``). They sync to every desk.

``changes_to_check`` lists the open ones a person here should look at: a supervisor (or
an administrator) sees every one; anyone else those whose losing write was made at this
desk (``lost_site``), since the hub knows desks, not authors, of a field's writes.
``settle`` writes the chosen value back as a normal write (unit of work, outbox op,
field clock: a write newer than both, so it wins everywhere) and records a
``conflict_resolution`` in the same transaction. For a delete, ``KEPT`` keeps the
customer and ``LOST`` deletes it again. ``sync_conflict`` is append-only, so the
resolution is its own append-only synced row: settled on one desk, settled on all.

Refusals are ``ConflictError`` with a ``ConflictCode``; ``ui`` says them in words.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select

from carecenter.clock import hlc_ms, utcnow
from carecenter.db.base import Synced, table_of
from carecenter.db.models import (
    ConflictResolution,
    Customer,
    CustomerEmail,
    CustomerPhone,
    SyncConflict,
)
from carecenter.db.store import Store
from carecenter.domain import Role
from carecenter.services.uow import ChangeSet, UnitOfWork
from carecenter.sync.codec import decoders

# The tables whose conflicts concern a customer, and how each row names its customer.
MODELS: dict[str, type[Synced]] = {
    "customer": Customer, "customer_phone": CustomerPhone, "customer_email": CustomerEmail,
}
SEE_ALL = frozenset({Role.SUPERVISOR.value, Role.ADMIN.value})


class ConflictKind(StrEnum):
    FIELD = "field"    # two desks changed one field: kept and lost values
    DELETE = "delete"  # a delete met an edit: the customer was kept


class Choice(StrEnum):
    KEPT = "kept"  # the value every desk has now (a delete: keep the customer)
    LOST = "lost"  # the value that lost (a delete: delete the customer again)


class ConflictCode(StrEnum):
    UNKNOWN = "unknown"          # no such conflict here
    SETTLED = "settled"          # settled already (values: chosen)
    NOT_YOURS = "not_yours"      # not the viewer's to settle (another desk's, not a lead)
    ROW_GONE = "row_gone"        # the row it concerns is not in this store


class ConflictError(Exception):
    def __init__(self, code: ConflictCode, **values: Any) -> None:
        super().__init__(code.value)
        self.code = code
        self.values = values


@dataclass(frozen=True)
class Viewer:
    """Who looks: the role of the agent signed in here and this desk's site id."""

    role: str
    site: str

    @property
    def sees_all(self) -> bool:
        return self.role in SEE_ALL


@dataclass(frozen=True)
class Write:
    """One side of a conflict: the value (as JSON value: dates as ISO text), when it was
    written (from its clock) and at which desk (``here``: this one)."""

    value: Any
    at: datetime | None
    site: str | None
    here: bool


@dataclass(frozen=True)
class ConflictItem:
    id: str
    kind: ConflictKind
    customer_id: str
    customer_ref: str
    customer_name: str
    table: str
    field: str
    kept: Write
    lost: Write
    found_at: datetime  # when the hub found it
    current: Any = None  # the field's value in this store now
    mine: bool = False   # the losing write was made at this desk
    deleted_now: bool = False  # the customer is deleted here now


def _value(raw: str | None) -> Any:
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def _write(value: str | None, hlc: int | None, site: str | None, here: str) -> Write:
    at = datetime.fromtimestamp(hlc_ms(hlc) / 1000, UTC) if hlc else None
    return Write(_value(value), at, site, site is not None and site == here)


def _open_rows(s: Any, customer_id: str | None = None) -> list[SyncConflict]:
    settled = select(ConflictResolution.conflict_id)
    q = select(SyncConflict).where(
        SyncConflict.kind.in_([k.value for k in ConflictKind]),
        SyncConflict.table_name.in_(list(MODELS)),
        SyncConflict.id.not_in(settled)).order_by(SyncConflict.at.desc(), SyncConflict.id)
    rows = list(s.scalars(q))
    if customer_id is not None:
        rows = [r for r in rows if _customer_of(s, r) == customer_id]
    return rows


def _customer_of(s: Any, r: SyncConflict) -> str | None:
    if r.table_name == "customer":
        return r.row_id
    t = table_of(MODELS[r.table_name])
    found = s.execute(select(t.c.customer_id).where(t.c.id == r.row_id)).scalar()
    return None if found is None else str(found)


def changes_to_check(store: Store, viewer: Viewer) -> tuple[ConflictItem, ...]:
    """The open conflicts on customers this viewer should check, newest first."""
    out: list[ConflictItem] = []
    with store.session() as s:
        for r in _open_rows(s):
            mine = r.lost_site is not None and r.lost_site == viewer.site
            if not (viewer.sees_all or mine):
                continue
            item = _item(s, r, viewer.site)
            if item is not None:
                out.append(item)
    return tuple(out)


def open_count(store: Store, customer_id: str, viewer: Viewer) -> int:
    """How many changes of this customer wait for this viewer (for the banner)."""
    with store.session() as s:
        return sum(1 for r in _open_rows(s, customer_id)
                   if viewer.sees_all or (r.lost_site is not None
                                          and r.lost_site == viewer.site))


def _item(s: Any, r: SyncConflict, here: str) -> ConflictItem | None:
    cid = _customer_of(s, r)
    if cid is None:
        return None  # its row has not reached this store (yet)
    c = s.get(Customer, cid)
    if c is None:
        return None
    row: Any = c if r.table_name == "customer" else s.get(MODELS[r.table_name], r.row_id)
    current: Any = getattr(row, r.field, None) if row is not None else None
    name = " ".join(p for p in (c.first_name, c.last_name) if p) or (c.company or "")
    return ConflictItem(
        r.id, ConflictKind(r.kind), cid, c.customer_ref, name, r.table_name, r.field,
        _write(r.kept_value, r.kept_hlc, r.kept_site, here),
        _write(r.lost_value, r.lost_hlc, r.lost_site, here),
        r.at, current.isoformat() if hasattr(current, "isoformat") else current,
        r.lost_site is not None and r.lost_site == here, bool(c.deleted))


@dataclass(frozen=True)
class Settled:
    conflict_id: str
    chosen: Choice
    changes: ChangeSet


def settle(store: Store, conflict_id: str, chosen: Choice, viewer: Viewer,
           by_id: str | None = None) -> Settled:
    """Write the chosen value back (a normal write, which wins everywhere) and record the
    resolution, in one unit of work."""
    with UnitOfWork(store) as uow:
        s = uow.session
        r = s.get(SyncConflict, conflict_id)
        if r is None or r.kind not in set(ConflictKind) or r.table_name not in MODELS:
            raise ConflictError(ConflictCode.UNKNOWN)
        done = s.scalars(select(ConflictResolution.chosen).where(
            ConflictResolution.conflict_id == conflict_id).limit(1)).first()
        if done is not None:
            raise ConflictError(ConflictCode.SETTLED, chosen=done)
        if not (viewer.sees_all or (r.lost_site is not None and r.lost_site == viewer.site)):
            raise ConflictError(ConflictCode.NOT_YOURS)
        model = MODELS[r.table_name]
        row: Any = s.get(model, r.row_id)
        if row is None:
            raise ConflictError(ConflictCode.ROW_GONE)
        if r.kind == ConflictKind.DELETE:
            if chosen == Choice.LOST:
                uow.delete(row)
            else:
                uow.update(row, deleted=False)
        else:
            raw = r.kept_value if chosen == Choice.KEPT else r.lost_value
            value = decoders(table_of(model))[r.field](_value(raw))
            uow.update(row, **{r.field: value})
        uow.add(ConflictResolution(conflict_id=conflict_id, chosen=chosen.value,
                                   by_id=by_id, at=utcnow()))
    return Settled(conflict_id, chosen, uow.changes)

