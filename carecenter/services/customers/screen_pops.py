"""Ring-to-view time of each screen pop: recorded by the console, read by the supervisor.

A local figure of this workstation (table ``screen_pop``), never replicated, so it is
written with a plain short transaction rather than the unit of work (which exists to
stamp and replicate synced rows).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select

from carecenter.clock import utcnow
from carecenter.db.models import ScreenPop
from carecenter.db.store import Store
from carecenter.problems import Problem, Refused
from carecenter.stats import percentile

OUTCOMES = ("one", "several", "none")
KEEP = timedelta(days=180)


class InvalidScreenPop(Refused):
    """A screen pop figure that cannot be right (unknown outcome, negative time)."""


@dataclass(frozen=True)
class PopFigures:
    count: int
    p50_ms: float | None  # None with no pops in the period
    p95_ms: float | None
    max_ms: float | None
    by_outcome: dict[str, int]


def record_pop(
    store: Store, *, outcome: str, matches: int, ms: float, at: datetime | None = None
) -> None:
    """Remember one pop; pops older than KEEP are dropped on the way."""
    if outcome not in OUTCOMES:
        raise InvalidScreenPop(Problem.SCREEN_POP_OUTCOME, outcome=outcome)
    if not math.isfinite(ms) or ms < 0 or matches < 0:
        raise InvalidScreenPop(Problem.SCREEN_POP_TIME)
    at = at or utcnow()
    with store.session() as s, s.begin():
        s.add(ScreenPop(at=at, outcome=outcome, matches=matches, ms=float(ms)))
        s.execute(delete(ScreenPop).where(ScreenPop.at < at - KEEP))


def pop_figures(
    store: Store, *, since: datetime | None = None, until: datetime | None = None
) -> PopFigures:
    """Count, p50, p95 and worst ring-to-view time of the pops in [since, until)."""
    q = select(ScreenPop.ms, ScreenPop.outcome)
    if since is not None:
        q = q.where(ScreenPop.at >= since)
    if until is not None:
        q = q.where(ScreenPop.at < until)
    with store.session() as s:
        rows = s.execute(q).all()
    times = sorted(r[0] for r in rows)
    by = dict.fromkeys(OUTCOMES, 0)
    for _, o in rows:
        by[o] = by.get(o, 0) + 1
    if not times:
        return PopFigures(0, None, None, None, by)
    return PopFigures(len(times), round(percentile(times, 50), 1),
                      round(percentile(times, 95), 1), round(times[-1], 1), by)
