"""The one door for writes: a unit of work that stamps and logs every change for sync.

Each write to a replicated table happens inside ``with UnitOfWork(store) as uow:``.
In the same transaction it stamps the row with the store's hybrid logical clock, records
an outbox op ``(op_id, table, row_id, kind, fields {name: [value, hlc]}, created_at)``,
refreshes the search index of the customers it touched, and persists the clock.
A guard on the engine refuses any INSERT/UPDATE/DELETE on a replicated table issued
outside a unit of work, so no code path can write without its sync op.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Connection, insert, inspect
from sqlalchemy.orm import Session

from carecenter.clock import utcnow
from carecenter.db.base import Synced, jsonable, to_text
from carecenter.db.guard import arm, driver_connection, lift
from carecenter.db.models import (
    Contact,
    Customer,
    CustomerEmail,
    CustomerPhone,
    OutboxOp,
    StoreMeta,
)
from carecenter.db.store import Store
from carecenter.ids import new_id, new_ids
from carecenter.services.bulk_rows import (
    columns_of,
    encode_columns,
    insert_plan,
    op_id_prefix,
    outbox_sql,
)
from carecenter.services.search.index import DEFERRING, reindex, settle_moves
from carecenter.sync.op_values import refuse_values

if TYPE_CHECKING:
    pass

T = TypeVar("T", bound=Synced)

_SYNC_COLUMNS = frozenset({"hlc", "site", "clocks"})
_clock_lock = threading.Lock()


@dataclass(frozen=True)
class ChangeSet:
    """What a write changed: views refresh only what it names (conventions 5)."""

    rows: Mapping[str, frozenset[str]] = field(default_factory=dict)
    customer_ids: frozenset[str] = frozenset()

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(self.rows)

    def touches(self, table: str) -> bool:
        return table in self.rows

    def __bool__(self) -> bool:
        return bool(self.rows)


_DEFAULTED: dict[str, frozenset[str]] = {}


def _defaulted(model: type[Synced]) -> frozenset[str]:
    """The columns the flush fills in when left None."""
    name = model.__tablename__
    if name not in _DEFAULTED:
        _DEFAULTED[name] = frozenset(c.key for c in inspect(model).column_attrs
                                     if c.columns[0].default is not None)
    return _DEFAULTED[name]


def column_names(model: type[Synced]) -> list[str]:
    return [c.key for c in inspect(model).column_attrs if c.key not in _SYNC_COLUMNS]


class UnitOfWork:
    """``with UnitOfWork(store) as uow: uow.add(row)`` — commits on success, rolls back on
    error; ``uow.changes`` tells what was written."""

    def __init__(self, store: Store, *, remote: bool = False,
                 references_checked: bool = False) -> None:
        self.store = store
        self.session: Session = store.session()
        # remote=True: the sanctioned path for sync to write what it pulled (apply_remote),
        # with foreign keys off, since rows from other sites arrive in any order.
        self._remote = remote
        # references_checked=True: the caller has looked up every id its rows refer to
        # (an import batch), so SQLite need not look them up again: foreign keys off
        # (a tenth of a contacts batch's insert). Referenced rows are never removed, only
        # marked deleted, so an id looked up stays valid.
        self._fk_off = remote or references_checked
        self._conn: Connection | None = None
        self._rows: dict[str, set[str]] = {}
        self._customers: set[str] = set()
        self._reindex: set[str] = set()
        self._contacted: set[str] = set()  # their search documents may move up (move_up)
        self.changes = ChangeSet()

    # -- lifecycle ---------------------------------------------------------------------
    def __enter__(self) -> UnitOfWork:
        if self._fk_off:
            self._conn = self.store.engine.connect()
            raw = self._conn.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys=OFF")
            self.session = Session(bind=self._conn, expire_on_commit=False)
        self.session.begin()
        # The write guard (db/guard.py) off on this connection for this transaction only.
        # Kept: after an interrupted statement (Ctrl+C) the connection cannot be asked for
        # again until rolled back, and the guard must be back before it returns to the pool.
        self._raw = driver_connection(self.session.connection())
        lift(self._raw)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if exc_type is None:
                self._finish()
                arm(self._raw)
                self.session.commit()
                self.changes = ChangeSet(
                    {t: frozenset(ids) for t, ids in self._rows.items()},
                    frozenset(self._customers),
                )
            else:
                arm(self._raw)
                self.session.rollback()
        finally:
            arm(self._raw)
            self.session.close()
            if self._conn is not None:
                raw = self._conn.connection.driver_connection
                assert raw is not None
                raw.execute("PRAGMA foreign_keys=ON")
                self._conn.close()

    def _finish(self) -> None:
        self.session.flush()
        placed = reindex(self.session, self._reindex) if self._reindex else set()
        settle_moves(self.session, self._contacted - placed, self.store)
        self.session.merge(StoreMeta(key="hlc", value=str(self.store.clock.last)))

    # -- writes ------------------------------------------------------------------------
    def tick(self) -> int:
        with _clock_lock:
            return self.store.clock.tick()

    def add(self, row: T) -> T:
        """Insert a new replicated row (its id is made here when missing).

        Its values are checked first as the hub checks them (``op_values``): a bad one
        raises ``ValueRefused`` and nothing is written. A None left for a column with a
        default is not checked: the flush fills it in."""
        if not row.id:
            row.id = new_id()
        names = column_names(type(row))
        refuse_values(type(row).__tablename__, "insert", row.id, {
            n: jsonable(v) for n in names
            if (v := getattr(row, n)) is not None or n not in _defaulted(type(row))})
        hlc = self.tick()
        row.hlc, row.site = hlc, self.store.site_id
        row.clocks = {n: hlc for n in names if n != "id"}
        self.session.add(row)
        # Without ORM relationships the flush cannot order rows by their foreign keys,
        # so each row goes in when added, in the order the caller made them; the flush
        # also fills column defaults, so the op carries every value.
        self.session.flush()
        values = {n: getattr(row, n) for n in names}
        # A merge record (no customer_id) concerns the customer kept: its view reloads.
        self._log(type(row), row.id, "insert", values, hlc=hlc,
                  customer_id=values.get("customer_id") or values.get("kept_id"))
        return row

    def add_all(self, rows: Iterable[Synced]) -> None:
        for row in rows:
            self.add(row)

    def update(self, row: T, **changes: Any) -> T:
        """Change some fields of a mutable row; each changed field gets the new clock.

        Append-only rows refuse, except for the fields their model lets move forward
        (``FORWARD_FIELDS``, e.g. a decision's authority state): those are written and
        logged as any update; the caller only ever moves them forward.
        """
        forward: frozenset[str] = getattr(type(row), "FORWARD_FIELDS", frozenset())
        if type(row).KIND != "mutable" and not (changes and set(changes) <= forward):
            raise TypeError(f"{type(row).__tablename__} rows are append-only")
        names = set(column_names(type(row)))
        unknown = set(changes) - names
        if unknown or "id" in changes:
            raise AttributeError(f"cannot set {sorted(unknown | ({'id'} & set(changes)))}")
        changed = {k: v for k, v in changes.items() if getattr(row, k) != v}
        if not changed:
            return row
        refuse_values(type(row).__tablename__, "update", row.id,
                      {k: jsonable(v) for k, v in changed.items()})
        hlc = self.tick()
        for k, v in changed.items():
            setattr(row, k, v)
        row.clocks = {**(row.clocks or {}), **dict.fromkeys(changed, hlc)}
        row.hlc, row.site = hlc, self.store.site_id
        self.session.add(row)
        self._log(type(row), row.id, "update", changed, hlc=hlc,
                  customer_id=getattr(row, "customer_id", None))
        return row

    def delete(self, row: Synced) -> None:
        """Deletes are tombstones: the row stays, marked deleted, and the mark syncs."""
        if "deleted" not in column_names(type(row)):
            raise TypeError(f"{type(row).__tablename__} rows cannot be deleted")
        self.update(row, deleted=True)

    def bulk_insert(self, model: type[Synced], rows: list[dict[str, Any]]) -> None:
        """Insert many new rows at executemany speed, with their outbox ops.

        Each dict holds the model's columns (``id`` made when missing); for imports and
        demo data where building ORM objects would cost more than the insert itself.
        """
        if not rows:
            return
        plan = insert_plan(model, self.session.get_bind().dialect)
        if plan is None:
            self._bulk_insert_orm(model, rows)
            return
        missing = [r for r in rows if not r.get("id")]
        for r, rid in zip(missing, new_ids(len(missing)), strict=True):
            r["id"] = rid
        self.bulk_insert_columns(model, columns_of(plan, rows))

    def bulk_insert_columns(self, model: type[Synced], columns: dict[str, list[Any]]) -> None:
        """``bulk_insert`` for rows given column by column (``{name: [value of each
        row]}``, every list as long; a column left out takes its default, ``id`` is made
        when absent): what a bulk writer that already has columns saves is a dict a row."""
        n = len(next(iter(columns.values()), ()))
        if not n:
            return
        plan = insert_plan(model, self.session.get_bind().dialect)
        if plan is None:
            names = list(columns)
            self._bulk_insert_orm(model, [dict(zip(names, values, strict=True))
                                          for values in zip(*columns.values(), strict=True)])
            return
        unknown = set(columns) - {c.name for c in plan.columns}
        if unknown:
            raise AttributeError(f"{plan.table} has no column {sorted(unknown)}")
        own_ids = "id" not in columns  # made here: in time order, never used before
        if own_ids:
            columns = {**columns, "id": new_ids(n)}
        ids = columns["id"]
        # SQLite writes the ops itself (bulk_rows.outbox_select) for most models.
        in_sql = plan.outbox_select is not None
        hlcs = self._ticks(n)
        params, fields, _ = encode_columns(plan, columns, n, hlcs, self.store.site_id,
                                           fields=not in_sql)
        conn = self.session.connection()
        created = to_text(utcnow())
        if in_sql:
            assert plan.outbox_select is not None
            last = conn.exec_driver_sql(
                f'SELECT max(rowid) FROM "{plan.table}"').scalar() or 0
            conn.exec_driver_sql(plan.sql, params)
            # The rows just inserted are those past the largest rowid before (new rowids
            # grow while it is below 2**63-1); the count proves it.
            sql, args = ((plan.outbox_select_own_ids, (last, created)) if own_ids
                         else (plan.outbox_select, (last, created, op_id_prefix())))
            assert sql is not None  # both statements or neither (bulk_rows._make_plan)
            done = conn.exec_driver_sql(sql, args).rowcount
            if done != n:
                raise RuntimeError(f"bulk insert into {plan.table}: {done} outbox ops "
                                   f"for {n} rows")
        else:
            conn.exec_driver_sql(plan.sql, params)
            conn.exec_driver_sql(outbox_sql(conn.dialect), list(zip(
                new_ids(n), [plan.table] * n, ids, ["insert"] * n,
                fields, hlcs, [created] * n, strict=True)))
        self._note_many(model, ids, columns.get("customer_id") or [None] * n)

    def _ticks(self, n: int) -> range:
        """``n`` consecutive clock values, as ``n`` calls of tick() within one millisecond."""
        with _clock_lock:
            first = self.store.clock.tick()
            self.store.clock.observe(first + n - 1)
        return range(first, first + n)

    def _bulk_insert_orm(self, model: type[Synced], rows: list[dict[str, Any]]) -> None:
        names = column_names(model)
        ops = []
        now = utcnow()
        site = self.store.site_id
        for r in rows:
            rid = r.get("id") or new_id()
            r["id"] = rid
            hlc = self.tick()
            r["hlc"], r["site"] = hlc, site
            r["clocks"] = {n: hlc for n in names if n != "id"}
            ops.append({
                "op_id": new_id(), "table": model.__tablename__, "row_id": rid,
                "kind": "insert", "hlc": hlc, "created_at": now,
                "fields": {n: [jsonable(r.get(n)), hlc] for n in names},
            })
            self._note(model, rid, r.get("customer_id"))
        self.session.execute(insert(model), rows)
        self.session.execute(insert(OutboxOp), ops)

    def apply_remote(self, model: type[Synced], rows: Sequence[tuple[str, Any]],
                     columns: Sequence[str] | None = None) -> int:
        """Merge row states pulled from the hub with the sync merge rules; no outbox ops.

        ``rows`` are ``(id, cells)``, or with ``columns`` the list of each row's values
        (the pull's "rows" shape). Only in ``UnitOfWork(store, remote=True)``. Returns how many rows
        changed.
        """
        if not self._remote:
            raise RuntimeError("apply_remote needs UnitOfWork(store, remote=True)")
        from carecenter.sync.apply import apply_row_values, apply_rows

        if columns is not None:
            ids, owners, top = apply_row_values(self.session, model, columns, rows,
                                                self.store.site_id)
        else:
            changed, top = apply_rows(self.session, model, rows, self.store.site_id)
            ids, owners = [r for r, _ in changed], [c for _, c in changed]
        with _clock_lock:
            self.store.clock.observe(top)
        if ids:
            self._note_many(model, ids, owners)
        return len(ids)

    def defer_reindex(self) -> frozenset[str]:
        """Take the customers whose search documents this unit of work would rebuild; the
        caller rebuilds them later (a first sync: the whole store once, at its end)."""
        ids = frozenset(self._reindex)
        self._reindex.clear()
        self._contacted.clear()  # the rebuild places every document by its last contact
        return ids

    # -- bookkeeping -------------------------------------------------------------------
    def _log(self, model: type[Synced], row_id: str, kind: str, values: dict[str, Any], *,
             hlc: int, customer_id: str | None) -> None:
        self.session.add(OutboxOp(
            op_id=new_id(), table=model.__tablename__, row_id=row_id, kind=kind, hlc=hlc,
            created_at=utcnow(), fields={k: [jsonable(v), hlc] for k, v in values.items()},
        ))
        self._note(model, row_id, customer_id)

    def _note_many(self, model: type[Synced], row_ids: list[str],
                   customer_ids: list[str | None]) -> None:
        self._rows.setdefault(model.__tablename__, set()).update(row_ids)
        touched = set(row_ids) if model is Customer else {c for c in customer_ids if c}
        self._customers |= touched
        if model in (Customer, CustomerPhone, CustomerEmail):
            self._reindex |= touched
        elif model is Contact:
            self._contacted |= touched

    def _note(self, model: type[Synced], row_id: str, customer_id: str | None) -> None:
        self._rows.setdefault(model.__tablename__, set()).add(row_id)
        if model is Customer:
            customer_id = row_id
        if customer_id:
            self._customers.add(customer_id)
            if model in (Customer, CustomerPhone, CustomerEmail):
                self._reindex.add(customer_id)
            elif model is Contact:
                self._contacted.add(customer_id)


@contextmanager
def search_moves_deferred(store: Store) -> Iterator[None]:
    """Within (a bulk import): the units of work note whose search documents move up to a
    newer contact instead of moving them each batch; they move once, at the end (after a
    kill, with the next commit)."""
    DEFERRING.add(store)
    try:
        yield
    finally:
        DEFERRING.discard(store)
        with UnitOfWork(store):
            pass  # its commit makes the noted moves
