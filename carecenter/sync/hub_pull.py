"""A hub's pull: row states since a workstation's cursor, in pages (see ``hub.py`` for how
the cursor never skips a row)."""

from __future__ import annotations

import time
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select, tuple_

from carecenter.sync.hub import _cells_of, _state_columns
from carecenter.sync.hub_cursor import ORDER, _decode_cursor, _encode_cursor
from carecenter.sync.hub_pg import pg_cells, pg_page, store_columns
from carecenter.sync.hub_schema import TABLES
from carecenter.sync.protocol import PullRequest, PullResponse, PullRow, RawJSON, SyncRefused

if TYPE_CHECKING:
    from carecenter.sync.hub import Hub

PULL_MARK_EVERY_S = 60.0


def pull(hub: Hub, req: PullRequest) -> PullResponse:
    hub._check_version(req.version)
    hub_id = hub.hub_id
    cur = _decode_cursor(req.cursor)
    limit = max(1, min(req.limit, 20_000))
    rows: list[PullRow] = []
    pages: dict[str, RawJSON] = {}  # the "rows" shape: a table's page as one JSON array
    taken = 0
    rows_shape = hub.pg and req.shape == "rows"
    mark = _mark_due(hub, req.site, req.version)
    with hub.engine.begin() as conn:
        if mark:
            hub._touch_site(conn, req.site, req.version, "last_pull")
        if cur["hi"] is None:
            cur["hi"] = hub._bound(conn)
        lo, hi = int(cur["lo"]), int(cur["hi"])
        if cur["t"] not in TABLES:
            raise SyncRefused("cursor", "The sync position of this workstation names a "
                              "table this hub does not have: update the hub.")
        busy = _busy_tables(conn, lo, hi)
        while cur["t"] is not None and taken < limit:
            name = cur["t"]
            if name not in busy:
                at = ORDER.index(name) + 1
                cur["t"], cur["k"] = (ORDER[at] if at < len(ORDER) else None), None
                continue
            want = limit - taken
            n, last = _page(hub, conn, name, (lo, hi), cur["k"], want=want, rows=rows,
                                 pages=pages if rows_shape else None)
            taken += n
            if n < want:
                at = ORDER.index(name) + 1
                cur["t"], cur["k"] = (ORDER[at] if at < len(ORDER) else None), None
            else:
                cur["k"] = list(last)
    if mark:  # after the commit: a refused or failed pull leaves no mark to skip
        hub._pull_marks[req.site] = (time.monotonic(), req.version)
    done = cur["t"] is None
    nxt = {"lo": hi, "hi": None, "t": ORDER[0], "k": None} if done else cur
    extra: dict[str, Any] = {}
    if rows_shape:
        extra["columns"] = {n: store_columns(n) for n in sorted(pages)}
        extra["pages"] = pages
    return PullResponse(rows, _encode_cursor(nxt), done, hi if done else lo, hub_id,
                        hub.wall_ms(), extra)

def _mark_due(hub: Hub, site: str, version: int) -> bool:
    """Whether a pull should write the site's ``last_pull``: at most once a minute per
    site and process (or when its version changed), so that a pull is a read-only
    transaction most of the time."""
    last = hub._pull_marks.get(site)
    return last is None or last[1] != version \
        or time.monotonic() - last[0] >= PULL_MARK_EVERY_S


def _page(hub: Hub, conn: Connection, name: str, span: tuple[int, int], after: Any, *,
          want: int, rows: list[PullRow], pages: dict[str, RawJSON] | None,
          ) -> tuple[int, Any]:
    """Up to ``want`` rows of ``name`` changed in ``span``, after the key ``after``,
    added to ``rows`` as cells, or (``pages`` given) to ``pages`` as the table's rows
    in the "rows" shape. Returns how many rows and the ``[txn, id]`` of the last."""
    t = TABLES[name]
    q = select(*_state_columns(t)).where(t.c.txn >= span[0], t.c.txn < span[1])
    if after:
        q = q.where(tuple_(t.c.txn, t.c.id) > tuple_(*after))
    q = q.order_by(t.c.txn, t.c.id).limit(want)
    if pages is not None:
        n, last, page = conn.execute(pg_page(q, t)).one()
        if n:
            pages[name] = RawJSON(f"[{page}]")
        return int(n), last
    if hub.pg:
        q = q.with_only_columns(t.c.txn, t.c.id, pg_cells(t).label("cells"))
    got = conn.execute(q).mappings().all()
    if hub.pg:
        rows.extend(PullRow(name, r["id"], RawJSON(r["cells"] or "{}")) for r in got)
    else:
        rows.extend(PullRow(name, r["id"], _cells_of(r)) for r in got)
    return len(got), [got[-1]["txn"], got[-1]["id"]] if got else None

@cache
def _busy_sql() -> str:
    return " UNION ALL ".join(
        f'SELECT t FROM (SELECT \'{name}\' AS t FROM "{t.name}" '
        f"WHERE txn >= {{lo}} AND txn < {{hi}} LIMIT 1) AS s{i}"
        for i, (name, t) in enumerate(TABLES.items()))


def _busy_tables(conn: Connection, lo: int, hi: int) -> set[str]:
    """The tables with rows in the range: one query instead of one per table. Its text
    is made once and the two numbers put in (they are whole numbers from a checked
    cursor): building the union of every table's query per pull, and having the driver
    parse 46 placeholders out of it, was a fifth of the service's Python time under load."""
    sql = _busy_sql().format(lo=int(lo), hi=int(hi))
    return set(conn.execution_options(no_parameters=True).exec_driver_sql(sql).scalars())
