"""The console's features, each plugged into the main window by its ``install``.

A feature (cases, offers, decisions, sync, call lists…) lives in its own package with
``install(registry: Registry) -> None``, which adds its actions, menus and docks through
the registry (``ui.shell.registry``), its sections and strips to each customer view
through ``registry.window.customer_opened``, and offers its public api to the others.
The main window knows only this list, in the order the menus are built.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.shell.registry import Registry

FEATURES: tuple[str, ...] = (
    "ui.customer.banner",
    "ui.customer.screen_pop",
    "ui.customer.merge_dialog",
    "ui.cases.feature",
    "ui.cases.followups_feature",
    "ui.counter.feature",
    "ui.customer.offers",
    "ui.decisions.feature",
    "ui.charter.feature",
    "ui.supervisor.view",
    "ui.customer.log_contact",
    "ui.customer.consent_dialog",
    "ui.customer.edit_dialog",
    "ui.calls.feature",
    "ui.calls.import_dialog",
    "ui.signin.feature",
    "ui.sync.status",
    "ui.conflicts.view",
)


def import_features() -> None:
    """Load the features' modules (and the services under them) without plugging them
    in: on a background thread, so that installing them on the GUI thread is quick."""
    for name in ("ui.customer.view", *FEATURES):
        importlib.import_module(name)


def install_features(registry: Registry) -> None:
    for name in FEATURES:
        importlib.import_module(name).install(registry)
