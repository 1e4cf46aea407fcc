"""The remedy catalogue and authority policy kept in the store, synced as data.

Until an administrator imports one, a store has none of its own and the shipped
defaults (``resources/remedies.toml`` and ``resources/authority.toml``) apply; nothing
is written for them, so a new workstation never overwrites, with its defaults, what an
administrator imported elsewhere. Rows have ids derived from the remedy code and the
role, the same on every workstation: imports made on two workstations merge field by
field (the later write wins) instead of leaving two rows for one remedy.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from carecenter.db.models import AuthorityPolicy, Remedy
from carecenter.db.store import Store
from carecenter.services.decisions.authority import POLICY_ROLES, Catalogue, RemedySpec, RolePolicy
from carecenter.services.decisions.authority_files import default_catalogue, policy_from_records
from carecenter.services.decisions.units import limits_to_json
from carecenter.services.uow import ChangeSet, UnitOfWork

_NAMESPACE = uuid.UUID("6f1c2a4e-8d0b-4c5e-9a57-3c2f0e7b9d11")


def remedy_row_id(code: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"remedy:{code}"))


def policy_row_id(role: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"authority_policy:{role}"))


@dataclass(frozen=True)
class ImportResult:
    added: int
    changed: int
    retired: int
    unchanged: int
    changes: ChangeSet


# -- reading -----------------------------------------------------------------------------

def catalogue_in(session: Session, *, retired: bool = False) -> Catalogue:
    """The catalogue this store knows: its own rows, or the shipped default if none.
    With ``retired``, remedies no longer offered too (to name those of old decisions)."""
    rows = session.scalars(select(Remedy).order_by(Remedy.position, Remedy.code)).all()
    if not rows:
        return default_catalogue()
    specs = tuple(
        RemedySpec(code=r.code, default_amount_cents=r.default_amount_cents,
                   currency=r.currency, follow_up_days=r.follow_up_days,
                   labels={str(k): str(v) for k, v in (r.labels or {}).items()},
                   position=r.position, unit=r.unit or "money",
                   default_quantity=r.default_quantity or 0)
        for r in rows if r.active or retired)
    default = default_catalogue()
    if not specs:
        return Catalogue(default.currency, default.follow_up_days, ())
    currency = Counter(s.currency for s in specs).most_common(1)[0][0]
    days = Counter(s.follow_up_days for s in specs).most_common(1)[0][0]
    return Catalogue(currency=currency, follow_up_days=days, remedies=specs)


def policy_in(session: Session) -> dict[str, RolePolicy]:
    """The policy by role this store knows: its own rows over the shipped default."""
    rows = session.execute(select(AuthorityPolicy.__table__)).mappings().all()
    return policy_from_records(dict(r) for r in rows)


def catalogue(store: Store, *, retired: bool = False) -> Catalogue:
    with store.session() as s:
        return catalogue_in(s, retired=retired)


def policy(store: Store) -> dict[str, RolePolicy]:
    with store.session() as s:
        return policy_in(s)


# -- administering -----------------------------------------------------------------------

def import_catalogue(store: Store, new: Catalogue) -> ImportResult:
    """Make ``new`` the store's catalogue, in one transaction: remedies are added or
    changed field by field, and those not in ``new`` are retired (never deleted)."""
    added = changed = retired = unchanged = 0
    with UnitOfWork(store) as uow:
        existing = {r.code: r for r in uow.session.scalars(select(Remedy))}
        first_import = not existing
        for spec in new.remedies:
            values = {"default_amount_cents": spec.default_amount_cents,
                      "currency": spec.currency, "follow_up_days": spec.follow_up_days,
                      "labels": dict(spec.labels), "position": spec.position, "active": True,
                      "unit": spec.unit,
                      "default_quantity": None if spec.costs_money else spec.default_quantity}
            row = existing.pop(spec.code, None)
            if row is None:
                uow.add(Remedy(id=remedy_row_id(spec.code), code=spec.code, **values))
                added += 1
            elif _differs(row, values):
                uow.update(row, **values)
                changed += 1
            else:
                unchanged += 1
        for row in existing.values():
            if row.active:
                uow.update(row, active=False)
                retired += 1
        if first_import:  # keep the defaults left out as retired: old decisions name them
            for spec in default_catalogue().remedies:
                if all(spec.code != r.code for r in new.remedies):
                    uow.add(Remedy(id=remedy_row_id(spec.code), code=spec.code,
                                   default_amount_cents=spec.default_amount_cents,
                                   currency=spec.currency, follow_up_days=spec.follow_up_days,
                                   labels=dict(spec.labels), position=spec.position,
                                   unit=spec.unit, default_quantity=None if spec.costs_money
                                   else spec.default_quantity, active=False))
    return ImportResult(added, changed, retired, unchanged, uow.changes)


def import_policy(store: Store, new: Mapping[str, RolePolicy]) -> ImportResult:
    """Make ``new`` (one policy per role of POLICY_ROLES) the store's policy."""
    added = changed = unchanged = 0
    with UnitOfWork(store) as uow:
        existing = {r.role: r for r in uow.session.scalars(select(AuthorityPolicy))}
        for role in POLICY_ROLES:
            p = new[role]
            values = {"currency": p.currency, "day_time_zone": p.day_time_zone,
                      "max_per_decision_cents": p.max_per_decision_cents,
                      "max_per_customer_30_days_cents": p.max_per_customer_30_days_cents,
                      "max_per_agent_day_cents": p.max_per_agent_day_cents,
                      "may_override_with_reason": p.may_override_with_reason,
                      "remedy_limits": limits_to_json(p.remedy_limits)}
            row = existing.get(role)
            if row is None:
                uow.add(AuthorityPolicy(id=policy_row_id(role), role=role, **values))
                added += 1
            elif _differs(row, values):
                uow.update(row, **values)
                changed += 1
            else:
                unchanged += 1
    return ImportResult(added, changed, 0, unchanged, uow.changes)


def _differs(row: object, values: Mapping[str, object]) -> bool:
    return any(getattr(row, k) != v for k, v in values.items())
