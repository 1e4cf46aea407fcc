"""Customers and everything about them, one batch at a time, from a seeded generator.

Each batch has its own ``random.Random`` seeded from (seed, batch number), so a batch is
the same whatever came before it, and every id is a UUIDv7 made from the row's own time
and that generator: the same seed, size and "now" give the same store, byte for byte.
Three streams per batch: the customers themselves, their addresses and record changes,
and their story (contacts, call lists, cases), each told in time order against what the
customer's history says by then (demo.standing), so the story never contradicts itself.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from carecenter.db.models import (
    CallListEntry,
    ConsentEvent,
    Contact,
    Customer,
    CustomerChange,
    CustomerEmail,
    CustomerPhone,
    Holding,
)
from carecenter.demo import addresses, vocab
from carecenter.demo.cases import CaseMaker
from carecenter.demo.pools import NamePool, Pick, name_pools
from carecenter.demo.reference import CampaignRef, Reference, Rows, ms_of
from carecenter.demo.standing import Standing
from carecenter.ids import id_at

BATCH = 5000
DAY_MS = 86_400_000
HISTORY_DAYS = 8 * 365  # the oldest customer joined this long before "now"
CONTACT_DAYS = 3 * 365  # contacts reach back at most this far

# Contacts per customer: 0..12, about five on average.
_CONTACTS = Pick(list(enumerate((3, 8, 11, 12, 12, 11, 10, 9, 7, 6, 5, 3, 3))))
_PHONES = Pick([(1, 60), (2, 30), (3, 10)])
_EMAILS = Pick([(0, 15), (1, 62), (2, 23)])
_HOLDINGS = Pick([(0, 10), (1, 55), (2, 27), (3, 8)])
_TIERS = Pick(list(vocab.TIERS))
_STORES = Pick(list(vocab.STORES))
_TEAMS = Pick(list(vocab.TEAMS))
_CHANNELS = {team: Pick(list(w)) for team, w in vocab.CHANNELS.items()}
_OUTCOMES = {"marketing": Pick(list(vocab.MARKETING_OUTCOMES)),
             "service": Pick(list(vocab.SERVICE_OUTCOMES)),
             "sales": Pick(list(vocab.SALES_OUTCOMES))}
_HOLD_CHANNELS = Pick([("store", 45), ("phone", 30), ("online", 25)])
# where a consent came from (domain.ConsentSource) and the note an agent would have left
_CONSENT_SOURCES = Pick([("form", 50), ("import", 25), ("counter", 15), ("call", 10)])
_CONSENT_NOTES = {"form": "signed with the contract", "import": "from the shop's old file",
                  "counter": "said so at the store counter", "call": "asked on the phone"}
_SILENT = frozenset({"no_answer", "busy", "wrong_number"})
# Calls a campaign has made to an entry of its list so far (-1: all its attempts) and
# how they went.
_ATTEMPTS = Pick([(0, 40), (1, 24), (2, 14), (-1, 22)])
_ATTEMPT_OUTCOMES = Pick([("no_answer", 55), ("busy", 15), ("reached", 12), ("declined", 8),
                          ("callback", 10)])


@dataclass(frozen=True)
class Context:
    seed: int
    customers: int
    now: datetime
    now_ms: int
    it: NamePool
    en: NamePool
    ref: Reference


def make_context(seed: int, customers: int, now: datetime, ref: Reference) -> Context:
    it, en = name_pools(seed)
    return Context(seed, customers, now, ms_of(now), it, en, ref)


def at(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, UTC)


def _working_hours(ms: int, fraction: float) -> int:
    """A whole second on the day of ``ms`` between 07:00 and 18:00 UTC (about 8 to 19 in
    Italy and the UK): nobody visits a counter at three in the morning."""
    day = (ms - 1) - (ms - 1) % DAY_MS  # the day before "now" when ms is "now" itself
    when = day + 7 * 3_600_000 + int(fraction * 11 * 3_600_000)
    return when - when % 1000


def batch_count(customers: int) -> int:
    return (customers + BATCH - 1) // BATCH


@dataclass(frozen=True)
class Batch:
    rows: Rows  # parents first
    nationals: list[tuple[str, str]]  # (E.164, national digits) of every phone in rows


def customer_batch(ctx: Context, number: int) -> Batch:
    """The customers ``number * BATCH`` up to the next batch, and all about them."""
    gen = _Batch(ctx, random.Random(f"carecenter-demo:{ctx.seed}:batch:{number}"),
                 random.Random(f"carecenter-demo:{ctx.seed}:places:{number}"),
                 random.Random(f"carecenter-demo:{ctx.seed}:story:{number}"))
    first = number * BATCH
    for index in range(first, min(first + BATCH, ctx.customers)):
        gen.customer(index)
    return Batch(gen.rows(), gen.nationals)


class _Batch:
    def __init__(self, ctx: Context, rnd: random.Random, places: random.Random,
                 story: random.Random) -> None:
        self.ctx = ctx
        self.rnd = rnd
        self.places = places  # addresses and record changes (demo.addresses)
        self.changes: list[dict[str, Any]] = []
        self.r = rnd.random
        # contacts, call lists and cases: their own stream, so a change in how the story
        # is told leaves the customers (names, phones, holdings) as they were
        self.story = story
        self.s = story.random
        self.customers: list[dict[str, Any]] = []
        self.phones: list[dict[str, Any]] = []
        self.nationals: list[tuple[str, str]] = []  # (E.164, national digits) of the phones
        self.emails: list[dict[str, Any]] = []
        self.consents: list[dict[str, Any]] = []
        self.holdings: list[dict[str, Any]] = []
        self.calls: list[dict[str, Any]] = []
        self.contacts: list[dict[str, Any]] = []
        self.cases = CaseMaker(ctx.ref, story, ctx.now_ms)
        self.span_ms = HISTORY_DAYS * DAY_MS

    def rows(self) -> Rows:
        return [
            (Customer, self.customers), (CustomerPhone, self.phones),
            (CustomerEmail, self.emails), (ConsentEvent, self.consents),
            (Holding, self.holdings), (CallListEntry, self.calls), (Contact, self.contacts),
            (CustomerChange, self.changes),
            *self.cases.rows(),
        ]

    def customer(self, index: int) -> None:
        ctx, r, rnd = self.ctx, self.r, self.rnd
        # Customers join in the order of their number, spread over the history.
        joined = ctx.now_ms - self.span_ms + (self.span_ms * index) // max(ctx.customers, 1)
        joined -= joined % 1000
        english = r() < 0.3
        pool = ctx.en if english else ctx.it
        lang = pool.language
        store = _STORES(rnd)
        if english and store not in vocab.UK_STORES:
            store = vocab.UK_STORES[int(r() * 3)]
        elif not english and store in vocab.UK_STORES[:2]:
            store = "Online"
        woman = r() < 0.5
        names = pool.women if woman else pool.men
        first = names[int(r() * len(names))]
        last = pool.surnames[int(r() * len(pool.surnames))]
        company = pool.companies[int(r() * len(pool.companies))] if r() < 0.07 else None
        business_only = company is not None and r() < 0.5
        birth = None if business_only else (at(ctx.now_ms) - timedelta(
            days=18 * 365 + int(r() * 62 * 365))).date()
        cid = id_at(joined, rnd)
        self.customers.append({
            "id": cid, "customer_ref": f"C{index + 1:07d}",
            "first_name": None if business_only else first.first,
            "last_name": None if business_only else last.first,
            "company": company.first if company else None, "birth_date": birth,
            "language": lang, "tier": _TIERS(rnd), "store": store,
            "merged_into_id": None, "deleted": False,
            **addresses.address(self.places, english, store),
        })
        self._record_changes(english, joined)
        life = ctx.now_ms - joined
        for n in range(_PHONES(rnd)):
            shapes = pool.phones
            shape = shapes[int(r() * pool.mobiles)] if n == 0 else shapes[int(r() * len(shapes))]
            label = shape.label if n < 2 else "work"
            e164, national = shape.make(rnd)
            self.nationals.append((e164, national))
            self.phones.append({"id": id_at(joined + n, rnd), "customer_id": cid,
                                "e164": e164, "label": label, "deleted": False})
        emails = []
        for n in range(_EMAILS(rnd)):
            if company is not None and n == 0:
                local = "info" if business_only else first.slug
                domain = f"{company.slug[:20]}.{'co.uk' if english else 'it'}"
            else:
                sep = "._"[int(r() * 2)] if r() < 0.7 else ""
                local = f"{first.slug}{sep}{last.slug}"
                if r() < 0.6:
                    local += str(int(r() * 100))
                domain = pool.domains[int(r() * len(pool.domains))]
            email = f"{local}@{domain}"
            emails.append(email)
            self.emails.append({"id": id_at(joined + 10 + n, rnd), "customer_id": cid,
                                "email": email, "deleted": False})
        standing = Standing()
        self._consents(cid, joined, bool(emails), standing)
        self._holdings(cid, joined, life, standing)
        self._contacts(cid, index, lang, life, standing)

    def _record_changes(self, english: bool, joined: int) -> None:
        ctx, places = self.ctx, self.places
        when = _working_hours(joined + int(places.random() * (ctx.now_ms - joined)),
                              places.random())
        desk_agents = ctx.ref.agents.get("store") or ctx.ref.agents["service"]
        agent = desk_agents[int(places.random() * len(desk_agents))]
        self.changes += addresses.record_changes(places, self.customers[-1], english, when,
                                                 agent)

    def _consents(self, cid: str, joined: int, has_email: bool, standing: Standing) -> None:
        r = self.r
        channels = [("phone", 0.82)]
        if has_email:
            channels.append(("email", 0.7))
        if r() < 0.35:
            channels.append(("sms", 0.6))
        for n, (channel, yes) in enumerate(channels):
            when = joined + 1000 * (20 + n)
            granted = r() < yes
            if channel == "phone" and not granted:
                standing.withdraw(when)
            self.consents.append({
                "id": id_at(when, self.rnd), "customer_id": cid, "channel": channel,
                "purpose": "marketing", "granted": granted,
                "source": (source := _CONSENT_SOURCES(self.rnd)),
                "note": _CONSENT_NOTES[source], "at": at(when), "overruled": False})

    def _holdings(self, cid: str, joined: int, life: int, standing: Standing) -> None:
        products = self.ctx.ref.products
        owned = set()
        for _ in range(_HOLDINGS(self.rnd)):
            product_id, _name = products[int(self.r() * len(products))]
            if product_id in owned:
                continue
            owned.add(product_id)
            since = joined + int(self.r() * life * 0.8)
            standing.hold(product_id, since)
            self.holdings.append({
                "id": id_at(since, self.rnd), "customer_id": cid, "product_id": product_id,
                "since": at(since).date(), "channel": _HOLD_CHANNELS(self.rnd)})

    def _contacts(self, cid: str, index: int, lang: str, life: int,
                  standing: Standing) -> None:
        ctx, r, rnd = self.ctx, self.s, self.story
        ref = ctx.ref
        window = min(life, CONTACT_DAYS * DAY_MS)
        listed = r() < 0.3
        run: list[tuple[int, CampaignRef | None]] = []
        if listed:
            camp = ref.campaigns[int(r() * len(ref.campaigns))]
            self.calls.append({
                "id": id_at(ctx.now_ms - int(r() * 20 * DAY_MS), rnd), "campaign_id": camp.id,
                "customer_id": cid, "position": index + 1,
                "status": "pending" if camp.active and r() < 0.7 else "called"})
            run = [(t, camp) for t in self._attempt_times(camp, life)]
        count = _CONTACTS(rnd)
        times = sorted([(_working_hours(ctx.now_ms - int(r() * r() * window), r()), None)
                        for _ in range(count)] + run, key=lambda t: t[0])
        for when, attempt in times:
            if attempt is None:
                self._contact(cid, lang, when, standing)
            elif standing.may_call(when) and not standing.has(attempt.offer.product_id, when):
                self._contact(cid, lang, when, standing, attempt)
        if r() < 0.12:
            self.cases.case(cid, ctx.now_ms - life, lang)

    def _attempt_times(self, camp: CampaignRef, life: int) -> list[int]:
        """When the campaign has called this entry's customer so far: mostly not yet or
        once or twice, some until its attempts ran out (within the last weeks, so the
        contact cap holds too)."""
        r = self.s
        tries = _ATTEMPTS(self.story)
        tries = camp.max_attempts if tries < 0 else tries
        span = min(life, (25 if tries >= camp.max_attempts else 50) * DAY_MS)
        return [_working_hours(self.ctx.now_ms - int(r() * span), r()) for _ in range(tries)]

    def _contact(self, cid: str, lang: str, when: int, standing: Standing,
                 attempt: CampaignRef | None = None) -> None:
        """One contact at ``when``; ``attempt``: a call of that campaign's list."""
        ctx, r, rnd = self.ctx, self.s, self.story
        ref = ctx.ref
        team = "marketing" if attempt else _TEAMS(rnd)
        if team == "marketing" and not standing.may_call(when):
            team = "service"  # the customer said no to marketing calls: only service
        channel = "phone" if attempt else _CHANNELS[team](rnd)
        agents = ref.agents[team]
        row: dict[str, Any] = {"id": id_at(when, rnd), "contact_ref": None, "customer_id": cid,
               "at": at(when), "channel": channel, "team": team,
               "direction": "inbound", "campaign_id": None, "offer_id": None,
               "outcome": None, "agent_id": agents[int(r() * len(agents))],
               "duration_s": None, "summary": None, "amends_id": None}
        offer = ref.offers[int(r() * len(ref.offers))]
        product = ref.products[int(r() * len(ref.products))][1]
        if team == "marketing":
            camp = attempt or ref.campaigns[int(r() * len(ref.campaigns))]
            if standing.has(camp.offer.product_id, when):
                free = [c for c in ref.campaigns if not standing.has(c.offer.product_id, when)]
                camp = free[int(r() * len(free))] if free else camp
            offer = camp.offer
            row.update(direction="outbound", campaign_id=camp.id, offer_id=offer.id)
            outcome = _ATTEMPT_OUTCOMES(rnd) if attempt else _OUTCOMES["marketing"](rnd)
            if standing.has(offer.product_id, when):
                outcome = "declined"  # nothing left to offer: the call is still made
                row["offer_id"] = None
            if outcome == "opted_out":
                channel = self._opt_out(row, when, standing)
        elif team == "store":
            outcome = None
        else:
            outcome = _OUTCOMES[team](rnd)
            if team == "sales":
                outbound = r() < 0.5 and standing.may_call(when)
                row["direction"] = "outbound" if outbound else "inbound"
                if r() < 0.5 and not standing.has(offer.product_id, when):
                    row["offer_id"] = offer.id
            elif r() < 0.15:
                row["direction"] = "outbound"
        row["outcome"] = outcome
        if outcome == "accepted" and row["offer_id"] is not None \
                and standing.accept(offer.product_id, when):
            self._holding(cid, offer.product_id, when + DAY_MS, channel)
        if channel in ("phone", "counter"):
            quick = outcome in _SILENT
            row["duration_s"] = int(r() * 40) if quick else 60 + int(r() * r() * 1200)
        choices = vocab.SUMMARIES[lang][(team, outcome)]
        text = choices[int(r() * len(choices))]
        row["summary"] = text.format(
            product=product if lang == "it" else offer.product_name,
            offer=offer.title if lang == "it" else offer.code, days=2 + int(r() * 6))
        self.contacts.append(row)
        if outcome == "callback" and r() < 0.6:
            self.cases.call_back(cid, when, lang, row["agent_id"])

    def _opt_out(self, row: dict[str, Any], when: int, standing: Standing) -> str:
        """The customer said on the phone "no more sales calls": the call writes the
        withdrawal a second later (and now and then a desk that had not seen it grants
        again, overruled). Returns the contact's channel."""
        cid = row["customer_id"]
        row["channel"] = "phone"
        standing.withdraw(when + 1000)
        self.consents.append({
            "id": id_at(when + 1000, self.story), "customer_id": cid, "channel": "phone",
            "purpose": "marketing", "granted": False, "source": "call",
            "note": "opted out on a marketing call", "at": at(when + 1000),
            "overruled": False})
        if self.s() < 0.15:
            self._missed_grant(cid, when + 1000)
        return "phone"

    def _missed_grant(self, cid: str, withdrawn: int) -> None:
        """A grant written hours after a withdrawal at a shop's desk that had not synced
        it yet: the hub overruled it (sync.consent_rule), so the "no" stands."""
        when = min(withdrawn + 1000 + int(self.s() * 6 * 3_600_000), self.ctx.now_ms - 1000)
        self.consents.append({
            "id": id_at(when, self.story), "customer_id": cid, "channel": "phone",
            "purpose": "marketing", "granted": True, "source": "counter",
            "note": _CONSENT_NOTES["counter"], "at": at(when), "overruled": True})

    def _holding(self, cid: str, product_id: str, since: int, channel: str) -> None:
        """The product an accepted offer sold, held from the next day."""
        self.holdings.append({
            "id": id_at(since, self.story), "customer_id": cid, "product_id": product_id,
            "since": at(since).date(),  # today at the latest: the call was before now
            "channel": "store" if channel == "counter" else
            "online" if channel in ("email", "chat") else "phone"})
