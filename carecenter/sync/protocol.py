"""Requests and responses between a replica and the hub, as plain JSON-able dataclasses.

Every request carries ``version`` (the client's protocol version). The hub answers a
client older than ``MIN_CLIENT_VERSION`` with a ``SyncRefused("version", ...)``: the
client keeps its outbox and tells the user to update.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

PROTOCOL_VERSION = 1
MIN_CLIENT_VERSION = 1
CLOCK_LIMIT_MS = 5 * 60 * 1000


@dataclass(frozen=True)
class Op:
    """One outbox op: ``fields`` maps each written column to ``[value, hlc]``; ``seen`` is
    the hub watermark the replica had pulled when the op was written (every hub change
    below it was known to the writer), used to tell conflicts from overwrites."""

    op_id: str
    table: str
    row_id: str
    kind: str
    fields: dict[str, list[Any]]
    hlc: int
    seen: int = 0


@dataclass(frozen=True)
class PushRequest:
    version: int
    site: str
    ops: list[Op]


@dataclass(frozen=True)
class PushResponse:
    """``acked``: ops the hub took (or had already taken); ``refused``: ops it set aside,
    each ``Refusal.wire()`` (op_id, code, table, row_id, values, message). An op is in
    exactly one of the two; both leave the outbox."""

    acked: list[str]
    hub_ms: int
    hub_id: str
    conflicts: int = 0
    refused: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class PullRequest:
    """``shape="rows"`` asks for rows as the store keeps them (see ``PullResponse``); a hub
    that cannot make them answers with cells."""

    version: int
    site: str
    cursor: str | None
    limit: int = 2000
    shape: str = "cells"


class RawJSON(str):
    """JSON text made by the hub's database, put on the wire as it is (not re-encoded)."""


@dataclass(frozen=True)
class PullRow:
    """A row's full state: ``cells`` maps each column to ``[value, hlc, site]`` (on the hub,
    it may be that mapping's JSON text, ``RawJSON``)."""

    table: str
    id: str
    cells: dict[str, list[Any]] | RawJSON


@dataclass(frozen=True)
class PullResponse:
    """Row states since the cursor. In the "rows" shape, ``rows`` is empty,
    ``extra["columns"]`` names each table's columns and ``extra["pages"]`` maps each table
    to its rows, each the list of its values in that order, as the store keeps them
    (instants and dates as text, flags as 0/1, JSON as text, the ``clocks`` column as the
    hub's JSON text: each field's ``[hlc, site, txn]``)."""

    rows: list[PullRow]
    cursor: str
    done: bool
    watermark: int
    hub_id: str
    hub_ms: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


class SyncRefused(Exception):
    """The hub refused a request; ``message`` is one sentence for the user.

    ``code`` is ``"version"`` (client too old), ``"clock"`` (ops stamped too far ahead of
    the hub's clock), ``"schema"`` (hub not initialised or newer), ``"auth"`` (no valid
    sign-in: the token is missing, wrong or revoked), ``"disabled"`` (the agent was
    disabled), ``"request"`` (a request the hub cannot read) or ``"unavailable"`` (the
    hub's database cannot be reached).
    """

    def __init__(self, code: str, message: str, hub_ms: int = 0) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.hub_ms = hub_ms


class TransportError(Exception):
    """The request or its response was lost; nothing is known about its effect."""


# -- wire form ---------------------------------------------------------------------------
def _plain(obj: Any) -> Any:
    """A dataclass as its fields (json.dumps calls this for each one it meets); unlike
    ``asdict`` it copies nothing, which matters for pages of thousands of rows."""
    if is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: getattr(obj, f.name) for f in fields(obj)}
    raise TypeError(f"{type(obj).__name__} cannot travel to or from the hub")


def dumps(obj: Any) -> str:
    if isinstance(obj, PullResponse):
        return _dumps_pull(obj)
    return json.dumps(obj, default=_plain, separators=(",", ":"))


def _dumps_pull(resp: PullResponse) -> str:
    return pull_body(resp).decode()


def pull_body(resp: PullResponse) -> bytes:
    """A pull response as the bytes the service sends, with each row's cells (or each
    table's page, ``extra["pages"]``) spliced in as they are when the hub's database wrote
    their JSON: a page of thousands of rows is never parsed on the hub, and its text is
    copied once into the body (encoding it to UTF-8), not once per string built around it."""
    enc = json.JSONEncoder(separators=(",", ":")).encode
    parts = [b'{"rows":[']
    for i, r in enumerate(resp.rows):
        cells = r.cells if isinstance(r.cells, RawJSON) else enc(r.cells)
        parts.append(f'{"," if i else ""}{{"table":{enc(r.table)},"id":{enc(r.id)},'
                     f'"cells":{cells}}}'.encode())
    extra = dict(resp.extra)
    pages = extra.pop("pages", None)
    head = json.dumps({f.name: extra if f.name == "extra" else getattr(resp, f.name)
                       for f in fields(resp) if f.name != "rows"}, separators=(",", ":"))
    if pages is None:
        parts.append(f"],{head[1:]}".encode())
        return b"".join(parts)
    # head ends with the extra object's closing brace and its own
    parts.append(f'],{head[1:-2]}{"," if extra else ""}"pages":{{'.encode())
    for i, (n, v) in enumerate(pages.items()):
        parts.append(f'{"," if i else ""}{enc(n)}:'.encode())
        parts.append((v if isinstance(v, RawJSON) else enc(v)).encode())
    parts.append(b"}}}")
    return b"".join(parts)


def push_request(text: str) -> PushRequest:
    d = json.loads(text)
    return PushRequest(d["version"], d["site"], [Op(**o) for o in d["ops"]])


def push_response(text: str) -> PushResponse:
    return PushResponse(**json.loads(text))


def pull_request(text: str) -> PullRequest:
    return PullRequest(**json.loads(text))


def pull_response(text: str) -> PullResponse:
    d = json.loads(text)
    d["rows"] = [PullRow(**r) for r in d["rows"]]
    return PullResponse(**d)
