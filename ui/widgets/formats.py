"""Dates, times, numbers, money and durations as the agent reads them: the one place.

Every value is written in the console's language: the ``QLocale`` that
``ui.shell.i18n.set_language`` makes the default with the translation it loads. Times
are shown in the workstation's time zone. Nothing else in ``ui/`` formats a date or a
number by hand (``tests/ui/test_formats.py`` greps for it).
"""

from __future__ import annotations

from datetime import date as Date  # ``date`` is the formatter below
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF"}

DAY_MONTH = "d MMM"  # a chart's axis of weeks (QDateTimeAxis.setFormat)
AXIS_WHOLE = "%.0f"  # a chart's axis of whole numbers (Qt Charts' printf format)
# The editor of a date and time (QDateTimeEdit): numbers typed day first in every language.
DATE_TIME_EDIT = "ddd dd/MM/yyyy  HH:mm"
TIME_EDIT = "HH:mm"

translate = QCoreApplication.translate


def locale() -> QLocale:
    """The console's language (the default QLocale that i18n installs with its .qm)."""
    return QLocale()


def _qdatetime(at: datetime) -> QDateTime:
    dt = QDateTime.fromMSecsSinceEpoch(int(at.timestamp() * 1000), QTimeZone.utc())
    return dt.toLocalTime()


def _qdate(at: datetime | Date) -> QDate:
    if isinstance(at, datetime):
        return _qdatetime(at).date()
    return QDate(at.year, at.month, at.day)


def date_time(at: datetime) -> str:
    """``27 Nov 2026 14:59`` (timeline, decisions, review)."""
    return locale().toString(_qdatetime(at), "d MMM yyyy HH:mm")


def date(at: datetime | Date) -> str:
    """``27 Nov 2026`` / ``27 nov 2026`` (banner, picker, offers, birth dates)."""
    return locale().toString(_qdate(at), "d MMM yyyy")


def day_month(at: datetime | Date) -> str:
    """``27 Nov`` (weeks of the supervisor and coaching views)."""
    return locale().toString(_qdate(at), DAY_MONTH)


def weekday_date_time(at: datetime) -> str:
    """``Fri 27 Nov 10:00`` (a promise or follow-up due)."""
    return locale().toString(_qdatetime(at), "ddd d MMM HH:mm")


def time(at: datetime, *, seconds: bool = False) -> str:
    """``14:59`` or ``14:59:07`` (the 24-hour clock in every language, as elsewhere)."""
    t = _qdatetime(at).time()
    return locale().toString(QTime(t.hour(), t.minute(), t.second()),
                             "HH:mm:ss" if seconds else "HH:mm")


def days_ago(n: int) -> str:
    """``today``, ``yesterday``, ``3 days ago``."""
    if n == 0:
        return translate("Formats", "today")
    if n == 1:
        return translate("Formats", "yesterday")
    return translate("Formats", "{0} days ago").format(number(n))


def number(value: float, decimals: int = 0) -> str:
    """``1,985`` / ``1.985``; ``10.5`` / ``10,5``: always with thousands separators.

    Qt leaves out the separator of a four-digit number in Italian ("1985"), which reads
    wrong next to "12.500": the grouping is done here, every digit group, every language.
    """
    loc = locale()
    text = f"{abs(value):,.{decimals}f}"
    whole, _, frac = text.partition(".")
    out = whole.replace(",", loc.groupSeparator())
    if frac:
        out += loc.decimalPoint() + frac
    return loc.negativeSign() + out if value < 0 and round(abs(value), decimals) else out


def percent(share: float | None) -> str:
    """``75%`` for 0.75; a dash when there is nothing to count."""
    if share is None:
        return "—"
    return number(round(share * 100)) + locale().percent()


def money(cents: int, currency: str = "EUR") -> str:
    """``€1,985.00`` / ``1.985,00 €`` as the console's language writes money."""
    loc = locale()
    amount = cents / 100
    plain = loc.toString(abs(amount), "f", 2)  # the number as Qt writes it, to swap out
    text = loc.toCurrencyString(amount, CURRENCY_SYMBOLS.get(currency, currency), 2)
    return text.replace(plain, number(abs(amount), 2), 1)


def duration(seconds: float) -> str:
    """``5.5 hours`` up to three days, then ``10.5 days`` (``10,5 giorni``)."""
    if seconds < 72 * 3600:
        return translate("Formats", "{0} hours").format(number(seconds / 3600, 1))
    return translate("Formats", "{0} days").format(number(seconds / 86400, 1))


def call_length(seconds: int | None) -> str:
    """``4:05`` (minutes and seconds of a call); empty when unknown."""
    if not seconds:
        return ""
    minutes, secs = divmod(int(seconds), 60)
    return number(minutes) + ":" + str(secs).zfill(2)


def birth_date_input(value: Date | None) -> str:
    """A birth date as the customer forms take it back: ``31/12/1980``."""
    if value is None:
        return ""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def window(starts: datetime, ends: datetime, now: datetime) -> str:
    """A promised window: ``16:00–17:00 today``, ``… tomorrow`` or ``21 Nov 2026 16:00–17:00``."""
    a, b, today = starts.astimezone(), ends.astimezone(), now.astimezone().date()
    hours = f"{time(starts)}–{time(ends)}"
    if today in (a.date(), b.date()):  # also a window across midnight
        return translate("Formats", "{0} today").format(hours)
    if a.date() == today + timedelta(days=1):
        return translate("Formats", "{0} tomorrow").format(hours)
    return f"{date(starts)} {hours}"
