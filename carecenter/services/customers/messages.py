"""Keeping the customer informed: message templates (apology, update, resolution,
follow-up; English and Italian, ``resources/messages``) filled with the customer's name,
the case and its promise, and each message sent or copied logged as a contact of the case.

The core reads the templates and the facts, fills them in (``string.Template``: ``$name``,
``$case``, ``$promise``, ``$agent``) and logs; the console words the case and the promise
in the message's language and opens the system's mail or SMS handler. A channel the
customer refused for service messages (their current consent, ``consent.py``) is refused
here: ``CHANNEL_REFUSED``; a channel with no address on file: ``NO_ADDRESS``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import cache
from importlib import resources
from string import Template
from typing import Any

from sqlalchemy import text

from carecenter.db.base import from_text
from carecenter.db.store import Store
from carecenter.domain import Channel, Direction, Outcome, Team
from carecenter.problems import Problem, Refused
from carecenter.services.cases.casework import CaseError, check_agent, check_customer
from carecenter.services.customers.consent import current_consent
from carecenter.services.customers.contact_log import ContactLogged
from carecenter.services.customers.contacts import NewContact, add_contact
from carecenter.services.customers.family import family_ids
from carecenter.services.search.query import full_name
from carecenter.services.uow import UnitOfWork

KINDS = ("apology", "update", "resolution", "follow_up")
LANGUAGES = ("en", "it")
# the consent channel a message channel needs (service purpose)
CONSENT = {Channel.EMAIL.value: "email", Channel.SMS.value: "sms", Channel.LETTER.value: "mail"}
MESSAGE_CHANNELS = (Channel.EMAIL.value, Channel.SMS.value, Channel.LETTER.value,
                    Channel.CHAT.value)
SUMMARY_LIMIT = 2000


class MessageError(Refused):
    """A message that cannot be composed or logged: a ``Problem`` and its values."""


@dataclass(frozen=True)
class MessageTemplate:
    kind: str
    language: str
    subject: str
    body: str

    def fill(self, **values: str) -> tuple[str, str]:
        """Subject and body with ``$name``, ``$case``, ``$promise``, ``$agent`` filled in
        (an empty ``$promise`` leaves no empty paragraph behind)."""
        subject = Template(self.subject).safe_substitute(values).strip()
        body = Template(self.body).safe_substitute(values)
        while "\n\n\n" in body:
            body = body.replace("\n\n\n", "\n\n")
        return subject, body.strip() + "\n"


@cache
def template(kind: str, language: str) -> MessageTemplate:
    if kind not in KINDS or language not in LANGUAGES:
        raise MessageError(Problem.NO_MESSAGE_TEMPLATE, what=kind, value=language)
    raw = (resources.files("resources") / "messages" / f"{kind}.{language}.txt").read_text(
        encoding="utf-8")
    first, _, body = raw.partition("\n")
    subject = first.removeprefix("Subject:").strip()
    return MessageTemplate(kind, language, subject, body.strip() + "\n")


def promise_line(language: str, due: datetime | None, until: datetime | None,
                 tz: tzinfo) -> str:
    """The open promise in the message's language (``promise.LANG.txt``): "16:00–17:00,
    06/12/2026" for a window, "06/12/2026 16:00" for a due time; "" without one."""
    if due is None or language not in LANGUAGES:
        return ""
    a = due.astimezone(tz)
    when = (f"{a:%H:%M}–{until.astimezone(tz):%H:%M}, {a:%d/%m/%Y}" if until is not None
            else f"{a:%d/%m/%Y %H:%M}")
    raw = (resources.files("resources") / "messages" / f"promise.{language}.txt").read_text(
        encoding="utf-8")
    return Template(raw.strip()).safe_substitute(when=when)


@dataclass(frozen=True)
class MessageFacts:
    """What a message needs to know of the customer and the case."""

    customer_id: str
    name: str
    language: str  # the customer's (en when unknown)
    email: str | None
    phone: str | None
    case_id: str
    category: str
    promise_due: datetime | None
    promise_until: datetime | None
    promise_note: str | None
    refused: frozenset[str]  # message channels the customer refused for service
    last_told: datetime | None

    def address(self, channel: str) -> str | None:
        return {Channel.EMAIL.value: self.email, Channel.SMS.value: self.phone}.get(channel)


def _refused(conn: Any, family: list[str], now: datetime) -> frozenset[str]:
    consent = current_consent(conn, family, now)
    return frozenset(ch for ch, c in CONSENT.items()
                     if consent.get((c, "service"), (True, None))[0] is False)


def message_facts(store: Store, case_id: str, now: datetime) -> MessageFacts:
    with store.session() as s:
        conn = s.connection()
        row = conn.execute(text(
            'SELECT k.customer_id, k.category, c.first_name, c.last_name, c.company, '
            'c.language, c.primary_email, c.primary_phone FROM "case" k '
            "JOIN customer c ON c.id = k.customer_id WHERE k.id = :k"), {"k": case_id}).first()
        if row is None:
            raise CaseError(Problem.NO_CASE, id=case_id)
        cid = row[0]
        email = row[6] or conn.execute(text(
            "SELECT email FROM customer_email WHERE customer_id = :c AND NOT deleted "
            "ORDER BY id LIMIT 1"), {"c": cid}).scalar()
        phone = row[7] or conn.execute(text(
            "SELECT e164 FROM customer_phone WHERE customer_id = :c AND NOT deleted "
            "ORDER BY id LIMIT 1"), {"c": cid}).scalar()
        promise = conn.execute(text(
            "SELECT due, due_until, note FROM follow_up WHERE case_id = :k AND status = 'open' "
            "AND reason = 'promise' ORDER BY due LIMIT 1"), {"k": case_id}).first()
        told = conn.execute(text(
            "SELECT max(at) FROM contact WHERE case_id = :k AND direction = 'outbound'"),
            {"k": case_id}).scalar()
        refused = _refused(conn, family_ids(conn, cid), now)
    return MessageFacts(
        cid, full_name(row[2], row[3], row[4]), row[5] if row[5] in LANGUAGES else "en",
        email, phone, case_id, row[1],
        from_text(promise[0]) if promise else None,
        from_text(promise[1]) if promise and promise[1] else None,
        promise[2] if promise else None, refused, from_text(told) if told else None)


def log_message(store: Store, *, case_id: str, channel: str, kind: str, subject: str,
                body: str, agent_id: str | None, now: datetime,
                copied: bool = False) -> ContactLogged:
    """The message sent (or, ``copied``, to be sent by hand) by ``channel``, logged as an
    outbound service contact of the case; refused when the customer refused that channel
    for service messages, or (sent through the mail or SMS program) has no address for
    it."""
    if channel not in MESSAGE_CHANNELS:
        raise MessageError(Problem.UNKNOWN_CODE, what="channel", value=channel)
    if kind not in KINDS:
        raise MessageError(Problem.NO_MESSAGE_TEMPLATE, what=kind, value="-")
    facts = message_facts(store, case_id, now)
    if channel in facts.refused:
        raise MessageError(Problem.CHANNEL_REFUSED, what=channel)
    if not copied and channel in (Channel.EMAIL.value, Channel.SMS.value) \
            and not facts.address(channel):
        raise MessageError(Problem.NO_ADDRESS, what=channel)
    summary = f"{subject.strip()}\n\n{body.strip()}".strip()[:SUMMARY_LIMIT]
    with UnitOfWork(store) as uow:
        check_customer(uow, facts.customer_id)
        check_agent(uow, agent_id)
        row = add_contact(uow, facts.customer_id, NewContact(
            channel=channel, direction=Direction.OUTBOUND.value, team=Team.SERVICE.value,
            at=now, outcome=Outcome.INFO.value, summary=summary, agent_id=agent_id,
            case_id=case_id))  # no contact_ref: that is the key of imported contacts
    return ContactLogged(row.id, None, uow.changes)


def last_told(conn: Any, case_ids: list[str]) -> dict[str, datetime]:
    """Each case's latest outbound contact (when the customer was last told)."""
    if not case_ids:
        return {}
    marks = ", ".join(f":c{i}" for i in range(len(case_ids)))
    rows = conn.execute(text(
        f"SELECT case_id, max(at) FROM contact WHERE case_id IN ({marks}) "
        "AND direction = 'outbound' GROUP BY case_id"),
        {f"c{i}": c for i, c in enumerate(case_ids)}).all()
    return {cid: from_text(at) for cid, at in rows}


__all__ = ["KINDS", "LANGUAGES", "MESSAGE_CHANNELS", "MessageError", "MessageFacts",
           "MessageTemplate", "last_told", "log_message", "message_facts", "promise_line",
           "template"]
