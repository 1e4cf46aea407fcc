"""The hub as an HTTP service: the sync protocol as JSON over HTTP(S), with sign-in.

``carecenter hub serve`` runs ``create_app`` under uvicorn. The service is the only
holder of the hub database's credentials and keeps no state of its own between requests
(identity, ops and rows are all in the database), so several instances can serve one
PostgreSQL behind any load balancer (docs/deploy.md).

Every answer that is not a success is ``{"code": ..., "message": ...}``: a code for
programs and one sentence for people, never a traceback. 401 is "sign in again" (no
token, an unknown or revoked one, a disabled agent); a refused op is not an error at all
but a line of the push answer's ``refused`` list, and the other ops go on.
"""

# No ``from __future__ import annotations``: FastAPI reads the endpoints' annotations,
# some of which name types made inside ``create_app``.
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, Literal, TypeVar

from anyio import CapacityLimiter, to_thread
from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException

from carecenter import __version__
from carecenter.hub import words
from carecenter.hub.identity import Identity, IdentityCode, IdentityError
from carecenter.hub.queries import recent_decisions
from carecenter.sync import protocol as p
from carecenter.sync.hub import Hub
from carecenter.sync.refusals import Principal

log = logging.getLogger("carecenter.hub")

MAX_OPS = 2000
_Id = Annotated[str, Field(min_length=1, max_length=64)]
_Clock = Annotated[int, Field(ge=0, le=2**63 - 1)]
_Cell = Annotated[list[Any], Field(min_length=2, max_length=2)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class OpIn(_Strict):
    op_id: _Id
    table: Annotated[str, Field(min_length=1, max_length=64)]
    row_id: _Id
    kind: Annotated[str, Field(min_length=1, max_length=16)]
    fields: dict[Annotated[str, Field(min_length=1, max_length=64)], _Cell]
    hlc: _Clock
    seen: _Clock = 0


class PushIn(_Strict):
    version: Annotated[int, Field(ge=0, le=1_000_000)]
    site: Annotated[str, Field(max_length=64)] = ""
    ops: Annotated[list[OpIn], Field(max_length=MAX_OPS)]


class PullIn(_Strict):
    version: Annotated[int, Field(ge=0, le=1_000_000)]
    site: Annotated[str, Field(max_length=64)] = ""
    cursor: Annotated[str, Field(max_length=4096)] | None = None
    limit: Annotated[int, Field(ge=1, le=20_000)] = 2000
    shape: Literal["cells", "rows"] = "cells"


class LoginIn(_Strict):
    name: Annotated[str, Field(min_length=1, max_length=200)]
    password: Annotated[str, Field(min_length=1, max_length=200)]
    site: Annotated[str, Field(min_length=1, max_length=64)]
    label: Annotated[str, Field(max_length=200)] = ""


class DecisionsIn(_Strict):
    customer_id: Annotated[str, Field(min_length=1, max_length=64)]


class DecisionOut(BaseModel):
    id: str
    customer_id: str | None
    agent_id: str | None
    amount_cents: int | None
    currency: str | None
    at: str | None
    authority_state: str | None
    remedy: str | None = None
    quantity: int | None = None  # a remedy that costs nothing: how much of its unit


class AgentOut(BaseModel):
    id: str
    name: str
    role: str
    store: str | None
    team: str | None


class LoginOut(BaseModel):
    token: str
    device_id: str
    hub_id: str
    agent: AgentOut


class MeOut(BaseModel):
    device_id: str
    site: str
    hub_id: str
    agent: AgentOut


class Problem(BaseModel):
    code: str
    message: str


_PROBLEMS: dict[int | str, dict[str, Any]] = {
    401: {"model": Problem, "description": "Not signed in, or the token was revoked."},
    409: {"model": Problem, "description": "Refused (version, clock, cursor)."},
    422: {"model": Problem, "description": "A request the hub cannot read."},
    503: {"model": Problem, "description": "The hub's database cannot be reached."},
}

_STATUS = {"auth": 401, "disabled": 403, "schema": 503, "unavailable": 503}


def _problem(status: int, code: str, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"code": code, "message": message, **extra}, status_code=status)


class _NotSignedIn(Exception):
    pass


_T = TypeVar("_T")


@dataclass(frozen=True)
class Slots:
    """How many requests of each kind run at once, each kind on threads of its own, so
    that no kind can hold every thread: 40 pulls of a few MB each no longer keep a push
    of six ops or a sign-in waiting for a thread (they shared the one pool of 40), and a
    burst of sign-ins (an argon2id check is ~0.3 s of a core) takes at most ``signin``
    cores. Pulls and pushes together stay within the database pool (40 connections);
    the token check of every request runs on the shared pool beside them."""

    pull: int = 20
    push: int = 10
    signin: int = 2


class _Limits:
    def __init__(self, slots: Slots) -> None:
        self.pull = CapacityLimiter(slots.pull)
        self.push = CapacityLimiter(slots.push)
        self.signin = CapacityLimiter(slots.signin)


async def _on(limiter: CapacityLimiter, fn: Callable[[], _T]) -> _T:
    return await to_thread.run_sync(fn, limiter=limiter)


def _handle_errors(app: FastAPI) -> None:
    """Every refusal and failure as ``{code, message}``: never a traceback, never a URL."""
    @app.exception_handler(_NotSignedIn)
    def _not_signed_in(_r: Request, _e: _NotSignedIn) -> JSONResponse:
        return _problem(401, "auth", words.NOT_SIGNED_IN)

    @app.exception_handler(p.SyncRefused)
    def _refused(_r: Request, e: p.SyncRefused) -> JSONResponse:
        return _problem(_STATUS.get(e.code, 409), e.code, e.message, hub_ms=e.hub_ms)

    @app.exception_handler(IdentityError)
    def _identity(_r: Request, e: IdentityError) -> JSONResponse:
        status = {IdentityCode.BAD_LOGIN: 401, IdentityCode.DISABLED: 403}.get(e.code, 400)
        return _problem(status, str(e.code), words.identity_sentence(e))

    @app.exception_handler(DBAPIError)
    def _database(_r: Request, e: DBAPIError) -> JSONResponse:
        log.warning("database error: %s", type(e.orig).__name__)  # never the URL
        return _problem(503, "unavailable", words.UNAVAILABLE)

    @app.exception_handler(RequestValidationError)
    def _unreadable(_r: Request, e: RequestValidationError) -> JSONResponse:
        errors = e.errors()
        where = ".".join(str(x) for x in errors[0].get("loc", ())) if errors else "body"
        return _problem(422, "request", words.BAD_REQUEST.format(where=where[:200]))

    @app.exception_handler(StarletteHTTPException)
    def _http(_r: Request, e: StarletteHTTPException) -> JSONResponse:
        if e.status_code == 400:  # a body that is no JSON at all (FastAPI's own words)
            return _problem(400, "request", words.BAD_REQUEST.format(where="body"))
        return _problem(e.status_code, "http", str(e.detail))

    @app.exception_handler(Exception)
    def _failed(_r: Request, e: Exception) -> JSONResponse:
        log.error("request failed: %s", type(e).__name__, exc_info=e)
        return _problem(500, "internal", "The hub failed on this request and logged why: "
                        "try again; nothing sent was lost.")


def create_app(hub: Hub, slots: Slots | None = None) -> FastAPI:
    """The service over one ``Hub`` (which owns the database engine)."""
    identity = Identity(hub)
    limits = _Limits(slots or Slots())
    app = FastAPI(title="CareCenter hub", version=__version__,
                  description="Sync and sign-in for CareCenter workstations.")
    app.state.limits = limits
    bearer = HTTPBearer(auto_error=False)

    def principal(
            cred: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> Principal:
        who = identity.authenticate(cred.credentials if cred else None)
        if who is None:
            raise _NotSignedIn
        return who

    Who = Annotated[Principal, Depends(principal)]

    _handle_errors(app)

    @app.get("/v1/health", responses=_PROBLEMS)
    def health() -> dict[str, str]:
        return {"status": "ok", "hub_id": hub.hub_id, "version": __version__}

    @app.post("/v1/login", response_model=LoginOut, responses=_PROBLEMS)
    async def login(body: LoginIn) -> LoginOut:
        s = await _on(limits.signin, lambda: identity.login(body.name, body.password,
                                                            body.site, body.label))
        return LoginOut(token=s.token, device_id=s.device_id, hub_id=hub.hub_id,
                        agent=AgentOut(**s.agent.wire()))

    @app.get("/v1/me", response_model=MeOut, responses=_PROBLEMS)
    def me(who: Who) -> MeOut:
        info = identity.agent(who.name)
        return MeOut(device_id=who.device_id, site=who.site, hub_id=hub.hub_id,
                     agent=AgentOut(**info.wire()))

    @app.post("/v1/logout", status_code=204, responses=_PROBLEMS)
    def logout(who: Who) -> Response:
        identity.revoke(who.device_id)
        return Response(status_code=204)

    @app.post("/v1/decisions", response_model=list[DecisionOut], responses=_PROBLEMS)
    def decisions(body: DecisionsIn, who: Who) -> list[DecisionOut]:
        """What the grant dialog's meter needs from every desk: the customer's decisions of
        the last 31 days and the signed-in agent's of the last two days."""
        return [DecisionOut(**d) for d in recent_decisions(hub, body.customer_id,
                                                            who.agent_id)]

    @app.post("/v1/push", responses=_PROBLEMS)
    async def push(body: PushIn, who: Who) -> Response:
        req = p.PushRequest(body.version, who.site, [p.Op(**o.model_dump()) for o in body.ops])
        data = await _on(limits.push, lambda: p.dumps(hub.push(req, who)))
        return Response(data, media_type="application/json")

    @app.post("/v1/pull", responses=_PROBLEMS)
    async def pull(body: PullIn, who: Who) -> Response:
        req = p.PullRequest(body.version, who.site, body.cursor, body.limit, body.shape)
        data = await _on(limits.pull, lambda: p.pull_body(hub.pull(req)))
        return Response(data, media_type="application/json")

    return app


def serve(hub: Hub, host: str, port: int, *, tls_cert: str | None = None,
          tls_key: str | None = None, workers: int = 1) -> None:
    """Run the service until stopped (Ctrl+C or SIGTERM)."""
    import uvicorn

    del workers  # several instances: run several processes (docs/deploy.md)
    config = uvicorn.Config(create_app(hub), host=host, port=port, ssl_certfile=tls_cert,
                            ssl_keyfile=tls_key, log_level="info", access_log=False,
                            server_header=False)
    uvicorn.Server(config).run()
