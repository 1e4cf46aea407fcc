"""How the store writes an instant as text, and reads it back: no SQLAlchemy here, so
the search (plain SQL) can read dates without loading the ORM."""

from __future__ import annotations

from datetime import UTC, datetime


def to_text(value: datetime) -> str:
    """UTC instant as fixed-width ISO text, so text order is time order."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_text(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)


def utc_text(at: datetime) -> str:
    """The stored text of an aware UTC instant (as ``to_text``, faster)."""
    return at.isoformat(timespec="microseconds")[:26] + "Z"
