"""The supervisor's figures: workload per agent, promises kept, time to recovery.

* Workload: open cases per agent (who works them: the opener until a hand-over), open
  and overdue follow-ups per assignee, and closes with unticked steps (overrides) per
  agent who closed.
* Promise kept rate: promises done on or before their due time / promises due (due time
  at or before ``now``, within the period when one is given). A promise done early but not
  yet due is counted once it is due.
* Time to recovery, per category: from the opening of a case to the close of the last case
  of its chain of reopenings (a reopened case is not recovered until its reopening closes).
  Median (the middle value, or the mean of the two middle ones) and p90 (nearest rank: the
  ceil(0.9 n)-th smallest). Chains still open are counted as open; overrides are the closed
  cases of the category that were closed with unticked steps.
"""

from __future__ import annotations

import csv
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from carecenter.db.models import Agent, Case, CaseStepEvent, FollowUp
from carecenter.db.store import Store
from carecenter.domain import CaseStatus, FollowUpReason, FollowUpStatus
from carecenter.services.cases.casework import CLOSED_OVERRIDE, aware
from carecenter.services.cases.handover import case_owner
from carecenter.stats import percentile


@dataclass(frozen=True)
class AgentLoad:
    agent_id: str | None  # None: not assigned to anyone
    agent_name: str | None
    open_cases: int = 0
    open_follow_ups: int = 0
    overdue_follow_ups: int = 0
    overrides: int = 0  # cases this agent closed with unticked steps


@dataclass(frozen=True)
class PromiseRate:
    agent_id: str | None
    agent_name: str | None
    due: int
    kept: int

    @property
    def rate(self) -> float | None:
        return self.kept / self.due if self.due else None


@dataclass(frozen=True)
class PromiseFigures:
    overall: PromiseRate
    by_agent: tuple[PromiseRate, ...] = ()


@dataclass(frozen=True)
class CategoryRecovery:
    category: str
    recovered: int  # chains closed (in the period)
    median: timedelta | None
    p90: timedelta | None
    still_open: int  # chains not closed yet
    overrides: int  # cases closed with unticked steps
    durations: tuple[timedelta, ...] = field(default=(), repr=False)  # for the charts


def _agents(store: Store) -> dict[str, str]:
    with store.session() as s:
        return {r[0]: r[1] for r in s.execute(select(Agent.id, Agent.name))}


def workload(store: Store, now: datetime) -> tuple[AgentLoad, ...]:
    """Every agent (and "not assigned" when something is), by name."""
    aware(now)
    names = _agents(store)
    with store.session() as s:
        cases: dict[str | None, int] = dict(s.execute(
            select(case_owner, func.count()).where(Case.status != CaseStatus.CLOSED.value)
            .group_by(case_owner)).all())
        open_fu = dict(s.execute(
            select(FollowUp.assignee_id, func.count())
            .where(FollowUp.status == FollowUpStatus.OPEN.value)
            .group_by(FollowUp.assignee_id)).all())
        overdue = dict(s.execute(
            select(FollowUp.assignee_id, func.count())
            .where(FollowUp.status == FollowUpStatus.OPEN.value,
                   func.coalesce(FollowUp.due_until, FollowUp.due) < now)
            .group_by(FollowUp.assignee_id)).all())
        overrides = dict(s.execute(
            select(CaseStepEvent.agent_id, func.count())
            .where(CaseStepEvent.step == CLOSED_OVERRIDE)
            .group_by(CaseStepEvent.agent_id)).all())
    ids: set[str | None] = set(names) | set(cases) | set(open_fu) | set(overrides)
    loads = [AgentLoad(a, names.get(a) if a else None, cases.get(a, 0), open_fu.get(a, 0),
                       overdue.get(a, 0), overrides.get(a, 0)) for a in ids]
    loads = [x for x in loads if x.agent_id is not None or
             x.open_cases or x.open_follow_ups or x.overrides]
    return tuple(sorted(loads, key=lambda x: (x.agent_id is None, (x.agent_name or "").lower(),
                                              x.agent_id or "")))


def promise_figures(store: Store, now: datetime, *, since: datetime | None = None
                    ) -> PromiseFigures:
    """Promises kept on time, overall and per assignee, for promises due by ``now``
    (and, with ``since``, due at or after it)."""
    aware(now)
    names = _agents(store)
    # a promised window is due, and kept, by its end
    ends = func.coalesce(FollowUp.due_until, FollowUp.due)
    q = select(FollowUp.assignee_id, ends, FollowUp.status, FollowUp.done_at).where(
        FollowUp.reason == FollowUpReason.PROMISE.value, ends <= now)
    if since is not None:
        q = q.where(FollowUp.due >= aware(since))
    with store.session() as s:
        rows = s.execute(q).all()
    due: dict[str | None, int] = defaultdict(int)
    kept: dict[str | None, int] = defaultdict(int)
    for assignee, due_at, status, done_at in rows:
        due[assignee] += 1
        if status == FollowUpStatus.DONE.value and done_at is not None and done_at <= due_at:
            kept[assignee] += 1
    overall = PromiseRate(None, None, sum(due.values()), sum(kept.values()))
    by_agent = tuple(sorted(
        (PromiseRate(a, names.get(a) if a else None, n, kept[a]) for a, n in due.items()),
        key=lambda r: (r.agent_id is None, (r.agent_name or "").lower(), r.agent_id or "")))
    return PromiseFigures(overall, by_agent)


def recovery_by_category(store: Store, *, since: datetime | None = None,
                         until: datetime | None = None) -> tuple[CategoryRecovery, ...]:
    """Time to recovery per category (chains whose last close falls in the period)."""
    with store.session() as s:
        rows = s.execute(select(Case.id, Case.reopens_id, Case.category, Case.opened_at,
                                Case.closed_at, Case.status, Case.close_override)).all()
    by_id = {r[0]: r for r in rows}
    newer: dict[str, str] = {}
    for r in sorted(rows, key=lambda r: (r[3], r[0])):
        if r[1] is not None and r[1] in by_id:
            newer[r[1]] = r[0]  # the latest reopening of a case wins
    durations: dict[str, list[timedelta]] = defaultdict(list)
    still_open: dict[str, int] = defaultdict(int)
    overrides: dict[str, int] = defaultdict(int)
    for r in rows:
        if r[5] == CaseStatus.CLOSED.value and r[6]:
            overrides[r[2]] += 1
        if r[1] is not None and r[1] in by_id:
            continue  # not the start of a chain
        last = r
        for _ in range(100):
            nxt = newer.get(last[0])
            if nxt is None:
                break
            last = by_id[nxt]
        if last[5] != CaseStatus.CLOSED.value or last[4] is None:
            still_open[r[2]] += 1
            continue
        closed_at = last[4]
        if (since is not None and closed_at < since) or (until is not None and closed_at >= until):
            continue
        durations[r[2]].append(closed_at - r[3])
    out = []
    for category in sorted(set(durations) | set(still_open) | set(overrides)):
        values = sorted(durations.get(category, []))
        secs = [d.total_seconds() for d in values]
        median = timedelta(seconds=statistics.median(secs)) if secs else None
        p90 = timedelta(seconds=percentile(secs, 90)) if secs else None
        out.append(CategoryRecovery(category, len(values), median, p90,
                                    still_open.get(category, 0), overrides.get(category, 0),
                                    tuple(values)))
    return tuple(out)


def _hours(value: timedelta | None) -> str:
    return "" if value is None else f"{value.total_seconds() / 3600:.2f}"


def export_figures_csv(store: Store, out: Path, now: datetime, *,
                       since: datetime | None = None) -> int:
    """Every figure as one row ``section, subject_id, subject, metric, value``; rows written.

    Durations are in hours, rates as fractions (empty when nothing was due).
    """
    aware(now)
    rows: list[tuple[str, str, str, str, str]] = []
    for load in workload(store, now):
        who = (load.agent_id or "", load.agent_name or "")
        for metric, value in (("open_cases", load.open_cases),
                              ("open_follow_ups", load.open_follow_ups),
                              ("overdue_follow_ups", load.overdue_follow_ups),
                              ("overrides", load.overrides)):
            rows.append(("workload", *who, metric, str(value)))
    promises = promise_figures(store, now, since=since)
    for rate in (promises.overall, *promises.by_agent):
        section = "promises" if rate is promises.overall else "promises_by_agent"
        who = (rate.agent_id or "", rate.agent_name or "")
        rows.append((section, *who, "due", str(rate.due)))
        rows.append((section, *who, "kept", str(rate.kept)))
        rows.append((section, *who, "kept_rate",
                     "" if rate.rate is None else f"{rate.rate:.4f}"))
    for rec in recovery_by_category(store, since=since, until=now):
        for metric, text in (("recovered", str(rec.recovered)),
                             ("median_hours", _hours(rec.median)),
                             ("p90_hours", _hours(rec.p90)),
                             ("still_open", str(rec.still_open)),
                             ("overrides", str(rec.overrides))):
            rows.append(("recovery", rec.category, rec.category, metric, text))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["section", "subject_id", "subject", "metric", "value"])
        w.writerows(rows)
    tmp.replace(out)
    return len(rows)
