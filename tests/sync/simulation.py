"""A world of several workstations and one hub, driven by hypothesis (test_simulation.py)
and by ``carecenter bench-sync --simulate N``.

Each step is a random offline edit of some aggregate on one workstation, a sync round
with a fault (request or response lost, request delivered twice, a kill before the hub
commits, before the replica applies or commits a page, before it removes acked ops), or
a partition toggled. Clocks are skewed by up to four minutes. Every write is logged as
it is made (from the op the unit of work recorded) so the winner of every field can be
worked out independently at the end.
"""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, text, update

from carecenter.clock import hlc_of
from carecenter.db import models as m
from carecenter.db.base import Synced
from carecenter.db.models import SYNCED_MODELS, OutboxOp, StoreMeta
from carecenter.db.store import Store
from carecenter.services.export import export_csv
from carecenter.services.uow import UnitOfWork
from carecenter.sync.hub import Hub, Killed, init_hub
from carecenter.sync.hub_export import export_hub_csv
from carecenter.sync.hub_schema import (
    TABLES,
    hub_account,
    hub_device,
    hub_meta,
    hub_op,
    hub_site,
)
from carecenter.sync.outbox import wire_fields
from carecenter.sync.replica import Replica
from carecenter.sync.transport import FaultyTransport, InProcessTransport, Transport
from tests.sync.consent_oracle import check_overruled, known_consents
from tests.sync.simulation_edits import ORDERS, T0, Edits, _add

APPEND = {mod.__tablename__ for mod in SYNCED_MODELS if mod.KIND == "append"}
# The forward-only orders, written out again here (not imported from the code under test).
FAULTS = [None, None, None, "drop_request", "drop_response", "duplicate", "kill_hub",
          "kill_apply", "kill_commit", "kill_ack"]


@dataclass
class World(Edits):
    hub: Hub
    stores: list[Store]
    now: list[int]
    skews: list[int]
    log: dict[tuple[str, str, str], list[tuple[Any, int, str]]] = field(default_factory=dict)
    created: dict[str, set[str]] = field(default_factory=dict)
    logged: set[str] = field(default_factory=set)
    partitioned: set[int] = field(default_factory=set)
    faults: list[str | None] = field(default_factory=list)
    seq: int = 0
    knew: dict[str, frozenset[str]] = field(default_factory=dict)  # consent_oracle
    # over HTTP: each workstation's transport to the hub service, signed in as a device
    transports: list[Transport] | None = None

    # -- edits -------------------------------------------------------------------------
    def ids(self, i: int, model: type[Synced], live: bool = False) -> list[str]:
        with self.stores[i].session() as s:
            q = select(model.id).order_by(model.id)
            deleted = model.__table__.c.get("deleted")
            if live and deleted is not None:
                q = q.where(deleted.is_(False))
            return list(s.scalars(q))

    def write(self, i: int, fn: Callable[[UnitOfWork], None]) -> None:
        store = self.stores[i]
        before = known_consents(store)
        with UnitOfWork(store) as uow:
            fn(uow)
        with store.session() as s:
            ops = s.scalars(select(OutboxOp).order_by(OutboxOp.seq)).all()
            sent = wire_fields(s, ops, store.site_id)  # a bulk insert's ops read the row
        for op, fields in zip(ops, sent, strict=True):
            if op.op_id in self.logged:
                continue
            self.logged.add(op.op_id)
            if op.kind == "insert":
                self.created.setdefault(op.table, set()).add(op.row_id)
                if op.table == "consent_event":
                    self.knew[op.row_id] = before
            for f, (value, hlc) in (fields or {}).items():
                if f != "id":
                    self.log.setdefault((op.table, op.row_id, f), []).append(
                        (value, int(hlc), store.site_id))

    def edit(self, i: int, rnd: random.Random) -> None:
        self.seq += 1
        n = self.seq
        at = T0 + timedelta(days=rnd.randrange(60), minutes=rnd.randrange(3))
        customers = self.ids(i, m.Customer, live=True)
        kind = rnd.randrange(16) if customers else 0
        c = rnd.choice(customers) if customers else ""
        done = (self._edit_people(i, rnd, kind, n, at, c) if kind <= 7
                else self._edit_work(i, rnd, kind, n, at, c, customers))
        if not done:
            self.write(i, _add(m.CustomerPhone, customer_id=c, e164=f"+3906333{n:05d}"))

    # -- sync --------------------------------------------------------------------------
    def sync(self, i: int, fault: str | None) -> str | None:
        kills = {"kill_hub": "hub.push.before_commit", "kill_apply": "replica.pull.before_apply",
                 "kill_commit": "replica.pull.before_commit", "kill_ack": "replica.push.before_ack"}

        def injector(point: str) -> None:
            if kills.get(fault or "") == point:
                raise Killed(point)

        plan_fault = fault if fault in ("drop_request", "drop_response", "duplicate") else None
        inner = self.transports[i] if self.transports else InProcessTransport(self.hub)
        transport = FaultyTransport(inner, lambda _what: plan_fault)
        transport.online = i not in self.partitioned
        self.hub.fault = injector
        replica = Replica(self.stores[i], transport, fault=injector, page=25, batch=10,
                          confirm_purge=lambda _n, _t: True)
        try:
            report = replica.sync()
        except Killed:
            self.restart(i)
            return "killed"
        finally:
            self.hub.fault = None
        return report.error

    def restart(self, i: int) -> None:
        """What a killed process keeps: only what it committed (its clock is reloaded)."""
        store = self.stores[i]
        with store.session() as s:
            store.clock.last = int(s.get(StoreMeta, "hlc").value)  # type: ignore[union-attr]

    def heal(self) -> None:
        self.partitioned.clear()
        for _ in range(2):
            for i in range(len(self.stores)):
                error = self.sync(i, None)
                assert error is None, error

    # -- checks ------------------------------------------------------------------------
    def check(self, tmp: Path) -> None:
        export_hub_csv(self.hub, tmp / "hub")
        for i, store in enumerate(self.stores):
            export_csv(store, tmp / f"r{i}")
            for path in sorted((tmp / "hub").iterdir()):
                assert (tmp / f"r{i}" / path.name).read_bytes() == path.read_bytes(), \
                    f"workstation {i} differs from the hub in {path.name}"
        hub_rows = {name: self.hub_rows(name) for name in self.created}
        for name, ids in self.created.items():
            assert set(hub_rows[name]) >= ids, f"{name}: rows lost"
            if name in APPEND:
                assert set(hub_rows[name]) == ids, f"{name}: rows made up"
        check_overruled(hub_rows.get("consent_event", {}), self.knew)
        for (name, rid, f), writes in self.log.items():
            if (name, f) == ("consent_event", "overruled"):
                continue  # the hub's mark: check_overruled
            got = hub_rows[name][rid][f]
            want = expected(name, f, writes)
            if (name, f) == ("decision", "authority_state"):
                want = "exceeds_cap" if rid in self.over_cap(hub_rows) else want
            assert _same(got, want), (name, rid, f, got, want, writes)

    def hub_rows(self, name: str) -> dict[str, dict[str, Any]]:
        from carecenter.db.base import jsonable

        t = TABLES[name]
        with self.hub.engine.connect() as c:
            return {r["id"]: {k: jsonable(v) for k, v in r.items()}
                    for r in c.execute(select(t)).mappings()}

    def over_cap(self, hub_rows: dict[str, dict[str, dict[str, Any]]]) -> set[str]:
        """Independently: decisions whose customer's 30-day total (up to and including
        them, in (at, id) order) is over 100 EUR."""
        out: set[str] = set()
        rows = sorted(hub_rows.get("decision", {}).values(), key=lambda r: (r["at"], r["id"]))
        for r in rows:
            start = datetime.fromisoformat(r["at"]) - timedelta(days=30)
            total = sum(o["amount_cents"] for o in rows if o["customer_id"] == r["customer_id"]
                        and datetime.fromisoformat(o["at"]) > start
                        and (o["at"], o["id"]) <= (r["at"], r["id"]))
            if total > 10_000:
                out.add(r["id"])
        return out


def expected(table: str, f: str, writes: list[tuple[Any, int, str]]) -> Any:
    """The winning value of one field from every write of it, by the documented rules."""
    if table in APPEND:
        if (table, f) == ("consent_event", "granted"):
            return min(v for v, _, _ in writes)
        return sorted(writes, key=lambda w: (w[1], w[2]))[0][0]
    order: list[Any] | None = ORDERS.get((table, f)) or (
        [False, True] if f == "deleted" else None)
    if order is not None:
        return sorted(writes, key=lambda w: (order.index(w[0]), w[1], w[2]))[-1][0]
    return sorted(writes, key=lambda w: (w[1], w[2]))[-1][0]


def _same(got: Any, want: Any) -> bool:
    return json.dumps(got, sort_keys=True, default=str) == json.dumps(want, sort_keys=True,
                                                                       default=str)


class Pool:
    """Stores and a SQLite hub opened once and emptied between examples (opening them per
    example would spend the whole budget on migrations and statement compilation).

    With ``http``, the hub service runs over the pool's hub (uvicorn on a free port, in a
    thread) and every workstation syncs through it: each example signs an administrator up
    again (the hub was emptied, agents included) and signs each store in as a device, so
    the hub stamps each store's own site; an administrator's writes are taken as written
    (no author stamping, no role gates), which is what the write log expects."""

    def __init__(self, where: Path, replicas: int, hub_url: str | None = None, *,
                 http: bool = False) -> None:
        self.where = where
        self.url = hub_url or f"sqlite:///{where / 'hub.db'}"
        init_hub(self.url)
        self.hub = Hub(self.url)
        self.stores = [Store.open(where / f"r{i}.db") for i in range(replicas)]
        self.service: Any = None
        self.transports: list[Any] = []
        if http:
            from carecenter.hub.service import create_app
            from tests.sync.conftest import Running

            self.service = Running(create_app(self.hub))

    def world(self, skews: list[int]) -> World:
        now = [hlc_of(0)]
        for n, store in enumerate(self.stores):
            _empty_store(store)
            skew = skews[n % len(skews)]
            store.clock.wall_ms = lambda skew=skew: _ms(now) + skew  # type: ignore[misc]
        _empty_hub(self.hub)
        self.hub.wall_ms = lambda: _ms(now)
        world = World(self.hub, self.stores, now, skews)
        if self.service is not None:
            world.transports = self._sign_in()
        return world

    def _sign_in(self) -> list[Any]:
        from carecenter.hub.identity import Identity
        from carecenter.sync.http_transport import HttpTransport

        self._close_transports()
        with self.hub.engine.begin() as c:
            c.execute(delete(hub_device))
            c.execute(delete(hub_account))
        Identity(self.hub).add_agent("sim", SIM_PASSWORD, "admin")
        for store in self.stores:
            signer = HttpTransport(self.service.url)
            try:
                token = signer.login("sim", SIM_PASSWORD, store.site_id, "simulation").token
            finally:
                signer.close()
            self.transports.append(HttpTransport(self.service.url, token))
        return list(self.transports)

    def _close_transports(self) -> None:
        for t in self.transports:
            t.close()
        self.transports = []

    def close(self) -> None:
        self._close_transports()
        if self.service is not None:
            self.service.stop()
        for s in self.stores:
            s.close()
        self.hub.close()
        shutil.rmtree(self.where, ignore_errors=True)


SIM_PASSWORD = "simulation password"


def _ms(now: list[int]) -> int:
    return 1_800_000_000_000 + now[0]


def _empty_store(store: Store) -> None:
    with UnitOfWork(store, remote=True) as uow:
        s = uow.session
        for model in reversed(SYNCED_MODELS):
            s.execute(delete(model))
        s.execute(delete(OutboxOp))
        s.execute(delete(StoreMeta).where(StoreMeta.key.like("sync.%")))
        s.execute(text("DELETE FROM search_doc"))
        s.execute(text("DELETE FROM customer_fts"))
        store.clock.last = 0
    with UnitOfWork(store, remote=True) as uow:
        uow.session.execute(update(StoreMeta).where(StoreMeta.key == "hlc").values(value="0"))
        store.clock.last = 0


def _empty_hub(hub: Hub) -> None:
    with hub.engine.begin() as c:
        for t in TABLES.values():
            c.execute(delete(t))
        c.execute(delete(hub_op))
        c.execute(delete(hub_site))
        c.execute(update(hub_meta).where(hub_meta.c.key == "txn").values(value="0"))
