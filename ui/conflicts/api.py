"""What other features may ask of "Changes to check" (through the registry): the banner
opens the view at a customer's changes."""

from __future__ import annotations

from typing import Protocol

from ui.shell.registry import Key


class ConflictsApi(Protocol):
    def show_changes(self, customer_id: str | None = None) -> None:
        """Open the view (at the first change of ``customer_id``, when given)."""
        ...


CONFLICTS: Key[ConflictsApi] = Key("changes to check")
