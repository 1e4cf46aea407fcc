"""The console's feature modules, each plugged into the main window by its ``install``.

A feature (cases, offers, decisions, sync, call lists…) lives in its own module with
``install(window: MainWindow) -> None``, which adds its actions and menus to the window
and, through ``window.customer_opened``, its sections and strips to each customer view.
The main window knows only this list.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

FEATURES: tuple[str, ...] = (
    "ui.customer.banner",
    "ui.customer.screen_pop",
    "ui.customer.merge_dialog",
    "ui.cases.feature",
    "ui.cases.followups",
    "ui.customer.offers",
    "ui.decisions.feature",
    "ui.supervisor.view",
    "ui.customer.log_contact",
    "ui.calls.feature",
    "ui.calls.import_dialog",
    "ui.signin.feature",
    "ui.sync.status",
)


def install_features(window: MainWindow) -> None:
    for name in FEATURES:
        importlib.import_module(name).install(window)
