"""The hub: takes pushes, serves pulls, over any SQLAlchemy URL (design.md section 4).

PostgreSQL (``postgresql+psycopg://``) is the real deployment; a SQLite file on local
disk serves a single shop or a demo.

Push: one transaction per request. Each op is first recorded in ``hub_op`` (its id is the
primary key, so a retried or duplicated op is recognised and changes nothing), then its
fields are merged into the materialised row with ``merge.pick``; the row is stamped with
the transaction's number ``txn``. Every op of the request is acknowledged only after the
commit.

Pull cursor (it cannot skip a row): ``txn`` is the PostgreSQL transaction id
(``pg_current_xact_id()``) of the row's last change. A pull first takes the bound
``hi = pg_snapshot_xmin(pg_current_snapshot())``: every transaction with an id below it
has finished, so the rows with ``lo <= txn < hi`` are final and visible; it returns them
in pages ordered by ``(table, txn, id)``; the next range starts at ``hi``. A transaction
that got its id early and commits late stays above the bound until it ends, so it is
returned later, never skipped (a plain ``seq > cursor`` poll would skip it). A row changed
again moves to a later range and comes again with its newest state. On a SQLite hub the
writers are serialised (``BEGIN IMMEDIATE``) and ``txn`` is a counter in ``hub_meta``.
The first sync of a workstation is the same walk from ``lo = 0`` with ``hi`` taken
before its first page: a paged snapshot that resumes from the cursor after a kill.

On PostgreSQL a page's rows are turned into JSON by the database and spliced into the
response as they are: as cells, or (``shape="rows"``, what replicas ask for) as one JSON
array a table of the values the store keeps plus the hub's clocks, which a new
workstation decodes at once and inserts with no per-row work.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    bindparam,
    func,
    select,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from carecenter.clock import hlc_ms, hlc_of, utcnow
from carecenter.sync import hub_checks, hub_wire, op_checks
from carecenter.sync.codec import decoders, encode
from carecenter.sync.hub_cursor import ORDER
from carecenter.sync.hub_deletes import CHILDREN, keep_edited, keep_parents
from carecenter.sync.hub_engine import init_hub, make_hub_engine
from carecenter.sync.hub_pg import BOOKKEEPING
from carecenter.sync.hub_schema import TABLES, WIRE, hub_meta, hub_op, hub_site
from carecenter.sync.merge import APPEND_TABLES, Cell, is_conflict, pick
from carecenter.sync.migrate import drift
from carecenter.sync.protocol import (
    CLOCK_LIMIT_MS,
    MIN_CLIENT_VERSION,
    PROTOCOL_VERSION,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    SyncRefused,
    TransportError,
)
from carecenter.sync.refusal_words import refusal_sentence
from carecenter.sync.refusals import Principal, Refusal

HUB_HEAD = "h0007"

# field -> (cell, txn of the hub transaction that set it)
State = dict[str, tuple[Cell, int]]
Fault = Callable[[str], None]


class Killed(Exception):
    """Raised by a fault injector to simulate a process killed at that point."""


class Hub:
    """The server side. ``wall_ms`` (the hub's clock) and ``fault`` are injection points
    for tests and the simulation."""

    def __init__(self, url: str, *, password: str | None = None,
                 wall_ms: Callable[[], int] | None = None, fault: Fault | None = None,
                 min_client_version: int = MIN_CLIENT_VERSION) -> None:
        self.url = url
        self.engine = make_hub_engine(url, password)
        self.pg = self.engine.dialect.name == "postgresql"
        self.wall_ms = wall_ms or (lambda: time.time_ns() // 1_000_000)
        self.fault = fault
        self.min_client_version = min_client_version
        self._hub_id: str | None = None
        # site -> (monotonic s, version) of the last pull mark this process wrote (hub_pull)
        self._pull_marks: dict[str, tuple[float, int]] = {}

    def close(self) -> None:
        self.engine.dispose()

    # -- common --------------------------------------------------------------------------
    @property
    def hub_id(self) -> str:
        if self._hub_id is None:
            self._hub_id = self._check_schema()
        return self._hub_id

    def _check_schema(self) -> str:
        where = make_url(self.url).render_as_string(hide_password=True)
        fix = f"run `carecenter hub init --hub {where}`"
        u = make_url(self.url)
        if u.get_backend_name() == "sqlite" and u.database and u.database != ":memory:" \
                and not Path(u.database).exists():
            raise SyncRefused("schema", f"The hub at {where} is not initialised: {fix}.")
        try:
            with self.engine.connect() as conn:
                rev = conn.execute(text("SELECT version_num FROM hub_alembic_version")).scalar()
                hub_id = conn.execute(
                    select(hub_meta.c.value).where(hub_meta.c.key == "hub_id")).scalar()
                stale = bool(drift(conn)) or (self.pg and not hub_wire.current(conn))
        except DBAPIError as exc:
            msg = str(exc.orig)
            if "no such table" in msg or "does not exist" in msg:
                raise SyncRefused("schema",
                                  f"The hub at {where} is not initialised: {fix}.") from exc
            raise p_error(where, exc) from exc
        if rev != HUB_HEAD or hub_id is None or stale:
            if rev is not None and rev > HUB_HEAD:
                raise SyncRefused("schema", f"The hub at {where} was set up by a newer "
                                  "CareCenter: update this workstation.")
            raise SyncRefused("schema", f"The hub at {where} is not up to date: {fix}.")
        return str(hub_id)

    def _check_version(self, version: int) -> None:
        if version < self.min_client_version:
            raise SyncRefused(
                "version",
                f"This workstation's CareCenter is too old for the hub (sync protocol {version}, "
                f"the hub needs {self.min_client_version} or later): update CareCenter; "
                "the work not yet sent stays on this workstation and goes out after the update.",
                self.wall_ms())
        if version > PROTOCOL_VERSION:
            raise SyncRefused("version", "The hub runs an older CareCenter than this "
                              "workstation: ask for the hub to be updated; nothing was lost.")

    def _begin_txn(self, conn: Connection) -> tuple[int, int]:
        """The number of this write transaction (and its naive sequence value)."""
        if self.pg:
            row = conn.execute(text(
                "SELECT pg_current_xact_id()::text::bigint, nextval('hub_seq')")).one()
            return int(row[0]), int(row[1])
        conn.execute(text("UPDATE hub_meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)"
                          " WHERE key = 'txn'"))
        n = int(conn.execute(select(hub_meta.c.value).where(hub_meta.c.key == "txn")).scalar_one())
        return n, n

    def _bound(self, conn: Connection) -> int:
        """Every transaction numbered below this has finished (committed or not)."""
        if self.pg:
            return int(conn.execute(text(
                "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")).scalar_one())
        return int(conn.execute(
            select(hub_meta.c.value).where(hub_meta.c.key == "txn")).scalar_one()) + 1

    def lock(self, conn: Connection, key: str) -> None:
        """Serialise checks on one key (a customer, a customer_ref) across pushes."""
        self.lock_many(conn, [key])

    def lock_many(self, conn: Connection, keys: list[str]) -> None:
        """Take the locks of many keys in one statement, in sorted order (so two pushes
        taking overlapping sets cannot deadlock)."""
        if self.pg and keys:
            conn.execute(text(
                "SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) FROM "
                "(SELECT k FROM unnest(CAST(:ks AS text[])) AS u(k) ORDER BY k) AS s"),
                {"ks": sorted(set(keys))})

    def _insert(self, table: Any) -> Any:
        return (postgresql.insert if self.pg else sqlite.insert)(table)

    def _touch_site(self, conn: Connection, site: str, version: int, what: str) -> None:
        now = utcnow()
        ins = self._insert(hub_site).values(site=site, version=version, first_seen=now,
                                            **{what: now})
        conn.execute(ins.on_conflict_do_update(index_elements=["site"],
                                               set_={"version": version, what: now}))

    # -- push ----------------------------------------------------------------------------
    def push(self, req: PushRequest, principal: Principal | None = None) -> PushResponse:
        """Merge a push. ``principal`` is the signed-in agent behind it, from the device
        token (the HTTP service always gives one; ``None`` is the hub's own trusted code:
        tests, bench, admin commands). Every op is checked first (``op_checks``); a refused
        op is answered in ``refused`` and never blocks the others."""
        self._check_version(req.version)
        hub_id = self.hub_id
        now = self.wall_ms()
        if principal is not None:
            req = PushRequest(req.version, principal.site, req.ops)
        ahead = max((hlc_ms(op.hlc) - now for op in req.ops
                     if isinstance(op.hlc, int) and not isinstance(op.hlc, bool)), default=0)
        if ahead > CLOCK_LIMIT_MS:
            raise SyncRefused(
                "clock",
                f"This workstation's clock is {ahead // 60000} minutes ahead of the hub's: "
                "fix the workstation's date and time, then sync again; nothing was lost.", now)
        for attempt in range(8):
            try:
                n, refused = self._push_once(req, hub_id, now, principal)
                gone = {r.op_id for r in refused}
                return PushResponse([op.op_id for op in req.ops if op.op_id not in gone],
                                    now, hub_id, n,
                                    [r.wire(refusal_sentence(r)) for r in refused])
            except (OperationalError, IntegrityError) as exc:
                if attempt == 7 or not _retryable(exc):
                    raise
                time.sleep(0.01 * (attempt + 1))
        raise AssertionError("unreachable")

    def _push_once(self, req: PushRequest, hub_id: str, now: int,
                   principal: Principal | None) -> tuple[int, list[Refusal]]:
        with self.engine.begin() as conn:
            txn, seq = self._begin_txn(conn)
            self._touch_site(conn, req.site, req.version, "last_push")
            taken, refused = op_checks.check_push(self, conn, req.ops, principal, now)
            req = PushRequest(req.version, req.site, taken)
            fresh = self._record_ops(conn, req, txn)
            ops = [op for op in req.ops if op.op_id in fresh]
            by_table: dict[str, dict[str, list[Any]]] = {}
            for op in ops:
                by_table.setdefault(op.table, {}).setdefault(op.row_id, []).append(op)
            ctx = hub_checks.Context(self, conn, hub_id, txn, seq, hlc_of(now), req.site)
            for name in ORDER:
                rows = by_table.get(name)
                if rows:
                    self._apply(conn, ctx, name, rows)
            hub_checks.run_checks(ctx)
            if self.fault:
                self.fault("hub.push.before_commit")
            return ctx.conflicts, refused

    def _record_ops(self, conn: Connection, req: PushRequest, txn: int) -> set[str]:
        """Record the ops in ``hub_op``; returns the ids not seen before. One cached
        statement, executed many (insertmanyvalues batches it), not one compiled per chunk."""
        if not req.ops:
            return set()
        now = utcnow()
        ins = self._insert(hub_op).on_conflict_do_nothing(index_elements=["op_id"]) \
            .returning(hub_op.c.op_id)
        rows = [{"op_id": op.op_id, "site": req.site, "tbl": op.table, "row_id": op.row_id,
                 "hlc": op.hlc, "txn": txn, "received_at": now, "seen": op.seen}
                for op in req.ops]
        return set(conn.execute(ins, rows).scalars())

    def _apply(self, conn: Connection, ctx: hub_checks.Context, name: str,
               rows: dict[str, list[Any]]) -> None:
        t = TABLES[name]
        ids = sorted(rows)
        current = self.load(conn, name, ids, for_update=True)
        writes: list[tuple[str, State, bool]] = []
        kids: list[tuple[str, Any]] = []  # (customer, op) of phones and e-mails
        for rid in ids:
            old = current.get(rid)
            state: State = dict(old) if old else {}
            for op in rows[rid]:
                before = dict(state)
                for f, (value, hlc) in op.fields.items():
                    if f not in t.c or f in BOOKKEEPING or f == "id":
                        continue
                    new = Cell(value, int(hlc), ctx.site)
                    prev = state.get(f)
                    if (prev is not None and op.kind == "update" and name not in APPEND_TABLES
                            and prev[1] >= op.seen and is_conflict(prev[0], new)):
                        ctx.field_conflict(name, rid, f, prev[0], new)
                    win = pick(name, f, prev[0] if prev else None, new)
                    if prev is None or win != prev[0]:
                        state[f] = (win, ctx.txn)
                if name == "customer" and old is not None:
                    keep_edited(ctx, rid, before, state, op)
            if state != old:
                ctx.note(name, rid, state, old, rows[rid])
                writes.append((rid, state, old is not None))
            if name in CHILDREN and (owner := state.get("customer_id")) is not None:
                kids += [(str(owner[0].value), op) for op in rows[rid]]
        self.write_many(conn, name, writes, txn=ctx.txn, seq=ctx.seq)
        if kids:
            keep_parents(ctx, kids)

    def load(self, conn: Connection, name: str, ids: list[str],
             for_update: bool = False) -> dict[str, State]:
        t = TABLES[name]
        out: dict[str, State] = {}
        for i in range(0, len(ids), 500):
            q = select(*_state_columns(t)).where(t.c.id.in_(ids[i:i + 500])).order_by(t.c.id)
            if for_update and self.pg:
                q = q.with_for_update()
            for r in conn.execute(q).mappings():
                out[r["id"]] = _state_of(r)
        return out

    def write(self, conn: Connection, name: str, rid: str, state: State, *, txn: int,
              seq: int, exists: bool) -> None:
        self.write_many(conn, name, [(rid, state, exists)], txn=txn, seq=seq)

    def write_many(self, conn: Connection, name: str, items: list[tuple[str, State, bool]],
                   *, txn: int, seq: int) -> None:
        """Write row states ``(id, state, exists)``: the inserts as one executemany, the
        updates as one executemany per set of columns."""
        if not items:
            return
        t = TABLES[name]
        dec = decoders(t)
        template = dict.fromkeys(t.c.keys())
        inserts: list[dict[str, Any]] = []
        updates: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for rid, state, exists in items:
            values: dict[str, Any] = {f: dec[f](c.value) for f, (c, _) in state.items()}
            top = max((c for c, _ in state.values()), key=lambda c: (c.hlc, c.site))
            values.update(
                clocks={f: [c.hlc, c.site, tx] for f, (c, tx) in state.items()},
                hlc=top.hlc, site=top.site, txn=txn, seq=seq)
            if exists:
                values.pop("id", None)
                keys = tuple(sorted(values))
                updates.setdefault(keys, []).append(
                    {**{f"v_{k}": v for k, v in values.items()}, "b_id": rid})
            else:
                inserts.append({**template, **values, "id": rid})
        if inserts:
            conn.execute(t.insert(), inserts)
        for keys, params in updates.items():
            stmt = t.update().where(t.c.id == bindparam("b_id")).values(
                {k: bindparam(f"v_{k}") for k in keys})
            conn.execute(stmt, params)

    # -- pull ----------------------------------------------------------------------------
    def pull(self, req: PullRequest) -> PullResponse:
        """Row states since the cursor, in pages (``carecenter.sync.hub_pull``)."""
        from carecenter.sync.hub_pull import pull

        return pull(self, req)

    # -- inspection (tests, export, bench) -----------------------------------------------
    def count(self, name: str) -> int:
        t = TABLES[name]
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(t)).scalar_one())


def _state_columns(t: Any) -> list[Any]:
    """A row's columns without the text kept for pulls (``WIRE``)."""
    return [c for c in t.c if c.name != WIRE]


def _state_of(r: Any) -> State:
    clocks = r["clocks"] or {}
    if isinstance(clocks, str):
        clocks = json.loads(clocks)
    return {f: (Cell(encode(r[f]), int(c[0]), str(c[1])), int(c[2])) for f, c in clocks.items()}


def _cells_of(r: Any) -> dict[str, list[Any]]:
    clocks = r["clocks"] or {}
    if isinstance(clocks, str):
        clocks = json.loads(clocks)
    return {f: [encode(r[f]), int(c[0]), str(c[1])] for f, c in clocks.items()}


def p_error(where: str, exc: Exception) -> TransportError:
    return TransportError(f"the hub at {where} cannot be reached ({_first_line(exc)})")


def _retryable(exc: DBAPIError) -> bool:
    code = getattr(exc.orig, "sqlstate", None)
    if code in ("40P01", "40001", "23505"):  # deadlock, serialization, unique (racing insert)
        return True
    return "database is locked" in str(exc.orig)


def _first_line(exc: Exception) -> str:
    orig = getattr(exc, "orig", exc)
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__


__all__ = ["HUB_HEAD", "ORDER", "Hub", "Killed", "State", "init_hub", "make_hub_engine"]
