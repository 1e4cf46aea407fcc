"""The offers panel: which offers the agent may present to this customer now, and which
are held back and why.

An offer is a candidate when it is active and valid on the day of the moment. It is
suppressed, with every reason that holds, when the customer (its whole family):

- ``owned``: holds the offer's product (a holding since on or before that day);
- ``accepted``: accepted this offer, or another offer for the same product;
- ``declined_recently``: declined this offer within 30 days before the moment
  (``moment - 30 days < at <= moment``);
- ``better_presented``: was presented a still-valid offer for the same product with a
  higher value and did not decline it (the agent should present that one).

Only history up to the moment counts, as in the call list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import text

from carecenter.clock import utcnow
from carecenter.db.store import Store
from carecenter.db.texts import utc_text
from carecenter.services.customers.family import family_ids, in_clause

DECLINE_WINDOW = timedelta(days=30)


class Suppressed(StrEnum):
    OWNED = "owned"
    ACCEPTED = "accepted"
    DECLINED_RECENTLY = "declined_recently"
    BETTER_PRESENTED = "better_presented"


@dataclass(frozen=True)
class OfferItem:
    offer_id: str
    code: str
    title: str
    product_code: str | None
    value_cents: int
    currency: str
    valid_to: date | None
    channels: tuple[str, ...]


@dataclass(frozen=True)
class SuppressedOffer:
    offer: OfferItem
    reasons: tuple[Suppressed, ...]
    better_code: str | None = None  # with better_presented: the offer to present instead


@dataclass(frozen=True)
class OffersPanel:
    eligible: tuple[OfferItem, ...]  # highest value first
    suppressed: tuple[SuppressedOffer, ...]


def offers_panel(store: Store, customer_id: str, as_of: datetime | None = None,
                 channel: str | None = None) -> OffersPanel:
    """The panel for a customer; with ``channel``, offers sold on other channels only
    are left out of both lists."""
    as_of = (as_of or utcnow()).astimezone(UTC)
    with store.session() as s:
        conn = s.connection()
        return _panel(conn, family_ids(conn, customer_id), as_of, channel)


def _panel(conn: Any, family: list[str], as_of: datetime, channel: str | None) -> OffersPanel:
    day = as_of.date().isoformat()
    candidates = [
        OfferItem(oid, code, title, product, value, currency,
                  date.fromisoformat(valid_to) if valid_to else None,
                  tuple(c for c in (channels or "").split("|") if c))
        for oid, code, title, product, value, currency, valid_to, channels in conn.execute(text(
            "SELECT o.id, o.code, o.title, p.code, o.value_cents, o.currency, o.valid_to, "
            "o.channels FROM offer o LEFT JOIN product p ON p.id = o.product_id "
            "WHERE o.status = 'active' AND (o.valid_from IS NULL OR o.valid_from <= :d) "
            "AND (o.valid_to IS NULL OR o.valid_to >= :d) "
            "ORDER BY o.value_cents DESC, o.code"), {"d": day})
    ]
    if channel is not None:
        candidates = [o for o in candidates if not o.channels or channel in o.channels]
    marks, params = in_clause("c", family)
    p: dict[str, Any] = {**params, "m": utc_text(as_of), "d": day,
                         "since": utc_text(as_of - DECLINE_WINDOW)}
    owned = {r[0] for r in conn.execute(text(
        f"SELECT DISTINCT p.code FROM holding h JOIN product p ON p.id = h.product_id "
        f"WHERE h.customer_id IN ({marks}) AND (h.since IS NULL OR h.since <= :d)"), p)}
    history = conn.execute(text(
        "SELECT o.code, p.code, k.outcome, k.at FROM contact k JOIN offer o ON o.id = k.offer_id "
        "LEFT JOIN product p ON p.id = o.product_id "
        f"WHERE k.customer_id IN ({marks}) AND k.at <= :m"), p).all()
    accepted_codes = {code for code, _, outcome, _ in history if outcome == "accepted"}
    accepted_products = {prod for _, prod, outcome, _ in history
                         if outcome == "accepted" and prod is not None}
    declined = {code for code, _, outcome, _ in history if outcome == "declined"}
    declined_recently = {code for code, _, outcome, at in history
                         if outcome == "declined" and at > p["since"]}
    presented = {code for code, _, _, _ in history if code not in declined}
    by_code = {o.code: o for o in candidates}
    eligible: list[OfferItem] = []
    suppressed: list[SuppressedOffer] = []
    for offer in candidates:
        reasons: list[Suppressed] = []
        if offer.product_code is not None and offer.product_code in owned:
            reasons.append(Suppressed.OWNED)
        if offer.code in accepted_codes or offer.product_code in accepted_products:
            reasons.append(Suppressed.ACCEPTED)
        if offer.code in declined_recently:
            reasons.append(Suppressed.DECLINED_RECENTLY)
        better = [by_code[c] for c in presented if c in by_code and c != offer.code
                  and by_code[c].product_code == offer.product_code
                  and offer.product_code is not None
                  and by_code[c].value_cents > offer.value_cents]
        best = max(better, key=lambda o: (o.value_cents, o.code)) if better else None
        if best is not None:
            reasons.append(Suppressed.BETTER_PRESENTED)
        if reasons:
            suppressed.append(SuppressedOffer(offer, tuple(reasons),
                                              best.code if best else None))
        else:
            eligible.append(offer)
    return OffersPanel(tuple(eligible), tuple(suppressed))
