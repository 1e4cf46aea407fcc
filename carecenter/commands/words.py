"""The command line's words for the codes of sign-in and identity (one place)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from carecenter.cli import UserError
    from carecenter.hub.identity import IdentityError
    from carecenter.services.signin import SignInError


def identity_error(exc: IdentityError) -> UserError:
    from carecenter.cli import UserError
    from carecenter.hub.words import identity_sentence

    return UserError(identity_sentence(exc))


_SIGNIN = {
    "no_hub": "No hub service is set: give its address with --hub https://HOST:PORT.",
    "not_service": "Workstations sync through the hub service, not its database: give the "
                   "service's address (https://HOST:PORT) that IT gave you.",
    "bad_login": "The name or the password is wrong: check both and try again.",
    "disabled": "This agent was disabled by an administrator: ask one to enable the account.",
    "offline_unknown": "The hub cannot be reached and {name!r} never signed in on this "
                       "workstation: sign in once while the hub is reachable.",
    "offline_wrong": "The hub cannot be reached and the password does not match the one "
                     "used here last time.",
    "unreachable": "The hub service cannot be reached: check the address and the network, "
                   "then try again.",
    "refused": "{message}",
}


def signin_error(exc: SignInError) -> UserError:
    from carecenter.cli import UserError

    try:
        return UserError(_SIGNIN[exc.code.value].format(**exc.values))
    except (KeyError, IndexError):
        return UserError(f"Signing in failed ({exc.code.value}).")
