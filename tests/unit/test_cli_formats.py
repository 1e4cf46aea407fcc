"""The command's dates, amounts and durations (carecenter/formats.py, Babel): the same
forms as the console's, in English and Italian, in the workstation's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from carecenter import formats

NBSP = "\u00a0"
AT = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)  # noon UTC: the same day everywhere


def _clock(at: datetime) -> str:
    return at.astimezone().strftime("%H:%M")


@pytest.mark.parametrize(("lang", "day", "money", "number", "decimal", "secs"), [
    ("en", "27 Nov 2026", "€1,985.00", "1,234,567", "10.5", "12.3 s"),
    ("it", "27 nov 2026", f"1.985,00{NBSP}€", "1.234.567", "10,5", "12,3 s"),
])
def test_each_formatter(lang: str, day: str, money: str, number: str, decimal: str,
                        secs: str) -> None:
    assert formats.date(AT, lang) == day
    assert formats.date(date(2026, 11, 27), lang) == day
    assert formats.date_time(AT, lang) == f"{day} {_clock(AT)}"
    assert formats.money(198_500, "EUR", lang) == money
    assert formats.number(1_234_567, locale=lang) == number
    assert formats.number(10.5, 1, lang) == decimal
    assert formats.seconds(12.34, lang) == secs


def test_english_by_default_and_iso_text_for_people() -> None:
    assert formats.money(1250) == "€12.50"
    assert formats.date_time(datetime(2026, 11, 27, 12)) == formats.date_time(AT)  # naive: UTC
    assert formats.iso_date_time(AT.isoformat()) == f"27 Nov 2026 {_clock(AT)}"
    assert formats.iso_date_time("not a time") == "not a time"


def test_the_core_module_loads_babel_only_when_used() -> None:
    import subprocess
    import sys

    code = ("import sys, carecenter.commands.demo, carecenter.commands.backup, "
            "carecenter.commands.hub; "
            "print('babel' in sys.modules, 'PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "False"]
