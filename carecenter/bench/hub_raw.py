"""The raw figure of ``carecenter bench hub``: the very queries a pull and a push run,
executed directly against PostgreSQL with psycopg, in the same run as the service figures.

The statements are captured from the project's own ``Hub.pull`` and ``Hub.push`` (a
SQLAlchemy ``before_cursor_execute`` hook: the SQL text and the parameters handed to the
driver), then replayed with a bare psycopg connection, each replay one transaction that
commits, as the hub's does. A replayed push gets fresh op and row ids each time (so it
inserts, as a real push does, instead of finding every op already taken). What the raw
figure leaves out is therefore exactly the project's own work around the queries: HTTP,
JSON, the token's look-up, pydantic, SQLAlchemy and the checks' Python code.

The raw pull starts where the measured window of the last configuration opened, so it
carries that window's work and the closed loop's after it: a bigger pull than a desk's
(the figures report its rows and bytes). The same pull and push are also timed
in-process (``Hub.pull``/``Hub.push`` called directly, no HTTP): the gap between
in-process and over HTTP is the service's share.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url

from carecenter.bench.stats import percentile, round_ms
from carecenter.sync.hub import ORDER, Hub
from carecenter.sync.hub_cursor import _encode_cursor
from carecenter.sync.protocol import PROTOCOL_VERSION, Op, PullRequest, PushRequest, dumps
from carecenter.sync.refusals import Principal

Statement = tuple[str, Any, bool]


def raw_url(url: str) -> str:
    """The SQLAlchemy URL as libpq takes it."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def capture(hub: Hub, fn: Callable[[], Any]) -> list[Statement]:
    """The statements ``fn`` sends through ``hub``'s engine, in order."""
    got: list[Statement] = []

    def before(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
               executemany: bool) -> None:
        got.append((statement, parameters, executemany))

    event.listen(hub.engine, "before_cursor_execute", before)
    try:
        fn()
    finally:
        event.remove(hub.engine, "before_cursor_execute", before)
    return got


def _swap(value: Any, fresh: dict[str, str]) -> Any:
    if isinstance(value, str):
        return fresh.get(value, value)
    if isinstance(value, dict):
        return {k: _swap(v, fresh) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_swap(v, fresh) for v in value)
    return value


def replay(pg: Any, statements: list[Statement], fresh: dict[str, str] | None = None
           ) -> float:
    """Run ``statements`` in one transaction (committed); returns the milliseconds."""
    start = time.perf_counter()
    with pg.transaction(), pg.cursor() as cur:
        for sql, params, many in statements:
            args = _swap(params, fresh) if fresh else params
            if many and not isinstance(args, dict):  # an insertmanyvalues batch is one dict
                cur.executemany(sql, args)
            else:
                cur.execute(sql, args)
                if cur.description is not None:
                    cur.fetchall()
    return (time.perf_counter() - start) * 1000


def _summary(name: str, ms: list[float]) -> dict[str, Any]:
    return {f"{name}_p50_ms": round_ms(percentile(ms, 50)),
            f"{name}_p95_ms": round_ms(percentile(ms, 95))}


def raw_figures(url: str, principal: Principal, make_ops: Callable[[], list[dict[str, Any]]],
                *, lo: int, samples: int = 20) -> dict[str, Any]:
    """Pull (from the hub position ``lo``: the rows of one pull interval) and push (a
    desk's outbox of a round, from ``make_ops``), each in-process and replayed raw."""
    import psycopg

    hub = Hub(url)
    out: dict[str, Any] = {"raw_samples": samples}
    try:
        hub.hub_id  # noqa: B018 (the schema check of a new Hub, not a pull's work)
        cursor = _encode_cursor({"lo": lo, "hi": None, "t": ORDER[0], "k": None})
        pull = PullRequest(PROTOCOL_VERSION, principal.site, cursor, 20_000, "rows")
        pull_sql = capture(hub, lambda: hub.pull(pull))
        ms = [(time.perf_counter(), hub.pull(pull), time.perf_counter()) for _ in range(samples)]
        out.update(_summary("inproc_pull", [(b - a) * 1000 for a, _r, b in ms]))
        resp = ms[-1][1]
        out["raw_pull_bytes"] = len(dumps(resp).encode())
        out["raw_pull_rows"] = sum(len(json.loads(page))
                                   for page in resp.extra.get("pages", {}).values())

        def push_once() -> tuple[float, list[str]]:
            ops = [Op(**o) for o in make_ops()]
            start = time.perf_counter()
            answer = hub.push(PushRequest(PROTOCOL_VERSION, principal.site, ops), principal)
            return (time.perf_counter() - start) * 1000, answer.acked

        pushed = [push_once() for _ in range(samples)]
        out.update(_summary("inproc_push", [m for m, _a in pushed]))
        batch = [Op(**o) for o in make_ops()]
        push_sql = capture(hub, lambda: hub.push(
            PushRequest(PROTOCOL_VERSION, principal.site, batch), principal))
        out["raw_push_ops"] = len(batch)
        ids = [op.op_id for op in batch] + [op.row_id for op in batch]
        with psycopg.connect(raw_url(url)) as pg:
            out.update(_summary("raw_pull", [replay(pg, pull_sql) for _ in range(samples)]))
            out.update(_summary("raw_push", [
                replay(pg, push_sql, {i: str(uuid.uuid4()) for i in ids})
                for _ in range(samples)]))
        out["raw_pull_statements"] = len(pull_sql)
        out["raw_push_statements"] = len(push_sql)
    finally:
        hub.close()
    return out
