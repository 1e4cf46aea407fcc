"""A few demo customers changed at two desks at once, so "Changes to check" has something
in it: field conflicts (a name corrected here and otherwise elsewhere, a tier changed at
two other desks) and a customer deleted at this desk while another desk edited it.

The rows are what the hub would have sent: ``sync_conflict`` rows written as a pull
writes them (``apply_remote``: the hub makes them, so they have no outbox op). The value
every desk kept is the customer's value in the store; the losing one differs from it.
The other desks and the hub have ids fixed by the seed; "this desk" is the store's own
site, so its agent sees the changes whose losing write was made here.
"""

from __future__ import annotations

import json
import random
import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from carecenter.clock import hlc_of
from carecenter.db.base import to_text
from carecenter.db.models import Customer, SyncConflict
from carecenter.db.store import Store
from carecenter.services.uow import UnitOfWork

_NS = uuid.UUID("5d0f3a1e-7c2b-4f7e-8d61-2a9b0c4e6f13")
_TIERS = ("standard", "silver", "gold", "platinum")


def _id(seed: int, *parts: object) -> str:
    return str(uuid.uuid5(_NS, "|".join(str(p) for p in (seed, *parts))))


def _typo(name: str) -> str:
    """The same name, mistyped once (another last letter)."""
    if not name:
        return "Rossi"
    return name[:-1] + ("o" if name[-1] != "o" else "i")


def add_two_desk_changes(store: Store, seed: int, now: datetime) -> int:
    """Add the demo's conflicts (none without customers); returns how many."""
    with store.session() as s:
        picks = list(s.execute(select(Customer.id, Customer.first_name, Customer.last_name,
                                      Customer.tier)
                               .where(Customer.deleted.is_(False))
                               .order_by(Customer.id).limit(500)))
    if len(picks) < 4:
        return 0
    rng = random.Random(seed * 7919 + 15)
    a, b, c, d = rng.sample(picks, 4)
    here, desk_b, desk_c = store.site_id, _id(seed, "desk", "B"), _id(seed, "desk", "C")
    hub = _id(seed, "hub")
    ms = int(now.timestamp() * 1000)

    def clock(hours: float) -> int:
        return hlc_of(ms - int(hours * 3_600_000))

    other_tier = next(t for t in _TIERS[rng.randrange(4):] + _TIERS if t != (c.tier or ""))
    found: list[tuple[str, dict[str, Any], float]] = [
        # A name corrected at this desk, corrected otherwise at desk B a little later.
        ("field", {"row_id": a.id, "field": "last_name",
                   "kept_value": a.last_name, "kept_site": desk_b, "kept_hlc": clock(26),
                   "lost_value": _typo(a.last_name or ""), "lost_site": here,
                   "lost_hlc": clock(27)}, 25),
        ("field", {"row_id": b.id, "field": "first_name",
                   "kept_value": b.first_name, "kept_site": desk_c, "kept_hlc": clock(5),
                   "lost_value": _typo(b.first_name or ""), "lost_site": here,
                   "lost_hlc": clock(6)}, 4),
        # A tier changed at two other desks: for the team lead.
        ("field", {"row_id": c.id, "field": "tier",
                   "kept_value": c.tier, "kept_site": desk_b, "kept_hlc": clock(50),
                   "lost_value": other_tier, "lost_site": desk_c,
                   "lost_hlc": clock(49.5)}, 48),
        # Deleted here while desk C corrected the name: sync kept the customer.
        ("delete", {"row_id": d.id, "field": "deleted",
                    "kept_value": False, "kept_site": desk_c, "kept_hlc": clock(3),
                    "lost_value": True, "lost_site": here, "lost_hlc": clock(3.5)}, 2),
    ]
    rows = []
    for kind, values, hours_ago in found:
        at = now - timedelta(hours=hours_ago)
        record = {**values, "kind": kind, "table_name": "customer", "other_row_id": None,
                  "kept_value": _json(values["kept_value"]),
                  "lost_value": _json(values["lost_value"]), "at": to_text(at)}
        hlc = clock(hours_ago)
        rows.append((_id(seed, "conflict", values["row_id"], values["field"]),
                     {f: [v, hlc, hub] for f, v in record.items()}))
    with UnitOfWork(store, remote=True) as uow:
        uow.apply_remote(SyncConflict, rows)
    return len(rows)


def _json(v: Any) -> str:
    return json.dumps(v, sort_keys=True, ensure_ascii=False)
