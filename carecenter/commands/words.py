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


_STORE = {
    "missing": "There is no store at {path}: check the path given with --db, or create a "
               "store there with `carecenter init --db {path}`.",
    "folder": "{path} is a folder, not a store: give the store's file with --db "
              "(for example {path}/carecenter.db).",
    "read_only": "The store {path} cannot be written (it or its folder is read-only): "
                 "ask for write permission, or copy it somewhere writable.",
    "locked": "The store {path} is in use by another program that holds it locked: close "
              "that program (or wait for it to finish), then try again.",
    "full": "The disk holding {path} is full, so nothing was written: free some space, "
            "then try again.",
    "cannot_open": "The store {path} cannot be opened: check that its folder exists and "
                   "can be read and written.",
    "key_missing": "The store {path} is encrypted and this computer's keyring holds no key "
                   "for it; it was left untouched: open it where it was made, or restore a "
                   "backup made on this computer.",
    "key_needed": "The store {path} is encrypted and this computer has no keyring: give its "
                  "passphrase when asked (on standard input when not at a terminal).",
    "key_wrong": "The key or passphrase given does not open the encrypted store {path}; it "
                 "was left untouched: try again with the right passphrase.",
    "encrypted": "The store {path} is already encrypted: nothing to do.",
    "encrypt_failed": "The encrypted copy of {path} did not check out, so the store was left "
                      "as it was (plain): check the disk's free space, then try again.",
}


def store_sentence(code: str, path: object) -> str:
    """One sentence for a store that cannot be used (``StoreCode`` values)."""
    return _STORE[code].format(path=path)


_TABLES = {"customer": ("customer", "customers"),
           "customer_phone": ("phone number", "phone numbers"),
           "customer_email": ("e-mail address", "e-mail addresses")}


def purge_held_sentence(table: str, rows: int, live: int) -> str:
    """A purge held for a supervisor (``carecenter.sync.purge``)."""
    one, many = _TABLES.get(table, (table, table))
    return (f"The hub deleted {rows} of the {live} {many if live != 1 else one} on this "
            "workstation (more than 20%): they stay here until a supervisor confirms it in "
            "the console (Sync → Deletions waiting), or run carecenter sync --allow-purge.")
