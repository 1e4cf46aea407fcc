"""Rows as SQLite parameters and outbox ops at executemany speed (UnitOfWork.bulk_insert).

The work is done column by column with the same conversions SQLAlchemy would apply (each
column type's own bind processor), so a bulk insert stores exactly what the ORM would.

The outbox ops of the rows just inserted are written by SQLite itself
(``InsertPlan.outbox_select``: ``INSERT INTO outbox ... SELECT ... FROM <table> WHERE
rowid > ?``) in the same transaction, with empty fields: the push reads each row as it
stands, with its field clocks (``carecenter.sync.outbox``), instead of the outbox keeping
a JSON copy of every row. A table without rowids keeps ops encoded in Python
(``encode(..., fields=True)``).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from json.encoder import encode_basestring_ascii
from typing import Any

from sqlalchemy import Dialect, inspect

from carecenter.db.base import Synced, UTCDateTime, jsonable, table_of, to_text
from carecenter.db.models import OutboxOp

_SYNC_COLUMNS = frozenset({"hlc", "site", "clocks"})
_MISSING = object()


@dataclass(frozen=True)
class Column:
    name: str
    default: Any  # used when a row has no key for the column (None: NULL)
    process: Callable[[Any], Any] | None  # the type's bind processor for the dialect
    is_time: bool  # a UTCDateTime: its stored text is also its JSON text


@dataclass(frozen=True)
class InsertPlan:
    """How to insert rows of one model without the ORM: its SQL and column conversions."""

    table: str
    columns: tuple[Column, ...]  # domain columns, in column_names() order
    sql: str
    clocks_template: str  # the clocks JSON with "\0" where the row's clock goes
    # str.format template of the op's fields JSON: {0}..{n-1} the columns' JSON values,
    # {n} the clock (every field of an insert has the row's clock)
    fields_format: str
    # INSERT INTO outbox ... SELECT from the table's rows with rowid > ?1 (created_at ?2,
    # ?3 op_id_prefix()), or None when the ops are encoded in Python
    outbox_select: str | None = None
    # the same for rows whose ids were just made by ids.new_ids (created_at ?2): each op's
    # id is its row's id, new and in time order like any op id, and twice as quick as
    # making one (an insert op is the only op whose row id is its own)
    outbox_select_own_ids: str | None = None


_PLANS: dict[tuple[type[Synced], str], InsertPlan | None] = {}


def insert_plan(model: type[Synced], dialect: Dialect) -> InsertPlan | None:
    """The plan for bulk inserts of ``model`` (made once per model and dialect)."""
    key = (model, dialect.name)
    if key not in _PLANS:
        _PLANS[key] = _make_plan(model, dialect)
    return _PLANS[key]


def _make_plan(model: type[Synced], dialect: Dialect) -> InsertPlan | None:
    """The plan for ``model`` on ``dialect``, or None when only the ORM path is safe
    (another database, a server-side default, or a Python default that is a function)."""
    if dialect.name != "sqlite":
        return None
    table = table_of(model)
    names = [c.key for c in inspect(model).column_attrs if c.key not in _SYNC_COLUMNS]
    columns = []
    for name in names:
        col = table.c[name]
        if col.server_default is not None:
            return None
        default = None
        if col.default is not None and name != "id":
            if not col.default.is_scalar:
                return None
            default = col.default.arg
        process = col.type.dialect_impl(dialect).bind_processor(dialect)
        columns.append(Column(name, default, process, isinstance(col.type, UTCDateTime)))
    quote = dialect.identifier_preparer.quote
    all_names = [*names, "hlc", "site", "clocks"]
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in all_names)}) "
           f"VALUES ({', '.join('?' for _ in all_names)})")
    # Every field of a bulk-inserted row has the row's clock: {"*": hlc} says so in a few
    # bytes where a clock a field made the clocks most of the row (apply.local_state).
    clocks = '{"*": \0}'
    n = len(names)
    fields = "{{" + ", ".join(
        f"{json.dumps(name)}: [{{{i}}}, {{{n}}}]" for i, name in enumerate(names)) + "}}"
    # str(): the name is a quoted_name, which sqlite3 would probe for __conform__ per row
    return InsertPlan(str(table.name), tuple(columns), sql, clocks, fields,
                      _outbox_select(model, dialect), _outbox_select(model, dialect, "id"))


def _outbox_select(model: type[Synced], dialect: Dialect, op_id: str | None = None,
                   ) -> str | None:
    table = table_of(model)
    if getattr(table, "dialect_options", {}).get("sqlite", {}).get("with_rowid") is False:
        return None
    quote = dialect.identifier_preparer.quote
    cols = ["op_id", "table", "row_id", "kind", "fields", "hlc", "created_at"]
    # The op id: a UUIDv7 of now (?3 is its text up to the version digit, from the
    # current millisecond), then the row's position in the batch (rowid - ?1, 26 bits in
    # rand_a and after the variant) and 48 random bits: unique, and increasing in insert
    # order, so the op_id index only ever appends (ids derived from the rows' own ids
    # would land all over it when those ids are not in time order, as demo data's are).
    k = "(rowid - ?1)"
    op_id = op_id or (f"printf('%s%03x-%04x-', ?3, ({k} >> 14) & 4095, 32768 | ({k} & 16383)) "
                      "|| lower(hex(randomblob(6)))")
    # Empty fields: the push reads the row itself (carecenter.sync.outbox).
    return (f"INSERT INTO {quote(OutboxOp.__tablename__)} ({', '.join(quote(c) for c in cols)}) "
            f"SELECT {op_id}, '{table.name}', id, 'insert', '{{}}', hlc, ?2 "
            f"FROM {quote(table.name)} WHERE rowid > ?1 ORDER BY rowid")


def op_id_prefix() -> str:
    """The start of a UUIDv7 of the current millisecond, up to its version digit."""
    ms = time.time_ns() // 1_000_000
    return f"{(ms >> 16) & 0xFFFFFFFF:08x}-{ms & 0xFFFF:04x}-7"


@cache
def outbox_sql(dialect: Dialect) -> str:
    quote = dialect.identifier_preparer.quote
    names = ["op_id", "table", "row_id", "kind", "fields", "hlc", "created_at"]
    return (f"INSERT INTO {quote(OutboxOp.__tablename__)} ({', '.join(quote(n) for n in names)}) "
            f"VALUES ({', '.join('?' for _ in names)})")


def json_value(value: Any) -> str:
    """``json.dumps(jsonable(value))``, quicker for the common types."""
    kind = type(value)
    if kind is str:
        return encode_basestring_ascii(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    if kind is datetime:
        return f'"{to_text(value)}"'
    if kind is date:
        return f'"{value.isoformat()}"'
    return json.dumps(jsonable(value))


def _json_column(values: list[Any]) -> list[str]:
    """``json_value`` of each value, one comprehension per column for the usual types."""
    kinds = set(map(type, values))
    kinds.discard(type(None))
    if kinds <= {str}:
        esc = encode_basestring_ascii
        return ["null" if v is None else esc(v) for v in values]
    if kinds == {int}:
        return ["null" if v is None else int.__repr__(v) for v in values]
    if kinds == {bool}:
        return ["null" if v is None else ("true" if v else "false") for v in values]
    return [json_value(v) for v in values]


class StoredTimes(list[str]):
    """A column of UTC instants already in their stored text (``to_text``), e.g. checked
    and written so by an import: taken as they are."""


def _time_texts(values: list[Any], process: Callable[[Any], Any] | None) -> list[Any]:
    """The stored text of UTC instants (``to_text``): isoformat is a C call where the
    type's processor goes through astimezone and strftime; anything unusual goes through
    the processor (which also refuses naive datetimes)."""
    out: list[Any] = []
    add = out.append
    for v in values:
        if v is None:
            add(None)
        elif type(v) is datetime and v.tzinfo is UTC and v.year >= 1000:
            add(v.isoformat(timespec="microseconds")[:-6] + "Z")
        else:
            add(process(v) if process else v)
    return out


def columns_of(plan: InsertPlan, rows: Sequence[dict[str, Any]]) -> dict[str, list[Any]]:
    """The rows' values column by column (a column missing from a row: its default)."""
    out: dict[str, list[Any]] = {}
    for col in plan.columns:
        name = col.name
        try:
            out[name] = [r[name] for r in rows]
        except KeyError:
            default = col.default
            out[name] = [r.get(name, default) for r in rows]
    return out


def encode(plan: InsertPlan, rows: Sequence[dict[str, Any]], hlcs: Sequence[int], site: str,
           *, fields: bool = True) -> tuple[list[tuple[Any, ...]], list[str], list[str]]:
    """Row parameters for ``plan.sql``, the op ``fields`` JSON of each row (an empty list
    unless ``fields``) and each row's clocks JSON. ``rows`` already hold their ``id``."""
    return encode_columns(plan, columns_of(plan, rows), len(rows), hlcs, site, fields=fields)


def encode_columns(plan: InsertPlan, columns: dict[str, list[Any]], n: int,
                   hlcs: Sequence[int], site: str, *, fields: bool = True,
                   ) -> tuple[list[tuple[Any, ...]], list[str], list[str]]:
    """``encode`` of rows given column by column (a column left out: its default)."""
    texts = [str(h) for h in hlcs]
    stored: list[list[Any]] = []
    encoded: list[list[str]] = []
    for col in plan.columns:
        values = columns.get(col.name)
        if values is None:
            values = [col.default] * n
        db: list[Any]
        if isinstance(values, StoredTimes):
            db = values
        elif col.is_time:
            db = _time_texts(values, col.process)
        else:
            db = [col.process(v) for v in values] if col.process else values
        stored.append(db)
        if not fields:
            continue
        if col.is_time:
            encoded.append(["null" if v is None else f'"{v}"' for v in db])
        else:
            encoded.append(_json_column(values))
    fmt = plan.fields_format.format
    ops = [fmt(*parts) for parts in zip(*encoded, texts, strict=True)] if fields else []
    template = plan.clocks_template
    clocks = [template.replace("\0", h) for h in texts]
    params = list(zip(*stored, hlcs, [site] * n, clocks, strict=True))
    return params, ops, clocks
