"""Column values to and from their JSON form (as carried by ops and pulls)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, Table

from carecenter.db.base import UTCDateTime, from_text, jsonable


def _date(v: Any) -> Any:
    return date.fromisoformat(v) if isinstance(v, str) else v


def _dt(v: Any) -> Any:
    return from_text(v) if isinstance(v, str) else v


def _bool(v: Any) -> Any:
    return None if v is None else bool(v)


def _same(v: Any) -> Any:
    return v


@cache
def decoders(table: Table) -> dict[str, Callable[[Any], Any]]:
    """For each column of ``table``: JSON value -> the value to bind."""
    out: dict[str, Callable[[Any], Any]] = {}
    for c in table.columns:
        if isinstance(c.type, UTCDateTime):
            out[c.name] = _dt
        elif isinstance(c.type, Date):
            out[c.name] = _date
        elif isinstance(c.type, Boolean):
            out[c.name] = _bool
        else:
            out[c.name] = _same
    return out


def encode(value: Any) -> Any:
    """A column value as its JSON form (dates and datetimes as ISO text)."""
    return jsonable(value)
