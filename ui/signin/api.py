"""What other features may ask of signing in (through the registry): sync asks for a
sign-in when nobody is signed in, and hands over a token the hub refused."""

from __future__ import annotations

from typing import Protocol

from ui.shell.registry import Key


class SignInApi(Protocol):
    #: the name of the agent signed in last (the sign-in dialog's default)
    last_name: str

    def start(self) -> None:
        """At start, or with a new hub: the last agent when their token is here, else ask."""
        ...

    def ask(self, *, switching: bool = False, note: str = "") -> object:
        """Show the sign-in dialog."""
        ...

    def token_refused(self, had_token: bool = True) -> None:
        """The hub no longer takes this desk's token: sign in again."""
        ...


SIGN_IN: Key[SignInApi] = Key("sign in")
