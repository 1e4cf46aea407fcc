"""The workstation's agent: found by name, created once, role kept in step with settings."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from carecenter.db.store import Store
from carecenter.problems import Problem, Refused
from carecenter.services.agents import find_agent, workstation_agent


def _rows(store: Store) -> list[tuple[str, str]]:
    with store.session() as s:
        return [tuple(r) for r in s.execute(text("SELECT name, role FROM agent ORDER BY name"))]


def test_the_agent_is_created_once_and_found_after(store: Store) -> None:
    first = workstation_agent(store, "  Anna   Rossi ")
    again = workstation_agent(store, "Anna Rossi")
    assert first == again
    assert (first.name, first.role) == ("Anna Rossi", "agent")
    assert _rows(store) == [("Anna Rossi", "agent")]
    assert find_agent(store, "Bruno Neri") is None


def test_a_changed_role_is_written_with_its_op(store: Store) -> None:
    a = workstation_agent(store, "Anna Rossi")
    with store.session() as s:
        before = s.execute(text("SELECT count(*) FROM outbox")).scalar_one()
    b = workstation_agent(store, "Anna Rossi", "supervisor")
    assert (b.id, b.role) == (a.id, "supervisor")
    assert _rows(store) == [("Anna Rossi", "supervisor")]
    with store.session() as s:
        assert s.execute(text("SELECT count(*) FROM outbox")).scalar_one() == before + 1


@pytest.mark.parametrize(("name", "role", "code", "values"), [
    ("   ", "agent", Problem.AGENT_NAME_MISSING, {}),
    ("Anna", "boss", Problem.UNKNOWN_ROLE,
     {"role": "boss", "roles": ("agent", "senior", "supervisor")}),
])
def test_bad_names_and_roles_are_refused_and_nothing_is_written(
        store: Store, name: str, role: str, code: Problem, values: dict[str, object]) -> None:
    with pytest.raises(Refused) as err:
        workstation_agent(store, name, role)
    assert (err.value.code, err.value.values) == (code, values)
    assert _rows(store) == []


def test_with_a_hub_the_agent_is_the_hubs_record_and_no_row_is_written(store: Store) -> None:
    from carecenter.services.agents import NotSignedIn, desk_agent
    from carecenter.services.signin import SignedIn, cache
    from carecenter.settings import Settings

    hub = Settings(agent_name="Anna Rossi", agent_role="supervisor",
                   hub_url="https://hub.example.org:8765")
    with pytest.raises(NotSignedIn):
        desk_agent(store, hub)
    cache(store, SignedIn("0190aaaa-0000-7000-8000-000000000001", "Anna Rossi", "agent",
                          "Milano Centro", None), "a long password")
    who = desk_agent(store, hub)
    assert (who.id, who.name, who.role) == ("0190aaaa-0000-7000-8000-000000000001",
                                            "Anna Rossi", "agent")  # not the settings' role
    with pytest.raises(NotSignedIn):  # the console clears the name until someone signs in
        desk_agent(store, Settings(hub_url="https://hub.example.org:8765"))
    assert _rows(store) == []
    with store.session() as s:
        assert s.execute(text("SELECT count(*) FROM outbox")).scalar_one() == 0


def test_without_a_hub_the_settings_name_and_role_are_used(store: Store) -> None:
    from carecenter.services.agents import desk_agent
    from carecenter.settings import Settings

    who = desk_agent(store, Settings(agent_name="Anna Rossi", agent_role="senior"))
    assert (who.name, who.role) == ("Anna Rossi", "senior")
    assert _rows(store) == [("Anna Rossi", "senior")]
