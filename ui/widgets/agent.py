"""The agent working at this desk, as the services record them on what they write."""

from __future__ import annotations

from carecenter.db.store import Store
from carecenter.services.agents import desk_agent
from carecenter.settings import Settings


def agent_id(store: Store, settings: Settings) -> str | None:
    """The agent working here (the hub's record when signed in; without a hub, created on
    first use), or None when no name is set and no hub asks for a sign-in."""
    if not settings.agent_name.strip() and not settings.hub_url.strip():
        return None
    return desk_agent(store, settings).id


def agent_id_or_none(store: Store, settings: Settings) -> str | None:
    """:func:`agent_id`, or None when the name is one the store refuses (a record written
    without an author rather than not at all)."""
    try:
        return agent_id(store, settings)
    except ValueError:
        return None
