"""The workstation side of sync: push the outbox, pull since the cursor, apply.

One round (``Replica.sync`` / ``sync_once``) pushes every op in the outbox, in batches, in
the order they were written; an op leaves the outbox only once the hub acknowledged it.
Then it pulls pages of row states since the cursor the hub handed out and applies each
page, with the new cursor, in one local transaction: a kill at any point leaves the
store consistent and the next round resumes (a first sync is the same walk from the
start: a paged snapshot). Applying uses the merge rules shared with the hub.

The console calls ``sync_once`` from a background thread; it returns a ``SyncReport``
(never raises for a sync failure: ``error`` holds one sentence for the user).
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import SQLAlchemyError

from carecenter.db.models import SYNCED_MODELS, Customer, OutboxOp
from carecenter.db.store import Store
from carecenter.services.search.index import reindex
from carecenter.services.tasks import Cancelled, TaskState
from carecenter.services.uow import ChangeSet, UnitOfWork
from carecenter.sync import protocol as p
from carecenter.sync.apply import local_state, restamp_pending
from carecenter.sync.outbox import set_aside, waiting_set_aside, wire_fields
from carecenter.sync.purge import ConfirmPurge, PurgeWatch
from carecenter.sync.replica_state import _get, _marks, _next_batch, _seen, _set
from carecenter.sync.transport import Transport

MODELS = {m.__tablename__: m for m in SYNCED_MODELS}
# Rows a pull page, each applied in one local transaction. A first sync of 100,000
# customers (1.36 M rows) ran 12-30% quicker with 20,000 than with 5,000: a quarter of the
# commits, each rewriting the index pages its rows touched.
PAGE = 20_000
# Rows a first walk of the hub names one by one in its report; past that only their tables
# are named. Naming all 13.6 million rows of a hub of a million customers kept 1.5 GB of
# ids for a change-set no view needs: nothing pulled by a first walk can be on screen
# before it ends (the search index is rebuilt at its end), and lists refresh by table.
FIRST_WALK_NAMED = 100_000
# Refusals that another op of the outbox may answer: tried again with the later batches of
# the round (at most MAX_WAITING ops at a time) before they are set aside.
WAITING = frozenset({"unknown_reference", "unknown_decision", "no_answer"})
MAX_WAITING = 2_000
Fault = Callable[[str], None]


@dataclass(frozen=True)
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    changes: ChangeSet = field(default_factory=ChangeSet)
    error: str | None = None
    pending: int = 0
    code: str | None = None
    refused: int = 0  # ops the hub refused this round (set aside, see services.set_aside)
    set_aside: int = 0  # ops set aside on this workstation, waiting to be fixed or discarded
    held: int = 0  # row states held this round: a purge waits for a supervisor (sync/purge)


class Replica:
    """One store syncing through one transport. ``fault`` is an injection point (tests,
    simulation); ``confirm_purge(n, live)`` is asked before a table's large purge is held
    for a supervisor (sync/purge.py): true, it goes ahead."""

    def __init__(self, store: Store, transport: Transport, *,
                 version: int = p.PROTOCOL_VERSION, fault: Fault | None = None,
                 confirm_purge: ConfirmPurge | None = None, page: int = PAGE,
                 batch: int = 500) -> None:
        self.store = store
        self.transport = transport
        self.version = version
        self.fault = fault
        self.confirm_purge = confirm_purge
        self.page = page
        self.batch = batch

    # -- one round -----------------------------------------------------------------------
    def sync(self, state: TaskState | None = None) -> SyncReport:
        acc = _Acc()
        try:
            self.push(acc, state)
            self.pull(acc, state)
        except p.SyncRefused as exc:
            return acc.report(self, exc.message, exc.code)
        except p.TransportError:
            return acc.report(self, "The hub cannot be reached: work goes on offline and "
                              "will be sent at the next sync.", "offline")
        except Cancelled:
            return acc.report(self, "Sync was stopped; it will go on at the next sync.",
                              "cancelled")
        except SQLAlchemyError as exc:  # this store, not the hub: said in one sentence
            return acc.report(self, "This workstation's store could not be written during "
                              f"the sync ({type(exc).__name__}): nothing was lost; sync "
                              "again, and if it happens again restart the console.", "store")
        return acc.report(self, None, None)

    def pending(self) -> int:
        with self.store.session() as s:
            return int(s.execute(select(func.count()).select_from(OutboxOp)).scalar_one())

    # -- push ----------------------------------------------------------------------------
    def push(self, acc: _Acc, state: TaskState | None = None) -> None:
        """Send the outbox in batches, in the order it was written. An op the hub refuses
        for want of another (a row it names, the answer that approves it: ``WAITING``)
        stays in the outbox and goes again with every later batch of this round, until
        what it waits for arrives; refused once more with nothing left to send, it is set
        aside like any refused op."""
        restamped = False
        waiting: set[str] = set()
        while True:
            if state:
                state.check()
            with self.store.session() as s:
                ops = _next_batch(s, self.batch, waiting)
                last = not ops or all(o.op_id in waiting for o in ops)
                marks = _marks(s)
                wire = wire_fields(s, ops, self.store.site_id)
            if not ops:
                return
            gone = [o.op_id for o, f in zip(ops, wire, strict=True) if f is None]
            if gone:  # rows removed before they were ever sent: nothing to push
                with self.store.session() as s, s.begin():
                    s.execute(delete(OutboxOp).where(OutboxOp.op_id.in_(gone)))
                waiting.difference_update(gone)
                continue
            req = p.PushRequest(self.version, self.store.site_id, [
                p.Op(o.op_id, o.table, o.row_id, o.kind, f, o.hlc, _seen(marks, o.hlc))
                for o, f in zip(ops, wire, strict=True) if f is not None])
            try:
                resp = self.transport.push(req)
            except p.SyncRefused as exc:
                if exc.code == "clock" and not restamped and self._clock_fixed(exc.hub_ms):
                    self.restamp()
                    restamped = True
                    continue
                raise
            if self.fault:
                self.fault("replica.push.before_ack")
            refused = resp.refused
            if not last:
                later = [r for r in refused if r.get("code") in WAITING
                         and len(waiting) < MAX_WAITING]
                waiting.update(str(r["op_id"]) for r in later)
                refused = [r for r in refused if r not in later]
            with self.store.session() as s, s.begin():
                s.execute(delete(OutboxOp).where(OutboxOp.op_id.in_(resp.acked)))
                acc.refused += set_aside(s, req.ops, refused)
                _set(s, "sync.hub_id", resp.hub_id)
            waiting.difference_update(resp.acked)
            waiting.difference_update(str(r["op_id"]) for r in refused)
            acc.pushed += len(resp.acked)

    def _clock_fixed(self, hub_ms: int) -> bool:
        return abs(self.store.clock.wall_ms() - hub_ms) <= p.CLOCK_LIMIT_MS

    def restamp(self) -> None:
        """Re-stamp the unsent ops after the workstation clock was put right."""
        from carecenter.services import uow as uow_module

        with UnitOfWork(self.store, remote=True) as uow:
            last = restamp_pending(uow.session, self.store.site_id, self.store.clock.wall_ms())
            with uow_module._clock_lock:
                self.store.clock.last = last
            _set(uow.session, "sync.marks", "[]")

    # -- pull ----------------------------------------------------------------------------
    def pull(self, acc: _Acc, state: TaskState | None = None) -> None:
        # While a page is applied, the next one is already asked for (its cursor came with
        # this one), so the hub's work overlaps the store's. A page that is never applied
        # (a kill, an error) is dropped: the cursor only moves with an applied page.
        pool = ThreadPoolExecutor(1, thread_name_prefix="sync-pull")
        pages = _Pages(self, pool)
        with self.store.session() as s:
            # A first walk of the hub (or one resumed after a kill) writes pages of thousands
            # of new rows, like an import, and leaves the search index to its end: one
            # rebuild instead of one per page of customers, phones, e-mails.
            first = _get(s, "sync.cursor") is None or _get(s, "sync.first") == "1"
        try:
            with self.store.bulk_work() if first else contextlib.nullcontext():
                self._pull(acc, pages, state, first=first)
        finally:
            pages.drop()
            pool.shutdown(wait=True)

    def _pull_request(self, cursor: str | None) -> p.PullRequest:
        return p.PullRequest(self.version, self.store.site_id, cursor, self.page, "rows")

    def _pull(self, acc: _Acc, pages: _Pages, state: TaskState | None, *,
              first: bool) -> None:
        with self.store.session() as s:
            cursor = _get(s, "sync.cursor")
            known_hub = _get(s, "sync.hub_id")
        purges = PurgeWatch(self.confirm_purge)
        while True:
            if state:
                state.check()
            resp = pages.get(cursor)
            if known_hub is not None and resp.hub_id != known_hub and cursor is not None:
                cursor, known_hub = None, resp.hub_id  # another hub: start over from its start
                first = True
                pages.drop()
                continue
            if not resp.done:
                pages.ask(resp.cursor)
            if self.fault:
                self.fault("replica.pull.before_apply")
            # cells stay ``[value, hlc, site]`` lists: apply makes Cells only where it merges;
            # a table in the "rows" shape is a list of value lists, in its ``columns``
            by_table: dict[str, list[Any]] = dict(resp.extra.get("pages") or {})
            for row in resp.rows:
                by_table.setdefault(row.table, []).append((row.id, row.cells))
            columns: dict[str, list[str]] = resp.extra.get("columns") or {}
            with UnitOfWork(self.store, remote=True) as uow:
                # a large purge of a table is held for a supervisor (sync/purge.py)
                held = purges.hold(uow.session, by_table, columns) if cursor is not None \
                    else []
                uow.session.add_all(held)
                for name, model in MODELS.items():
                    if name in by_table:
                        uow.apply_remote(model, by_table[name], columns.get(name))
                if first:
                    uow.defer_reindex()
                    if resp.done:
                        reindex(uow.session, list(uow.session.scalars(select(Customer.id))))
                    _set(uow.session, "sync.first", "0" if resp.done else "1")
                _set(uow.session, "sync.cursor", resp.cursor)
                _set(uow.session, "sync.hub_id", resp.hub_id)
                if resp.done:
                    marks = [*_marks(uow.session)[-50:], [self.store.clock.last, resp.watermark]]
                    _set(uow.session, "sync.marks", json.dumps(marks))
                if self.fault:
                    self.fault("replica.pull.before_commit")
            cursor, known_hub = resp.cursor, resp.hub_id
            acc.pulled += sum(len(rows) for rows in by_table.values()) + len(held)
            acc.held += len(held)
            acc.conflicts += len(uow.changes.rows.get("sync_conflict", ()))
            acc.add(uow.changes, ids=not first or acc.named < FIRST_WALK_NAMED)
            if state:
                state.progress(1.0 if resp.done else 0.5, "pull")
            if resp.done:
                return


class _Pages:
    """Pull pages, the next one asked for ahead on a worker thread."""

    def __init__(self, replica: Replica, pool: ThreadPoolExecutor) -> None:
        self.replica = replica
        self.pool = pool
        self.ahead: tuple[str | None, Future[p.PullResponse]] | None = None

    def ask(self, cursor: str | None) -> None:
        self.drop()
        self.ahead = (cursor, self.pool.submit(
            self.replica.transport.pull, self.replica._pull_request(cursor)))

    def get(self, cursor: str | None) -> p.PullResponse:
        if self.ahead is not None and self.ahead[0] == cursor:
            fut, self.ahead = self.ahead[1], None
            return fut.result()
        self.drop()
        return self.replica.transport.pull(self.replica._pull_request(cursor))

    def drop(self) -> None:
        """Forget the page asked ahead (waiting for its request to end)."""
        if self.ahead is not None:
            fut, self.ahead = self.ahead[1], None
            with contextlib.suppress(Exception):  # a page never used: its failure is moot
                fut.result()


class _Acc:
    def __init__(self) -> None:
        self.pushed = self.pulled = self.conflicts = self.refused = self.held = 0
        self.rows: dict[str, set[str]] = {}
        self.customers: set[str] = set()
        self.named = 0  # row ids held

    def add(self, c: ChangeSet, *, ids: bool = True) -> None:
        """Take what a unit of work changed: its tables, and unless ``ids`` is false the
        rows and customers it names."""
        for t, rows in c.rows.items():
            held = self.rows.setdefault(t, set())
            if ids:
                before = len(held)
                held.update(rows)
                self.named += len(held) - before
        if ids:
            self.customers.update(c.customer_ids)

    def report(self, r: Replica, error: str | None, code: str | None) -> SyncReport:
        changes = ChangeSet({t: frozenset(i) for t, i in self.rows.items()},
                            frozenset(self.customers))
        return SyncReport(self.pushed, self.pulled, self.conflicts, changes, error,
                          r.pending(), code, self.refused, waiting_set_aside(r.store),
                          self.held)


# -- the console's door --------------------------------------------------------------------
_hubs: dict[tuple[str, str | None], Any] = {}
_hubs_lock = threading.Lock()


def transport_for(hub_url: str, password: str | None = None, token: str | None = None,
                  tokens: Mapping[str, str] | None = None) -> Transport:
    """The transport to a hub: the hub service (``https://``, with the device token; with
    ``tokens``, agent id -> token, each op goes as its author: ``sync.authors``), or (the
    hub's own tools and tests) its database in this process."""
    from carecenter.sync.http_transport import HttpTransport, is_service_url

    if is_service_url(hub_url):
        default = HttpTransport(hub_url, token)
        if not tokens:
            return default
        from carecenter.sync.authors import AuthorTransport

        return AuthorTransport(default, {a: default if t == token else HttpTransport(hub_url, t)
                                         for a, t in tokens.items()})
    from carecenter.sync.hub import Hub
    from carecenter.sync.transport import InProcessTransport

    with _hubs_lock:
        hub = _hubs.get((hub_url, password))
        if hub is None:
            hub = _hubs[(hub_url, password)] = Hub(hub_url, password=password)
    return InProcessTransport(hub)


def sync_once(store: Store, hub_url: str, *, password: str | None = None,
              token: str | None = None, tokens: Mapping[str, str] | None = None,
              state: TaskState | None = None,
              confirm_purge: ConfirmPurge | None = None) -> SyncReport:
    """One sync round for the console (background thread) and ``carecenter sync``;
    ``tokens`` (agent id -> device token) sends each op as the agent who wrote it."""
    try:
        transport = transport_for(hub_url, password, token, tokens)
    except Exception as exc:  # a malformed URL or a missing driver
        return SyncReport(error=f"The hub address {hub_url!r} cannot be used "
                          f"({type(exc).__name__}).", code="config")
    try:
        return Replica(store, transport, confirm_purge=confirm_purge).sync(state)
    finally:
        close = getattr(transport, "close", None)
        if close is not None:
            close()


__all__ = ["Replica", "SyncReport", "local_state", "sync_once",
           "transport_for"]
