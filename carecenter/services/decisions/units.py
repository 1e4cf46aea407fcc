"""Remedies that cost nothing: a payment extended by days, a cut-off time moved by hours,
a fee waived, priority handling, a free re-delivery slot. Each has a unit (days, hours,
count, yes/no) and, per role, a limit per grant and per period; pure, like ``authority``.

- **Per grant**: the quantity of one decision; ``quantity <= per_grant`` is within.
- **Per period**: the quantity of the same remedy granted to the customer, by anybody, in
  the 30 days (720 hours) before the decision, the counted states as for money
  (``authority.COUNTED_STATES``); ``used + quantity <= per_period`` is within.
- A remedy the role's policy does not name has limits 0 and 0: the role may not grant it
  alone (it needs approval, or an override with a reason where the role may override).
- A ``yes_no`` remedy is granted with quantity 1.
- The hub checks the same: a ``within`` decision over its per-grant limit is refused
  (``sync.op_checks``), one that takes the period over its limit is marked
  ``exceeds_cap`` (``find_unit_breaches``, from ``sync.hub_checks``).
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from carecenter.domain import AuthorityState
from carecenter.problems import Problem
from carecenter.services.decisions.authority import (
    COUNTED_STATES,
    WINDOW_CUSTOMER,
    AuthorityError,
    DecisionFact,
    Limit,
    RolePolicy,
    Verdict,
    policy_for,
)

MAX_QUANTITY = 1000


class Unit(StrEnum):
    MONEY = "money"
    DAYS = "days"
    HOURS = "hours"
    COUNT = "count"
    YES_NO = "yes_no"


UNITS = tuple(u.value for u in Unit)
NON_MONEY_UNITS = tuple(u.value for u in Unit if u is not Unit.MONEY)


@dataclass(frozen=True)
class UnitMeter:
    """How much of a remedy that costs nothing the agent may still grant, and the verdict."""

    role: str
    remedy: str
    unit: str
    quantity: int
    per_grant: int
    period_used: int
    period_cap: int
    over: tuple[Limit, ...]  # DECISION and/or CUSTOMER_30_DAYS
    may_override: bool

    @property
    def left_for_period(self) -> int:
        return max(0, self.period_cap - self.period_used)

    @property
    def allowance(self) -> int:
        return min(self.per_grant, self.left_for_period)

    @property
    def within(self) -> bool:
        return not self.over

    @property
    def verdict(self) -> Verdict:
        if not self.over:
            return Verdict.WITHIN
        return Verdict.APPROVAL_OR_OVERRIDE if self.may_override else Verdict.APPROVAL_ONLY

    def with_quantity(self, quantity: int) -> UnitMeter:
        check_quantity(quantity, self.unit)
        return replace(self, quantity=quantity,
                       over=_over(quantity, self.per_grant, self.period_used, self.period_cap))


def _over(quantity: int, per_grant: int, used: int, cap: int) -> tuple[Limit, ...]:
    over = []
    if quantity > per_grant:
        over.append(Limit.DECISION)
    if used + quantity > cap:
        over.append(Limit.CUSTOMER_30_DAYS)
    return tuple(over)


def check_quantity(quantity: int, unit: str) -> None:
    if isinstance(quantity, bool) or not isinstance(quantity, int):
        raise AuthorityError(Problem.QUANTITY_BAD, unit=unit, limit=MAX_QUANTITY)
    if unit == Unit.YES_NO and quantity != 1:
        raise AuthorityError(Problem.QUANTITY_BAD, unit=unit, limit=1)
    if not 1 <= quantity <= MAX_QUANTITY:
        raise AuthorityError(Problem.QUANTITY_BAD, unit=unit, limit=MAX_QUANTITY)


def limits_of(policy: RolePolicy, remedy: str) -> tuple[int, int]:
    """(per grant, per period) of ``remedy`` for the policy's role; (0, 0) when unnamed."""
    return policy.remedy_limits.get(remedy, (0, 0))


def unit_meter(policy_by_role: Mapping[str, RolePolicy], role: str | None, *, remedy: str,
               unit: str, customer_id: str, quantity: int, prior: Iterable[DecisionFact],
               now: datetime) -> UnitMeter:
    """Weigh ``quantity`` of ``remedy`` for ``customer_id`` at ``now`` (``quantity`` 0:
    the meter before the agent says how much)."""
    if quantity:
        check_quantity(quantity, unit)
    policy = policy_for(policy_by_role, role)
    per_grant, cap = limits_of(policy, remedy)
    since = now - WINDOW_CUSTOMER
    used = sum(d.quantity or 0 for d in prior
               if d.remedy == remedy and d.quantity is not None and d.customer_id == customer_id
               and d.authority_state in COUNTED_STATES and since < d.at <= now)
    return UnitMeter(role=policy.role, remedy=remedy, unit=unit, quantity=quantity,
                     per_grant=per_grant, period_used=used, period_cap=cap,
                     over=_over(quantity, per_grant, used, cap) if quantity else (),
                     may_override=policy.may_override_with_reason)


def find_unit_breaches(decisions: Iterable[DecisionFact],
                       policy_by_role: Mapping[str, RolePolicy],
                       role_of_agent: Mapping[str, str]) -> list[str]:
    """Ids of ``within`` (or already marked) decisions of remedies that cost nothing that
    break their per-grant or per-period limit, in ``(at, id)`` order; as
    ``authority.find_cap_breaches`` does for money (the later decision is marked)."""
    ordered = sorted((d for d in decisions if d.quantity is not None),
                     key=lambda d: (d.at, d.id))
    windows: dict[tuple[str, str], deque[DecisionFact]] = defaultdict(deque)
    breaches: list[str] = []
    for d in ordered:
        if d.authority_state not in COUNTED_STATES:
            continue
        policy = policy_for(policy_by_role, role_of_agent.get(d.agent_id or ""))
        per_grant, cap = limits_of(policy, d.remedy)
        earlier = windows[(d.customer_id, d.remedy)]
        while earlier and earlier[0].at <= d.at - WINDOW_CUSTOMER:
            earlier.popleft()
        used = sum(e.quantity or 0 for e in earlier)
        quantity = d.quantity or 0
        if (_over(quantity, per_grant, used, cap)
                and d.authority_state in (AuthorityState.WITHIN, AuthorityState.EXCEEDS_CAP)):
            breaches.append(d.id)
        earlier.append(d)
    return breaches


def limits_to_json(limits: Mapping[str, tuple[int, int]]) -> dict[str, Any]:
    return {code: {"per_grant": g, "per_period": p} for code, (g, p) in limits.items()}


def limits_from_json(raw: Any) -> dict[str, tuple[int, int]]:
    """The ``remedy_limits`` column read back; anything unreadable counts as no limit (0)."""
    out: dict[str, tuple[int, int]] = {}
    if not isinstance(raw, dict):
        return out
    for code, v in raw.items():
        g = v.get("per_grant") if isinstance(v, dict) else None
        p = v.get("per_period") if isinstance(v, dict) else None
        if (isinstance(code, str) and isinstance(g, int) and isinstance(p, int)
                and not isinstance(g, bool) and not isinstance(p, bool)):
            out[code] = (max(0, g), max(0, p))
    return out
