"""Merging duplicate customers, and undoing a merge.

A merge moves no rows: the merged customer points at the kept one (``merged_into_id``)
and every view reads the history of the whole family. Where the two customers' current
consents differ, the kept customer gets the more restrictive one as a new consent event;
undoing the merge puts back the kept customer's own consent unless it changed since.
The merge and its undo are append-only ``Merge`` records that sync like any write.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text

from carecenter.clock import utcnow
from carecenter.db.models import ConsentEvent, Customer, Merge
from carecenter.db.store import Store
from carecenter.problems import Problem, Refused
from carecenter.services.customers.consent import current_consent
from carecenter.services.customers.family import family_ids
from carecenter.services.uow import ChangeSet, UnitOfWork


class MergeError(Refused):
    """The merge cannot be done: a ``Problem`` and its values."""


@dataclass(frozen=True)
class MergeResult:
    merge_id: str
    changes: ChangeSet


def merge_customers(store: Store, kept_id: str, merged_id: str, *, by_agent_id: str | None,
                    reason: str, now: datetime | None = None) -> MergeResult:
    now = now or utcnow()
    if kept_id == merged_id:
        raise MergeError(Problem.MERGE_ITSELF)
    if not reason.strip():
        raise MergeError(Problem.MERGE_NEEDS_REASON)
    with UnitOfWork(store) as uow:
        conn = uow.session.connection()
        kept = uow.session.get(Customer, kept_id)
        merged = uow.session.get(Customer, merged_id)
        if kept is None or merged is None:
            raise MergeError(Problem.MERGE_GONE)
        if kept.merged_into_id or merged.merged_into_id:
            raise MergeError(Problem.MERGE_ALREADY_MERGED)
        if kept_id in family_ids(conn, merged_id):
            raise MergeError(Problem.MERGE_CYCLE)
        mine = current_consent(conn, family_ids(conn, kept_id))
        theirs = current_consent(conn, family_ids(conn, merged_id))
        record = uow.add(Merge(kind="merge", kept_id=kept_id, merged_id=merged_id,
                               by_id=by_agent_id, at=now, reason=reason.strip()))
        for key in sorted(set(mine) | set(theirs)):
            if _after_merge(mine.get(key), theirs.get(key)) and not (
                    mine.get(key, (True, None))[0] and theirs.get(key, (True, None))[0]):
                # One of the two said no, but the union would read yes: keep the no.
                uow.add(ConsentEvent(customer_id=kept_id, channel=key[0], purpose=key[1],
                                     granted=False, source=f"merge:{record.id}", at=now))
        uow.update(merged, merged_into_id=kept_id)
        uow.session.flush()
        from carecenter.services.search.index import reindex

        reindex(uow.session, [kept_id])
    return MergeResult(record.id, uow.changes)


def unmerge(store: Store, merge_id: str, *, by_agent_id: str | None, reason: str,
            now: datetime | None = None) -> MergeResult:
    now = now or utcnow()
    with UnitOfWork(store) as uow:
        m = uow.session.get(Merge, merge_id)
        if m is None or m.kind != "merge":
            raise MergeError(Problem.NO_MERGE)
        undone = uow.session.scalar(select(Merge.id).where(Merge.undoes_id == merge_id))
        if undone:
            raise MergeError(Problem.MERGE_UNDONE)
        merged = uow.session.get(Customer, m.merged_id)
        if merged is None or merged.merged_into_id != m.kept_id:
            raise MergeError(Problem.MERGE_MOVED)
        record = uow.add(Merge(kind="unmerge", kept_id=m.kept_id, merged_id=m.merged_id,
                               by_id=by_agent_id, at=now, reason=reason.strip() or None,
                               undoes_id=merge_id))
        uow.update(merged, merged_into_id=None)
        conn = uow.session.connection()
        # Give back the kept customer's own consent where the merge is still what decides it.
        for event in uow.session.scalars(select(ConsentEvent).where(
                ConsentEvent.source == f"merge:{merge_id}")):
            latest = conn.execute(text(
                "SELECT id FROM consent_event WHERE customer_id = :c AND channel = :ch "
                "AND purpose = :p ORDER BY at DESC, granted ASC LIMIT 1"),
                {"c": m.kept_id, "ch": event.channel, "p": event.purpose}).scalar()
            if latest != event.id:
                continue  # consent changed after the merge: that later choice stands
            before = _consent_before(conn, m.kept_id, event.channel, event.purpose, event.id)
            uow.add(ConsentEvent(customer_id=m.kept_id, channel=event.channel,
                                 purpose=event.purpose, granted=before,
                                 source=f"unmerge:{record.id}", at=now))
        uow.session.flush()
        from carecenter.services.search.index import reindex

        reindex(uow.session, [m.kept_id, m.merged_id])
    return MergeResult(record.id, uow.changes)


def _after_merge(a: tuple[bool, datetime | None] | None,
                 b: tuple[bool, datetime | None] | None) -> bool:
    """What the union of two consent histories would read (True: granted)."""
    if a is None or b is None:
        return (a or b or (True, None))[0]
    at_a, at_b = a[1], b[1]
    if at_a is None or at_b is None or at_a == at_b:
        return a[0] and b[0]
    return a[0] if at_a > at_b else b[0]


def _consent_before(conn: object, customer_id: str, channel: str, purpose: str,
                    exclude_id: str) -> bool:
    row = conn.execute(text(  # type: ignore[attr-defined]
        "SELECT granted FROM consent_event WHERE customer_id = :c AND channel = :ch "
        "AND purpose = :p AND id != :x ORDER BY at DESC, granted ASC LIMIT 1"),
        {"c": customer_id, "ch": channel, "p": purpose, "x": exclude_id}).first()
    return True if row is None else bool(row[0])
