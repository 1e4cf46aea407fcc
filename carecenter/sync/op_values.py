"""The pure checks of one op's values, shared by the hub and the workstation.

Everything is derived from the SQLAlchemy models (``SYNCED_MODELS``), so the hub and the
desk cannot drift: a table must be a synced model; a field one of its columns, except the
bookkeeping ``hlc``, ``site`` and ``clocks`` (``id`` only equal to the row's id); the
kind ``insert``, ``update`` or ``delete``; row and op ids canonical UUID text (36
characters, lower-case hex, any version). Values by column type:

- ``String(n)``: text of at most ``n`` characters; ``Text``: text of at most
  ``TEXT_LIMIT`` (100,000) characters, enough for a whole published playbook;
- ``Integer``: a whole number (not a flag) in the signed 32-bit range; ``BigInteger``:
  the signed 64-bit range;
- ``Boolean``: ``true`` or ``false``; ``UTCDateTime``: ISO text with a time zone that
  ``carecenter.db.base.from_text`` reads, years 1900 to 9999 (the store's fixed-width
  text needs four digits); ``Date``: ISO date text (``YYYY-MM-DD``);
- ``JSON``: any JSON value (no NaN or infinity) of at most ``JSON_LIMIT`` characters;
- no text anywhere may hold a NUL character or a lone surrogate (PostgreSQL and UTF-8
  take neither);
- a nullable column takes ``None``; a non-nullable one does not;
- the columns holding codes of ``carecenter.domain`` (``ENUMS``) take only those codes.

An update of an append-only table (``APPEND``: a model whose ``KIND`` is ``"append"``)
is refused, except the fields the model lists in ``FORWARD_FIELDS``. Each field's clock
must be a whole number in ``[0, 2**63)`` and no more than ``CLOCK_LIMIT_MS`` ahead of the
hub's clock.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Date, Integer, String, Table, Text

from carecenter import domain as d
from carecenter.clock import hlc_ms
from carecenter.db.base import UTCDateTime, from_text, table_of
from carecenter.db.models import SYNCED_MODELS
from carecenter.services.decisions.units import UNITS
from carecenter.sync.protocol import CLOCK_LIMIT_MS, Op
from carecenter.sync.refusals import Refusal, RefusalCode

TEXT_LIMIT = 100_000
JSON_LIMIT = 100_000
BOOKKEEPING = frozenset({"hlc", "site", "clocks"})
KINDS = ("insert", "update", "delete")
MODELS = {m.__tablename__: m for m in SYNCED_MODELS}
APPEND = frozenset(n for n, m in MODELS.items() if m.KIND == "append")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_INT32 = 2**31
_INT64 = 2**63


def _codes(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(e.value for e in enum)


# The columns that hold a code of carecenter.domain (or of a service's own code list).
ENUMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("agent", "role"): _codes(d.Role),
    ("authority_policy", "role"): _codes(d.Role),
    ("remedy", "unit"): UNITS,
    ("customer", "tier"): _codes(d.Tier),
    ("consent_event", "channel"): _codes(d.ConsentChannel),
    ("consent_event", "purpose"): _codes(d.Purpose),
    ("contact", "channel"): _codes(d.Channel),
    ("contact", "direction"): _codes(d.Direction),
    ("contact", "team"): _codes(d.Team),
    ("contact", "outcome"): _codes(d.Outcome),
    ("case", "status"): _codes(d.CaseStatus),
    ("case", "severity"): _codes(d.Severity),
    ("decision", "authority_state"): _codes(d.AuthorityState),
    ("review_note", "kind"): _codes(d.ReviewKind),
    ("follow_up", "reason"): _codes(d.FollowUpReason),
    ("follow_up", "status"): _codes(d.FollowUpStatus),
    ("follow_up", "outcome"): _codes(d.FollowUpOutcome),
    ("merge", "kind"): _codes(d.MergeKind),
    ("offer", "status"): _codes(d.OfferStatus),
    ("campaign", "status"): _codes(d.CampaignStatus),
    ("call_list_entry", "status"): ("pending", "calling", "called"),
    ("sync_conflict", "kind"): ("field", "duplicate", "delete"),
    ("conflict_resolution", "chosen"): ("kept", "lost"),
    ("appointment", "status"): _codes(d.AppointmentStatus),
}


@dataclass(frozen=True, slots=True)
class Spec:
    """What one column takes: ``kind`` (a word of ``BAD_TYPE``'s ``expected``), the most
    characters (text) or the bound of ``abs`` (whole numbers), nullable, allowed codes."""

    kind: str
    limit: int
    nullable: bool
    allowed: tuple[str, ...] = ()


def _spec(table: str, col: Any) -> Spec:
    t = col.type
    nullable = bool(col.nullable)
    allowed = ENUMS.get((table, col.name), ())
    if isinstance(t, UTCDateTime):
        return Spec("an instant (ISO text with a time zone)", 40, nullable)
    if isinstance(t, Boolean):
        return Spec("true or false", 0, nullable)
    if isinstance(t, Date):
        return Spec("a date (ISO text)", 10, nullable)
    if isinstance(t, BigInteger):
        return Spec("a whole number", _INT64, nullable)
    if isinstance(t, Integer):
        return Spec("a whole number", _INT32, nullable)
    if isinstance(t, JSON):
        return Spec("a JSON value", JSON_LIMIT, nullable)
    if isinstance(t, String) and not isinstance(t, Text) and t.length:
        return Spec("text", t.length, nullable, allowed)
    return Spec("text", TEXT_LIMIT, nullable, allowed)


@cache
def specs(table: str) -> dict[str, Spec]:
    """The fields an op of ``table`` may carry (``id`` included) and what each takes."""
    t: Table = table_of(MODELS[table])
    return {c.name: _spec(table, c) for c in t.columns if c.name not in BOOKKEEPING}


@cache
def required(table: str) -> tuple[str, ...]:
    """The fields a new row of ``table`` must have (its non-nullable columns)."""
    return tuple(n for n, s in specs(table).items() if not s.nullable and n != "id")


def forward_fields(table: str) -> frozenset[str]:
    out: frozenset[str] = getattr(MODELS[table], "FORWARD_FIELDS", frozenset())
    return out


def is_uuid(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 36 and _UUID.match(value) is not None


def _bad_text(s: str) -> bool:
    if "\x00" in s:
        return True
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _json_text(value: Any) -> str | None:
    """``value`` as JSON text, or None when it is no JSON value (NaN, a set, too deep)."""
    try:
        text = json.dumps(value, allow_nan=False, ensure_ascii=False)
        text.encode("utf-8")
    except (TypeError, ValueError, RecursionError):
        return None
    return text


def _well_formed(kind: str, value: str) -> bool:
    """An instant is ISO text with a time and a zone, years 1900-9999; a date is
    YYYY-MM-DD."""
    try:
        if kind.startswith("an instant"):
            aware = datetime.fromisoformat(value.replace("Z", "+00:00")).tzinfo is not None
            return aware and "T" in value and 1900 <= from_text(value).year <= 9999
        date.fromisoformat(value)
    except (ValueError, OverflowError):
        return False
    return len(value) == 10


def value_refusal(table: str, name: str, spec: Spec, value: Any) -> Refusal | None:
    """Why ``value`` cannot go in ``table.name`` (None: it can)."""
    def bad_type() -> Refusal:
        return Refusal(RefusalCode.BAD_TYPE, table=table,
                       values={"field": name, "expected": spec.kind})

    def bad_value(shown: Any) -> Refusal:
        return Refusal(RefusalCode.BAD_VALUE, table=table,
                       values={"field": name, "value": shown, "allowed": list(spec.allowed)})

    if value is None:
        return None if spec.nullable else bad_type()
    kind = spec.kind
    if kind == "true or false":
        return None if isinstance(value, bool) else bad_type()
    if kind == "a whole number":
        if not isinstance(value, int) or isinstance(value, bool):
            return bad_type()
        return None if -spec.limit <= value < spec.limit else bad_value(value)
    if kind == "a JSON value":
        text = _json_text(value)
        if text is None:
            return bad_type()
        if len(text) > spec.limit:
            return Refusal(RefusalCode.TOO_LONG, table=table,
                           values={"field": name, "limit": spec.limit, "length": len(text)})
        return bad_value(text[:80]) if "\\u0000" in json.dumps(value) else None
    if not isinstance(value, str):
        return bad_type()
    if len(value) > spec.limit:
        return Refusal(RefusalCode.TOO_LONG, table=table, values={
            "field": name, "limit": spec.limit, "length": len(value)}) if kind == "text" \
            else bad_type()
    if _bad_text(value):
        return bad_value(value.encode("utf-8", "backslashreplace").decode("ascii", "replace")
                         [:80])
    if kind.startswith(("an instant", "a date")):
        return None if _well_formed(kind, value) else bad_type()
    if spec.allowed and value not in spec.allowed:
        return bad_value(value)
    return None


def clock_refusal(table: str, name: str, hlc: Any, now_ms: int | None) -> Refusal | None:
    if not isinstance(hlc, int) or isinstance(hlc, bool) or not 0 <= hlc < _INT64:
        return Refusal(RefusalCode.BAD_CLOCK, table=table, values={"field": name})
    if now_ms is not None and hlc_ms(hlc) - now_ms > CLOCK_LIMIT_MS:
        minutes = math.ceil((hlc_ms(hlc) - now_ms) / 60_000)
        return Refusal(RefusalCode.CLOCK_AHEAD, table=table,
                       values={"field": name, "minutes": minutes})
    return None


def check_values(table: str, kind: str, row_id: str, fields: Mapping[str, Any], *,
                 clocks: Mapping[str, Any] | None = None,
                 now_ms: int | None = None) -> Refusal | None:
    """Why an op writing ``fields`` (``{name: value}``) of ``table``'s row ``row_id``
    is refused, or None. ``clocks`` (``{name: hlc}``) are checked against ``now_ms`` when
    given. The refusal names the table and row, not the op (``refused`` adds it)."""
    r = _check(table, kind, row_id, fields, clocks=clocks, now_ms=now_ms)
    if r is None:
        return None
    return Refusal(r.code, r.op_id, r.table or str(table), str(row_id), r.values)


def _check(table: str, kind: str, row_id: str, fields: Mapping[str, Any], *,
           clocks: Mapping[str, Any] | None, now_ms: int | None) -> Refusal | None:
    if not isinstance(table, str) or table not in MODELS:
        return Refusal(RefusalCode.UNKNOWN_TABLE, values={"table": str(table)[:80]})
    if not isinstance(kind, str) or kind not in KINDS:
        return Refusal(RefusalCode.BAD_KIND, table=table, values={"kind": str(kind)[:80]})
    if not is_uuid(row_id):
        return Refusal(RefusalCode.BAD_ID, table=table, values={"id": str(row_id)[:80]})
    cols = specs(table)
    forward = forward_fields(table)
    for name, value in fields.items():
        if not isinstance(name, str) or name not in cols:
            return Refusal(RefusalCode.UNKNOWN_FIELD, table=table,
                           values={"field": str(name)[:80]})
        if name == "id":
            if value != row_id:
                return Refusal(RefusalCode.BAD_ID, table=table, values={"id": str(value)[:80]})
            continue
        if kind != "insert" and table in APPEND and name not in forward:
            return Refusal(RefusalCode.APPEND_ONLY, table=table)
        bad = value_refusal(table, name, cols[name], value)
        if bad is not None:
            return bad
    for name, hlc in (clocks or {}).items():
        bad = clock_refusal(table, name, hlc, now_ms)
        if bad is not None:
            return bad
    return None


def check_op(op: Op, now_ms: int | None) -> Refusal | None:
    """``check_values`` of a pushed op (fields ``{name: [value, hlc]}``), its op id and
    its own clocks; the refusal names the op."""
    r = _check_op(op, now_ms)
    if r is None:
        return None
    return Refusal(r.code, str(op.op_id)[:80], r.table, str(op.row_id)[:80], r.values)


def _check_op(op: Op, now_ms: int | None) -> Refusal | None:
    table = op.table if isinstance(op.table, str) else ""
    if not is_uuid(op.op_id):
        return Refusal(RefusalCode.BAD_ID, table=table, values={"id": str(op.op_id)[:80]})
    for name, at in (("hlc", op.hlc), ("seen", op.seen)):
        if not isinstance(at, int) or isinstance(at, bool) or not 0 <= at < _INT64:
            return Refusal(RefusalCode.BAD_CLOCK, table=table, values={"field": name})
    cells: Any = op.fields  # from the wire: anything
    if not isinstance(cells, dict):
        return Refusal(RefusalCode.BAD_TYPE, table=table,
                       values={"field": "fields", "expected": "an object"})
    values: dict[str, Any] = {}
    clocks: dict[str, Any] = {}
    for name, cell in cells.items():
        if not isinstance(cell, list | tuple) or len(cell) != 2:
            return Refusal(RefusalCode.BAD_CLOCK, table=table, values={"field": str(name)})
        values[name], clocks[name] = cell
    return check_values(op.table, op.kind, op.row_id, values, clocks=clocks, now_ms=now_ms)




class ValueRefused(ValueError):
    """A write this workstation refuses before it is made, as the hub would: ``refusal``
    is the code and its values; ``str()`` is its English sentence."""

    def __init__(self, refusal: Refusal) -> None:
        from carecenter.sync.refusal_words import refusal_sentence

        super().__init__(refusal_sentence(refusal))
        self.refusal = refusal


def refuse_values(table: str, kind: str, row_id: str, fields: Mapping[str, Any]) -> None:
    """``check_values`` for a write on this workstation: raises ``ValueRefused``."""
    r = check_values(table, kind, row_id, fields)
    if r is not None:
        raise ValueRefused(r)


__all__ = ["APPEND", "ENUMS", "JSON_LIMIT", "TEXT_LIMIT", "Spec", "ValueRefused", "check_op",
           "check_values", "clock_refusal", "is_uuid", "refuse_values", "required", "specs",
           "value_refusal"]
