"""Sign-in failures and roles in the console's language, from their codes (never from the
core's English sentences)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carecenter.services.signin import SignInCode, SignInError


def _t(text: str) -> str:
    return QCoreApplication.translate("SignInWords", text)


def role_name(code: str) -> str:
    names = {"agent": _t("Agent"), "senior": _t("Senior agent"),
             "supervisor": _t("Supervisor"), "admin": _t("Administrator")}
    return names.get(code, code)


def sign_in_sentence(exc: SignInError) -> str:
    """One sentence saying why the sign-in failed and what to do."""
    code, v = exc.code, exc.values
    if code is SignInCode.NO_HUB:
        return _t("No hub is set: enter its address in Settings (Ctrl+,).")
    if code is SignInCode.NOT_SERVICE:
        return _t("The hub address must be the hub service's, such as "
                  "https://hub.example.org:8765: correct it in Settings (Ctrl+,).")
    if code is SignInCode.BAD_LOGIN:
        return _t("The name or the password is wrong: check them and try again.")
    if code is SignInCode.DISABLED:
        return _t("This agent was disabled on the hub: ask an administrator.")
    if code is SignInCode.OFFLINE_UNKNOWN:
        return _t("The hub cannot be reached and {0} never signed in on this computer, so "
                  "the console cannot check the password: try again when the hub is "
                  "back.").format(v.get("name", ""))
    if code is SignInCode.OFFLINE_WRONG:
        return _t("The hub cannot be reached and the password does not match the one "
                  "last used on this computer: try again.")
    if code is SignInCode.UNREACHABLE:
        return _t("The hub cannot be reached: check the network, then try again.")
    return _t("The hub refused the sign-in: {0}").format(v.get("message", ""))
