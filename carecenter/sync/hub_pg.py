"""Hub rows as JSON text built by PostgreSQL itself, so a pull page is spliced into the
response without being parsed and re-encoded on the hub (carecenter.sync.hub).

In the "rows" shape a whole page of a table is one JSON array made by one aggregate
(``pg_page``): the hub handles one value a page instead of an object a row, and the
replica decodes the page with one ``json.loads``."""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Select, Table, func, literal_column, select
from sqlalchemy.dialects.postgresql import ARRAY, aggregate_order_by

from carecenter.db.base import UTCDateTime
from carecenter.sync.hub_schema import TABLES, WIRE

BOOKKEEPING = frozenset({"hlc", "site", "clocks", "txn", "seq", WIRE})


@cache
def store_columns(name: str) -> list[str]:
    return [c.name for c in TABLES[name].columns if c.name not in ("txn", "seq", WIRE)]


def _pg_value(t: Table, name: str, *, store: bool, row: str | None = None) -> str:
    """A column's value as JSON, as it travels (``store=False``) or as the store keeps it;
    ``row`` names the row (``NEW`` in a trigger), the table by default."""
    c = t.c[name]
    where = row or f'"{t.name}"'
    col = f'{where}."{name}"'
    if isinstance(c.type, UTCDateTime):
        return (f"to_json(to_char({col} AT TIME ZONE 'UTC', "
                "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'))")
    if isinstance(c.type, Date):
        return f"to_json(to_char({col}, 'YYYY-MM-DD'))"
    if store and isinstance(c.type, Boolean):
        return f"to_json(CASE WHEN {col} THEN 1 WHEN NOT {col} THEN 0 END)"
    if store and isinstance(c.type, JSON):
        return f"to_json({col}::text)"
    return f"to_json({col})"


def row_json(t: Table, row: str | None = None) -> str:
    """SQL for the row as the store keeps it, as JSON text (the "rows" shape). Its
    ``clocks`` go as the hub keeps them, each field's ``[hlc, site, txn]``: the store
    reads a clock as its first two items (``sync.apply``); rewriting every row's clocks
    here (this site's as plain numbers) was two thirds of a page's cost in PostgreSQL."""
    parts = [_pg_value(t, n, store=True, row=row) for n in store_columns(t.name[2:])]
    return f"json_build_array({', '.join(parts)})::text"


@cache
def pg_row(t: Table) -> Any:
    """The row's JSON text: as a write rendered it once (``hub_wire``), or made now for a
    row written before the hub kept it."""
    return literal_column(f'COALESCE("{t.name}".{WIRE}, {row_json(t)})')


@cache
def pg_cells(t: Table) -> Any:
    """The row's cells as JSON text, built by PostgreSQL: for each field in ``clocks``,
    ``[value, hlc, site]`` with the value in its wire form (``codec.encode``: instants as
    ``to_text``, dates as ISO), so a pull page is never parsed and re-encoded on the hub."""
    whens = []
    for c in t.columns:
        if c.name in BOOKKEEPING or c.name == "id":
            continue
        whens.append(f"WHEN '{c.name}' THEN {_pg_value(t, c.name, store=False)}")
    value = f"CASE e.key {' '.join(whens)} END"
    return literal_column(
        f"(SELECT json_object_agg(e.key, json_build_array({value}, e.value -> 0, e.value -> 1))"
        f' FROM json_each("{t.name}".clocks) AS e)::text')


def pg_page(q: Select[Any], t: Table) -> Select[Any]:
    """For ``q`` (rows of ``t`` in ``(txn, id)`` order, limited to a page): how many rows,
    the ``[txn, id]`` of the last one, and the rows as the store keeps them (``pg_row``)
    joined by commas, in order, ready to be put between brackets. Both aggregates take
    the rows in the one order the page comes in, so PostgreSQL sorts them once (a
    descending order for the last key was a second sort: a third of the statement)."""
    page = q.with_only_columns(t.c.txn, t.c.id, pg_row(t).label("r")).subquery()
    keys = func.array_agg(aggregate_order_by(func.json_build_array(page.c.txn, page.c.id),
                                             page.c.txn, page.c.id), type_=ARRAY(JSON))
    return select(
        func.count(),
        keys[func.count()],
        func.string_agg(page.c.r, aggregate_order_by(literal_column("','"), page.c.txn,
                                                       page.c.id)))
