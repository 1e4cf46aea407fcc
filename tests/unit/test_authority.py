"""The authority meter and the hub's cap check (pure arithmetic), and the policy and
catalogue files: every boundary, every broken file reported with its line."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from itertools import count

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carecenter.commands.refusal_words import refusal_sentence as said
from carecenter.domain import AuthorityState
from carecenter.services.decisions.authority import (
    AuthorityError,
    DecisionFact,
    Limit,
    Meter,
    RolePolicy,
    Verdict,
    day_bounds,
    find_cap_breaches,
    local_day,
    meter,
)

AGENT = RolePolicy("agent", "EUR", "Europe/Rome", max_per_decision_cents=5000,
                   max_per_customer_30_days_cents=10000, max_per_agent_day_cents=30000)
SENIOR = RolePolicy("senior", "EUR", "Europe/Rome", max_per_decision_cents=10000,
                    max_per_customer_30_days_cents=25000, max_per_agent_day_cents=75000)
SUPERVISOR = RolePolicy("supervisor", "EUR", "Europe/Rome", max_per_decision_cents=25000,
                        max_per_customer_30_days_cents=50000, max_per_agent_day_cents=200000)
POLICY = {"agent": AGENT, "senior": SENIOR, "supervisor": SUPERVISOR}
NOW = datetime(2026, 3, 10, 11, 0, tzinfo=UTC)  # 12:00 in Rome (CET, UTC+1)
_ids = count()


def fact(amount: int, at: datetime, *, customer: str = "c1", agent: str | None = "a1",
         state: str = AuthorityState.WITHIN, currency: str = "EUR",
         id: str | None = None) -> DecisionFact:
    return DecisionFact(id or f"d{next(_ids):06d}", customer, agent, amount, currency, at, state)


def weigh(amount: int, prior: list[DecisionFact], *, now: datetime = NOW, role: str = "agent",
          customer: str = "c1", agent: str = "a1", currency: str = "EUR",
          policy: dict[str, RolePolicy] | None = None) -> Meter:
    return meter(policy or POLICY, role, agent_id=agent, customer_id=customer,
                 amount_cents=amount, currency=currency, prior=prior, now=now)


# -- per decision ------------------------------------------------------------------------

def test_exactly_the_per_decision_limit_is_within() -> None:
    m = weigh(5000, [])
    assert m.verdict is Verdict.WITHIN
    assert m.over == ()
    assert (m.left_for_decision_cents, m.left_for_customer_cents, m.left_today_cents) == (
        5000, 10000, 30000)
    assert m.allowance_cents == 5000


def test_one_cent_over_the_per_decision_limit_needs_approval_or_override() -> None:
    m = weigh(5001, [])
    assert m.over == (Limit.DECISION,)
    assert m.verdict is Verdict.APPROVAL_OR_OVERRIDE


def test_without_override_right_only_approval_is_offered() -> None:
    strict = {**POLICY, "agent": replace(AGENT, may_override_with_reason=False)}
    assert weigh(5001, [], policy=strict).verdict is Verdict.APPROVAL_ONLY
    assert weigh(5000, [], policy=strict).verdict is Verdict.WITHIN


# -- per customer, 30 days ---------------------------------------------------------------

def test_customer_cap_exactly_reached_is_within_and_one_cent_more_is_not() -> None:
    prior = [fact(3000, NOW - timedelta(days=2)), fact(3000, NOW - timedelta(hours=1),
                                                       agent="a2")]
    m = weigh(4000, prior)
    assert (m.customer_used_cents, m.left_for_customer_cents, m.over) == (6000, 4000, ())
    assert weigh(4001, prior).over == (Limit.CUSTOMER_30_DAYS,)


def test_a_decision_exactly_30_days_old_no_longer_counts() -> None:
    prior = [fact(6000, NOW - timedelta(days=30))]
    assert weigh(5000, prior).customer_used_cents == 0


def test_a_decision_one_microsecond_inside_30_days_counts() -> None:
    prior = [fact(6000, NOW - timedelta(days=30) + timedelta(microseconds=1))]
    m = weigh(4001, prior)
    assert m.customer_used_cents == 6000
    assert m.over == (Limit.CUSTOMER_30_DAYS,)


def test_other_customers_do_not_use_this_customers_authority() -> None:
    prior = [fact(5000, NOW - timedelta(hours=1), customer="c2")]
    m = weigh(5000, prior)
    assert (m.customer_used_cents, m.day_used_cents) == (0, 5000)


@pytest.mark.parametrize(("state", "counts"), [
    (AuthorityState.WITHIN, True), (AuthorityState.OVERRIDE, True),
    (AuthorityState.APPROVED, True), (AuthorityState.EXCEEDS_CAP, True),
    (AuthorityState.PENDING, False), (AuthorityState.REJECTED, False),
])
def test_which_states_use_up_authority(state: str, counts: bool) -> None:
    m = weigh(100, [fact(7000, NOW - timedelta(hours=3), state=state)])
    assert m.customer_used_cents == (7000 if counts else 0)
    assert m.day_used_cents == (7000 if counts else 0)


# -- per agent, per day in the store's time zone ----------------------------------------

def test_the_day_runs_from_midnight_to_midnight_in_rome_not_in_utc() -> None:
    # 2026-03-10 23:00 UTC is midnight in Rome: a new day, though the same UTC date.
    late = datetime(2026, 3, 10, 22, 59, 59, 999999, tzinfo=UTC)  # 23:59:59.999999 in Rome
    midnight = datetime(2026, 3, 10, 23, 0, tzinfo=UTC)
    prior = [fact(29000, late, customer="c9")]
    before = weigh(1001, prior, now=late)
    assert before.day_used_cents == 29000
    assert before.over == (Limit.AGENT_DAY,)
    assert weigh(1000, prior, now=late).over == ()
    after = weigh(5000, prior, now=midnight)
    assert (after.day_used_cents, after.day, after.over) == (0, date(2026, 3, 11), ())


def test_a_decision_after_local_midnight_but_before_utc_midnight_counts_for_that_day() -> None:
    early = datetime(2026, 3, 9, 23, 30, tzinfo=UTC)  # 00:30 on 10 March in Rome
    m = weigh(1001, [fact(29000, early, customer="c9")])
    assert m.day == date(2026, 3, 10)
    assert m.day_used_cents == 29000
    assert m.over == (Limit.AGENT_DAY,)


def test_the_day_cap_exactly_reached_is_within() -> None:
    prior = [fact(5000, NOW - timedelta(hours=h), customer=f"c{h}") for h in range(1, 6)]
    assert weigh(5000, prior, customer="c0").over == ()  # 25000 + 5000 = 30000
    assert weigh(5001, prior, customer="c0").over == (Limit.DECISION, Limit.AGENT_DAY)


def test_other_agents_do_not_use_this_agents_day() -> None:
    prior = [fact(29000, NOW - timedelta(hours=1), customer="c9", agent="a2")]
    assert weigh(5000, prior).day_used_cents == 0


def test_a_daylight_saving_day_in_rome_lasts_23_hours() -> None:
    start, end = day_bounds(date(2026, 3, 29), "Europe/Rome")
    assert (start, end) == (datetime(2026, 3, 28, 23, 0, tzinfo=UTC),
                            datetime(2026, 3, 29, 22, 0, tzinfo=UTC))
    assert local_day(end - timedelta(microseconds=1), "Europe/Rome") == date(2026, 3, 29)
    assert local_day(end, "Europe/Rome") == date(2026, 3, 30)


def test_the_day_time_zone_is_the_policys() -> None:
    utc_policy = {r: replace(p, day_time_zone="UTC") for r, p in POLICY.items()}
    late = datetime(2026, 3, 10, 23, 30, tzinfo=UTC)  # 10 March in UTC, 11 March in Rome
    prior = [fact(29000, datetime(2026, 3, 10, 8, 0, tzinfo=UTC), customer="c9")]
    assert weigh(5000, prior, now=late, policy=utc_policy).day_used_cents == 29000
    assert weigh(5000, prior, now=late).day_used_cents == 0


# -- roles, currency, bad amounts ---------------------------------------------------------

def test_each_role_has_its_own_limits_and_unknown_roles_get_the_agents() -> None:
    assert weigh(10000, [], role="senior").over == ()
    assert weigh(10001, [], role="senior").over == (Limit.DECISION,)
    assert weigh(5001, [], role="admin").over == (Limit.DECISION,)


def test_another_currency_is_refused_with_the_exact_message() -> None:
    with pytest.raises(AuthorityError) as err:
        weigh(1000, [], currency="USD")
    assert said(err.value) == ("Amounts in USD cannot be granted: the authority policy counts "
                              "EUR only, so enter the amount in EUR.")


def test_a_negative_amount_is_refused() -> None:
    with pytest.raises(AuthorityError) as err:
        weigh(-1, [])
    assert said(err.value) == "The amount cannot be negative."


def test_prior_decisions_in_another_currency_are_not_added_up() -> None:
    prior = [fact(9000, NOW - timedelta(hours=1), currency="USD")]
    assert weigh(100, prior).customer_used_cents == 0


# -- the hub's cap check ------------------------------------------------------------------

def test_two_stores_breaking_a_customer_cap_mark_only_the_later_decision() -> None:
    t = NOW - timedelta(days=3)
    a = fact(6000, t, agent="store-a-agent", id="a")
    b = fact(6000, t + timedelta(hours=2), agent="store-b-agent", id="b")
    assert find_cap_breaches([b, a], POLICY, {}) == ["b"]
    # Same instant: the larger id is the later one.
    a2, b2 = replace(a, id="x2"), replace(b, at=t, id="x1")
    assert find_cap_breaches([a2, b2], POLICY, {}) == ["x2"]


def test_the_cap_check_uses_the_role_of_the_decisions_agent() -> None:
    t = NOW - timedelta(days=3)
    facts = [fact(6000, t, agent="s1", id="a"), fact(6000, t + timedelta(hours=1), agent="s2",
                                                       id="b")]
    assert find_cap_breaches(facts, POLICY, {"s2": "senior"}) == []
    assert find_cap_breaches(facts, POLICY, {"s2": "agent"}) == ["b"]


def test_the_cap_check_window_is_30_days_before_each_decision() -> None:
    t = NOW - timedelta(days=40)
    old = fact(9000, t, id="old")
    assert find_cap_breaches([old, fact(9000, t + timedelta(days=30), id="new")], POLICY, {}) == []
    assert find_cap_breaches([old, fact(9000, t + timedelta(days=30, microseconds=-1),
                                        id="new")], POLICY, {}) == ["new"]


def test_day_caps_meet_on_the_hub_in_the_store_day() -> None:
    # One agent on two workstations, four customers, one day in Rome but two UTC dates.
    early = datetime(2026, 3, 9, 23, 30, tzinfo=UTC)  # 00:30 on 10 March in Rome
    facts = [fact(9000, early, customer="c1", id="d1")] + [
        fact(9000, NOW + timedelta(hours=i), customer=f"c{i + 2}", id=f"d{i + 2}")
        for i in range(3)]
    assert find_cap_breaches(facts, POLICY, {}) == ["d4"]  # 36000 > 30000 on 10 March
    assert find_cap_breaches(facts[1:], POLICY, {}) == []
    assert find_cap_breaches(facts, POLICY, {"a1": "senior"}) == []


def test_overrides_and_approvals_are_never_marked_but_count() -> None:
    t = NOW - timedelta(days=1)
    facts = [fact(9000, t, id="a", state=AuthorityState.WITHIN),
             fact(9000, t + timedelta(hours=1), id="b", state=AuthorityState.OVERRIDE),
             fact(9000, t + timedelta(hours=2), id="c", state=AuthorityState.APPROVED),
             fact(500, t + timedelta(hours=3), id="d", state=AuthorityState.PENDING),
             fact(500, t + timedelta(hours=4), id="e", state=AuthorityState.REJECTED),
             fact(500, t + timedelta(hours=5), id="f", state=AuthorityState.WITHIN)]
    assert find_cap_breaches(facts, POLICY, {}) == ["f"]


# -- properties (hypothesis) ------------------------------------------------------------

ROLES = ("agent", "senior", "agent")
attempts = st.lists(st.tuples(
    st.integers(0, 2),            # agent
    st.integers(0, 2),            # customer
    st.integers(0, 12000),        # amount in cents
    st.integers(0, 4 * 24 * 60),  # minutes since the previous attempt
    st.booleans(),                # which of two offline workstations
), max_size=40)


def _simulate(steps: list[tuple[int, int, int, int, bool]]) -> tuple[list[DecisionFact],
                                                                        list[DecisionFact]]:
    """Two workstations that never sync: each grants within what it knows, and asks for
    approval (pending) otherwise. Returns the decisions of each."""
    at = NOW - timedelta(days=60)
    stores: tuple[list[DecisionFact], list[DecisionFact]] = ([], [])
    for n, (agent, customer, amount, minutes, second) in enumerate(steps):
        at += timedelta(minutes=minutes)
        mine = stores[int(second)]
        m = meter(POLICY, ROLES[agent], agent_id=f"a{agent}", customer_id=f"c{customer}",
                  amount_cents=amount, currency="EUR", prior=mine, now=at)
        state = AuthorityState.WITHIN if m.within else AuthorityState.PENDING
        mine.append(DecisionFact(f"d{n:04d}", f"c{customer}", f"a{agent}", amount, "EUR", at,
                                 state))
    return stores


def _windows_hold(facts: list[DecisionFact]) -> bool:
    """No granted decision takes its customer's 30 days or its agent's day over a cap."""
    counted = sorted((f for f in facts if f.authority_state == AuthorityState.WITHIN),
                     key=lambda f: (f.at, f.id))
    for i, d in enumerate(counted):
        pol = POLICY[ROLES[int(d.agent_id[1:])]]  # type: ignore[index]
        upto = counted[:i + 1]
        customer = sum(f.amount_cents for f in upto
                       if f.customer_id == d.customer_id and f.at > d.at - timedelta(days=30))
        day = sum(f.amount_cents for f in upto if f.agent_id == d.agent_id
                  and local_day(f.at, "Europe/Rome") == local_day(d.at, "Europe/Rome"))
        if (d.amount_cents > pol.max_per_decision_cents
                or customer > pol.max_per_customer_30_days_cents
                or day > pol.max_per_agent_day_cents):
            return False
    return True


@settings(max_examples=300, deadline=None)
@given(attempts)
def test_granting_within_the_meter_never_takes_a_window_over_its_cap(
        steps: list[tuple[int, int, int, int, bool]]) -> None:
    one = [(a, c, amt, mins, False) for a, c, amt, mins, _ in steps]
    alone, _ = _simulate(one)
    assert _windows_hold(alone)
    roles = {f"a{i}": r for i, r in enumerate(ROLES)}
    assert find_cap_breaches(alone, POLICY, roles) == []


@settings(max_examples=300, deadline=None)
@given(attempts, st.randoms(use_true_random=False))
def test_the_hub_marks_exactly_what_two_offline_stores_took_over_a_cap(
        steps: list[tuple[int, int, int, int, bool]], rnd: random.Random) -> None:
    a, b = _simulate(steps)
    roles = {f"a{i}": r for i, r in enumerate(ROLES)}
    union = a + b
    marked = find_cap_breaches(union, POLICY, roles)
    shuffled = list(union)
    rnd.shuffle(shuffled)
    assert find_cap_breaches(shuffled, POLICY, roles) == marked  # order of arrival: no matter
    after = [replace(f, authority_state=AuthorityState.EXCEEDS_CAP) if f.id in set(marked)
             else f for f in union]
    assert find_cap_breaches(after, POLICY, roles) == marked  # marking changes nothing
    # What stays ``within`` keeps every cap, counting everything granted before it.
    for i, d in enumerate(sorted(after, key=lambda f: (f.at, f.id))):
        if d.authority_state != AuthorityState.WITHIN:
            continue
        before = list(sorted(after, key=lambda f: (f.at, f.id))[:i])
        m = meter(POLICY, roles[d.agent_id or ""], agent_id=d.agent_id,
                  customer_id=d.customer_id, amount_cents=d.amount_cents, currency="EUR",
                  prior=before, now=d.at)
        assert Limit.CUSTOMER_30_DAYS not in m.over
        assert Limit.AGENT_DAY not in m.over
