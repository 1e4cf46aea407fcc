"""Who is working at this workstation: the agent row behind the name in the settings.

Cases, decisions and contacts record an agent id; the settings hold only a name and a
role. The first write that needs the id finds the agent of that name (the oldest, if two
workstations created one each before a sync) or creates it through the unit of work.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from carecenter.db.models import Agent
from carecenter.db.store import Store
from carecenter.services.uow import UnitOfWork

ROLES = ("agent", "senior", "supervisor")


@dataclass(frozen=True)
class AgentRef:
    id: str
    name: str
    role: str
    team: str | None = None


def find_agent(store: Store, name: str) -> AgentRef | None:
    """The agent called ``name`` (case and spacing as typed), or None."""
    with store.session() as s:
        row = s.execute(select(Agent).where(Agent.name == name.strip())
                        .order_by(Agent.id).limit(1)).scalar_one_or_none()
        return AgentRef(row.id, row.name, row.role, row.team) if row is not None else None


def workstation_agent(store: Store, name: str, role: str = "agent", *,
                      team: str | None = None, store_name: str | None = None) -> AgentRef:
    """The agent row for the person named in the settings, created on first use.

    The role in the settings wins: a changed role is written to the agent row, so the
    authority policy and the supervisor screens follow it on every workstation.
    """
    name = " ".join(name.split())
    if not name:
        raise ValueError("Set the agent's name in the settings before recording work.")
    if role not in ROLES:
        raise ValueError(f"Unknown role {role!r}: use one of {', '.join(ROLES)}.")
    found = find_agent(store, name)
    if found is not None and found.role == role:
        return found
    with UnitOfWork(store) as uow:
        if found is None:
            row = uow.add(Agent(name=name, role=role, team=team, store=store_name))
            return AgentRef(row.id, row.name, row.role, row.team)
        stored = uow.session.get(Agent, found.id)
        assert stored is not None
        uow.update(stored, role=role)
    return AgentRef(found.id, found.name, role, found.team)
