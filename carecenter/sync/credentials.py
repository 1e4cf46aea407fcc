"""The hub's password or token: in the OS keyring (service ``carecenter``), never in a file.

With no usable keyring backend the password is asked for each session (``ask``) and
nothing is stored; ``KeyringStatus.message`` says so in one sentence.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from sqlalchemy.engine import make_url

SERVICE = "carecenter"


def _keyring() -> tuple[ModuleType, type[Exception]]:
    """keyring and its error, imported at first use: reading a token is rare, and the
    console imports this module (through its features) before searches can run."""
    import keyring
    from keyring.errors import KeyringError

    return keyring, KeyringError


@dataclass(frozen=True)
class KeyringStatus:
    available: bool
    message: str | None


def keyring_status() -> KeyringStatus:
    keyring, _ = _keyring()
    try:
        backend = keyring.get_keyring()
        usable = float(getattr(backend, "priority", 0)) > 0
    except Exception:  # a broken backend is the same as none
        usable = False
    if usable:
        return KeyringStatus(True, None)
    return KeyringStatus(False, "No keyring is available on this computer, so the hub "
                                "password is asked for each session and never stored.")


def account(hub_url: str) -> str:
    """The keyring user name for a hub: its URL without any password."""
    return make_url(hub_url).render_as_string(hide_password=True)


def needs_password(hub_url: str) -> bool:
    u = make_url(hub_url)
    return u.get_backend_name() != "sqlite" and u.password is None


def get_password(hub_url: str) -> str | None:
    if not keyring_status().available:
        return None
    keyring, KeyringError = _keyring()
    try:
        found: str | None = keyring.get_password(SERVICE, account(hub_url))
    except KeyringError:
        return None
    return found


def save_password(hub_url: str, password: str) -> bool:
    """Keep the password in the keyring; False (nothing stored) when there is none."""
    if not keyring_status().available:
        return False
    keyring, KeyringError = _keyring()
    try:
        keyring.set_password(SERVICE, account(hub_url), password)
    except KeyringError:
        return False
    return True


def resolve_password(hub_url: str,
                     ask: Callable[[str], str | None] | None = None) -> str | None:
    """The password to reach ``hub_url``: none needed, from the keyring, or asked for
    (``ask`` gets the sentence to show and returns the answer or None)."""
    if not needs_password(hub_url):
        return None
    stored = get_password(hub_url)
    if stored is not None:
        return stored
    if ask is None:
        return None
    status = keyring_status()
    prompt = f"Password for the hub {account(hub_url)}"
    if status.message:
        prompt = f"{status.message} {prompt}"
    return ask(prompt)


# -- device tokens (the hub service) -------------------------------------------------------
def _token_account(hub_url: str, agent_name: str) -> str:
    return f"token {hub_url.rstrip('/')} {' '.join(agent_name.split())}"


def get_token(hub_url: str, agent_name: str) -> str | None:
    """The device token this workstation holds for ``agent_name`` at the hub service."""
    if not keyring_status().available:
        return _session_tokens.get(_token_account(hub_url, agent_name))
    keyring, KeyringError = _keyring()
    try:
        found: str | None = keyring.get_password(SERVICE, _token_account(hub_url, agent_name))
    except KeyringError:
        return None
    return found


def save_token(hub_url: str, agent_name: str, token: str) -> bool:
    """Keep a device token in the keyring; without one, for this process only (False)."""
    acct = _token_account(hub_url, agent_name)
    if not keyring_status().available:
        _session_tokens[acct] = token
        return False
    keyring, KeyringError = _keyring()
    try:
        keyring.set_password(SERVICE, acct, token)
    except KeyringError:
        _session_tokens[acct] = token
        return False
    return True


def forget_token(hub_url: str, agent_name: str) -> None:
    acct = _token_account(hub_url, agent_name)
    _session_tokens.pop(acct, None)
    if keyring_status().available:
        keyring, KeyringError = _keyring()
        with contextlib.suppress(KeyringError):
            keyring.delete_password(SERVICE, acct)


# Without a keyring backend a token lives in this process's memory only: the console asks
# for the password once a session and says why (design.md, secrets).
_session_tokens: dict[str, str] = {}
