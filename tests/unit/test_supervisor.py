"""The supervisor's figures on a small store whose expected values are worked out by hand.

T0 is Monday 09:00 UTC; the figures are taken at NOW = T0 + 48 h.

billing_error   c1 Anna  opened T0, closed T0+2h   (every step ticked)
                c2 Anna  opened T0, closed T0+4h
                c3 Anna  opened T0, closed T0+10h
                c4 Bruno opened T0, closed T0+30h with unticked steps (override, by Bruno)
late_delivery   c5 Anna  opened T0, closed T0+1h; its follow-up "not satisfied" at T0+5h
                         reopens it as c6, closed T0+25h  -> one recovery of 25 h
                c7 Carla opened T0+1h, open
other           c8 Bruno opened T0+2h, open

Promises (made at T0):  p1 Anna  due T0+24h, done T0+20h  kept
                        p2 Anna  due T0+24h, done T0+26h  late
                        p3 Anna  due T0+30h, open         late (overdue)
                        p4 Bruno due T0+40h, done T0+40h  kept (on the due time)
                        p5 Bruno due T0+72h, open         not due yet
                        p6 Carla due T0+60h, done T0+10h  not due yet

Hand-computed:
  workload: Anna 0 open cases, 1 open follow-up (p3), 1 overdue, 0 overrides;
            Bruno 1 (c8), 1 (p5), 0, 1 (c4); Carla 1 (c7), 0, 0, 0.
  promises: due p1..p4 = 4, kept p1, p4 = 2 -> 0.5; Anna 1 of 3; Bruno 1 of 1.
  recovery: billing_error 2, 4, 10, 30 h -> median (4 + 10) / 2 = 7 h, p90 at rank
            1 + 0.9 * 3 = 3.7 -> 10 + 0.7 * (30 - 10) = 24 h (carecenter.stats), 1 override;
            late_delivery 25 h, median and p90 25 h, 1 still open;
            other: none recovered, 1 still open.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pytest

from carecenter.cli import main
from carecenter.db.store import Store
from carecenter.services.cases.followups import complete_follow_up, record_promise
from carecenter.services.cases.lifecycle import close_case, tick_step
from carecenter.services.supervisor import (
    export_figures_csv,
    promise_figures,
    recovery_by_category,
    workload,
)
from carecenter.stats import percentile
from tests.factories import make_customer
from tests.unit.recovery_data import T0, hours, make_agent, new_case, resolve

NOW = T0 + hours(48)


@dataclass(frozen=True)
class Team:
    anna: str
    bruno: str
    carla: str


@pytest.fixture
def team(store: Store) -> Team:
    t = Team(make_agent(store, "Anna Rossi"), make_agent(store, "Bruno Neri"),
             make_agent(store, "Carla Gallo"))
    customer = make_customer(store, "C1", "Giulia", "Bianchi")
    for close_after in (2, 4, 10):
        resolve(store, new_case(store, customer, t.anna), t.anna, T0 + hours(close_after))
    c4 = new_case(store, customer, t.bruno)
    tick_step(store, c4, "apologise", agent_id=t.bruno, now=T0)
    assert close_case(store, c4, agent_id=t.bruno, now=T0 + hours(30),
                      reason="Customer moved to a competitor").closed
    c5 = new_case(store, customer, t.anna, category="late_delivery")
    fu = resolve(store, c5, t.anna, T0 + hours(1), satisfied=False)
    assert fu is not None
    c6 = complete_follow_up(store, fu, outcome="not_satisfied", agent_id=t.anna,
                            now=T0 + hours(5)).reopened_case_id
    assert c6 is not None
    resolve(store, c6, t.anna, T0 + hours(25))
    new_case(store, customer, t.carla, at=T0 + hours(1), category="late_delivery")
    new_case(store, customer, t.bruno, at=T0 + hours(2), category="other")

    def promise(agent: str, due_after: float, done_after: float | None) -> None:
        p = record_promise(store, customer_id=customer, agent_id=agent, text="Call back",
                           due=T0 + hours(due_after), now=T0).follow_up.id
        if done_after is not None:
            complete_follow_up(store, p, outcome="satisfied", agent_id=agent,
                               now=T0 + hours(done_after))

    promise(t.anna, 24, 20)
    promise(t.anna, 24, 26)
    promise(t.anna, 30, None)
    promise(t.bruno, 40, 40)
    promise(t.bruno, 72, None)
    promise(t.carla, 60, 10)
    return t


def test_workload_per_agent(store: Store, team: Team) -> None:
    rows = [(w.agent_name, w.open_cases, w.open_follow_ups, w.overdue_follow_ups, w.overrides)
            for w in workload(store, NOW)]
    assert rows == [("Anna Rossi", 0, 1, 1, 0), ("Bruno Neri", 1, 1, 0, 1),
                    ("Carla Gallo", 1, 0, 0, 0)]


def test_promise_kept_rate(store: Store, team: Team) -> None:
    figures = promise_figures(store, NOW)
    assert (figures.overall.due, figures.overall.kept, figures.overall.rate) == (4, 2, 0.5)
    assert [(r.agent_name, r.due, r.kept) for r in figures.by_agent] == [
        ("Anna Rossi", 3, 1), ("Bruno Neri", 1, 1)]
    assert figures.by_agent[0].rate == pytest.approx(1 / 3)
    since = promise_figures(store, NOW, since=T0 + hours(30))  # p3 and p4
    assert (since.overall.due, since.overall.kept) == (2, 1)


def test_time_to_recovery_by_category(store: Store, team: Team) -> None:
    rows = [(r.category, r.recovered, r.median, r.p90, r.still_open, r.overrides)
            for r in recovery_by_category(store)]
    assert rows == [
        ("billing_error", 4, hours(7), hours(24), 0, 1),
        ("late_delivery", 1, hours(25), hours(25), 1, 0),
        ("other", 0, None, None, 1, 0),
    ]
    # Closed from T0+5h on: billing 10 h and 30 h (median 20 h, p90 10 + 0.9 * 20 = 28 h).
    since = {r.category: (r.recovered, r.median, r.p90)
             for r in recovery_by_category(store, since=T0 + hours(5))}
    assert since["billing_error"] == (2, hours(20), hours(28))
    assert since["late_delivery"] == (1, hours(25), hours(25))


def test_the_one_percentile() -> None:
    assert percentile([float(n) for n in range(1, 11)], 90) == pytest.approx(9.1)
    assert percentile([float(n) for n in range(11, 0, -1)], 90) == pytest.approx(10.0)
    assert percentile([float(n) for n in range(1, 11)], 50) == 5.5  # the median
    assert (percentile([3.0, 1.0], 0), percentile([3.0, 1.0], 100)) == (1.0, 3.0)
    assert percentile([5.0], 90) == 5.0
    with pytest.raises(ValueError, match="no values"):
        percentile([], 50)


def test_export_csv(store: Store, team: Team, tmp_path: Path) -> None:
    out = tmp_path / "figures.csv"
    assert export_figures_csv(store, out, NOW) == 12 + 3 + 6 + 15
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["section", "subject_id", "subject", "metric", "value"]
    assert ["workload", team.bruno, "Bruno Neri", "overrides", "1"] in rows
    assert ["workload", team.anna, "Anna Rossi", "overdue_follow_ups", "1"] in rows
    assert ["promises", "", "", "kept_rate", "0.5000"] in rows
    assert ["promises_by_agent", team.anna, "Anna Rossi", "kept_rate", "0.3333"] in rows
    assert ["recovery", "billing_error", "billing_error", "median_hours", "7.00"] in rows
    assert ["recovery", "billing_error", "billing_error", "p90_hours", "24.00"] in rows
    assert ["recovery", "other", "other", "median_hours", ""] in rows


def test_cli_export(store: Store, store_path: Path, team: Team, tmp_path: Path,
                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sub" / "figures.csv"
    assert main(["supervisor", "export", "--db", str(store_path), "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith("Exported ")
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert ["recovery", "late_delivery", "late_delivery", "median_hours", "25.00"] in rows
    assert main(["supervisor", "export", "--db", str(store_path), "--out", str(out),
                 "--since", "March 1st"]) == 2
    assert capsys.readouterr().err == (
        'carecenter: "March 1st" is not a date; write it as YYYY-MM-DD.\n')
