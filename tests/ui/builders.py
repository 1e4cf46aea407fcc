"""A small populated store for UI tests and screenshots, written through the unit of work."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from carecenter.db.models import (
    Agent,
    Campaign,
    Contact,
    Customer,
    CustomerEmail,
    CustomerPhone,
    Offer,
)
from carecenter.db.store import Store
from carecenter.services.uow import UnitOfWork

NOW = datetime(2026, 11, 20, 17, 30, tzinfo=UTC)

SUMMARIES = {
    "service": ["Router keeps dropping the line; reset remotely and booked a check.",
                "Billing question about the October invoice, explained the pro-rata.",
                "Complaint about a late delivery; apologised and waived the fee.",
                "Asked to move the appointment to next week."],
    "marketing": ["Presented the fibre upgrade; customer will think about it.",
                  "Called about the loyalty offer; not interested now.",
                  "Offered the family bundle; accepted on the call."],
    "sales": ["Bought a second SIM with the 50 GB plan.",
              "Asked for a quote for the business line."],
    "store": ["Came to the counter to swap a faulty modem.",
              "Picked up the new phone and signed the contract.",
              "Asked how to read the new bill."],
}
CHANNEL_FOR = {"service": ["phone", "email", "chat"], "marketing": ["phone", "sms", "email"],
               "sales": ["phone", "counter", "email"], "store": ["counter"]}
OUTCOMES = {"service": ["resolved", "info", "callback"],
            "marketing": ["declined", "no_answer", "accepted", "callback", "busy"],
            "sales": ["accepted", "info"], "store": ["resolved", "info"]}


@dataclass
class Demo:
    main_id: str = ""
    main_contacts: int = 0
    ids: list[str] = field(default_factory=list)
    shared_phone_ids: list[str] = field(default_factory=list)


def _reference_rows(store: Store) -> tuple[list[str], list[str], list[str]]:
    with UnitOfWork(store) as uow:
        agents = [uow.add(Agent(name=n, role="agent", team=t)) for n, t in (
            ("Giulia Bianchi", "service"), ("Marco Conti", "marketing"),
            ("Sara Greco", "store"), ("Luca Ferri", "sales"))]
        offers = [uow.add(Offer(code=c, title=t, value_cents=v)) for c, t, v in (
            ("FIBRA1000", "Fibre 1 Gbit upgrade", 2990), ("FAMILY4", "Family bundle 4 SIM", 3990),
            ("LOYAL24", "Loyalty discount 24 months", 500))]
        campaigns = [uow.add(Campaign(name=n, offer_id=o.id)) for n, o in (
            ("Autumn fibre upgrade", offers[0]), ("Family winter", offers[1]),
            ("Loyalty retention", offers[2]))]
    return [a.id for a in agents], [o.id for o in offers], [c.id for c in campaigns]


def _contacts(store: Store, customer_id: str, n: int, rng: random.Random, *,
              agents: list[str], campaigns: list[str], offers: list[str]) -> None:
    with UnitOfWork(store) as uow:
        at = NOW
        for i in range(n):
            at = at - timedelta(hours=rng.randint(5, 200), minutes=rng.randint(0, 59))
            team = ("service", "marketing", "store", "sales")[i % 4] if i < 8 else rng.choice(
                ("service", "service", "marketing", "store", "sales"))
            channel = rng.choice(CHANNEL_FOR[team])
            k = rng.randrange(len(campaigns))
            uow.add(Contact(
                customer_id=customer_id, at=at, channel=channel,
                direction="outbound" if team == "marketing" else rng.choice(
                    ("inbound", "inbound", "outbound")),
                team=team, outcome=rng.choice(OUTCOMES[team]),
                campaign_id=campaigns[k] if team == "marketing" else None,
                offer_id=offers[k] if team in ("marketing", "sales") else None,
                agent_id=agents[("service", "marketing", "store", "sales").index(team)],
                duration_s=rng.randint(40, 900) if channel == "phone" else None,
                summary=rng.choice(SUMMARIES[team])))


FIRST = ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Elena", "Davide",
         "Sofia", "Matteo", "Anna", "Paolo"]
LAST = ["Rossi", "Russo", "Ferrari", "Esposito", "Romano", "Colombo", "Ricci", "Marino",
        "Greco", "Bruno", "Gallo", "Conti", "D'Angelo"]
STORES = ["Milano Centro", "Roma Termini", "Torino Porta Nuova", "Bologna Ugo Bassi"]
TIERS = ["standard", "standard", "silver", "gold", "platinum"]


def make_customer(store: Store, ref: str, first: str, last: str, *, phones: tuple[str, ...],
                  emails: tuple[str, ...], tier: str, language: str, home: str) -> str:
    """Like tests.factories.make_customer, with the customer's home store too."""
    with UnitOfWork(store) as uow:
        c = uow.add(Customer(customer_ref=ref, first_name=first, last_name=last, tier=tier,
                             language=language, store=home))
        for p in phones:
            uow.add(CustomerPhone(customer_id=c.id, e164=p))
        for e in emails:
            uow.add(CustomerEmail(customer_id=c.id, email=e))
    return c.id


def populate(store: Store, customers: int = 24, main_contacts: int = 120, seed: int = 7) -> Demo:
    """One rich customer (Maria Rossi, C-000001), ``customers`` others, two sharing a phone."""
    rng = random.Random(seed)
    agents, offers, campaigns = _reference_rows(store)
    demo = Demo(main_contacts=main_contacts)
    demo.main_id = make_customer(
        store, "C-000001", "Maria", "Rossi", phones=("+393331234567", "+390276543210"),
        emails=("maria.rossi@example.it",), tier="gold", language="it", home="Milano Centro")
    _contacts(store, demo.main_id, main_contacts, rng, agents=agents, campaigns=campaigns,
              offers=offers)
    demo.ids.append(demo.main_id)
    for n in range(customers):
        first, last = FIRST[n % len(FIRST)], LAST[(n * 5) % len(LAST)]
        phone = "+39347555" + f"{n:04d}" if n >= 2 else "+390611112222"
        cid = make_customer(
            store, f"C-{n + 2:06d}", first, last, phones=(phone,),
            emails=(f"{first}.{last}{n}@example.com".lower().replace("'", ""),),
            tier=TIERS[n % len(TIERS)], language=("it", "en")[n % 2 if n % 7 == 0 else 0],
            home=STORES[n % len(STORES)])
        _contacts(store, cid, rng.randint(0, 12), rng, agents=agents, campaigns=campaigns,
                  offers=offers)
        demo.ids.append(cid)
        if n < 2:
            demo.shared_phone_ids.append(cid)
    return demo
