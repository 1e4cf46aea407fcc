"""Reads the service answers beyond sync: what the grant dialog's meter needs now."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import or_, select

from carecenter.clock import utcnow
from carecenter.db.base import to_text
from carecenter.sync.hub import Hub
from carecenter.sync.hub_schema import TABLES

CUSTOMER_WINDOW = timedelta(days=31)  # the meter's 30 days, and a day of slack for zones
AGENT_WINDOW = timedelta(days=2)      # the agent's local day, wherever it starts


def recent_decisions(hub: Hub, customer_id: str, agent_id: str) -> list[dict[str, Any]]:
    d = TABLES["decision"]
    now = utcnow()
    q = select(d.c.id, d.c.customer_id, d.c.agent_id, d.c.amount_cents, d.c.currency, d.c.at,
               d.c.authority_state, d.c.remedy, d.c.quantity).where(or_(
                   (d.c.customer_id == customer_id) & (d.c.at > now - CUSTOMER_WINDOW),
                   (d.c.agent_id == agent_id) & (d.c.at > now - AGENT_WINDOW)))
    with hub.engine.connect() as conn:
        rows = conn.execute(q.order_by(d.c.at, d.c.id).limit(5000)).mappings().all()
    return [{**r, "at": to_text(r["at"]) if r["at"] is not None else None} for r in rows]
