"""Building a demo store: the fixed rows, then customers in batches, a few batches one unit
of work (rows, outbox ops and search index in one transaction), so memory stays bounded
and a kill leaves only whole batches."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import text

from carecenter.clock import utcnow
from carecenter.db.store import Store
from carecenter.demo.coaching import add_coaching
from carecenter.demo.conflicts import add_two_desk_changes
from carecenter.demo.counter import add_counter_and_windows
from carecenter.demo.generator import BATCH, batch_count, customer_batch, make_context
from carecenter.demo.handovers import add_hand_overs
from carecenter.demo.reference import Rows, reference_rows
from carecenter.services.search.index import prime_national
from carecenter.services.tasks import TaskState
from carecenter.services.uow import UnitOfWork

# Generated batches (generator.BATCH customers each) written in one transaction: each
# commit writes every page its rows dirtied, and demo ids are spread over years, so their
# indexes take rows all over; fewer, bigger commits write those pages fewer times.
BATCHES_A_COMMIT = 4


class StoreNotEmpty(Exception):
    """The store already holds data; a demo is only built into a new or empty store."""

    def __init__(self, customers: int) -> None:
        super().__init__(customers)
        self.customers = customers


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    rows: dict[str, int]  # table -> rows written

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def anchor(day: date) -> datetime:
    """The demo's "now": midnight UTC at the start of ``day``."""
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def existing_data(store: Store) -> tuple[int, bool]:
    """(customers, whether any agent or customer row exists) in ``store``."""
    with store.session() as s:
        customers = s.execute(text("SELECT count(*) FROM customer")).scalar_one()
        agents = s.execute(text("SELECT EXISTS (SELECT 1 FROM agent)")).scalar_one()
    return int(customers), bool(customers or agents)


def build_demo(target: Store | Path | str, customers: int = 1000, seed: int = 1,
               now: datetime | None = None, state: TaskState | None = None) -> DemoSummary:
    """Fill an empty store (an open one, or the file at a path) with ``customers`` demo
    customers and their history; dates are relative to ``now`` (default: today 00:00 UTC).

    The same ``seed``, ``customers`` and ``now`` give the same data, ids included.
    Raises StoreNotEmpty, writing nothing, when the store already holds data.
    """
    if not isinstance(target, Store):
        store = Store.open(target)
        try:
            return build_demo(store, customers, seed, now, state)
        finally:
            store.close()
    store = target
    now = now or anchor(utcnow().date())
    count, used = existing_data(store)
    if used:
        raise StoreNotEmpty(count)
    ref, fixed = reference_rows(seed, now)
    written: Counter[str] = Counter()
    _write(store, fixed, written)
    ctx = make_context(seed, customers, now, ref)
    batches = batch_count(customers)
    with store.bulk_work():
        for first in range(0, batches, BATCHES_A_COMMIT):
            with UnitOfWork(store) as uow:
                for number in range(first, min(first + BATCHES_A_COMMIT, batches)):
                    if state:
                        state.progress(number / max(batches, 1), f"{number * BATCH} customers")
                    batch = customer_batch(ctx, number)
                    prime_national(batch.nationals)
                    _insert(uow, batch.rows, written)
    if conflicts := add_two_desk_changes(store, seed, now):
        written["sync_conflict"] += conflicts
    written.update(add_counter_and_windows(store, seed, now))
    if handed := add_hand_overs(store, seed, now):
        written["hand_over"] += handed
    written.update(add_coaching(store, seed, now))
    if state:
        state.progress(1.0, f"{customers} customers")
    return DemoSummary(customers, dict(written))


def _write(store: Store, rows: Rows, written: Counter[str]) -> None:
    with UnitOfWork(store) as uow:
        _insert(uow, rows, written)


def _insert(uow: UnitOfWork, rows: Rows, written: Counter[str]) -> None:
    for model, batch in rows:
        uow.bulk_insert(model, batch)
        written[model.__tablename__] += len(batch)
