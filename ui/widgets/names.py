"""Roles and who works here, in the console's language (light: the main window's first
paint uses it, before the store layers load)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from carecenter.settings import Settings

if TYPE_CHECKING:
    from carecenter.services.signin import SignedIn

translate = QCoreApplication.translate  # literal calls, so that lupdate collects them


def role_name(code: str) -> str:
    names = {"agent": translate("SignInWords", "Agent"),
             "senior": translate("SignInWords", "Senior agent"),
             "supervisor": translate("SignInWords", "Supervisor"),
             "admin": translate("SignInWords", "Administrator")}
    return names.get(code, code)


def agent_text(who: SignedIn | None, settings: Settings) -> str:
    """Who works here, for the status bar: name and role (the hub's), offline or not."""
    if who is not None:
        text = f"{who.name} · {role_name(who.role)}"
        if who.offline:
            text += " · " + translate("MainWindow", "offline")
        return text
    if settings.hub_url.strip():
        return translate("MainWindow", "Not signed in")
    if not settings.agent_name:
        return translate("MainWindow", "Agent not set")
    return f"{settings.agent_name} · {role_name(settings.agent_role)}"
