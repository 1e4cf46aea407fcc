"""Writing what sync brings into the local store, always inside a unit of work.

``apply_rows`` merges row states pulled from the hub into the local rows with the same
merge function the hub uses (``carecenter.sync.merge``) and writes no outbox ops.
Per-field clocks in the local ``clocks`` column: an integer is a write made here (by
this site); ``[hlc, site]`` a write as the hub has it (from another site, or this one's
own pulled back; a row first pulled in the "rows" shape keeps the hub's
``[hlc, site, txn]``, read by its first two items); ``"*"`` the clock of every field not
named (a bulk insert's rows: every field written at once, here).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Table, bindparam, func, select
from sqlalchemy.orm import Session

from carecenter.clock import hlc_of
from carecenter.db.base import Synced, UTCDateTime, table_of, to_text
from carecenter.db.models import SYNCED_MODELS, OutboxOp
from carecenter.sync.codec import decoders, encode
from carecenter.sync.merge import Cell, merge_rows

_BOOKKEEPING = frozenset({"hlc", "site", "clocks"})


def field_clock(clocks: Mapping[str, Any] | None, field: str, site_id: str) -> tuple[int, str]:
    """The clock and site of the last write of one field of a local row."""
    return _clock((clocks or {}).get(field, (clocks or {}).get("*")), site_id)


def _clock(c: Any, site_id: str) -> tuple[int, str]:
    """One stored clock: a number is a write made here, a list ``[hlc, site, ...]`` one as
    the hub has it."""
    if isinstance(c, list):
        return int(c[0]), str(c[1])
    return int(c), site_id


def local_state(row: Mapping[Any, Any], site_id: str) -> dict[str, Cell]:
    """The cells of a whole local row. Its ``clocks`` map a field to the clock of its
    last write; ``"*"`` (bulk inserts) gives the clock of every field not named."""
    out: dict[str, Cell] = {}
    clocks = row["clocks"] or {}
    every = clocks.get("*")
    if every is not None:
        for f in row:  # a RowMapping: its column names
            if f not in _BOOKKEEPING and f != "id":
                out[f] = Cell(encode(row[f]), int(every), site_id)
    for f, c in clocks.items():
        if f == "*":
            continue
        out[f] = Cell(encode(row[f]), *_clock(c, site_id))
    return out


def _cell(c: Cell | Sequence[Any]) -> Cell:
    return c if isinstance(c, Cell) else Cell.of(c)  # type: ignore[arg-type]


@cache
def _raw_insert(t: Table) -> tuple[str, list[tuple[str, Callable[[Any], Any]]]]:
    """The INSERT of whole rows of ``t`` as the driver takes them, and per column how a
    wire value becomes the value SQLite stores (what the column types would write)."""
    conv: list[tuple[str, Callable[[Any], Any]]] = []
    for c in t.columns:
        if isinstance(c.type, UTCDateTime):
            conv.append((c.name, _instant))
        elif isinstance(c.type, Boolean):
            conv.append((c.name, _flag))
        elif isinstance(c.type, JSON):
            conv.append((c.name, _json))
        else:
            conv.append((c.name, _same))
    names = ", ".join(f'"{n}"' for n, _ in conv)
    sql = f'INSERT INTO "{t.name}" ({names}) VALUES ({", ".join("?" * len(conv))})'
    return sql, conv


def _instant(v: Any) -> Any:
    # the wire form of an instant is to_text's, the form the store keeps
    return v if v is None or isinstance(v, str) else to_text(v)


def _flag(v: Any) -> Any:
    return None if v is None else int(bool(v))


def _json(v: Any) -> str:
    return json.dumps(v)


def _same(v: Any) -> Any:
    return v


def _wire(t: Table, name: str, v: Any) -> Any:
    """A value as the store keeps it -> its wire form (the inverse of ``_raw_insert``)."""
    if v is None:
        return None
    typ = t.c[name].type
    if isinstance(typ, Boolean):
        return bool(v)
    if isinstance(typ, JSON):
        return json.loads(v) if isinstance(v, str) else v
    return v


def cells_of_values(t: Table, columns: Sequence[str], values: Sequence[Any],
                    site_id: str) -> dict[str, list[Any]]:
    """A row in the "rows" shape (values in ``columns`` order, ``clocks`` as JSON text)
    as its cells ``field -> [value, hlc, site]``."""
    at = {n: i for i, n in enumerate(columns)}
    raw = values[at["clocks"]]
    clocks = json.loads(raw) if isinstance(raw, str) else (raw or {})
    return {f: [_wire(t, f, values[at[f]]), *((c, site_id) if isinstance(c, int) else c[:2])]
            for f, c in clocks.items() if f in at}


def apply_row_values(session: Session, model: type[Synced], columns: Sequence[str],
                     rows: Sequence[Sequence[Any]],
                     site_id: str) -> tuple[list[Any], list[Any], int]:
    """``apply_rows`` for pulls in the "rows" shape (each row the list of its values in
    ``columns``): rows new here go into the table as they came, in one executemany with no
    per-row Python (the first sync of a workstation); rows already here are turned into
    cells and merged. Returns the ids of the rows that changed, their customers' ids
    (None where the table has none) and the greatest clock seen."""
    t = table_of(model)
    at_id = columns.index("id")
    if not set(columns) <= set(t.c.keys()) or "clocks" not in columns:
        changed, top = apply_rows(session, model, [(v[at_id], cells_of_values(
            t, columns, v, site_id)) for v in rows], site_id)
        return [r for r, _ in changed], [c for _, c in changed], top
    ids = [v[at_id] for v in rows]
    existing = set(session.connection().exec_driver_sql(
        f'SELECT id FROM "{t.name}" WHERE id IN (SELECT value FROM json_each(?))',
        (json.dumps(ids),)).scalars())
    if existing or len(set(ids)) < len(ids):
        fresh, seen = [], set(existing)
        merge: list[tuple[str, dict[str, list[Any]]]] = []
        for v in rows:
            if v[at_id] in seen:
                merge.append((v[at_id], cells_of_values(t, columns, v, site_id)))
            else:
                seen.add(v[at_id])
                fresh.append(v)
    else:
        fresh, merge = list(rows), []
    hlc = columns.index("hlc")
    top = max((v[hlc] or 0 for v in fresh), default=0)
    owner = "id" if t.name == "customer" else "customer_id" if "customer_id" in columns else None
    at_owner = columns.index(owner) if owner else None
    row_ids = [v[at_id] for v in fresh]
    owners = [v[at_owner] for v in fresh] if at_owner is not None else [None] * len(fresh)
    if fresh:
        names = ", ".join(f'"{n}"' for n in columns)
        # the driver's own cursor: SQLAlchemy would want a tuple made of each value list
        cur = session.connection().connection.cursor()
        try:
            cur.executemany(f'INSERT INTO "{t.name}" ({names}) '
                            f'VALUES ({", ".join("?" * len(columns))})', fresh)
        finally:
            cur.close()
    if merge:
        more, top_more = apply_rows(session, model, merge, site_id)
        row_ids += [r for r, _ in more]
        owners += [c for _, c in more]
        top = max(top, top_more)
    return row_ids, owners, top


def apply_rows(session: Session, model: type[Synced],
               rows: Sequence[tuple[str, Mapping[str, Any]]],
               site_id: str) -> tuple[list[tuple[str, str | None]], int]:
    """Merge remote row states into ``model``'s table.

    A row state maps each field to a ``Cell`` or its ``[value, hlc, site]`` list. Rows
    new here (all of them in a first sync) are written as they came, in one executemany
    with no per-row statement; rows already here are merged field by field.
    Returns the rows that changed as ``(row_id, customer_id)`` and the greatest clock seen.
    """
    t = table_of(model)
    name = t.name
    dec = decoders(t)
    columns = frozenset(t.c.keys()) - _BOOKKEEPING
    ids = [rid for rid, _ in rows]
    existing: dict[str, Any] = {}
    for i in range(0, len(ids), 500):
        for r in session.execute(select(t).where(t.c.id.in_(ids[i:i + 500]))).mappings():
            existing[r["id"]] = r
    insert_sql, conv = _raw_insert(t)
    pos = {n: i for i, (n, _) in enumerate(conv)}
    special = [(i, f) for i, (_, f) in enumerate(conv) if f is not _same]
    inserts: list[tuple[Any, ...]] = []
    # updates grouped by the columns they set, each group one executemany
    updates: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    changed: list[tuple[str, str | None]] = []
    top = 0
    for rid, remote in rows:
        row = existing.get(rid)
        if row is None:
            if rid in existing:
                continue  # the same row twice in one page: the first one is in
            fresh = {f: (c.as_list() if isinstance(c, Cell) else c)
                     for f, c in remote.items() if f in columns}
            if not fresh:
                continue
            values_in, hlc = _insert_values(
                rid, fresh, pos=pos, special=special, width=len(conv), site_id=site_id)
            top = max(top, hlc)
            inserts.append(values_in)
            existing[rid] = None
            owner = fresh.get("customer_id")
            changed.append((rid, rid if name == "customer" else
                            (str(owner[0]) if owner and owner[0] else None)))
            continue
        cells = {f: _cell(c) for f, c in remote.items() if f in columns}
        if cells:
            top = max(top, *(c.hlc for c in cells.values()))
        local = local_state(row, site_id)
        merged = merge_rows(name, local, cells)
        diff = {f: c for f, c in merged.items() if local.get(f) != c}
        if not diff:
            continue
        best_cell = max(merged.values(), key=lambda c: (c.hlc, c.site))
        keys = tuple(sorted(f for f in diff if f != "id"))
        values = {f"v_{f}": dec[f](diff[f].value) for f in keys}
        updates.setdefault(keys, []).append({
            **values, "b_id": rid, "b_hlc": best_cell.hlc, "b_site": best_cell.site,
            "b_clocks": {f: c.hlc if c.site == site_id else [c.hlc, c.site]
                         for f, c in merged.items()}})
        owner_cell = merged.get("customer_id")
        changed.append((rid, rid if name == "customer" else
                        (str(owner_cell.value) if owner_cell and owner_cell.value else None)))
    if inserts:
        session.connection().exec_driver_sql(insert_sql, inserts)
    for keys, params in updates.items():
        stmt = t.update().where(t.c.id == bindparam("b_id")).values(
            {**{f: bindparam(f"v_{f}") for f in keys}, "clocks": bindparam("b_clocks"),
             "hlc": bindparam("b_hlc"), "site": bindparam("b_site")})
        session.execute(stmt, params)
    return changed, top


def _insert_values(rid: str, cells: Mapping[str, list[Any]], *, pos: Mapping[str, int],
                   special: Sequence[tuple[int, Callable[[Any], Any]]], width: int,
                   site_id: str) -> tuple[tuple[Any, ...], int]:
    """A row new here (its cells ``field -> [value, hlc, site]``) as the values of
    ``_raw_insert``'s INSERT, and the greatest clock among its cells."""
    best = max(cells.values(), key=lambda c: (c[1], c[2]))
    vals: list[Any] = [None] * width
    for f, c in cells.items():
        vals[pos[f]] = c[0]
    vals[pos["id"]], vals[pos["hlc"]], vals[pos["site"]] = rid, best[1], best[2]
    vals[pos["clocks"]] = {f: c[1] if c[2] == site_id else [c[1], c[2]]
                           for f, c in cells.items()}
    for i, convert in special:
        vals[i] = convert(vals[i])
    hlc: int = best[1]
    return tuple(vals), hlc


def restamp_pending(session: Session, site_id: str, wall_ms: int) -> int:
    """Give the ops still in the outbox new clocks, in their order, from now on.

    For when the workstation's clock ran ahead (the hub refused the ops) and has been
    fixed: the new clocks come after every clock this store saw from other sites and the
    current time, keep the order of this site's writes, and the rows' field clocks are
    moved with them. Returns the last clock handed out.
    """
    ops = list(session.scalars(select(OutboxOp).order_by(OutboxOp.seq)))
    seen = 0
    for m in SYNCED_MODELS:
        t = table_of(m)
        v = session.execute(select(func.max(t.c.hlc)).where(t.c.site != site_id)).scalar()
        seen = max(seen, int(v or 0))
    base = max(hlc_of(wall_ms), seen + 1)
    mapping = {old: base + i for i, old in enumerate(sorted({op.hlc for op in ops}))}
    by_model = {m.__tablename__: m for m in SYNCED_MODELS}
    for op in ops:
        op.hlc = mapping[op.hlc]
        op.fields = {f: [v[0], mapping.get(int(v[1]), int(v[1]))] for f, v in op.fields.items()}
    rows = {(op.table, op.row_id) for op in ops}
    for table, rid in sorted(rows):
        t = table_of(by_model[table])
        r = session.execute(select(t.c.clocks, t.c.hlc).where(t.c.id == rid)).first()
        if r is None:
            continue
        clocks = {f: (mapping.get(c, c) if isinstance(c, int) else c)
                  for f, c in (r.clocks or {}).items()}
        session.execute(t.update().where(t.c.id == rid).values(
            clocks=clocks, hlc=mapping.get(r.hlc, r.hlc)))
    return max(mapping.values(), default=base)
