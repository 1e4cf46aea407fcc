"""Logging a contact: every touch from every team, written once, corrected by amendment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from carecenter.clock import utcnow
from carecenter.db.models import ConsentEvent, Contact
from carecenter.domain import Channel, Direction, Outcome, Team
from carecenter.problems import Problem, Refused
from carecenter.services.uow import UnitOfWork

# The consent channel an opt-out on a contact channel withdraws.
CONSENT_CHANNEL = {"phone": "phone", "sms": "sms", "email": "email", "letter": "mail",
                   "counter": "phone", "chat": "email"}


class InvalidContact(Refused):
    """The contact cannot be logged: a ``Problem`` and its values."""


@dataclass(frozen=True)
class NewContact:
    channel: str
    direction: str
    team: str
    at: datetime | None = None  # default: now
    outcome: str | None = None
    summary: str | None = None
    campaign_id: str | None = None
    offer_id: str | None = None
    agent_id: str | None = None
    duration_s: int | None = None
    contact_ref: str | None = None
    amends_id: str | None = None
    case_id: str | None = None  # the case the contact was about


def validate(c: NewContact) -> None:
    for value, enum, what in ((c.channel, Channel, "channel"),
                              (c.direction, Direction, "direction"), (c.team, Team, "team")):
        if value not in {e.value for e in enum}:
            raise InvalidContact(Problem.UNKNOWN_CODE, what=what, value=value)
    if c.outcome is not None and c.outcome not in {e.value for e in Outcome}:
        raise InvalidContact(Problem.UNKNOWN_OUTCOME, outcome=c.outcome)
    if c.duration_s is not None and c.duration_s < 0:
        raise InvalidContact(Problem.NEGATIVE_DURATION)
    if c.at is not None and c.at.tzinfo is None:
        raise InvalidContact(Problem.NAIVE_TIME)


def add_contact(uow: UnitOfWork, customer_id: str, c: NewContact) -> Contact:
    """Write the contact inside ``uow``; an opt-out also records the withdrawn consent."""
    validate(c)
    at = c.at or utcnow()
    row = uow.add(Contact(
        customer_id=customer_id, at=at, channel=c.channel, direction=c.direction, team=c.team,
        outcome=c.outcome, summary=(c.summary or "").strip() or None, campaign_id=c.campaign_id,
        offer_id=c.offer_id, agent_id=c.agent_id, duration_s=c.duration_s,
        contact_ref=c.contact_ref, amends_id=c.amends_id, case_id=c.case_id))
    if c.outcome == Outcome.OPTED_OUT:
        uow.add(ConsentEvent(customer_id=customer_id, channel=CONSENT_CHANNEL[c.channel],
                             purpose="marketing", granted=False, source="contact", at=at))
    return row
