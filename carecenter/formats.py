"""Dates, amounts and durations as the ``carecenter`` command writes them for people.

The console formats through ``ui/widgets/formats.py`` (Qt's QLocale); the core never
imports Qt, so the command formats here, with Babel (the CLDR data QLocale also follows),
in the same forms: ``27 Nov 2026 14:59``, ``€1,985.00`` / ``1.985,00 €``, ``10.5 s``.
The command's sentences are English, so English is the default; times are local.
Machine output (``--json``, CSV, tab-separated ids) keeps ISO text and is not formatted.
Babel is imported on first use: every command module is loaded at start (25 ms saved).
"""

from __future__ import annotations

from datetime import UTC, datetime
from datetime import date as Date  # ``date`` is the formatter below

LOCALE = "en"  # the language of the command's sentences (carecenter/commands/words.py)


def date_time(at: datetime, locale: str = LOCALE) -> str:
    """``27 Nov 2026 14:59`` in the workstation's time zone (a naive time is UTC)."""
    from babel.dates import format_datetime

    local = (at if at.tzinfo is not None else at.replace(tzinfo=UTC)).astimezone()
    return format_datetime(local, "d MMM yyyy HH:mm", tzinfo=local.tzinfo, locale=locale)


def date(at: datetime | Date, locale: str = LOCALE) -> str:
    """``27 Nov 2026``."""
    from babel.dates import format_date

    day = at.astimezone().date() if isinstance(at, datetime) and at.tzinfo else at
    return format_date(day, "d MMM yyyy", locale=locale)


def number(value: float, decimals: int = 0, locale: str = LOCALE) -> str:
    """``1,234,567`` / ``1.234.567``; ``10.5`` / ``10,5`` with ``decimals=1``."""
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, pattern, locale=locale)


def money(cents: int, currency: str = "EUR", locale: str = LOCALE) -> str:
    """``€1,985.00`` / ``1.985,00 €`` (money is integer cents plus a currency)."""
    from babel.numbers import format_currency

    return format_currency(cents / 100, currency, locale=locale)


def seconds(value: float, locale: str = LOCALE) -> str:
    """``12.3 s`` (how long a command took)."""
    return f"{number(value, 1, locale)} s"


def iso_date_time(text: str, locale: str = LOCALE) -> str:
    """An ISO date-time read from a file (a backup's ``taken_at``) for people; the text
    as it is when it is not one."""
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        return text
    return date_time(at, locale)
