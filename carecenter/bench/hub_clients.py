"""Simulated workstations for ``carecenter bench hub``: asyncio clients over real HTTP.

Each desk holds one signed-in device's token, its own pull cursor and an outbox. The ops
are what a desk's outbox holds after an agent's work (``services/uow.py`` writes one op
per row, its fields as ``{column: [value, hlc]}``): a contact logged with a customer
(most of the work), a case opened with its first contact, now and then a decision
granted within the agent's authority with its contact. They name customers the hub
already has and pass the hub's per-op checks (``sync/op_checks.py``); the hub stamps the
author and site from the token.

Two phases, each against the service instances given (requests spread round-robin over
them, as a load balancer would):

- ``steady``: every desk runs a sync round every ``interval`` seconds (staggered): push
  its outbox, then pull until the hub says done; meanwhile the agents write ops at a
  fixed total rate. Only requests started after a warm-up of one interval are measured,
  so every measured pull carries an interval's worth of other desks' work, as in use.
- ``capacity``: a closed loop: ``loops`` desks run sync rounds back to back (push the
  mean outbox of a round, then pull), for the throughput each configuration sustains.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from carecenter.bench.hub_http import Http
from carecenter.clock import hlc_of
from carecenter.db.base import to_text
from carecenter.sync.protocol import PROTOCOL_VERSION

PAGE = 20_000  # rows a pull page, as the replica asks (sync/replica.py PAGE)
_HEAD = re.compile(rb'"cursor":"([^"]*)","done":(true|false)')
REMEDIES = (("fee_waiver", 1500), ("credit", 2000), ("discount", 1000))
CATEGORIES = ("billing_error", "late_delivery", "defective_product", "other")
SUMMARIES = ("Asked about the last invoice", "Delivery two days late, apologised",
             "Wants to change the plan", "Double charge on the card, refunded",
             "Called back as promised", "Router replaced at the counter")


@dataclass
class Desk:
    token: str
    site: str
    agent_id: str
    cursor: str | None = None
    outbox: list[dict[str, Any]] = field(default_factory=list)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"}


@dataclass
class Tally:
    """What one phase measured; latencies in ms, of requests started inside the window."""

    pull_ms: list[float] = field(default_factory=list)
    push_ms: list[float] = field(default_factory=list)
    pull_bytes: int = 0
    rounds: int = 0
    ops_acked: int = 0
    ops_written: int = 0
    refused: int = 0
    errors: int = 0
    error_samples: list[str] = field(default_factory=list)
    refused_samples: list[str] = field(default_factory=list)
    # every op acked in the phase, warm-up included: (op_id, table, row_id)
    acked: list[tuple[str, str, str]] = field(default_factory=list)

    def error(self, what: str) -> None:
        self.errors += 1
        if len(self.error_samples) < 3:
            self.error_samples.append(what[:200])


# -- ops --------------------------------------------------------------------------------
class Ops:
    """Outbox ops of a desk's work, about existing ``customers``."""

    def __init__(self, customers: list[str], rng: random.Random) -> None:
        self.customers, self.rng = customers, rng

    def _op(self, table: str, values: dict[str, Any]) -> dict[str, Any]:
        hlc = hlc_of(time.time_ns() // 1_000_000)
        rid = values["id"]
        return {"op_id": str(uuid.uuid4()), "table": table, "row_id": rid, "kind": "insert",
                "fields": {k: [v, hlc] for k, v in values.items()}, "hlc": hlc, "seen": 0}

    def contact(self, desk: Desk, customer: str, now: str) -> dict[str, Any]:
        r = self.rng
        return self._op("contact", {
            "id": str(uuid.uuid4()), "customer_id": customer, "at": now,
            "channel": r.choice(("phone", "phone", "phone", "counter", "email")),
            "direction": r.choice(("inbound", "inbound", "outbound")),
            "team": r.choice(("service", "service", "store", "marketing")),
            "outcome": r.choice(("reached", "resolved", "info", "callback")),
            "agent_id": desk.agent_id, "duration_s": r.randint(30, 900),
            "summary": r.choice(SUMMARIES)})

    def case(self, desk: Desk, customer: str, now: str) -> dict[str, Any]:
        return self._op("case", {
            "id": str(uuid.uuid4()), "customer_id": customer,
            "category": self.rng.choice(CATEGORIES), "severity": "medium", "status": "open",
            "summary": self.rng.choice(SUMMARIES), "opened_at": now,
            "opened_by_id": desk.agent_id, "close_override": False})

    def decision(self, desk: Desk, customer: str, now: str) -> dict[str, Any]:
        remedy, cents = self.rng.choice(REMEDIES)
        return self._op("decision", {
            "id": str(uuid.uuid4()), "customer_id": customer, "agent_id": desk.agent_id,
            "remedy": remedy, "amount_cents": cents, "currency": "EUR",
            "authority_state": "within", "at": now})

    def work(self, desk: Desk) -> list[dict[str, Any]]:
        """One piece of an agent's work: a contact (75%), a case opened with its contact
        (20%) or a remedy granted with its contact (5%)."""
        customer = self.rng.choice(self.customers)
        now = to_text(datetime.now(UTC))
        roll = self.rng.random()
        ops = [self.contact(desk, customer, now)]
        if roll < 0.05:
            ops.append(self.decision(desk, customer, now))
        elif roll < 0.25:
            ops.append(self.case(desk, customer, now))
        return ops


# -- one sync round ------------------------------------------------------------------------
class Wire:
    """The desks' HTTP side: requests spread round-robin over ``bases``."""

    def __init__(self, http: Http, bases: list[str]) -> None:
        self.http, self.bases, self._next = http, bases, 0

    def base(self) -> str:
        self._next += 1
        return self.bases[self._next % len(self.bases)]

    async def _post(self, desk: Desk, path: str, body: dict[str, Any], tally: Tally,
                    ) -> tuple[float, bytes] | None:
        start = time.perf_counter()
        try:
            status, data = await self.http.post(self.base(), path, _json(body).encode(),
                                                desk.token)
        except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
            tally.error(f"{path}: {type(exc).__name__}")
            return None
        ms = (time.perf_counter() - start) * 1000
        if status != 200:
            tally.error(f"{path}: {status} {data[:120].decode('utf-8', 'replace')}")
            return None
        return ms, data

    async def push(self, desk: Desk, tally: Tally, measured: bool) -> None:
        if not desk.outbox:
            return
        ops = desk.outbox[:2000]
        got = await self._post(desk, "/v1/push", {"version": PROTOCOL_VERSION, "ops": ops},
                               tally)
        if got is None:
            return  # the outbox keeps them; the next round sends them again
        ms, data = got
        answer = json.loads(data)
        if measured:
            tally.push_ms.append(ms)
            tally.ops_acked += len(answer["acked"])
        acked = set(answer["acked"])
        for op in ops:
            if op["op_id"] in acked:
                tally.acked.append((op["op_id"], op["table"], op["row_id"]))
        tally.refused += len(answer["refused"])
        for ref in answer["refused"][: max(0, 3 - len(tally.refused_samples))]:
            tally.refused_samples.append(f"{ref.get('code')}: {ref.get('message')}"[:200])
        done = acked | {ref["op_id"] for ref in answer["refused"]}
        desk.outbox = [op for op in desk.outbox if op["op_id"] not in done]

    async def pull(self, desk: Desk, tally: Tally, measured: bool) -> None:
        for _page in range(50):
            got = await self._post(desk, "/v1/pull", {
                "version": PROTOCOL_VERSION, "cursor": desk.cursor, "limit": PAGE,
                "shape": "rows"}, tally)
            if got is None:
                return
            ms, data = got
            head = _HEAD.search(data, 0, 8192)
            if head is None:
                tally.error("pull: an answer without a cursor")
                return
            if measured:
                tally.pull_ms.append(ms)
                tally.pull_bytes += len(data)
            desk.cursor = head.group(1).decode()
            if head.group(2) == b"true":
                return

    async def round(self, desk: Desk, tally: Tally, measured: bool) -> None:
        await self.push(desk, tally, measured)
        await self.pull(desk, tally, measured)
        if measured:
            tally.rounds += 1


def _json(obj: Any) -> str:
    return json.dumps(obj, separators=(",", ":"))


# -- the phases --------------------------------------------------------------------------
async def steady(wire: Wire, desks: list[Desk], ops: Ops, *, rate: float, interval: float,
                 seconds: float, on_measure: Any = None) -> Tally:
    """Rounds every ``interval`` s per desk while ops are written at ``rate`` per second;
    a warm-up of one interval, then ``seconds`` measured. ``on_measure`` is called when
    the measured window opens."""
    tally = Tally()
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    opens, end = t0 + interval, t0 + interval + seconds

    async def desk_loop(desk: Desk, offset: float) -> None:
        at = t0 + offset
        while at < end:
            await asyncio.sleep(max(0.0, at - loop.time()))
            await wire.round(desk, tally, measured=loop.time() >= opens)
            at += interval

    async def writer() -> None:
        owed, last = 0.0, loop.time()
        while loop.time() < end:
            await asyncio.sleep(0.05)
            now = loop.time()
            owed += rate * (now - last)
            last = now
            while owed >= 1:
                desk = ops.rng.choice(desks)
                work = ops.work(desk)
                desk.outbox.extend(work)
                owed -= len(work)
                if now >= opens:
                    tally.ops_written += len(work)

    async def opener() -> None:
        await asyncio.sleep(max(0.0, opens - loop.time()))
        if on_measure is not None:
            on_measure()

    rng = ops.rng
    await asyncio.gather(writer(), opener(),
                         *(desk_loop(d, rng.uniform(0, interval)) for d in desks))
    return tally


async def capacity(wire: Wire, desks: list[Desk], ops: Ops, *, loops: int,
                   seconds: float, batch: int) -> tuple[Tally, float]:
    """``loops`` desks in a closed loop of sync rounds, each pushing about ``batch`` ops;
    returns the tally and the seconds the loop ran."""
    tally = Tally()
    loop = asyncio.get_running_loop()
    start = loop.time()
    end = start + seconds

    async def one(desk: Desk) -> None:
        while loop.time() < end:
            while len(desk.outbox) < batch:
                work = ops.work(desk)
                desk.outbox.extend(work)
                tally.ops_written += len(work)
            await wire.round(desk, tally, measured=True)

    await asyncio.gather(*(one(d) for d in desks[:loops]))
    return tally, loop.time() - start


def run(coro: Any) -> Any:
    return asyncio.run(coro)
