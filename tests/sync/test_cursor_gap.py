"""The cursor-gap test of issue 3, on a real PostgreSQL (pgserver).

On PostgreSQL a sequence value is taken when a row is written, but transactions commit in
another order. Here writer 1 takes its sequence values and holds its transaction open
(the hub's fault hook blocks it just before the commit) while writer 2 commits higher
values and a puller polls. A naive ``seq > cursor`` poll moves past writer 2's values and
never sees writer 1's rows (the control: it really misses them); the hub's pull (xid8
snapshot bound) misses none.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from sqlalchemy import select

from carecenter.db.models import SYNCED_MODELS, Customer
from carecenter.db.store import Store
from carecenter.sync.hub import Hub
from carecenter.sync.hub_schema import TABLES
from carecenter.sync.replica import Replica, SyncReport
from carecenter.sync.transport import InProcessTransport
from tests.factories import add_contact, make_customer
from tests.sync.helpers import ok


class NaivePuller:
    """What the hub must not do: remember the greatest ``seq`` seen, ask for more."""

    def __init__(self, hub: Hub) -> None:
        self.hub = hub
        self.cursor = 0
        self.seen: set[tuple[str, str]] = set()

    def poll(self) -> None:
        top = self.cursor
        with self.hub.engine.connect() as conn:
            for name, t in TABLES.items():
                for rid, seq in conn.execute(select(t.c.id, t.c.seq).where(t.c.seq > self.cursor)):
                    self.seen.add((name, rid))
                    top = max(top, int(seq))
        self.cursor = top


def hub_rows(hub: Hub) -> set[tuple[str, str]]:
    out = set()
    with hub.engine.connect() as conn:
        for name, t in TABLES.items():
            out.update((name, rid) for rid in conn.execute(select(t.c.id)).scalars())
    return out


def store_rows(store: Store) -> set[tuple[str, str]]:
    out = set()
    with store.session() as s:
        for m in SYNCED_MODELS:
            t = m.__table__  # type: ignore[attr-defined]
            out.update((m.__tablename__, rid) for rid in s.execute(select(t.c.id)).scalars())
    return out


def held_push(url: str, store: Store) -> tuple[threading.Thread, threading.Event,
                                                 threading.Event, list[SyncReport]]:
    """Start a push whose hub transaction stops just before its commit until released."""
    entered, release = threading.Event(), threading.Event()

    def fault(where: str) -> None:
        if where == "hub.push.before_commit":
            entered.set()
            assert release.wait(60), "the held writer was never released"

    hub = Hub(url, fault=fault)
    out: list[SyncReport] = []

    def run() -> None:
        try:
            out.append(Replica(store, InProcessTransport(hub)).sync())
        finally:
            hub.close()

    th = threading.Thread(target=run, daemon=True)
    th.start()
    assert entered.wait(60), "the held writer never reached its commit"
    return th, entered, release, out


def test_out_of_order_commits_skip_a_naive_seq_poll_but_not_the_hub_pull(
        pg_url: str, make_store: Callable[[str], Store]) -> None:
    hub = Hub(pg_url)
    naive = NaivePuller(hub)
    puller = make_store("puller")
    writers = [(make_store(f"slow{i}"), make_store(f"fast{i}")) for i in range(3)]
    slow_customers: set[str] = set()
    try:
        for i, (slow, fast) in enumerate(writers):
            cid = make_customer(slow, f"S-{i}", "Lenta", f"Scrivente{i}",
                                phones=(f"+39061000000{i}",))
            add_contact(slow, cid)
            slow_customers.add(cid)
            make_customer(fast, f"F-{i}", "Veloce", f"Scrivente{i}", emails=(f"f{i}@example.org",))

            # Writer 1 has taken its txn id and sequence values and holds its transaction.
            th, _entered, release, result = held_push(pg_url, slow)
            # Writer 2 commits later values meanwhile; both pullers poll.
            ok(fast, hub)
            naive.poll()
            ok(puller, hub)
            # Writer 1 commits; both pullers poll again.
            release.set()
            th.join(60)
            assert result and result[0].error is None, result
            naive.poll()
            ok(puller, hub)

        everything = hub_rows(hub)
        # The control: the naive poll moved past the held writers' rows and missed them.
        missed = everything - naive.seen
        assert {rid for t, rid in missed if t == "customer"} == slow_customers
        naive.poll()
        assert everything - naive.seen == missed  # and polling again never brings them
        # The hub's pull misses nothing.
        assert store_rows(puller) == everything
        with puller.session() as s:
            assert set(s.scalars(select(Customer.id).where(Customer.id.in_(slow_customers)))) \
                == slow_customers
    finally:
        hub.close()
