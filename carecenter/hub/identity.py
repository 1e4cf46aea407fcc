"""Who may use the hub: agents with a password, and the devices they signed in from.

An agent is two rows with one id: the synced ``agent`` row (name, role, team, store: every
desk sees it, and only the hub's own code or an admin writes it) and ``hub_account`` (the
argon2id hash of the password, the disabled flag: never leaves the hub). Signing in from
a workstation makes a device: a random token handed to the workstation once, kept there in
the OS keyring only, and here as its SHA-256 (a token is 256 random bits, so a fast hash
is enough; the password is the slow argon2id). A device belongs to one agent and one
store (``site``: the workstation store's site id): the hub stamps that site on what the
device pushes. Revoking a device or disabling its agent ends its next request with 401.

Failures are ``IdentityError`` with a code; ``carecenter.hub.words`` says them.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import and_, select, update

from carecenter.clock import hlc_of, utcnow
from carecenter.domain import Role
from carecenter.ids import new_id
from carecenter.sync.hub import Hub
from carecenter.sync.hub_schema import TABLES, hub_account, hub_device
from carecenter.sync.op_values import is_uuid
from carecenter.sync.protocol import PROTOCOL_VERSION, Op, PushRequest
from carecenter.sync.refusals import Principal

MIN_PASSWORD = 8
MAX_PASSWORD = 200
MAX_NAME = 200
# A device's last_seen is written at most this often (not on every request).
SEEN_EVERY = timedelta(minutes=1)
_HASHER = PasswordHasher()  # argon2id with the library's current defaults


class IdentityCode(StrEnum):
    BAD_LOGIN = "bad_login"          # unknown name or wrong password (never said which)
    DISABLED = "disabled"            # name
    NO_AGENT = "no_agent"            # name
    NAME_TAKEN = "name_taken"        # name
    BAD_NAME = "bad_name"            # limit
    SHORT_PASSWORD = "short_password"  # minimum
    LONG_PASSWORD = "long_password"  # maximum
    BAD_ROLE = "bad_role"            # role, allowed
    NO_DEVICE = "no_device"          # device
    BAD_SITE = "bad_site"            # a site that is no store id


class IdentityError(Exception):
    def __init__(self, code: IdentityCode, **values: Any) -> None:
        super().__init__(code.value)
        self.code = code
        self.values = values


@dataclass(frozen=True)
class AgentInfo:
    id: str
    name: str
    role: str
    store: str | None
    team: str | None
    disabled: bool

    def wire(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "role": self.role, "store": self.store,
                "team": self.team}


@dataclass(frozen=True)
class Session:
    """What a sign-in hands the workstation: the token (once) and who signed in."""

    token: str
    device_id: str
    agent: AgentInfo


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    agent_name: str
    label: str
    site: str
    created_at: datetime
    last_seen: datetime | None
    revoked_at: datetime | None


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def _clean_name(name: str) -> str:
    name = " ".join(str(name).split())
    if not name or len(name) > MAX_NAME:
        raise IdentityError(IdentityCode.BAD_NAME, limit=MAX_NAME)
    return name


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise IdentityError(IdentityCode.SHORT_PASSWORD, minimum=MIN_PASSWORD)
    if len(password) > MAX_PASSWORD:
        raise IdentityError(IdentityCode.LONG_PASSWORD, maximum=MAX_PASSWORD)


def _check_role(role: str) -> str:
    if role not in {r.value for r in Role}:
        raise IdentityError(IdentityCode.BAD_ROLE, role=role, allowed=[r.value for r in Role])
    return role


class Identity:
    """Agents and devices of one hub (its engine; the agent rows go through ``Hub.push``
    as the hub's own trusted writes, so they sync to every desk like any change)."""

    def __init__(self, hub: Hub) -> None:
        self.hub = hub

    # -- agents (admin commands, run where the service runs) ----------------------------
    def _write_agent(self, agent_id: str, kind: str, values: dict[str, Any]) -> None:
        hlc = hlc_of(self.hub.wall_ms())
        op = Op(new_id(), "agent", agent_id, kind,
                {k: [v, hlc] for k, v in values.items()}, hlc)
        resp = self.hub.push(PushRequest(PROTOCOL_VERSION, self.hub.hub_id, [op]))
        if resp.refused:  # the hub's own writes pass its checks; say so loudly if not
            raise ValueError(resp.refused[0]["message"])

    def add_agent(self, name: str, password: str, role: str = "agent", *,
                  store: str | None = None, team: str | None = None) -> AgentInfo:
        name = _clean_name(name)
        _check_password(password)
        _check_role(role)
        with self.hub.engine.connect() as conn:
            if conn.execute(select(hub_account.c.agent_id)
                            .where(hub_account.c.name == name)).first():
                raise IdentityError(IdentityCode.NAME_TAKEN, name=name)
            a = TABLES["agent"]
            # an agent row that desks made before sign-in existed keeps its id (and history)
            known = conn.execute(select(a.c.id).where(a.c.name == name)
                                 .order_by(a.c.id).limit(1)).scalar()
        agent_id = str(known) if known else new_id()
        values = {"id": agent_id, "name": name, "role": role, "store": store, "team": team}
        self._write_agent(agent_id, "update" if known else "insert", values)
        now = utcnow()
        with self.hub.engine.begin() as conn:
            conn.execute(hub_account.insert().values(
                agent_id=agent_id, name=name, password_hash=hash_password(password),
                disabled=False, created_at=now, changed_at=now))
        return AgentInfo(agent_id, name, role, store, team, False)

    def agents(self) -> list[AgentInfo]:
        a = TABLES["agent"]
        q = select(hub_account.c.agent_id, hub_account.c.name, a.c.role, a.c.store, a.c.team,
                   hub_account.c.disabled).join(a, a.c.id == hub_account.c.agent_id,
                                                isouter=True).order_by(hub_account.c.name)
        with self.hub.engine.connect() as conn:
            return [AgentInfo(r[0], r[1], r[2] or "agent", r[3], r[4], bool(r[5]))
                    for r in conn.execute(q)]

    def agent(self, name: str) -> AgentInfo:
        name = " ".join(str(name).split())
        for info in self.agents():
            if info.name == name:
                return info
        raise IdentityError(IdentityCode.NO_AGENT, name=name)

    def set_role(self, name: str, role: str) -> AgentInfo:
        info = self.agent(name)
        self._write_agent(info.id, "update", {"role": _check_role(role)})
        return self.agent(name)

    def set_password(self, name: str, password: str) -> None:
        info = self.agent(name)
        _check_password(password)
        with self.hub.engine.begin() as conn:
            conn.execute(update(hub_account).where(hub_account.c.agent_id == info.id)
                         .values(password_hash=hash_password(password), changed_at=utcnow()))

    def set_disabled(self, name: str, disabled: bool = True) -> AgentInfo:
        info = self.agent(name)
        with self.hub.engine.begin() as conn:
            conn.execute(update(hub_account).where(hub_account.c.agent_id == info.id)
                         .values(disabled=disabled, changed_at=utcnow()))
        return self.agent(name)

    # -- signing in -----------------------------------------------------------------------
    def login(self, name: str, password: str, site: str, label: str = "") -> Session:
        """A new device for ``name`` at the store ``site``, or ``IdentityError``: a wrong
        password and an unknown name are the same ``BAD_LOGIN`` (and cost the same)."""
        name = " ".join(str(name).split())
        if not is_uuid(site):
            raise IdentityError(IdentityCode.BAD_SITE)
        with self.hub.engine.connect() as conn:
            row = conn.execute(select(hub_account).where(hub_account.c.name == name)).first()
        if row is None:
            verify_password(_DUMMY_HASH, password)  # the same time as a wrong password
            raise IdentityError(IdentityCode.BAD_LOGIN)
        if not verify_password(row.password_hash, password):
            raise IdentityError(IdentityCode.BAD_LOGIN)
        if row.disabled:
            raise IdentityError(IdentityCode.DISABLED, name=name)
        token = secrets.token_urlsafe(32)
        device_id = new_id()
        now = utcnow()
        with self.hub.engine.begin() as conn:
            # one live device per agent and store: signing in again replaces the old token
            conn.execute(update(hub_device).where(and_(
                hub_device.c.agent_id == row.agent_id, hub_device.c.site == site,
                hub_device.c.revoked_at.is_(None))).values(revoked_at=now))
            conn.execute(hub_device.insert().values(
                id=device_id, agent_id=row.agent_id, token_hash=token_hash(token), site=site,
                label=(label or "")[:200], created_at=now, last_seen=now))
        return Session(token, device_id, self.agent(name))

    def authenticate(self, token: str | None) -> Principal | None:
        """The principal behind a token; None when it is missing, unknown, revoked, or its
        agent is disabled."""
        if not token or len(token) > 200:
            return None
        a = TABLES["agent"]
        q = (select(hub_device.c.id, hub_device.c.site, hub_device.c.last_seen,
                    hub_account.c.agent_id, hub_account.c.name, hub_account.c.disabled,
                    a.c.role, a.c.store)
             .join(hub_account, hub_account.c.agent_id == hub_device.c.agent_id)
             .join(a, a.c.id == hub_account.c.agent_id, isouter=True)
             .where(hub_device.c.token_hash == token_hash(token),
                    hub_device.c.revoked_at.is_(None)))
        with self.hub.engine.connect() as conn:
            row = conn.execute(q).first()
        if row is None or row.disabled:
            return None
        now = utcnow()
        if row.last_seen is None or now - _aware(row.last_seen) > SEEN_EVERY:
            with self.hub.engine.begin() as conn:
                conn.execute(update(hub_device).where(hub_device.c.id == row.id)
                             .values(last_seen=now))
        return Principal(row.agent_id, row.name, row.role or "agent", row.id, row.site,
                         row.store)

    # -- devices ---------------------------------------------------------------------------
    def devices(self, *, agent: str | None = None) -> list[DeviceInfo]:
        q = (select(hub_device, hub_account.c.name)
             .join(hub_account, hub_account.c.agent_id == hub_device.c.agent_id)
             .order_by(hub_device.c.created_at))
        if agent is not None:
            q = q.where(hub_account.c.name == " ".join(agent.split()))
        with self.hub.engine.connect() as conn:
            return [DeviceInfo(r.id, r.name, r.label, r.site, _aware(r.created_at),
                               _aware(r.last_seen), _aware(r.revoked_at))
                    for r in conn.execute(q)]

    def revoke(self, device_id: str) -> DeviceInfo:
        """Revoke a device (a second revoke changes nothing); its next request gets 401."""
        with self.hub.engine.begin() as conn:
            conn.execute(update(hub_device).where(
                hub_device.c.id == device_id, hub_device.c.revoked_at.is_(None))
                .values(revoked_at=utcnow()))
        found = [d for d in self.devices() if d.id == device_id]
        if not found:
            raise IdentityError(IdentityCode.NO_DEVICE, device=device_id)
        return found[0]


def _aware(value: Any) -> Any:
    from carecenter.db.base import from_text

    if value is None or isinstance(value, datetime):
        return value
    return from_text(str(value))


_DUMMY_HASH = hash_password("not a password anyone has")
