"""Signing in at a workstation: against the hub service, or offline with a cached verifier.

A sign-in at the hub (``sign_in``) gives a device token (kept in the OS keyring only, by
``carecenter.sync.credentials``) and the hub's record of the agent: id, name, role, store.
This workstation keeps that record and an argon2id hash of the password (``cache``), as an
operating system caches logons, so after a restart without the hub the same person can
unlock the console (``unlock_offline``) and work on. The role, store and limits always
come from the hub's record (or the synced ``agent`` row), never from settings.json.

Failures are ``SignInError`` with a ``SignInCode``; the console and the CLI say them.
"""

from __future__ import annotations

import json
import socket
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from carecenter.db.models import Agent, StoreMeta
from carecenter.db.store import Store

_HASHER = PasswordHasher()
_PREFIX = "signin:"


class SignInCode(StrEnum):
    NO_HUB = "no_hub"              # no hub service address set
    NOT_SERVICE = "not_service"    # a database URL where the service's address belongs
    BAD_LOGIN = "bad_login"        # the hub said the name or password is wrong
    DISABLED = "disabled"          # the hub said the agent is disabled
    OFFLINE_UNKNOWN = "offline_unknown"  # offline, and this person never signed in here
    OFFLINE_WRONG = "offline_wrong"      # offline, and the password does not match
    UNREACHABLE = "unreachable"    # the hub cannot be reached (and no offline unlock)
    REFUSED = "refused"            # another refusal of the hub: values["message"]


class SignInError(Exception):
    def __init__(self, code: SignInCode, **values: Any) -> None:
        super().__init__(code.value)
        self.code = code
        self.values = values


@dataclass(frozen=True)
class SignedIn:
    """Who works at this workstation now, as the hub recorded them."""

    agent_id: str
    name: str
    role: str
    store: str | None
    team: str | None
    offline: bool = False  # unlocked with the cached verifier, not by the hub


def device_label() -> str:
    try:
        return socket.gethostname()[:200]
    except OSError:
        return ""


def sign_in(store: Store, hub_url: str, name: str, password: str) -> tuple[SignedIn, str]:
    """Sign in at the hub service; returns who and the device token (which the caller
    keeps with ``credentials.save_token``). The verifier is cached for offline unlocks."""
    from carecenter.sync import protocol as p
    from carecenter.sync.http_transport import HttpTransport, is_service_url

    if not hub_url:
        raise SignInError(SignInCode.NO_HUB)
    if not is_service_url(hub_url):
        raise SignInError(SignInCode.NOT_SERVICE)
    transport = HttpTransport(hub_url)
    try:
        result = transport.login(" ".join(name.split()), password, store.site_id,
                                 device_label())
    except p.SyncRefused as exc:
        if exc.code in ("bad_login", "auth"):
            raise SignInError(SignInCode.BAD_LOGIN) from exc
        if exc.code == "disabled":
            raise SignInError(SignInCode.DISABLED) from exc
        raise SignInError(SignInCode.REFUSED, message=exc.message) from exc
    except p.TransportError as exc:
        raise SignInError(SignInCode.UNREACHABLE) from exc
    finally:
        transport.close()
    a = result.agent
    who = SignedIn(str(a["id"]), str(a["name"]), str(a.get("role") or "agent"),
                   a.get("store"), a.get("team"))
    cache(store, who, password)
    return who, result.token


def cache(store: Store, who: SignedIn, password: str) -> None:
    """Keep the hub's record of ``who`` and a verifier of the password on this store."""
    value = json.dumps({"agent_id": who.agent_id, "name": who.name, "role": who.role,
                        "store": who.store, "team": who.team,
                        "verifier": _HASHER.hash(password)})
    with store.session() as s, s.begin():
        s.merge(StoreMeta(key=_key(who.name), value=value))


def unlock_offline(store: Store, name: str, password: str) -> SignedIn:
    """Unlock the console without the hub, for someone who signed in here before."""
    cached = _cached(store, name)
    if cached is None:
        raise SignInError(SignInCode.OFFLINE_UNKNOWN, name=" ".join(name.split()))
    try:
        _HASHER.verify(str(cached["verifier"]), password)
    except (VerificationError, InvalidHashError) as exc:
        raise SignInError(SignInCode.OFFLINE_WRONG) from exc
    return _who(store, cached, offline=True)


def known(store: Store, name: str) -> SignedIn | None:
    """The hub's record of ``name`` as this workstation knows it (None: never signed in
    here). The role and store of the synced agent row win over the cached ones, so a
    role changed on the hub reaches this desk with the next sync."""
    cached = _cached(store, name)
    return _who(store, cached) if cached is not None else None


def signed_in_names(store: Store) -> list[str]:
    with store.session() as s:
        rows = s.query(StoreMeta).filter(StoreMeta.key.like(f"{_PREFIX}%")).all()
        return sorted(json.loads(r.value)["name"] for r in rows)


def author_tokens(store: Store, hub_url: str) -> dict[str, str]:
    """Agent id -> device token of everyone who signed in on this workstation and still
    holds a token for ``hub_url``: each op goes to the hub as the agent who wrote it."""
    from carecenter.sync import credentials

    out: dict[str, str] = {}
    for name in signed_in_names(store):
        cached = _cached(store, name)
        token = credentials.get_token(hub_url, name)
        if cached is not None and token is not None:
            out[str(cached["agent_id"])] = token
    return out


def _who(store: Store, cached: dict[str, Any], *, offline: bool = False) -> SignedIn:
    role, where, team = cached.get("role") or "agent", cached.get("store"), cached.get("team")
    with store.session() as s:
        row = s.get(Agent, str(cached["agent_id"]))
        if row is not None:
            role, where, team = row.role, row.store, row.team
    return SignedIn(str(cached["agent_id"]), str(cached["name"]), str(role), where, team,
                    offline)


def _cached(store: Store, name: str) -> dict[str, Any] | None:
    with store.session() as s:
        row = s.get(StoreMeta, _key(name))
        if row is None:
            return None
        value: dict[str, Any] = json.loads(row.value)
        return value


def _key(name: str) -> str:
    # store_meta keys are at most 40 characters: a long name is cut, its hash keeps it apart
    import hashlib

    clean = " ".join(name.split()).casefold()
    return _PREFIX + hashlib.sha256(clean.encode()).hexdigest()[:32]
