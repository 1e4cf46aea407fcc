"""Times and money as the agent reads them: the one place that formats them.

Times are shown in the workstation's time zone, in the current locale's words.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTimeZone

CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF"}


def date_time(at: datetime) -> str:
    """``21 Nov 2026 14:59`` (timeline, decisions, review)."""
    dt = QDateTime.fromMSecsSinceEpoch(int(at.timestamp() * 1000), QTimeZone.utc())
    return QLocale().toString(dt.toLocalTime(), "d MMM yyyy HH:mm")


def date(at: datetime) -> str:
    """``21 Nov 2026`` (banner)."""
    return QLocale().toString(QDate(*at.astimezone().timetuple()[:3]), "d MMM yyyy")


def money(cents: int, currency: str = "EUR") -> str:
    """``12,50 €`` / ``€12.50`` as the current locale writes money."""
    return QLocale().toCurrencyString(cents / 100, CURRENCY_SYMBOLS.get(currency, currency), 2)


def window(starts: datetime, ends: datetime, now: datetime) -> str:
    """A promised window: ``16:00–17:00 today``, ``… tomorrow`` or ``21 Nov 16:00–17:00``."""
    a, b, today = starts.astimezone(), ends.astimezone(), now.astimezone().date()
    hours = f"{a:%H:%M}–{b:%H:%M}"
    if today in (a.date(), b.date()):  # also a window across midnight
        return QCoreApplication.translate("Formats", "{0} today").format(hours)
    if a.date() == today + timedelta(days=1):
        return QCoreApplication.translate("Formats", "{0} tomorrow").format(hours)
    return f"{date(starts)} {hours}"
