"""How a replica reaches the hub.

``InProcessTransport`` calls a ``Hub`` directly, passing every request and response
through its JSON wire form (so nothing that cannot travel is relied on).
``FaultyTransport`` wraps another transport and, as a plan decides, drops the request
(the hub never sees it), drops the response (the hub committed, the replica never hears)
or delivers the request twice: the faults of a real network, for tests and simulation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from sqlalchemy.exc import OperationalError

from carecenter.sync import protocol as p

if TYPE_CHECKING:  # the hub (PostgreSQL dialect, Alembic) is not the console's to load
    from carecenter.sync.hub import Hub


class Transport(Protocol):
    def push(self, req: p.PushRequest) -> p.PushResponse: ...
    def pull(self, req: p.PullRequest) -> p.PullResponse: ...


class InProcessTransport:
    def __init__(self, hub: Hub) -> None:
        self.hub = hub

    def push(self, req: p.PushRequest) -> p.PushResponse:
        try:
            resp = self.hub.push(p.push_request(p.dumps(req)))
        except OperationalError as exc:
            raise p.TransportError(str(exc.orig)) from exc
        return p.push_response(p.dumps(resp))

    def pull(self, req: p.PullRequest) -> p.PullResponse:
        try:
            resp = self.hub.pull(p.pull_request(p.dumps(req)))
        except OperationalError as exc:
            raise p.TransportError(str(exc.orig)) from exc
        return p.pull_response(p.dumps(resp))


# A plan gets "push" or "pull" and answers None (deliver), "drop_request",
# "drop_response" or "duplicate".
Plan = Callable[[str], str | None]


class FaultyTransport:
    def __init__(self, inner: Transport, plan: Plan) -> None:
        self.inner = inner
        self.plan = plan
        self.online = True

    def _fault(self, what: str) -> str | None:
        if not self.online:
            raise p.TransportError("the hub cannot be reached (partition)")
        fault = self.plan(what)
        if fault == "drop_request":
            raise p.TransportError("request lost")
        return fault

    def push(self, req: p.PushRequest) -> p.PushResponse:
        fault = self._fault("push")
        resp = self.inner.push(req)
        if fault == "duplicate":
            resp = self.inner.push(req)
        if fault == "drop_response":
            raise p.TransportError("response lost")
        return resp

    def pull(self, req: p.PullRequest) -> p.PullResponse:
        fault = self._fault("pull")
        resp = self.inner.pull(req)
        if fault == "duplicate":
            resp = self.inner.pull(req)
        if fault == "drop_response":
            raise p.TransportError("response lost")
        return resp
