"""The hub's check of decisions of remedies that cost nothing (``services.decisions.units``).

A desk's word is taken for nothing here either: the unit of a remedy is the hub's (the
published ``remedy`` rows over the shipped ``resources/remedies.toml``), the limits are the
published policy (``hub_checks.published_policy``) of the author's role as the hub knows it
(the token's; for an administrator's import, the role of the agent the decision names).

- a decision of a remedy counted in a unit needs its ``quantity`` (``MISSING_FIELD``), one
  of a remedy that costs money may not have one (``BAD_VALUE``);
- a ``within`` decision over the per-grant limit is refused (``OVER_UNIT_LIMIT``): the
  desk had to ask for approval or override with a reason. Going over the per-period limit
  once every desk's decisions meet is marked ``exceeds_cap`` like money
  (``hub_checks``, ``units.find_unit_breaches``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from carecenter.domain import AuthorityState
from carecenter.services.decisions.authority import policy_for
from carecenter.services.decisions.authority_files import default_catalogue
from carecenter.services.decisions.units import Unit, limits_of
from carecenter.sync.hub_checks import published_policy
from carecenter.sync.hub_schema import TABLES
from carecenter.sync.refusals import Principal, RefusalCode

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from carecenter.sync.op_checks import _Push


def _value(fields: dict[str, Any], name: str) -> Any:
    cell = fields.get(name)
    return cell[0] if cell is not None else None


def hub_units(conn: Connection) -> dict[str, str]:
    """Remedy code -> unit: the hub's published catalogue over the shipped one."""
    out = {r.code: r.unit for r in default_catalogue().remedies}
    t = TABLES["remedy"]
    for code, unit in conn.execute(select(t.c.code, t.c.unit)):
        if isinstance(code, str):
            out[code] = unit if isinstance(unit, str) and unit else Unit.MONEY.value
    return out


def unit_grants(push: _Push, p: Principal) -> None:
    items = [(i, op) for i, op in push.live("decision")
             if isinstance(_value(op.fields, "remedy"), str)]
    if not items:
        return
    units = hub_units(push.conn)
    policy = published_policy(push.conn)
    roles: dict[str, str] = {}
    if p.role == "admin":
        named = {a for _i, op in items if isinstance(a := _value(op.fields, "agent_id"), str)}
        roles = {r.id: r.role for r in push.select("agent", ["id", "role"], "id", named)}
    for i, op in items:
        remedy = str(_value(op.fields, "remedy"))
        quantity = _value(op.fields, "quantity")
        unit = units.get(remedy, Unit.MONEY.value)
        if unit == Unit.MONEY:
            if quantity is not None:
                push.refuse(i, RefusalCode.BAD_VALUE,
                            {"field": "quantity", "value": quantity, "allowed": []})
            continue
        if not isinstance(quantity, int):
            push.refuse(i, RefusalCode.MISSING_FIELD, {"field": "quantity"})
            continue
        if _value(op.fields, "authority_state") != AuthorityState.WITHIN:
            continue
        role = p.role if p.role != "admin" else roles.get(
            str(_value(op.fields, "agent_id")), "admin")
        per_grant, _period = limits_of(policy_for(policy, role), remedy)
        if quantity > per_grant:
            push.refuse(i, RefusalCode.OVER_UNIT_LIMIT,
                        {"remedy": remedy, "quantity": quantity, "limit": per_grant})
