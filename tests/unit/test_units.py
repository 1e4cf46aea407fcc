"""Remedies that cost nothing (pure): the unit meter, the hub's breach finder, and the
catalogue and policy files that give them their unit and limits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from carecenter.problems import Problem
from carecenter.services.decisions.authority import AuthorityError, DecisionFact, Limit
from carecenter.services.decisions.authority_files import (
    PolicyFileError,
    default_policy,
    parse_catalogue,
    parse_policy,
)
from carecenter.services.decisions.units import find_unit_breaches, unit_meter

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
POLICY = default_policy()  # agent: payment_extension 30 a grant, 45 in 30 days


def ext(did: str, days: int, at: datetime, state: str = "within", customer: str = "c1",
        agent: str = "a1") -> DecisionFact:
    return DecisionFact(did, customer, agent, 0, "EUR", at, state, "payment_extension", days)


def test_the_meter_counts_the_same_remedy_of_the_customer_in_30_days() -> None:
    prior = [ext("d1", 20, NOW - timedelta(days=29)),
             ext("d2", 30, NOW - timedelta(days=30)),  # exactly 30 days old: out
             ext("d3", 10, NOW - timedelta(days=1), state="pending"),  # not granted
             ext("d4", 10, NOW - timedelta(days=1), customer="c2"),
             DecisionFact("d5", "c1", "a1", 2000, "EUR", NOW, "within")]  # money
    m = unit_meter(POLICY, "agent", remedy="payment_extension", unit="days", customer_id="c1",
                   quantity=25, prior=prior, now=NOW)
    assert (m.per_grant, m.period_used, m.period_cap, m.over) == (30, 20, 45, ())
    assert m.with_quantity(26).over == (Limit.CUSTOMER_30_DAYS,)
    assert m.with_quantity(31).over == (Limit.DECISION, Limit.CUSTOMER_30_DAYS)
    with pytest.raises(AuthorityError) as err:
        m.with_quantity(0)
    assert err.value.code is Problem.QUANTITY_BAD
    unnamed = unit_meter(POLICY, "agent", remedy="something_new", unit="count",
                         customer_id="c1", quantity=1, prior=(), now=NOW)
    assert unnamed.over == (Limit.DECISION, Limit.CUSTOMER_30_DAYS)  # needs approval


def test_the_hub_marks_the_later_decision_that_takes_the_period_over() -> None:
    facts = [ext("d1", 30, NOW), ext("d2", 30, NOW + timedelta(hours=1), agent="a2"),
             ext("d3", 40, NOW + timedelta(hours=2), state="override"),
             ext("d4", 10, NOW + timedelta(days=31))]  # the first two left the window
    roles = {"a1": "agent", "a2": "agent"}
    assert find_unit_breaches(facts, POLICY, roles) == ["d2"]
    assert find_unit_breaches(facts, POLICY, {"a1": "supervisor", "a2": "supervisor"}) == []


@pytest.mark.parametrize(("body", "problem"), [
    ('unit = "weeks"\ndefault_quantity = 2',
     'line 3: unit of remedy x must be one of money, days, hours, count, yes_no, not "weeks"'),
    ('unit = "days"\ndefault_quantity = 10\ndefault_amount_cents = 100',
     "line 5: remedy x is counted in days: default_amount_cents does not apply to it"),
    ('unit = "yes_no"\ndefault_quantity = 2',
     "line 4: default_quantity of remedy x must be a whole number from 0 to 1, not 2"),
])
def test_a_broken_unit_is_reported_with_its_line(body: str, problem: str) -> None:
    text = f'currency = "EUR"\n[remedy.x]\n{body}\nlabel = {{ en = "X", it = "X" }}\n'
    with pytest.raises(PolicyFileError) as err:
        parse_catalogue(text, "r.toml")
    assert str(err.value) == f"r.toml, {problem}."


def test_a_broken_remedy_limit_is_reported_with_its_line() -> None:
    lines = ['currency = "EUR"', 'day_time_zone = "Europe/Rome"']
    for role in ("agent", "senior", "supervisor"):
        lines += [f"[role.{role}]", "max_per_decision_cents = 1",
                  "max_per_customer_30_days_cents = 1", "max_per_agent_day_cents = 1"]
    lines += ["[role.agent.remedy.payment_extension]", "per_grant = -1", "per_period = 5"]
    with pytest.raises(PolicyFileError) as err:
        parse_policy("\n".join(lines) + "\n", "p.toml")
    assert str(err.value) == ("p.toml, line 16: per_grant of remedy payment_extension of role "
                              "agent must be a whole number from 0 to 1000, not -1.")
