"""Agents and devices on the hub (issue 13): argon2id passwords, device tokens, roles
from the hub's own record, revocation and disabling; on a SQLite hub and a real
PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from carecenter.hub.identity import Identity, IdentityCode, IdentityError, token_hash
from carecenter.hub.words import identity_sentence
from carecenter.ids import new_id
from carecenter.sync.hub import Hub
from carecenter.sync.hub_schema import TABLES, hub_account, hub_device


@pytest.fixture
def ident(hub: Hub) -> Identity:
    return Identity(hub)


def test_an_agent_is_a_synced_row_and_a_hashed_password(ident: Identity, hub: Hub) -> None:
    info = ident.add_agent("  Anna   Rossi ", "correct horse", "supervisor", store="Milano")
    assert (info.name, info.role, info.store) == ("Anna Rossi", "supervisor", "Milano")
    with hub.engine.connect() as conn:
        row = conn.execute(select(TABLES["agent"]).where(TABLES["agent"].c.id == info.id)).one()
        account = conn.execute(select(hub_account)).one()
    assert (row.name, row.role, row.store) == ("Anna Rossi", "supervisor", "Milano")
    assert row.txn > 0  # written as a hub change: every desk pulls it
    assert account.password_hash.startswith("$argon2id$")
    assert "correct horse" not in account.password_hash


def test_sign_in_gives_a_token_kept_only_as_its_hash(ident: Identity, hub: Hub) -> None:
    ident.add_agent("Bruno", "password-1")
    site = new_id()
    session = ident.login("Bruno", "password-1", site, "counter 2")
    with hub.engine.connect() as conn:
        stored = conn.execute(select(hub_device)).one()
    assert stored.token_hash == token_hash(session.token) != session.token
    who = ident.authenticate(session.token)
    assert who is not None
    assert (who.name, who.role, who.site, who.device_id) == (
        "Bruno", "agent", site, session.device_id)


def test_wrong_password_and_unknown_name_are_the_same_refusal(ident: Identity) -> None:
    ident.add_agent("Bruno", "password-1")
    for name, password in (("Bruno", "password-2"), ("Nobody", "password-1")):
        with pytest.raises(IdentityError) as e:
            ident.login(name, password, new_id())
        assert e.value.code is IdentityCode.BAD_LOGIN
        assert identity_sentence(e.value) == (
            "The name or the password is wrong: check both and try again.")


def test_the_role_comes_from_the_hub_and_changes_there(ident: Identity) -> None:
    ident.add_agent("Carla", "password-1")
    token = ident.login("Carla", "password-1", new_id()).token
    ident.set_role("Carla", "senior")
    who = ident.authenticate(token)
    assert who is not None and who.role == "senior"


def test_revoked_device_and_disabled_agent_are_not_authenticated(ident: Identity) -> None:
    ident.add_agent("Dario", "password-1")
    first = ident.login("Dario", "password-1", new_id())
    second = ident.login("Dario", "password-1", new_id())
    ident.revoke(first.device_id)
    assert ident.authenticate(first.token) is None
    assert ident.authenticate(second.token) is not None
    ident.set_disabled("Dario")
    assert ident.authenticate(second.token) is None
    with pytest.raises(IdentityError) as e:
        ident.login("Dario", "password-1", new_id())
    assert e.value.code is IdentityCode.DISABLED
    ident.set_disabled("Dario", False)
    assert ident.authenticate(second.token) is not None


def test_signing_in_again_at_the_same_store_replaces_the_token(ident: Identity) -> None:
    ident.add_agent("Elena", "password-1")
    site = new_id()
    old = ident.login("Elena", "password-1", site)
    new = ident.login("Elena", "password-1", site)
    assert ident.authenticate(old.token) is None
    assert ident.authenticate(new.token) is not None
    assert [d.revoked_at is not None for d in ident.devices(agent="Elena")] == [True, False]


@pytest.mark.parametrize(("name", "password", "role", "code"), [
    ("", "password-1", "agent", IdentityCode.BAD_NAME),
    ("x" * 201, "password-1", "agent", IdentityCode.BAD_NAME),
    ("Fabio", "short", "agent", IdentityCode.SHORT_PASSWORD),
    ("Fabio", "p" * 201, "agent", IdentityCode.LONG_PASSWORD),
    ("Fabio", "password-1", "boss", IdentityCode.BAD_ROLE),
])
def test_bad_agents_are_refused_and_nothing_is_written(
        ident: Identity, hub: Hub, name: str, password: str, role: str,
        code: IdentityCode) -> None:
    with pytest.raises(IdentityError) as e:
        ident.add_agent(name, password, role)
    assert e.value.code is code
    assert ident.agents() == []
    assert hub.count("agent") == 0


def test_a_name_is_taken_once(ident: Identity) -> None:
    ident.add_agent("Gino", "password-1")
    with pytest.raises(IdentityError) as e:
        ident.add_agent("Gino", "password-2")
    assert identity_sentence(e.value) == (
        "There is already an agent called 'Gino': choose another name.")
    assert len(ident.agents()) == 1


def test_revoking_an_unknown_device_says_so(ident: Identity) -> None:
    with pytest.raises(IdentityError) as e:
        ident.revoke("no-such-device")
    assert e.value.code is IdentityCode.NO_DEVICE


def test_tokens_that_are_garbage_are_not_authenticated(ident: Identity) -> None:
    ident.add_agent("Ivo", "password-1")
    ident.login("Ivo", "password-1", new_id())
    for token in (None, "", "x", "y" * 5000, "'; DROP TABLE hub_device; --"):
        assert ident.authenticate(token) is None
