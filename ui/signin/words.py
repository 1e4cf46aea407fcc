"""Sign-in failures in the console's language, from their codes (never from the
core's English sentences)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carecenter.services.signin import SignInCode, SignInError

translate = QCoreApplication.translate  # literal calls, so that lupdate collects them


def sign_in_sentence(exc: SignInError) -> str:
    """One sentence saying why the sign-in failed and what to do."""
    code, v = exc.code, exc.values
    if code is SignInCode.NO_HUB:
        return translate("SignInWords",
                         "No hub is set: enter its address in Settings (Ctrl+,).")
    if code is SignInCode.NOT_SERVICE:
        return translate("SignInWords",
                         "The hub address must be the hub service's, such as "
                         "https://hub.example.org:8765: correct it in Settings (Ctrl+,).")
    if code is SignInCode.BAD_LOGIN:
        return translate("SignInWords",
                         "The name or the password is wrong: check them and try again.")
    if code is SignInCode.DISABLED:
        return translate("SignInWords",
                         "This agent was disabled on the hub: ask an administrator.")
    if code is SignInCode.OFFLINE_UNKNOWN:
        return translate("SignInWords",
                         "The hub cannot be reached and {0} never signed in on this "
                         "computer, so the console cannot check the password: try again "
                         "when the hub is back.").format(v.get("name", ""))
    if code is SignInCode.OFFLINE_WRONG:
        return translate("SignInWords",
                         "The hub cannot be reached and the password does not match the one "
                         "last used on this computer: try again.")
    if code is SignInCode.UNREACHABLE:
        return translate("SignInWords",
                         "The hub cannot be reached: check the network, then try again.")
    return translate("SignInWords", "The hub refused the sign-in: {0}").format(
        v.get("message", ""))

