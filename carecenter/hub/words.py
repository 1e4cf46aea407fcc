"""The hub's codes in English sentences: for the service's answers and the command line.
The console says the same in its own language from the codes (``ui``)."""

from __future__ import annotations

from typing import Any

from carecenter.hub.identity import IdentityCode, IdentityError

_IDENTITY: dict[IdentityCode, str] = {
    IdentityCode.BAD_LOGIN: "The name or the password is wrong: check both and try again.",
    IdentityCode.DISABLED: "The agent {name!r} was disabled by an administrator: ask one to "
                           "enable the account.",
    IdentityCode.NO_AGENT: "There is no agent called {name!r} on this hub: see "
                           "`carecenter hub agent list`.",
    IdentityCode.NAME_TAKEN: "There is already an agent called {name!r}: choose another "
                             "name.",
    IdentityCode.BAD_NAME: "An agent's name must be 1 to {limit} characters long.",
    IdentityCode.SHORT_PASSWORD: "The password is too short: use at least {minimum} "
                                 "characters.",
    IdentityCode.LONG_PASSWORD: "The password is too long: use at most {maximum} characters.",
    IdentityCode.BAD_ROLE: "{role!r} is not a role: use one of {allowed}.",
    IdentityCode.NO_DEVICE: "There is no device {device!r} on this hub: see "
                            "`carecenter hub device list`.",
    IdentityCode.BAD_SITE: "The workstation's store id is not valid: open the store with "
                           "this version of CareCenter and sign in again.",
}

NOT_SIGNED_IN = ("This workstation is not signed in to the hub (no token, or it was revoked):"
                 " sign in again (carecenter login).")
UNAVAILABLE = ("The hub's database cannot be reached right now: try again in a moment; "
               "nothing was lost.")
BAD_REQUEST = "The hub cannot read this request ({where}): update CareCenter."


def identity_sentence(exc: IdentityError) -> str:
    values: dict[str, Any] = dict(exc.values)
    if isinstance(values.get("allowed"), list):
        values["allowed"] = ", ".join(values["allowed"])
    try:
        return _IDENTITY[exc.code].format(**values)
    except (KeyError, IndexError):
        return f"The hub refused this ({exc.code})."
