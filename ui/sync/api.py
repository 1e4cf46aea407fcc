"""What other features may ask of sync (through the registry)."""

from __future__ import annotations

from typing import Protocol

from ui.shell.registry import Key


class SyncApi(Protocol):
    def signed_in(self) -> None:
        """An agent signed in: sync now with their token."""
        ...


SYNC: Key[SyncApi] = Key("sync")
