"""Turning one cell of an import file into a stored value, or a reason it cannot be."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from carecenter.services.customers.phones import to_e164

MIN_YEAR = 1900
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_MONEY = re.compile(r"^(?:€|EUR)?\s*(\d{1,9})(?:[.,](\d{1,2}))?\s*(?:€|EUR)?$", re.IGNORECASE)


class RowError(Exception):
    """This row cannot be imported; ``reason`` says why in a few words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def text(value: str, column: str, max_len: int) -> str | None:
    value = value.strip()
    if not value:
        return None
    if len(value) > max_len:
        raise RowError(f"{column} is longer than {max_len} characters")
    return value


def required(value: str, column: str, max_len: int) -> str:
    out = text(value, column, max_len)
    if out is None:
        raise RowError(f"{column} is empty")
    return out


def choice(value: str, column: str, allowed: type[StrEnum] | tuple[str, ...]) -> str | None:
    """A code from a fixed list, case-insensitive; blank gives None."""
    value = value.strip().lower()
    if not value:
        return None
    names = tuple(allowed) if isinstance(allowed, tuple) else tuple(m.value for m in allowed)
    if value not in names:
        raise RowError(f"{column} {value!r} is not one of {', '.join(names)}")
    return value


def required_choice(value: str, column: str, allowed: type[StrEnum] | tuple[str, ...]) -> str:
    out = choice(value, column, allowed)
    if out is None:
        raise RowError(f"{column} is empty")
    return out


def iso_date(value: str, column: str) -> date | None:
    value = value.strip()
    if not value:
        return None
    try:
        out = date.fromisoformat(value)
    except ValueError:
        raise RowError(f"{column} {value!r} is not a date like 2024-03-31") from None
    if out.year < MIN_YEAR:
        raise RowError(f"{column} {value!r} is before {MIN_YEAR}")
    return out


def instant(value: str, column: str) -> datetime:
    """ISO 8601 date or date-time. A date is midnight UTC; a time without offset is UTC."""
    value = value.strip()
    if not value:
        raise RowError(f"{column} is empty")
    try:
        if len(value) <= 10:
            out = datetime.combine(date.fromisoformat(value), time(), UTC)
        else:
            out = datetime.fromisoformat(value)
    except ValueError:
        raise RowError(
            f"{column} {value!r} is not an ISO 8601 date or date-time like "
            "2024-03-31T14:05:00") from None
    if out.year < MIN_YEAR:
        raise RowError(f"{column} {value!r} is before {MIN_YEAR}")
    if out.tzinfo is None:
        return out.replace(tzinfo=UTC)
    return out.astimezone(UTC)


# The date and time parts of plain ``2024-03-31T14:05:00`` values already checked: the
# rows of a file share a few thousand days and at most 86,400 times of day, so most rows
# are checked by two set lookups (the parse and print-back were half of checking a row).
_CHECKED_DAYS: set[str] = set()
_CHECKED_TIMES: set[str] = set()
_KEPT_DAYS = 200_000


def instant_text(value: str, column: str) -> str:
    """``instant`` as the store keeps it (carecenter.db.base.to_text), for bulk writes.
    The common ``2024-03-31T14:05:00`` (UTC) is checked by the same parser and written
    by slicing, without a datetime made and printed again for each row."""
    if len(value) == 19:
        if value[:10] in _CHECKED_DAYS and value[11:] in _CHECKED_TIMES and value[10] == "T":
            return f"{value}.000000Z"
        try:
            plain = datetime.fromisoformat(value)
        except ValueError:
            plain = None
        # Printed back the same: plain calendar form, no offset, no second fraction.
        if plain is not None and plain.year >= MIN_YEAR and plain.isoformat() == value:
            if len(_CHECKED_DAYS) < _KEPT_DAYS:
                _CHECKED_DAYS.add(value[:10])
            _CHECKED_TIMES.add(value[11:])
            return f"{value}.000000Z"
    at = instant(value, column)
    return at.isoformat(timespec="microseconds")[:26] + "Z"


def whole(value: str, column: str) -> int | None:
    value = value.strip()
    if not value:
        return None
    if not value.isdigit() or len(value) > 9:
        raise RowError(f"{column} {value!r} is not a whole number of 0 or more")
    return int(value)


def cents(value: str, column: str) -> int:
    """An amount in euro (``12.50``, ``12,50``, ``€ 12``) as integer cents."""
    value = value.strip()
    if not value:
        raise RowError(f"{column} is empty")
    m = _MONEY.match(value)
    if not m:
        raise RowError(f"{column} {value!r} is not an amount in euro like 12.50")
    try:
        amount = Decimal(f"{m.group(1)}.{m.group(2) or '0'}")
    except InvalidOperation:  # pragma: no cover - the pattern only lets digits through
        raise RowError(f"{column} {value!r} is not an amount in euro like 12.50") from None
    return int(amount * 100)


def phones(value: str, region: str) -> tuple[str, ...]:
    """``|``-separated phone numbers in any format, as E.164, duplicates dropped."""
    out: list[str] = []
    for raw in value.split("|"):
        part = raw.strip()
        if not part:
            continue
        e164 = to_e164(part, region)
        if e164 is None:
            raise RowError(f"phone {part!r} is not a phone number (region {region})")
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
            raise RowError(f"email {part!r} is not an e-mail address")
        if part not in out:
            out.append(part)
    return tuple(out)


def codes(value: str, column: str, allowed: type[StrEnum], max_len: int) -> str | None:
    """``|``- or space-separated codes from a fixed list, stored ``|``-joined."""
    parts = [p.strip().lower() for p in re.split(r"[|\s]+", value) if p.strip()]
    if not parts:
        return None
    names = tuple(m.value for m in allowed)
    for p in parts:
        if p not in names:
            raise RowError(f"{column} {p!r} is not one of {', '.join(names)}")
    out = "|".join(dict.fromkeys(parts))
    if len(out) > max_len:
        raise RowError(f"{column} is longer than {max_len} characters")
    return out
