"""The fixed rows every demo store starts with: agents, products, offers, campaigns."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from faker import Faker

from carecenter.db.base import Synced
from carecenter.db.models import Agent, Campaign, Offer, Product
from carecenter.demo import vocab
from carecenter.ids import id_at

Rows = list[tuple[type[Synced], list[dict[str, Any]]]]


@dataclass(frozen=True)
class OfferRef:
    id: str
    code: str
    title: str
    product_id: str
    product_name: str


@dataclass(frozen=True)
class CampaignRef:
    id: str
    offer: OfferRef
    active: bool
    max_attempts: int


@dataclass(frozen=True)
class Reference:
    """Ids of the fixed rows, for the customer batches to point at."""

    agents: dict[str, tuple[str, ...]]  # team -> agent ids
    supervisors: tuple[str, ...]
    products: tuple[tuple[str, str], ...]  # (id, name)
    offers: tuple[OfferRef, ...]
    campaigns: tuple[CampaignRef, ...]


def ms_of(when: datetime) -> int:
    return int(when.timestamp() * 1000)


def reference_rows(seed: int, now: datetime) -> tuple[Reference, Rows]:
    """The agents, products, offers and campaigns of the demo, with seeded ids."""
    rnd = random.Random(f"carecenter-demo:{seed}:reference")
    start_ms = ms_of(now - timedelta(days=3 * 365))

    def new_id(offset_days: float = 0) -> str:
        return id_at(start_ms + int(offset_days * 86_400_000) + int(rnd.random() * 1000), rnd)

    agents, by_team, supervisors = _agents(seed, rnd, new_id)
    products = [{"id": new_id(1), "code": code, "name": name} for code, name in vocab.PRODUCTS]
    product_by_code = {p["code"]: p for p in products}
    today = now.date()
    offers, offer_refs = [], {}
    for code, product, title, value, since, span, channels, who in vocab.OFFERS:
        p = product_by_code[product]
        valid_from = today - timedelta(days=since)
        valid_to: date = valid_from + timedelta(days=span)
        row: dict[str, Any] = {"id": new_id(2), "code": code, "product_id": p["id"], "title": title,
               "value_cents": value, "currency": "EUR", "valid_from": valid_from,
               "valid_to": valid_to, "channels": channels, "eligibility": who,
               "status": "active" if valid_to >= today else "retired"}
        offers.append(row)
        offer_refs[code] = OfferRef(row["id"], code, title, p["id"], p["name"])
    campaigns, campaign_refs = [], []
    for name, offer_code, recontact, max_30d, attempts, status in vocab.CAMPAIGNS:
        offer = offer_refs[offer_code]
        row = {"id": new_id(3), "name": name, "product_id": offer.product_id,
               "offer_id": offer.id, "recontact_days": recontact, "max_calls_30d": max_30d,
               "max_attempts": attempts, "status": status}
        campaigns.append(row)
        campaign_refs.append(CampaignRef(row["id"], offer, status == "active", attempts))
    ref = Reference(
        agents=by_team, supervisors=tuple(supervisors),
        products=tuple((p["id"], p["name"]) for p in products),
        offers=tuple(offer_refs.values()), campaigns=tuple(campaign_refs),
    )
    return ref, [(Agent, agents), (Product, products), (Offer, offers), (Campaign, campaigns)]


def _agents(seed: int, rnd: random.Random, new_id: Any,
            ) -> tuple[list[dict[str, Any]], dict[str, tuple[str, ...]], list[str]]:
    fakes = [Faker("it_IT"), Faker("en_GB")]
    for n, fake in enumerate(fakes):
        fake.seed_instance(seed * 7 + n)
    it_stores = [s for s in vocab.IT_STORES if s != "Online"]
    rows: list[dict[str, Any]] = []
    by_team: dict[str, list[str]] = {t: [] for t in vocab.AGENT_TEAMS}
    supervisors: list[str] = []
    n = 0
    for role, count in vocab.AGENT_ROLES:
        for _ in range(count):
            english = n % 5 == 4
            fake = fakes[1 if english else 0]
            team = vocab.AGENT_TEAMS[n % len(vocab.AGENT_TEAMS)]
            if team == "store":
                store = "London Oxford St" if english else it_stores[n % len(it_stores)]
            else:
                store = None
            row = {"id": new_id(), "name": f"{fake.first_name()} {fake.last_name()}",
                   "role": role, "team": team, "store": store}
            rows.append(row)
            by_team[team].append(row["id"])
            if role == "supervisor":
                supervisors.append(row["id"])
            n += 1
    return rows, {t: tuple(ids) for t, ids in by_team.items()}, supervisors


def utc_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)
