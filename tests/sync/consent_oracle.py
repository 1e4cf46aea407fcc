"""The simulation's independent check of the consent rule (issue 15 part 2): every grant
written on a desk that did not hold some withdrawal of the same customer, channel and
purpose ends ``overruled`` on the hub; a grant is only ever overruled when a withdrawal of
its key exists. (The rule may err towards the withdrawal, never towards the grant: a grant
written after a pull was cut off half-way counts as not having seen what that pull
brought.)"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from carecenter.db.models import ConsentEvent
from carecenter.db.store import Store


def known_consents(store: Store) -> frozenset[str]:
    """The consent events a desk holds: what a write made now has seen."""
    with store.session() as s:
        return frozenset(s.scalars(select(ConsentEvent.id)))


def check_overruled(rows: dict[str, dict[str, Any]], knew: dict[str, frozenset[str]]) -> None:
    """``rows``: the hub's consent events by id; ``knew``: for each event written in the
    run, the events its desk held when it was written."""
    def key(r: dict[str, Any]) -> tuple[Any, ...]:
        return (r["customer_id"], r["channel"], r["purpose"])

    withdrawals: dict[tuple[Any, ...], set[str]] = {}
    for rid, r in rows.items():
        if r["granted"] is False:
            withdrawals.setdefault(key(r), set()).add(rid)
    for rid, r in rows.items():
        got = bool(r.get("overruled"))
        if r["granted"] is False:
            assert not got, ("a withdrawal overruled", rid)
            continue
        others = withdrawals.get(key(r), set())
        missed = others - knew.get(rid, frozenset())
        if missed:
            assert got, ("a grant that missed a withdrawal stands", rid, sorted(missed))
        elif got:
            assert others, ("a grant overruled with no withdrawal of its key", rid)
