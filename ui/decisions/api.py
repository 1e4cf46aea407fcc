"""What other features may ask of decisions (through the registry)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from ui.shell.registry import Key

if TYPE_CHECKING:
    from ui.customer.api import CustomerView
    from ui.decisions.grant_dialog import GrantDialog


class DecisionsApi(Protocol):
    def grant_for(self, view: CustomerView, case_id: str | None = None) -> GrantDialog:
        """Open the grant dialog for the customer of ``view`` (on the case ``case_id``)."""
        ...


DECISIONS: Key[DecisionsApi] = Key("decisions")
