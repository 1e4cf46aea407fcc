"""Turning one cell of an import file into a stored value, or the problem it has.

Dates are ISO (``1980-12-31``) or day first as Italian offices write them (``31/12/1980``,
``31.12.1980``); times likewise (``2026-12-05T14:30``, ``05/12/2026 14:30``). A time
without an offset is the workstation's local time (``local_zone`` names it), a date alone
is midnight there. Nothing may be more than a day in the future (``Limits``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from carecenter.services.customers.phones import to_e164
from carecenter.services.imports.problems import Code, Problem, RowError, problem
from carecenter.services.imports.vocabulary import LANGUAGES, fold

MIN_YEAR = 1900
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_MONEY = re.compile(r"^(?:€|EUR)?\s*(\d{1,9})(?:[.,](\d{1,2}))?\s*(?:€|EUR)?$", re.IGNORECASE)
_DAY_FIRST = re.compile(
    r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$")
_LANGUAGE = re.compile(r"^[a-z]{2}$")
T = TypeVar("T")
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Limits:
    """The latest date and moment a file may hold: a day after the import started."""

    latest_day: date
    latest_text: str  # the latest moment as the store keeps it (lexical order is time order)

    @staticmethod
    def now() -> Limits:
        latest = datetime.now(UTC) + timedelta(days=1)
        return Limits(latest.astimezone().date(), stored(latest))


def stored(at: datetime) -> str:
    """An aware moment as the store keeps it (carecenter.db.base.to_text)."""
    return at.astimezone(UTC).isoformat(timespec="microseconds")[:26] + "Z"


def local_zone() -> str:
    """The workstation's time zone as a person reads it: ``CET, UTC+01:00``."""
    now = datetime.now().astimezone()
    offset = now.strftime("%z")
    return f"{now.tzname()}, UTC{offset[:3]}:{offset[3:]}"


def text(value: str, column: str, max_len: int) -> str | None:
    value = value.strip()
    if not value:
        return None
    if len(value) > max_len:
        raise RowError(problem(Code.TOO_LONG, column, value, max_len))
    return value


def required(value: str, column: str, max_len: int) -> str:
    out = text(value, column, max_len)
    if out is None:
        raise RowError(problem(Code.EMPTY, column))
    return out


def choice(value: str, column: str, allowed: type[StrEnum] | tuple[str, ...],
           words: dict[str, str] | None = None) -> str | None:
    """A code from a fixed list, or one of its ``words`` (folded); blank gives None."""
    key = fold(value)
    if not key:
        return None
    names = tuple(allowed) if isinstance(allowed, tuple) else tuple(m.value for m in allowed)
    if words is not None and key in words:
        return words[key]
    if key not in names:
        raise RowError(problem(Code.NOT_ONE_OF, column, value.strip(), "|".join(names)))
    return key


def required_choice(value: str, column: str, allowed: type[StrEnum] | tuple[str, ...],
                    words: dict[str, str] | None = None) -> str:
    out = choice(value, column, allowed, words)
    if out is None:
        raise RowError(problem(Code.EMPTY, column))
    return out


def language(value: str) -> str | None:
    """A two-letter code (``it``) or a language's name in English or Italian."""
    key = fold(value)
    if not key:
        return None
    if key in LANGUAGES:
        return LANGUAGES[key]
    if not _LANGUAGE.match(key):
        raise RowError(problem(Code.NOT_LANGUAGE, "language", value.strip()))
    return key


def _day_first(value: str) -> tuple[date, tuple[int, int, int] | None] | None:
    m = _DAY_FIRST.match(value)
    if m is None:
        return None
    day, month, year, hour, minute, second = m.groups()
    try:
        when = date(int(year), int(month), int(day))
    except ValueError:
        return None
    if hour is None:
        return when, None
    return when, (int(hour), int(minute), int(second or 0))


def a_date(value: str, column: str, limits: Limits | None = None) -> date | None:
    value = value.strip()
    if not value:
        return None
    found = _day_first(value)
    if found is not None and found[1] is None:
        out = found[0]
    else:
        try:
            out = date.fromisoformat(value)
        except ValueError:
            raise RowError(problem(Code.NOT_DATE, column, value)) from None
    if out.year < MIN_YEAR:
        raise RowError(problem(Code.TOO_OLD, column, value, MIN_YEAR))
    if limits is not None and out > limits.latest_day:
        raise RowError(problem(Code.IN_FUTURE, column, value))
    return out


iso_date = a_date  # the stored form is ISO: read back with the same parser


def instant(value: str, column: str, limits: Limits | None = None) -> datetime:
    """A date or date-time, ISO or day first; without an offset, local time (UTC out)."""
    value = value.strip()
    if not value:
        raise RowError(problem(Code.EMPTY, column))
    found = _day_first(value)
    try:
        if found is not None:
            day, clock = found
            out = datetime(day.year, day.month, day.day, *(clock or (0, 0, 0)))
        elif len(value) <= 10:
            out = datetime.combine(date.fromisoformat(value), datetime.min.time())
        else:
            out = datetime.fromisoformat(value)
    except ValueError:
        raise RowError(problem(Code.NOT_INSTANT, column, value)) from None
    if out.year < MIN_YEAR:
        raise RowError(problem(Code.TOO_OLD, column, value, MIN_YEAR))
    try:
        out = out.astimezone(UTC)  # a naive time is taken as local time
    except (OverflowError, OSError):  # before the platform's epoch: as UTC
        out = out.replace(tzinfo=out.tzinfo or UTC).astimezone(UTC)
    if limits is not None and stored(out) > limits.latest_text:
        raise RowError(problem(Code.IN_FUTURE, column, value))
    return out


# The date and time parts of plain ``2024-03-31T14:05:00`` values already checked: the
# rows of a file share a few thousand days and at most 86,400 times of day, so most rows
# are checked by two set lookups (the parse and print-back were half of checking a row).
# The local offset is kept by hour (``2024-03-31T14``): zones change on the hour.
_CHECKED_DAYS: set[str] = set()
_CHECKED_TIMES: set[str] = set()
_OFFSETS: dict[str, timedelta] = {}
_KEPT_DAYS = 200_000
_ZERO = timedelta()


def new_import() -> None:
    """Forget the offsets kept by hour: the zone may have changed since the last import."""
    _OFFSETS.clear()


def instant_text(value: str, column: str, limits: Limits) -> str:
    """``instant`` as the store keeps it (carecenter.db.base.to_text), for bulk writes.
    The common ``2024-03-31T14:05:00`` is checked by the same parser and, where the local
    offset is zero, written by slicing, without a datetime made and printed again."""
    if len(value) == 19 and value[10] == "T":
        plain = value[:10] in _CHECKED_DAYS and value[11:] in _CHECKED_TIMES
        if not plain:
            try:
                made = datetime.fromisoformat(value)
            except ValueError:
                made = None
            # Printed back the same: plain calendar form, no offset, no second fraction.
            if made is not None and made.year >= MIN_YEAR and made.isoformat() == value:
                plain = True
                if len(_CHECKED_DAYS) < _KEPT_DAYS:
                    _CHECKED_DAYS.add(value[:10])
                _CHECKED_TIMES.add(value[11:])
        if plain:
            offset = _OFFSETS.get(value[:13])
            if offset is None:
                hour = datetime.fromisoformat(value[:13] + ":00:00").astimezone()
                offset = _OFFSETS[value[:13]] = hour.utcoffset() or _ZERO
            if offset:
                out = (datetime.fromisoformat(value) - offset).isoformat() + ".000000Z"
            else:
                out = f"{value}.000000Z"
            if out > limits.latest_text:
                raise RowError(problem(Code.IN_FUTURE, column, value))
            return out
    return stored(instant(value, column, limits))


def whole(value: str, column: str) -> int | None:
    value = value.strip()
    if not value:
        return None
    if not value.isdigit() or len(value) > 9:
        raise RowError(problem(Code.NOT_WHOLE, column, value))
    return int(value)


def cents(value: str, column: str) -> int:
    """An amount in euro (``12.50``, ``12,50``, ``€ 12``) as integer cents."""
    value = value.strip()
    if not value:
        raise RowError(problem(Code.EMPTY, column))
    m = _MONEY.match(value)
    if not m:
        raise RowError(problem(Code.NOT_AMOUNT, column, value))
    return int(Decimal(f"{m.group(1)}.{m.group(2) or '0'}") * 100)


def phones(value: str, region: str) -> tuple[str, ...]:
    """``|``-separated phone numbers in any format, as E.164, duplicates dropped."""
    out: list[str] = []
    for raw in value.split("|"):
        part = raw.strip()
        if not part:
            continue
        e164 = to_e164(part, region)
        if e164 is None:
            raise RowError(problem(Code.NOT_PHONE, "phone", part, region))
        if e164 not in out:
            out.append(e164)
    return tuple(out)


def emails(value: str) -> tuple[str, ...]:
    """``|``-separated e-mail addresses, lower-cased, duplicates dropped."""
    out: list[str] = []
    for raw in value.split("|"):
        part = raw.strip().lower()
        if not part:
            continue
        if len(part) > 254 or not _EMAIL.match(part):
            raise RowError(problem(Code.NOT_EMAIL, "email", part))
        if part not in out:
            out.append(part)
    return tuple(out)


def codes(value: str, column: str, allowed: type[StrEnum], max_len: int,
          words: dict[str, str] | None = None) -> str | None:
    """``|``- or space-separated codes from a fixed list, stored ``|``-joined."""
    parts = [p for p in re.split(r"[|\s,]+", value) if p.strip()]
    if not parts:
        return None
    out = "|".join(dict.fromkeys(required_choice(p, column, allowed, words) for p in parts))
    if len(out) > max_len:
        raise RowError(problem(Code.TOO_LONG, column, value, max_len))
    return out


class Checks:
    """Every problem of a row: ``take`` runs one check and keeps its problems, ``done``
    raises them all at once."""

    __slots__ = ("problems",)

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def take(self, check: Callable[..., T], *args: Any) -> T | None:
        try:
            return check(*args)
        except RowError as exc:
            self.problems.extend(exc.problems)
            return None

    def done(self) -> None:
        if self.problems:
            raise RowError(*self.problems)


def control_problems(cells: list[str], names: list[str]) -> list[Problem]:
    """A control character (NUL and the like; tab and line breaks are text) in a cell."""
    out: list[Problem] = []
    for cell, name in zip(cells, names, strict=False):
        m = CONTROL.search(cell)
        if m is not None:
            out.append(problem(Code.CONTROL_CHARACTER, name, cell,
                               f"U+{ord(m.group()):04X}"))
    return out
