"""What other features may use of the customer feature: the customer view they add
sections and strips to (a type: the main window makes the views and hands them out through
``customer_opened``), and the screen pop."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from ui.shell.registry import Key

if TYPE_CHECKING:
    from ui.customer.screen_pop import ScreenPop
    from ui.customer.view import CustomerView

SCREEN_POP: Key[ScreenPop] = Key("screen pop")


class ChangesToCheck(Protocol):
    """HOOK for issue 15 part 3: the "Changes to check" view provides this under
    ``CHANGES_TO_CHECK``; the banner's "Changes to check" line opens it for its customer.
    Until a feature provides it, the line tells the agent the view is not there."""

    def open_changes(self, customer_id: str) -> None: ...


CHANGES_TO_CHECK: Key[ChangesToCheck] = Key("changes to check")

__all__ = ["CHANGES_TO_CHECK", "SCREEN_POP", "ChangesToCheck", "CustomerView"]
