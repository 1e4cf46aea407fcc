"""Contacts import: every touch from every team, keyed by ``contact_ref``."""

from __future__ import annotations

from collections.abc import Hashable
from sys import intern
from typing import Any

from sqlalchemy import text

from carecenter.db.base import from_text
from carecenter.db.models import Agent, ConsentEvent, Contact
from carecenter.db.store import Store
from carecenter.domain import Channel, Direction, Outcome, Purpose, Team
from carecenter.services.bulk_rows import StoredTimes
from carecenter.services.customers.contacts import CONSENT_CHANNEL
from carecenter.services.imports import fields as f
from carecenter.services.imports.engine import (
    IN_JSON,
    BatchOutcome,
    Kind,
    Pending,
    customer_count,
    customer_ids,
    every_customer_id,
    json_list,
)
from carecenter.services.imports.problems import Code, RowError
from carecenter.services.imports.vocabulary import (
    CHANNEL_WORDS,
    DIRECTION_WORDS,
    OUTCOME_WORDS,
    TEAM_WORDS,
)
from carecenter.services.uow import UnitOfWork

# Every outcome, the console's own (resolved, info, merged) too.
OUTCOMES = tuple(o.value for o in Outcome)
_CHANNELS = tuple(c.value for c in Channel)
_DIRECTIONS = tuple(d.value for d in Direction)
_TEAMS = tuple(t.value for t in Team)
# Each code as one string object: a row's codes are looked up instead of stripped and
# lowered, and a batch read ahead (imports/ahead.py) pickles each code once, not once a
# row (unpickling was a tenth of the writer's time).
_CHANNEL_OF = {c: c for c in _CHANNELS}
_DIRECTION_OF = {d: d for d in _DIRECTIONS}
_TEAM_OF = {t: t for t in _TEAMS}
_OUTCOME_OF: dict[str, str | None] = {"": None, **{o: o for o in OUTCOMES}}
_NOT_A_CODE = "\0"


_SAME = ("customer_id, at, channel, direction, team, campaign_id, offer_id, outcome, "
         "agent_id, duration_s, summary")
_KEPT_IDS = 500_000  # customer ids an import keeps (about 60 MB)

_CONTACT_COLUMNS = ("contact_ref", "customer_id", "at", "channel", "direction", "team",
                    "campaign_id", "offer_id", "outcome", "agent_id", "duration_s", "summary")


class ContactsKind(Kind):
    name = "contacts"
    columns = ("contact_ref", "customer_ref", "at", "channel", "direction", "team", "campaign",
               "offer", "outcome", "agent", "duration_s", "summary")
    required = ("contact_ref", "customer_ref", "at", "channel", "direction", "team")
    key_column = "contact_ref"

    def begin(self, store: Store) -> None:
        with store.session() as s:
            conn = s.connection()
            self.campaigns = _by_name(conn, "SELECT name, id FROM campaign ORDER BY id")
            self.offers = _by_name(conn, "SELECT code, id FROM offer ORDER BY id", fold=False)
            self.agents = _by_name(conn, "SELECT name, id FROM agent ORDER BY id")
        self._new_agents: dict[str, str] = {}
        # agent name as written in the file -> id, for agents known before this batch
        # or created by it (one dict lookup a row instead of casefold and two lookups)
        self._agent_ids: dict[str, str] = {}
        self._ids: dict[str, str] = {}  # customer_ref -> id, see _customers

    def parse(self, values: list[str]) -> tuple[Any, ...]:
        (ref, cref, at, channel, direction, team, campaign, offer, outcome, agent, duration,
         summary) = values
        # The codes written as codes, short texts: the common row takes this fast path;
        # any other row is checked the careful way, which finds every problem it has.
        channel_code = _CHANNEL_OF.get(channel)
        direction_code = _DIRECTION_OF.get(direction)
        team_code = _TEAM_OF.get(team)
        outcome_code = _OUTCOME_OF.get(outcome, _NOT_A_CODE)
        ref, cref, campaign, offer = ref.strip(), cref.strip(), campaign.strip(), offer.strip()
        agent, summary = agent.strip(), summary.strip()
        if (channel_code is None or direction_code is None or team_code is None
                or outcome_code is _NOT_A_CODE
                or not ref or len(ref) > 64 or not cref or len(cref) > 64
                or len(campaign) > 120 or len(offer) > 40 or len(agent) > 200
                or len(summary) > 4000 or (duration and not duration.isdigit())):
            return self._checked(values)
        try:
            stored_at = f.instant_text(at, "at", self.limits)
        except RowError:
            return self._checked(values)
        # Names repeat from row to row: one string each (see _CHANNEL_OF).
        return (
            ref, cref, stored_at, channel_code, direction_code, team_code,
            intern(campaign) if campaign else None, intern(offer) if offer else None,
            outcome_code, intern(agent) if agent else None,
            f.whole(duration, "duration_s") if duration else None, summary or None,
        )

    def _checked(self, values: list[str]) -> tuple[Any, ...]:
        """The row checked cell by cell: every problem is told (fields.Checks)."""
        (ref, cref, at, channel, direction, team, campaign, offer, outcome, agent, duration,
         summary) = values
        c = f.Checks()
        row = (
            c.take(f.required, ref, "contact_ref", 64),
            c.take(f.required, cref, "customer_ref", 64),
            c.take(f.instant_text, at, "at", self.limits),
            c.take(f.required_choice, channel, "channel", _CHANNELS, CHANNEL_WORDS),
            c.take(f.required_choice, direction, "direction", _DIRECTIONS, DIRECTION_WORDS),
            c.take(f.required_choice, team, "team", _TEAMS, TEAM_WORDS),
            c.take(f.text, campaign, "campaign", 120), c.take(f.text, offer, "offer", 40),
            c.take(f.choice, outcome, "outcome", OUTCOMES, OUTCOME_WORDS),
            c.take(f.text, agent, "agent", 200),
            c.take(f.whole, duration, "duration_s"), c.take(f.text, summary, "summary", 4000),
        )
        c.done()
        return tuple(intern(v) if isinstance(v, str) and i in (3, 4, 5, 8) else v
                     for i, v in enumerate(row))

    def key(self, parsed: tuple[Any, ...]) -> Hashable:
        key: str = parsed[0]
        return key

    def write(self, uow: UnitOfWork, items: list[Pending], out: BatchOutcome) -> None:
        conn = uow.session.connection()
        customers = self._customers(conn, {i.parsed[1] for i in items})
        existing = _existing(conn, [i.parsed[0] for i in items])
        if not existing and self._write_columns(uow, items, customers, out):
            return
        rows: list[tuple[Any, ...]] = []
        consents: list[dict[str, Any]] = []
        campaigns, offers, agent_of = self.campaigns, self.offers, self._agent_ids
        for item in items:
            (ref, cref, at, channel, direction, team, campaign, offer, outcome, agent,
             duration, summary) = item.parsed
            cid = customers.get(cref)
            if cid is None:
                out.reject(item, Code.UNKNOWN_CUSTOMER, "customer_ref", cref)
                continue
            campaign_id = offer_id = agent_id = None
            if campaign is not None:
                campaign_id = campaigns.get(campaign.casefold())
                if campaign_id is None:
                    out.reject(item, Code.UNKNOWN_CAMPAIGN, "campaign", campaign)
                    continue
            if offer is not None:
                offer_id = offers.get(offer)
                if offer_id is None:
                    out.reject(item, Code.UNKNOWN_OFFER, "offer", offer)
                    continue
            if agent is not None:
                agent_id = agent_of.get(agent) or self._agent(agent)
            old = existing.get(ref) if existing else None
            if old is not None:
                new = (cid, at, channel, direction, team, campaign_id, offer_id,
                       outcome, agent_id, duration, summary)
                if old == new:
                    out.unchanged += 1
                else:
                    out.reject(item, Code.EXISTS_DIFFERENT, "contact_ref", ref)
                continue
            if agent is not None and agent_id is None:
                agent_id = self._create_agent(uow, agent)
            if agent_id is not None:
                agent_of[agent] = agent_id
            rows.append((ref, cid, at, channel, direction, team, campaign_id, offer_id,
                         outcome, agent_id, duration, summary))
            if outcome == "opted_out" and channel in CONSENT_CHANNEL:
                consents.append(_opt_out(cid, at, channel))
        if rows:
            # Column by column: no dict a row (UnitOfWork.bulk_insert_columns).
            columns = dict(zip(_CONTACT_COLUMNS, map(list, zip(*rows, strict=True)),
                               strict=True))
            columns["at"] = StoredTimes(columns["at"])  # checked and written so by parse
            uow.bulk_insert_columns(Contact, columns)
        uow.bulk_insert(ConsentEvent, consents)
        out.imported += len(rows)

    def _write_columns(self, uow: UnitOfWork, items: list[Pending],
                       customers: dict[str, str], out: BatchOutcome) -> bool:
        """The common batch (every contact new, every customer, campaign and offer
        known) written column by column: a list comprehension a column instead of a loop
        of lookups a row. False, with nothing written, when the batch needs the row by
        row checks of ``write``."""
        if not items:
            return True
        (refs, crefs, ats, channels, directions, teams, campaigns, offers, outcomes,
         agents, durations, summaries) = map(list, zip(*(i.parsed for i in items), strict=True))
        cids = [customers.get(c) for c in crefs]
        if None in cids:
            return False
        named = {c.casefold() for c in campaigns if c is not None}
        if named - self.campaigns.keys() or {o for o in offers if o} - self.offers.keys():
            return False
        campaign_ids = ([None if c is None else self.campaigns[c.casefold()] for c in campaigns]
                        if named else campaigns)
        offer_ids = [None if o is None else self.offers[o] for o in offers]
        agent_of = self._agent_ids
        # In file order, so the first spelling of a new agent's name is the one kept.
        for name in dict.fromkeys(a for a in agents if a is not None and a not in agent_of):
            agent_of[name] = self._agent(name) or self._create_agent(uow, name)
        agent_ids = [None if a is None else agent_of[a] for a in agents]
        uow.bulk_insert_columns(Contact, dict(zip(_CONTACT_COLUMNS, (
            refs, cids, StoredTimes(ats), channels, directions, teams, campaign_ids,
            offer_ids, outcomes, agent_ids, durations, summaries), strict=True)))
        uow.bulk_insert(ConsentEvent, [
            _opt_out(cid, at, channel)
            for cid, at, channel, outcome in zip(cids, ats, channels, outcomes, strict=True)
            if outcome == "opted_out" and channel in CONSENT_CHANNEL and cid is not None])
        out.imported += len(refs)
        return True

    def _customers(self, conn: Any, refs: set[str]) -> dict[str, str]:
        """``customer_ref -> id`` for ``refs``, each ref looked up once an import: a
        customer's contacts come in every batch, and 20,000 lookups a batch were a tenth
        of an import. A first batch naming a twentieth of the customers or more reads
        them all (a file that big names most of them sooner or later: 50,000 customers
        are read in 0.05 s and were looked up in 0.45 s). Only refs found are kept (a
        customer may be added meanwhile)."""
        known = self._ids
        missing = [r for r in refs if r not in known]
        if missing:
            if len(known) + len(missing) > _KEPT_IDS:
                known.clear()
            count = 0 if known else customer_count(conn)
            if 20 * len(missing) >= count and 0 < count <= _KEPT_IDS:
                known.update(every_customer_id(conn, count))
            else:
                known.update(customer_ids(conn, missing))
        return known

    def _agent(self, name: str) -> str | None:
        key = name.casefold()
        return self.agents.get(key) or self._new_agents.get(key)

    def _create_agent(self, uow: UnitOfWork, name: str) -> str:
        agent = uow.add(Agent(name=name, role="agent"))
        self._new_agents[name.casefold()] = agent.id
        return agent.id

    def committed(self) -> None:
        if self._new_agents:
            self.created["agent"] = self.created.get("agent", 0) + len(self._new_agents)
        self.agents.update(self._new_agents)
        self._new_agents = {}

    def rolled_back(self) -> None:
        # The names that mapped to agents created by the failed batch are forgotten too.
        created = set(self._new_agents.values())
        self._agent_ids = {k: v for k, v in self._agent_ids.items() if v not in created}
        self._new_agents = {}


def _opt_out(customer_id: str, at: str, channel: str) -> dict[str, Any]:
    """The denied marketing consent an ``opted_out`` contact records (``at`` stored text)."""
    return {"customer_id": customer_id, "channel": CONSENT_CHANNEL[channel],
            "purpose": Purpose.MARKETING.value, "granted": False, "source": "import",
            "at": from_text(at)}


def _by_name(conn: Any, sql: str, fold: bool = True) -> dict[str, str]:
    """``name -> id``; when two rows share a name the older id wins."""
    out: dict[str, str] = {}
    for name, rid in conn.execute(text(sql)):
        out.setdefault(name.casefold() if fold else name, rid)
    return out


def _existing(conn: Any, refs: list[str]) -> dict[str, tuple[Any, ...]]:
    """The contacts already stored under these refs, by ref."""
    existing = {r[0]: tuple(r[1:]) for r in conn.execute(text(
        f"SELECT contact_ref, {_SAME} FROM contact "
        f"WHERE contact_ref IN {IN_JSON.format('refs')}"), {"refs": json_list(refs)})}
    # A contact logged in the console has no ref: exported, its id stands for one
    # (looked up only for refs shaped like an id, so other files pay nothing).
    ids = [r for r in refs if len(r) == 36 and r[8] == "-" and r not in existing]
    if ids:
        existing.update((r[0], tuple(r[1:])) for r in conn.execute(text(
            f"SELECT id, {_SAME} FROM contact WHERE contact_ref IS NULL "
            f"AND id IN {IN_JSON.format('ids')}"), {"ids": json_list(ids)}))
    return existing
