"""Authority: the remedy catalogue, the policy per role and the authority meter.

Everything here is pure (no store): the catalogue and policy as typed values, the meter
that says how much an agent may still grant, and the cap check the hub runs once the
decisions of every workstation meet. Reading and checking the TOML files lives in
``authority_files``; the copies kept in the store (synced as data) in ``catalogue``.

Windows and states, decided once for the agent's screen and for the hub alike:

- **Counted states**: ``within``, ``override``, ``approved`` and ``exceeds_cap`` use up
  authority (the money was granted); ``pending`` and ``rejected`` do not. An approved
  decision counts at the time it was asked for (its ``at``), not when it was approved.
- **Per customer over 30 days**: counted decisions for the customer, by any agent, with
  ``at > now - 30 days`` (exactly 720 hours; a decision exactly 30 days old no longer
  counts). The cap is the one of the role of the agent who decides now.
- **Per agent per day**: counted decisions of the agent whose ``at`` falls on the same
  calendar day as ``now`` in the policy's ``day_time_zone`` (default Europe/Rome: the
  store's day runs from local midnight to local midnight, across DST changes too).
- A limit is kept when ``used + amount <= cap``: exactly at the cap is within, one cent
  over is not.
- Amounts in another currency than the policy's are refused; prior decisions in another
  currency (there should be none) are not added up.
- A role without a policy of its own (e.g. ``admin``) gets the ``agent`` policy, the most
  careful one.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from functools import cache
from zoneinfo import ZoneInfo

from carecenter.domain import AuthorityState, Role
from carecenter.problems import Problem, Refused

WINDOW_CUSTOMER = timedelta(days=30)
COUNTED_STATES = frozenset({
    AuthorityState.WITHIN, AuthorityState.OVERRIDE, AuthorityState.APPROVED,
    AuthorityState.EXCEEDS_CAP,
})
POLICY_ROLES = (Role.AGENT, Role.SENIOR, Role.SUPERVISOR)
FALLBACK_ROLE = Role.AGENT

class AuthorityError(Refused):
    """A decision cannot be weighed or made: a ``Problem`` and its values."""


class Limit(StrEnum):
    DECISION = "decision"
    CUSTOMER_30_DAYS = "customer_30_days"
    AGENT_DAY = "agent_day"


class Verdict(StrEnum):
    WITHIN = "within"                              # grant at once
    APPROVAL_OR_OVERRIDE = "approval_or_override"  # over a limit; may override with a reason
    APPROVAL_ONLY = "approval_only"                # over a limit; a supervisor must approve


@dataclass(frozen=True)
class RemedySpec:
    code: str
    default_amount_cents: int
    currency: str
    follow_up_days: int
    labels: Mapping[str, str]  # language code -> label ("en" and "it" always present)
    position: int = 0
    unit: str = "money"  # or, for a remedy that costs nothing, a ``units.Unit``
    default_quantity: int = 0  # in ``unit``, for a remedy that costs nothing

    @property
    def costs_money(self) -> bool:
        return self.unit == "money"

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels.get("en") or self.code


@dataclass(frozen=True)
class Catalogue:
    currency: str
    follow_up_days: int
    remedies: tuple[RemedySpec, ...]

    def get(self, code: str) -> RemedySpec | None:
        return next((r for r in self.remedies if r.code == code), None)


@dataclass(frozen=True)
class RolePolicy:
    role: str
    currency: str
    day_time_zone: str
    max_per_decision_cents: int
    max_per_customer_30_days_cents: int
    max_per_agent_day_cents: int
    may_override_with_reason: bool = True
    # remedies that cost nothing: code -> (per grant, per customer's 30 days), in its unit
    remedy_limits: Mapping[str, tuple[int, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class DecisionFact:
    """What the meter and the cap check need to know of a decision already made."""

    id: str
    customer_id: str
    agent_id: str | None
    amount_cents: int
    currency: str
    at: datetime
    authority_state: str
    remedy: str = ""
    quantity: int | None = None  # a remedy that costs nothing: weighed in its unit instead

    @property
    def costs_money(self) -> bool:
        return self.quantity is None


@dataclass(frozen=True)
class Meter:
    """How much authority is left before the agent commits, and the verdict."""

    role: str
    currency: str
    amount_cents: int
    max_per_decision_cents: int
    customer_used_cents: int
    customer_cap_cents: int
    day_used_cents: int
    day_cap_cents: int
    day: date  # the local day ``today`` refers to
    day_time_zone: str
    over: tuple[Limit, ...]  # the limits this amount breaks, in Limit order
    may_override: bool

    @property
    def left_for_decision_cents(self) -> int:
        return self.max_per_decision_cents

    @property
    def left_for_customer_cents(self) -> int:
        return max(0, self.customer_cap_cents - self.customer_used_cents)

    @property
    def left_today_cents(self) -> int:
        return max(0, self.day_cap_cents - self.day_used_cents)

    @property
    def allowance_cents(self) -> int:
        """The most this agent may grant now without approval or override."""
        return min(self.left_for_decision_cents, self.left_for_customer_cents,
                   self.left_today_cents)

    @property
    def within(self) -> bool:
        return not self.over

    @property
    def verdict(self) -> Verdict:
        if not self.over:
            return Verdict.WITHIN
        return Verdict.APPROVAL_OR_OVERRIDE if self.may_override else Verdict.APPROVAL_ONLY

    def with_amount(self, amount_cents: int) -> Meter:
        """The same meter weighing another amount (what the grant dialog shows while the
        agent types): the limits and what was used stay, the verdict follows the amount."""
        if isinstance(amount_cents, bool) or not isinstance(amount_cents, int):
            raise AuthorityError(Problem.AMOUNT_NOT_CENTS)
        if amount_cents < 0:
            raise AuthorityError(Problem.AMOUNT_NEGATIVE)
        return replace(self, amount_cents=amount_cents,
                       over=_over(amount_cents, per_decision=self.max_per_decision_cents,
                                  customer_used=self.customer_used_cents,
                                  customer_cap=self.customer_cap_cents,
                                  day_used=self.day_used_cents, day_cap=self.day_cap_cents))


def _over(amount: int, *, per_decision: int, customer_used: int, customer_cap: int,
          day_used: int, day_cap: int) -> tuple[Limit, ...]:
    """The limits ``amount`` breaks, in Limit order: ``used + amount <= cap`` is kept."""
    over = []
    if amount > per_decision:
        over.append(Limit.DECISION)
    if customer_used + amount > customer_cap:
        over.append(Limit.CUSTOMER_30_DAYS)
    if day_used + amount > day_cap:
        over.append(Limit.AGENT_DAY)
    return tuple(over)


def policy_for(policy_by_role: Mapping[str, RolePolicy], role: str | None) -> RolePolicy:
    """The policy of ``role``; roles without one get the agent policy."""
    found = policy_by_role.get(role or FALLBACK_ROLE)
    return found if found is not None else policy_by_role[FALLBACK_ROLE]


@cache
def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def local_day(at: datetime, time_zone: str) -> date:
    """The calendar day of the instant ``at`` in ``time_zone``."""
    if at.tzinfo is None:
        raise ValueError("naive datetime given to the authority meter; use an aware UTC one")
    return at.astimezone(zone(time_zone)).date()


def day_bounds(day: date, time_zone: str) -> tuple[datetime, datetime]:
    """Local midnight of ``day`` and of the next day, as UTC instants (half-open); a day
    when the clocks change lasts 23 or 25 hours."""
    tz = zone(time_zone)
    nxt = day + timedelta(days=1)
    return (datetime(day.year, day.month, day.day, tzinfo=tz).astimezone(UTC),
            datetime(nxt.year, nxt.month, nxt.day, tzinfo=tz).astimezone(UTC))


def check_amount(amount_cents: int, currency: str, policy: RolePolicy) -> None:
    """Refuse, with one sentence, an amount the meter cannot weigh."""
    if isinstance(amount_cents, bool) or not isinstance(amount_cents, int):
        raise AuthorityError(Problem.AMOUNT_NOT_CENTS)
    if amount_cents < 0:
        raise AuthorityError(Problem.AMOUNT_NEGATIVE)
    if currency != policy.currency:
        raise AuthorityError(Problem.AMOUNT_CURRENCY, currency=currency,
                             policy_currency=policy.currency)


def meter(policy_by_role: Mapping[str, RolePolicy], role: str | None, *, agent_id: str | None,
          customer_id: str, amount_cents: int, currency: str,
          prior: Iterable[DecisionFact], now: datetime) -> Meter:
    """Weigh a decision of ``amount_cents`` by ``agent_id`` for ``customer_id`` at ``now``.

    ``prior`` holds decisions already made (any may be passed: those of other customers
    and agents, or in states that do not count, are left out here). Pure arithmetic.
    """
    policy = policy_for(policy_by_role, role)
    check_amount(amount_cents, currency, policy)
    today = local_day(now, policy.day_time_zone)
    since = now - WINDOW_CUSTOMER
    customer_used = day_used = 0
    for d in prior:
        if (d.authority_state not in COUNTED_STATES or d.currency != policy.currency
                or not d.costs_money):
            continue
        if d.customer_id == customer_id and d.at > since:
            customer_used += d.amount_cents
        if (agent_id is not None and d.agent_id == agent_id
                and local_day(d.at, policy.day_time_zone) == today):
            day_used += d.amount_cents
    over = _over(amount_cents, per_decision=policy.max_per_decision_cents,
                 customer_used=customer_used,
                 customer_cap=policy.max_per_customer_30_days_cents,
                 day_used=day_used, day_cap=policy.max_per_agent_day_cents)
    return Meter(
        role=policy.role, currency=policy.currency, amount_cents=amount_cents,
        max_per_decision_cents=policy.max_per_decision_cents,
        customer_used_cents=customer_used,
        customer_cap_cents=policy.max_per_customer_30_days_cents,
        day_used_cents=day_used, day_cap_cents=policy.max_per_agent_day_cents,
        day=today, day_time_zone=policy.day_time_zone, over=over,
        may_override=policy.may_override_with_reason,
    )


def find_cap_breaches(decisions: Iterable[DecisionFact],
                      policy_by_role: Mapping[str, RolePolicy],
                      role_of_agent: Mapping[str, str]) -> list[str]:
    """Ids of decisions that break a per-customer or per-day cap, in ``(at, id)`` order.

    For the hub, once the decisions of every workstation meet: decisions are taken in
    ``(at, id)`` order and each counted one is added to its customer's 30-day window and
    its agent's local day; a ``within`` decision that takes a window over the cap of its
    agent's role is a breach — the later decision is the one marked, the earlier ones
    stand. ``override`` and ``approved`` decisions were allowed over a limit by a person
    and are never breaches, but count like any granted money. Decisions already marked
    ``exceeds_cap`` are listed again when they still break a cap, so the answer depends
    only on the decisions, never on earlier marks: mark those still ``within``.
    Limits are those of the policy given (the current one), for every decision.
    """
    ordered = sorted(decisions, key=lambda d: (d.at, d.id))
    per_customer: dict[str, deque[DecisionFact]] = defaultdict(deque)
    per_agent_day: dict[tuple[str, date], int] = defaultdict(int)
    breaches: list[str] = []
    for d in ordered:
        if d.authority_state not in COUNTED_STATES or not d.costs_money:
            continue  # remedies that cost nothing: units.find_unit_breaches
        policy = policy_for(policy_by_role, role_of_agent.get(d.agent_id or ""))
        if d.currency != policy.currency:
            continue
        since = d.at - WINDOW_CUSTOMER
        earlier = per_customer[d.customer_id]
        while earlier and earlier[0].at <= since:  # sorted by at: drop what left the window
            earlier.popleft()
        customer_used = sum(e.amount_cents for e in earlier)
        day_key = (d.agent_id, local_day(d.at, policy.day_time_zone)) if d.agent_id else None
        day_used = per_agent_day[day_key] if day_key else 0
        breaks = (customer_used + d.amount_cents > policy.max_per_customer_30_days_cents
                  or (day_key is not None
                      and day_used + d.amount_cents > policy.max_per_agent_day_cents))
        if breaks and d.authority_state in (AuthorityState.WITHIN, AuthorityState.EXCEEDS_CAP):
            breaches.append(d.id)
        earlier.append(d)
        if day_key:
            per_agent_day[day_key] += d.amount_cents
    return breaches

