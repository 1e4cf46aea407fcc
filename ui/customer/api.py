"""What other features may use of the customer feature: the customer view they add
sections and strips to (a type: the main window makes the views and hands them out through
``customer_opened``), and the screen pop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.shell.registry import Key

if TYPE_CHECKING:
    from ui.customer.screen_pop import ScreenPop
    from ui.customer.view import CustomerView

SCREEN_POP: Key[ScreenPop] = Key("screen pop")


__all__ = ["SCREEN_POP", "CustomerView"]
