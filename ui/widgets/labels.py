"""Domain codes (carecenter.domain) as translated words: the one place that does it.

Each function builds its table at call time so the words follow the current language.
An unknown code (a newer workstation synced it in) is shown as it is, never dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carecenter.domain import Channel, Direction, Outcome, Team, Tier


def channel(code: str | None) -> str:
    words: dict[str, str] = {
        Channel.PHONE: QCoreApplication.translate("labels", "Phone"),
        Channel.COUNTER: QCoreApplication.translate("labels", "Counter"),
        Channel.EMAIL: QCoreApplication.translate("labels", "Email"),
        Channel.SMS: QCoreApplication.translate("labels", "SMS"),
        Channel.CHAT: QCoreApplication.translate("labels", "Chat"),
        Channel.LETTER: QCoreApplication.translate("labels", "Letter"),
    }
    return words.get(code or "", code or "")


def team(code: str | None) -> str:
    words: dict[str, str] = {
        Team.SERVICE: QCoreApplication.translate("labels", "Service"),
        Team.MARKETING: QCoreApplication.translate("labels", "Marketing"),
        Team.SALES: QCoreApplication.translate("labels", "Sales"),
        Team.STORE: QCoreApplication.translate("labels", "Store"),
    }
    return words.get(code or "", code or "")


def direction(code: str | None) -> str:
    words: dict[str, str] = {
        Direction.INBOUND: QCoreApplication.translate("labels", "Inbound"),
        Direction.OUTBOUND: QCoreApplication.translate("labels", "Outbound"),
    }
    return words.get(code or "", code or "")


def outcome(code: str | None) -> str:
    words: dict[str, str] = {
        Outcome.REACHED: QCoreApplication.translate("labels", "Reached"),
        Outcome.NO_ANSWER: QCoreApplication.translate("labels", "No answer"),
        Outcome.BUSY: QCoreApplication.translate("labels", "Busy"),
        Outcome.DECLINED: QCoreApplication.translate("labels", "Declined"),
        Outcome.ACCEPTED: QCoreApplication.translate("labels", "Accepted"),
        Outcome.CALLBACK: QCoreApplication.translate("labels", "Call back"),
        Outcome.WRONG_NUMBER: QCoreApplication.translate("labels", "Wrong number"),
        Outcome.OPTED_OUT: QCoreApplication.translate("labels", "Opted out"),
        Outcome.RESOLVED: QCoreApplication.translate("labels", "Resolved"),
        Outcome.INFO: QCoreApplication.translate("labels", "Information"),
        Outcome.MERGED: QCoreApplication.translate("labels", "Merged"),
    }
    return words.get(code or "", code or "")


def tier(code: str | None) -> str:
    words: dict[str, str] = {
        Tier.STANDARD: QCoreApplication.translate("labels", "Standard"),
        Tier.SILVER: QCoreApplication.translate("labels", "Silver"),
        Tier.GOLD: QCoreApplication.translate("labels", "Gold"),
        Tier.PLATINUM: QCoreApplication.translate("labels", "Platinum"),
    }
    return words.get(code or "", code or "")


def language(code: str | None) -> str:
    words: dict[str, str] = {
        "it": QCoreApplication.translate("labels", "Italian"),
        "en": QCoreApplication.translate("labels", "English"),
        "de": QCoreApplication.translate("labels", "German"),
        "fr": QCoreApplication.translate("labels", "French"),
        "es": QCoreApplication.translate("labels", "Spanish"),
    }
    key = (code or "").split("-")[0].split("_")[0].lower()
    return words.get(key, code or "")


def event(kind: str) -> str:
    """Timeline rows that are not contacts."""
    words = {
        "merge": QCoreApplication.translate("labels", "Records merged"),
        "unmerge": QCoreApplication.translate("labels", "Merge undone"),
        "contact": QCoreApplication.translate("labels", "Contact"),
    }
    return words.get(kind, kind)


def match(code: str) -> str:
    """How a search hit matched what was typed."""
    words: dict[str, str] = {
        "phone": QCoreApplication.translate("labels", "phone number"),
        "ref": QCoreApplication.translate("labels", "customer number"),
        "email": QCoreApplication.translate("labels", "email"),
        "text": QCoreApplication.translate("labels", "name"),
    }
    return words.get(code, code)


TEAMS: tuple[str, ...] = tuple(t.value for t in Team)
CHANNELS: tuple[str, ...] = tuple(c.value for c in Channel)
