"""Who is working at this workstation: the agent behind the name in the settings.

Cases, decisions and contacts record an agent id. With a hub (``settings.hub_url``) the
agent signs in at the hub service, and the id, role, store and team are the hub's record
of them (``carecenter.services.signin.known``: what the sign-in cached, then the synced
``agent`` row); this workstation never writes an ``agent`` row (the hub refuses them
from anyone but an administrator) and never reads a role from settings.json
(``desk_agent``). Nobody signed in: ``NotSignedIn``.

Without a hub (a standalone demo store) the settings hold a name and a role, and the first
write that needs the id finds the agent of that name (the oldest, if two were created
before a sync) or creates it through the unit of work (``workstation_agent``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from carecenter.db.models import Agent
from carecenter.db.store import Store
from carecenter.problems import Problem, Refused
from carecenter.services.uow import UnitOfWork
from carecenter.settings import Settings

ROLES = ("agent", "senior", "supervisor")


class NotSignedIn(Refused):
    """A hub is set and nobody is signed in at this workstation."""

    def __init__(self) -> None:
        super().__init__(Problem.NOT_SIGNED_IN)


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
        raise Refused(Problem.AGENT_NAME_MISSING)
    if role not in ROLES:
        raise Refused(Problem.UNKNOWN_ROLE, role=role, roles=ROLES)
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


def desk_agent(store: Store, settings: Settings) -> AgentRef:
    """The agent working at this workstation now.

    With a hub set: the hub's record of ``settings.agent_name`` (the signed-in agent; the
    console clears the name until someone signs in), never written here, the settings'
    role ignored. Without a hub: ``workstation_agent`` with the settings' name and role.
    """
    name = " ".join(settings.agent_name.split())
    if settings.hub_url.strip():
        from carecenter.services.signin import known

        who = known(store, name) if name else None
        if who is None:
            raise NotSignedIn
        return AgentRef(who.agent_id, who.name, who.role, who.team)
    return workstation_agent(store, name, settings.agent_role)
