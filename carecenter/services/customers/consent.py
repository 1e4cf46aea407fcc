"""Current consent: latest event by time per channel and purpose; on a tie the most
restrictive (denied) wins (design.md section 3)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import text

from carecenter.db.base import from_text, to_text
from carecenter.services.customers.family import in_clause

Key = tuple[str, str]  # (channel, purpose)


def current_consent(conn: Any, customer_ids: list[str], as_of: datetime | None = None
                    ) -> dict[Key, tuple[bool, datetime | None]]:
    """``{(channel, purpose): (granted, at)}`` over the events of these customers."""
    marks, params = in_clause("c", customer_ids)
    cond = ""
    if as_of is not None:
        cond = " AND at <= :asof"
        params["asof"] = to_text(as_of)
    rows = conn.execute(text(
        "SELECT channel, purpose, at, min(granted) FROM consent_event "
        f"WHERE customer_id IN ({marks}){cond} "
        "GROUP BY channel, purpose, at"), params).all()
    latest: dict[Key, tuple[str, bool]] = {}
    for channel, purpose, at, granted in rows:
        key = (channel, purpose)
        if key not in latest or at > latest[key][0]:
            latest[key] = (at, bool(granted))
    return {k: (g, from_text(at)) for k, (at, g) in latest.items()}
