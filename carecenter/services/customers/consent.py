"""Consent per channel and purpose: recording a grant or a withdrawal, and the current
state: the latest event by time per channel and purpose among those the hub has not
overruled (a grant made on a desk that had not seen a withdrawal, ``sync.consent_rule``);
on a tie the most restrictive (denied) wins (design.md section 3)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import text

from carecenter.clock import utcnow
from carecenter.db.base import from_text, to_text
from carecenter.db.models import ConsentEvent, Customer
from carecenter.db.store import Store
from carecenter.domain import ConsentChannel, ConsentSource, Purpose
from carecenter.services.customers.family import family_ids, in_clause
from carecenter.services.uow import ChangeSet, UnitOfWork

Key = tuple[str, str]  # (channel, purpose)


def current_consent(conn: Any, customer_ids: list[str], as_of: datetime | None = None
                    ) -> dict[Key, tuple[bool, datetime | None]]:
    """``{(channel, purpose): (granted, at)}`` over the events of these customers."""
    marks, params = in_clause("c", customer_ids)
    cond = ""
    if as_of is not None:
        cond = " AND at <= :asof"
        params["asof"] = to_text(as_of)
    rows = conn.execute(text(
        "SELECT channel, purpose, at, min(granted) FROM consent_event "
        f"WHERE customer_id IN ({marks}){cond} "
        "AND NOT (granted AND coalesce(overruled, 0)) "
        "GROUP BY channel, purpose, at"), params).all()
    latest: dict[Key, tuple[str, bool]] = {}
    for channel, purpose, at, granted in rows:
        key = (channel, purpose)
        if key not in latest or at > latest[key][0]:
            latest[key] = (at, bool(granted))
    return {k: (g, from_text(at)) for k, (at, g) in latest.items()}


# -- recording ---------------------------------------------------------------------------
NOTE_LIMIT = 500


class ConsentCode(StrEnum):
    UNKNOWN_CUSTOMER = "unknown_customer"  # no such customer (or merged into another)
    BAD_CHANNEL = "bad_channel"            # values: channel
    BAD_PURPOSE = "bad_purpose"            # values: purpose
    BAD_SOURCE = "bad_source"              # values: source
    NOTE_TOO_LONG = "note_too_long"        # values: limit, length


class ConsentError(Exception):
    """A consent that cannot be recorded: a code and the values its sentence needs."""

    def __init__(self, code: ConsentCode, **values: Any) -> None:
        super().__init__(code.value)
        self.code = code
        self.values = values


@dataclass(frozen=True)
class ConsentState:
    """One channel and purpose as the consent dialog shows it: ``granted`` is None when
    nothing was ever recorded."""

    channel: str
    purpose: str
    granted: bool | None
    at: datetime | None
    source: str | None
    note: str | None


@dataclass(frozen=True)
class Recorded:
    event_id: str
    changes: ChangeSet


def consent_states(store: Store, customer_id: str) -> list[ConsentState]:
    """Every channel and purpose, in a fixed order, with the event that decides it now
    (over the customer's whole family, as the banner reads it)."""
    with store.session() as s:
        conn = s.connection()
        family = family_ids(conn, customer_id)
        now = current_consent(conn, family)
        marks, params = in_clause("c", family)
        rows = conn.execute(text(
            "SELECT channel, purpose, granted, at, source, note FROM consent_event "
            f"WHERE customer_id IN ({marks}) "
            "AND NOT (granted AND coalesce(overruled, 0)) "
            "ORDER BY at DESC, granted ASC"), params).all()
    deciding: dict[Key, tuple[str | None, str | None]] = {}
    for channel, purpose, granted, at, source, note in rows:
        key = (channel, purpose)
        state = now.get(key)
        if key not in deciding and state is not None and bool(granted) is state[0] \
                and from_text(at) == state[1]:
            deciding[key] = (source, note)
    out = []
    for purpose in Purpose:
        for channel in ConsentChannel:
            key = (channel.value, purpose.value)
            granted, at = now.get(key, (None, None))
            source, note = deciding.get(key, (None, None))
            out.append(ConsentState(channel.value, purpose.value, granted, at, source, note))
    return out


def record_consent(store: Store, customer_id: str, *, channel: str, purpose: str,
                   granted: bool, source: str, note: str = "",
                   at: datetime | None = None) -> Recorded:
    """Record a grant (``granted=True``) or a withdrawal, with its source and a note.

    Refusals are ``ConsentError`` codes; nothing is written then."""
    if channel not in {c.value for c in ConsentChannel}:
        raise ConsentError(ConsentCode.BAD_CHANNEL, channel=channel)
    if purpose not in {p.value for p in Purpose}:
        raise ConsentError(ConsentCode.BAD_PURPOSE, purpose=purpose)
    if source not in {s.value for s in ConsentSource}:
        raise ConsentError(ConsentCode.BAD_SOURCE, source=source)
    note = note.strip()
    if len(note) > NOTE_LIMIT:
        raise ConsentError(ConsentCode.NOTE_TOO_LONG, limit=NOTE_LIMIT, length=len(note))
    with UnitOfWork(store) as uow:
        customer = uow.session.get(Customer, customer_id)
        if customer is None or customer.deleted or customer.merged_into_id:
            raise ConsentError(ConsentCode.UNKNOWN_CUSTOMER)
        row = uow.add(ConsentEvent(customer_id=customer_id, channel=channel, purpose=purpose,
                                   granted=granted, source=source, note=note or None,
                                   at=at or utcnow(), overruled=False))
    return Recorded(row.id, uow.changes)
