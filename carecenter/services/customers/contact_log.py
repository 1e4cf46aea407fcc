"""Logging a contact from the console (Ctrl+L, the work mode's wrap-up): the contact, its
opt-out consent when the customer opted out, and a call-back follow-up when one was agreed,
all in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text

from carecenter.clock import utcnow
from carecenter.db.store import Store
from carecenter.domain import FollowUpReason
from carecenter.services.cases.casework import add_follow_up, check_agent, check_customer
from carecenter.services.customers.contacts import NewContact, add_contact
from carecenter.services.uow import ChangeSet, UnitOfWork


@dataclass(frozen=True)
class ContactLogged:
    contact_id: str
    follow_up_id: str | None
    changes: ChangeSet


@dataclass(frozen=True)
class Choice:
    """A campaign or an offer the agent may pick (id, code or name, words)."""

    id: str
    code: str
    label: str


def log_contact(store: Store, customer_id: str, contact: NewContact, *,
                call_back: datetime | None = None, now: datetime | None = None
                ) -> ContactLogged:
    """Write ``contact`` for the customer; with ``call_back`` also a follow-up (reason
    call_back) at that time for the contact's agent. Raises InvalidContact or CaseError
    (one sentence) and writes nothing when a field is wrong."""
    now = now or utcnow()
    with UnitOfWork(store) as uow:
        check_customer(uow, customer_id)
        check_agent(uow, contact.agent_id)
        row = add_contact(uow, customer_id, contact)
        follow_up = None
        if call_back is not None:
            note = (contact.summary or "").strip() or None
            follow_up = add_follow_up(uow, customer_id=customer_id, due=call_back,
                                      reason=FollowUpReason.CALL_BACK.value, now=now,
                                      assignee_id=contact.agent_id, note=note)
    return ContactLogged(row.id, follow_up.id if follow_up else None, uow.changes)


def choices(store: Store, day: datetime | None = None
            ) -> tuple[tuple[Choice, ...], tuple[Choice, ...]]:
    """Active campaigns by name, and offers valid on the day by value (highest first)."""
    d = (day or utcnow()).date().isoformat()
    with store.session() as s:
        campaigns = tuple(Choice(i, n, n) for i, n in s.execute(text(
            "SELECT id, name FROM campaign WHERE status = 'active' ORDER BY name, id")))
        offers = tuple(Choice(i, c, f"{c} · {t}") for i, c, t in s.execute(text(
            "SELECT id, code, title FROM offer WHERE status = 'active' "
            "AND (valid_from IS NULL OR valid_from <= :d) AND (valid_to IS NULL OR valid_to >= :d) "
            "ORDER BY value_cents DESC, code"), {"d": d}))
    return campaigns, offers
