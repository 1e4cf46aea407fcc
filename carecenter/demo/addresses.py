"""Demo postal addresses (Italian and English ones, near the customer's home store) and a
few customers whose record was changed at a counter, so the history's "Record changes"
filter has something in it (issue 15).

A batch draws these from its own generator (``places``), apart from the one that makes
the rest of the batch, so adding them left every other demo row as it was.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from typing import Any

from carecenter.ids import id_at

# town, province sigla, first postcode, postcodes in the town
_IT_TOWNS = {
    "Milano": ("MI", 20121, 40), "Roma": ("RM", 118, 80), "Torino": ("TO", 10121, 30),
    "Napoli": ("NA", 80121, 30), "Bologna": ("BO", 40121, 20), "Firenze": ("FI", 50121, 20),
    "Palermo": ("PA", 90121, 30), "Monza": ("MB", 20900, 1), "Bergamo": ("BG", 24121, 8),
    "Verona": ("VR", 37121, 20), "Bari": ("BA", 70121, 15), "Genova": ("GE", 16121, 40),
}
_IT_STREETS = (
    "Via Roma", "Via Garibaldi", "Via Mazzini", "Corso Vittorio Emanuele II", "Via Dante",
    "Via Verdi", "Piazza della Repubblica", "Via Cavour", "Viale Europa", "Via XX Settembre",
    "Via San Francesco", "Via dei Mille", "Corso Italia", "Via Manzoni", "Via Marconi",
)
# town, county, postcode district prefix, districts
_UK_TOWNS = {
    "London": ("Greater London", "SW", 20), "Manchester": ("Greater Manchester", "M", 20),
    "Leeds": ("West Yorkshire", "LS", 17), "Birmingham": ("West Midlands", "B", 40),
    "Bristol": ("Bristol", "BS", 16),
}
_UK_STREETS = ("High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane",
               "Manor Road", "Park Avenue", "Queen Street", "Mill Lane", "King's Road")
_STORE_TOWN = {"London Oxford St": "London", "Manchester Arndale": "Manchester"}
_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"  # those the inward code of a UK postcode uses


def _italian(rnd: random.Random, store: str) -> dict[str, Any]:
    town: str | None = store.split(maxsplit=1)[0] if store else None
    if town not in _IT_TOWNS or rnd.random() < 0.25:  # online customers, and some from nearby
        town = rnd.choice(list(_IT_TOWNS))
    assert town is not None
    province, first, count = _IT_TOWNS[town]
    number = str(1 + int(rnd.random() * 180))
    if rnd.random() < 0.08:
        number += "/" + "ABC"[int(rnd.random() * 3)]
    return {"street": rnd.choice(_IT_STREETS), "house_number": number,
            "postcode": f"{first + int(rnd.random() * count):05d}", "town": town,
            "province": province, "country": "IT"}


def _english(rnd: random.Random, store: str) -> dict[str, Any]:
    town = _STORE_TOWN.get(store) or rnd.choice(list(_UK_TOWNS))
    county, area, districts = _UK_TOWNS[town]
    inward = f"{int(rnd.random() * 10)}{rnd.choice(_LETTERS)}{rnd.choice(_LETTERS)}"
    return {"street": rnd.choice(_UK_STREETS), "house_number": str(1 + int(rnd.random() * 120)),
            "postcode": f"{area}{1 + int(rnd.random() * districts)} {inward}", "town": town,
            "province": county, "country": "GB"}


def address(rnd: random.Random, english: bool, store: str) -> dict[str, Any]:
    """A customer's address columns (nine in ten customers have one on record)."""
    if rnd.random() < 0.1:
        return dict.fromkeys(("street", "house_number", "postcode", "town", "province",
                              "country"))
    return _english(rnd, store) if english else _italian(rnd, store)


def record_changes(rnd: random.Random, customer: dict[str, Any], english: bool,
                   when_ms: int, agent_id: str) -> list[dict[str, Any]]:
    """The audit rows of an earlier change of ``customer`` (already holding its values of
    today): a move, or a new tier. Empty for most customers."""
    if rnd.random() >= 0.03:
        return []
    desk = f"{customer['store']} (desk {1 + int(rnd.random() * 4)})"
    at = datetime.fromtimestamp((when_ms - when_ms % 1000) / 1000, UTC)
    old: dict[str, Any]
    if customer["street"] and rnd.random() < 0.7:  # moved house
        before = (_english if english else _italian)(rnd, customer["store"])
        old = {k: before[k] for k in ("street", "house_number", "postcode")}
        if before["town"] != customer["town"]:
            old.update(town=before["town"], province=before["province"])
    else:
        tiers = ("standard", "silver", "gold", "platinum")
        now = customer["tier"] if customer["tier"] in tiers else "silver"
        old = {"tier": tiers[max(tiers.index(now) - 1, 0)] if now != "standard" else "silver"}
    return [{"id": id_at(when_ms + n, rnd), "customer_id": customer["id"], "field": field,
             "old_value": value, "new_value": customer[field], "at": at,
             "agent_id": agent_id, "desk": desk}
            for n, (field, value) in enumerate(old.items()) if value != customer[field]]
