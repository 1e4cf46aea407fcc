"""How a workstation reaches the hub service: the sync protocol over HTTP(S) with httpx.

The device token goes in the ``Authorization: Bearer`` header; it comes from the OS
keyring (``carecenter.sync.credentials``), never from a file. Answers map to the same
exceptions as the in-process transport: a refusal with its code (``auth`` for 401:
sign in again), ``TransportError`` for a lost request or response and for a 5xx (its
effect is unknown, so the outbox keeps everything and the next round resends).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from carecenter.sync import protocol as p

if TYPE_CHECKING:  # httpx is imported on first use: the console starts without it
    import httpx

TIMEOUT_S, CONNECT_TIMEOUT_S = 60.0, 10.0
T = TypeVar("T")


def is_service_url(url: str) -> bool:
    return url.startswith(("http://", "https://"))


def clean_service_url(url: str) -> str:
    """The service's address as kept and shown: without a user or password typed into it
    (the service takes none there: agents sign in) and without a trailing slash."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url.strip())
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment)).rstrip("/")


@dataclass(frozen=True)
class LoginResult:
    token: str
    device_id: str
    hub_id: str
    agent: dict[str, Any]


class HttpTransport:
    def __init__(self, base_url: str, token: str | None = None, *,
                 verify: bool | str = True, client: httpx.Client | None = None) -> None:
        import httpx

        self.base_url = base_url.rstrip("/")
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        timeout = httpx.Timeout(TIMEOUT_S, connect=CONNECT_TIMEOUT_S)
        self.client = client or httpx.Client(base_url=self.base_url, timeout=timeout,
                                             verify=verify, headers=headers)

    def close(self) -> None:
        self.client.close()

    def _post(self, path: str, body: str) -> str:
        import httpx

        try:
            r = self.client.post(path, content=body,
                                 headers={"Content-Type": "application/json"})
        except httpx.HTTPError as exc:
            raise p.TransportError(f"the hub at {self.base_url} cannot be reached "
                                   f"({type(exc).__name__})") from exc
        return _answer(r)

    def push(self, req: p.PushRequest) -> p.PushResponse:
        return _read(p.push_response, self._post("/v1/push", p.dumps(req)))

    def pull(self, req: p.PullRequest) -> p.PullResponse:
        return _read(p.pull_response, self._post("/v1/pull", p.dumps(req)))

    def login(self, name: str, password: str, site: str, label: str = "") -> LoginResult:
        body = json.dumps({"name": name, "password": password, "site": site,
                           "label": label[:200]})
        d = json.loads(self._post("/v1/login", body))
        return LoginResult(d["token"], d["device_id"], d["hub_id"], d["agent"])

    def recent_decisions(self, customer_id: str) -> list[dict[str, Any]]:
        """The customer's decisions of the last 31 days and the signed-in agent's of the
        last two, from every desk (for the grant dialog's meter)."""
        result: list[dict[str, Any]] = json.loads(
            self._post("/v1/decisions", json.dumps({"customer_id": customer_id})))
        return result

    def me(self) -> dict[str, Any]:
        import httpx

        try:
            r = self.client.get("/v1/me")
        except httpx.HTTPError as exc:
            raise p.TransportError(f"the hub at {self.base_url} cannot be reached") from exc
        result: dict[str, Any] = json.loads(_answer(r))
        return result


def _read(parse: Callable[[str], T], text: str) -> T:
    """An answer that does not parse (a proxy's error page, a cut body) is a lost answer."""
    try:
        return parse(text)
    except (ValueError, KeyError, TypeError) as exc:
        raise p.TransportError("the hub's answer could not be read") from exc


def _answer(r: httpx.Response) -> str:
    if r.status_code < 300:
        return r.text
    try:
        d = r.json()
        code, message = str(d["code"]), str(d["message"])
        hub_ms = int(d.get("hub_ms") or 0)
    except (ValueError, KeyError, TypeError):
        code, message, hub_ms = "", "", 0
    if r.status_code >= 500 and code not in ("schema", "unavailable"):
        raise p.TransportError(f"the hub answered {r.status_code}")
    if not code:
        raise p.TransportError(f"the hub answered {r.status_code} without a reason")
    raise p.SyncRefused(code, message, hub_ms)
