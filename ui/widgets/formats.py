"""Times and money as the agent reads them: the one place that formats them.

Times are shown in the workstation's time zone, in the current locale's words.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTimeZone

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
