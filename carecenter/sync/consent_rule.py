"""Consent across sync: a withdrawal wins over every grant that did not see it, and a grant
made after seeing the withdrawal wins (issue 15 part 2). Pure functions, no database.

Two desks offline: a withdrawal at 10:00 on one, a grant at 10:01 on the other. By time
alone the grant would win, though the customer withdrew and the second desk never knew.
Whether a desk *saw* an event when it wrote another is told by the op's ``seen``
watermark (``protocol.Op.seen``): every hub transaction numbered below it had been pulled
by the writer. So a grant saw a withdrawal when

- both were written on the same desk, the withdrawal first (a desk's own writes are in
  its store, in clock order); or
- the withdrawal was taken by a hub transaction ``txn`` below the grant op's ``seen``.

The hub, which alone knows every event's transaction, applies ``overruled`` to the events
of each customer, channel and purpose a push touches and marks each grant that missed a
withdrawal (``consent_event.overruled``, a field that only moves from false to true, see
``merge.FORWARD``); the mark syncs back to every desk. Current consent is then the latest
event by ``at`` among those not overruled, a denial winning a tie (``current``): the same
on every desk and on the hub once they hold the same events and marks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Event:
    """One consent event as the rule sees it. ``txn``: the hub transaction that took it;
    ``seen``: the watermark of the op that brought it (0: the writer had pulled nothing)."""

    id: str
    key: tuple[str, str, str]  # (customer, channel, purpose)
    granted: bool
    site: str
    hlc: int
    txn: int
    seen: int


def saw(later: Event, earlier: Event) -> bool:
    """Had the desk that wrote ``later`` seen ``earlier`` when it wrote it?"""
    if later.site == earlier.site:
        return earlier.hlc < later.hlc
    return earlier.txn < later.seen


def overruled(events: Iterable[Event]) -> set[str]:
    """The ids of the grants that missed a withdrawal of their customer, channel and
    purpose."""
    withdrawals: dict[tuple[str, str, str], list[Event]] = {}
    grants: list[Event] = []
    for e in events:
        if e.granted:
            grants.append(e)
        else:
            withdrawals.setdefault(e.key, []).append(e)
    return {g.id for g in grants
            if any(not saw(g, w) for w in withdrawals.get(g.key, ()))}


def current(events: Iterable[tuple[str, str, bool, Any, bool]],
            ) -> dict[tuple[str, str], bool]:
    """Current consent per ``(channel, purpose)`` from ``(channel, purpose, granted, at,
    overruled)``: the latest by ``at`` among the events not overruled; on a tie the most
    restrictive (denied) wins."""
    best: dict[tuple[str, str], tuple[Any, bool]] = {}
    for channel, purpose, granted, at, over in events:
        if granted and over:
            continue
        k = (channel, purpose)
        cand = (at, not granted)
        if k not in best or cand > best[k]:
            best[k] = cand
    return {k: not denied for k, (_at, denied) in best.items()}
