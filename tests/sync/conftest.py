"""Hubs for the sync tests: a real PostgreSQL (pgserver, one per session, a fresh database
per test) and a SQLite file; ``hub_url`` runs a test against both. ``service`` runs the
real hub service (uvicorn on a free port) over that hub, with one person per role."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from carecenter.db.store import Store
from carecenter.sync.hub import Hub, init_hub

if TYPE_CHECKING:
    import httpx

    from carecenter.hub.identity import AgentInfo, Identity
    from carecenter.sync.http_transport import HttpTransport

_n = itertools.count()


@pytest.fixture(scope="session")
def pg_server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from pgserver.postgres_server import get_server

    srv = get_server(tmp_path_factory.mktemp("pg"), cleanup_mode="stop")
    yield srv.get_uri().replace("postgresql://", "postgresql+psycopg://", 1)
    srv.cleanup()


def new_pg_database(server_url: str) -> str:
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(server_url)
    name = f"hub_{next(_n)}"
    raw = u.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(raw, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return u.set(database=name).render_as_string(hide_password=False)


@pytest.fixture
def pg_url(pg_server_url: str) -> str:
    url = new_pg_database(pg_server_url)
    init_hub(url)
    return url


@pytest.fixture(params=["sqlite", "pg"])
def hub_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "pg":
        url = new_pg_database(request.getfixturevalue("pg_server_url"))
    else:
        url = f"sqlite:///{tmp_path / 'hub.db'}"
    init_hub(url)
    return url


@pytest.fixture
def hub(hub_url: str) -> Iterator[Hub]:
    h = Hub(hub_url)
    yield h
    h.close()


@pytest.fixture
def make_store(tmp_path: Path) -> Iterator[Callable[[str], Store]]:
    stores: list[Store] = []

    def make(name: str) -> Store:
        s = Store.open(tmp_path / f"{name}.db")
        stores.append(s)
        return s

    yield make
    for s in stores:
        s.close()


# -- the real hub service (uvicorn on a free port, in a thread) ------------------------------
PASSWORD = "correct horse battery"
PEOPLE = ("admin", "agent", "senior", "supervisor")  # each is also the person's role


class _People(dict[str, "AgentInfo"]):
    """The people of a service, each signed up (one argon2id hash) on first use."""

    def __init__(self, identity: Identity) -> None:
        super().__init__()
        self.identity = identity

    def __missing__(self, name: str) -> AgentInfo:
        if name not in PEOPLE:
            raise KeyError(name)
        info = self[name] = self.identity.add_agent(name, PASSWORD, name)
        return info


class Service:
    """The hub service running over ``hub`` at ``url`` (``http://127.0.0.1:PORT``), with one
    person per role (``people``), each named after the role, all with ``PASSWORD``, signed
    up when first named (an argon2id hash costs a sixth of a second)."""

    def __init__(self, hub: Hub, url: str) -> None:
        from carecenter.hub.identity import Identity

        self.hub = hub
        self.url = url
        self.identity = Identity(hub)
        self.people = _People(self.identity)
        self._open: list[Any] = []

    def login(self, site: str, name: str = "agent") -> str:
        """A device token for ``name`` at the store ``site`` (a sign-in over HTTP)."""
        from carecenter.sync.http_transport import HttpTransport

        if name in PEOPLE:
            _ = self.people[name]  # signed up on first use
        t = HttpTransport(self.url)
        try:
            return t.login(name, PASSWORD, site, "tests").token
        finally:
            t.close()

    def transport(self, store: Store, name: str = "agent") -> HttpTransport:
        """``store`` signed in as ``name``: a transport that carries its device token."""
        from carecenter.sync.http_transport import HttpTransport

        t = HttpTransport(self.url, self.login(store.site_id, name))
        self._open.append(t)
        return t

    def client(self, token: str | None = None) -> httpx.Client:
        """A plain HTTP client (with the token as a bearer, when given)."""
        import httpx

        headers = {"Authorization": f"Bearer {token}"} if token else {}
        c = httpx.Client(base_url=self.url, headers=headers, timeout=60)
        self._open.append(c)
        return c

    def close(self) -> None:
        for c in self._open:
            c.close()


class Running:
    """uvicorn serving ``app`` on a socket bound before it starts (so the port is known
    and free), in a daemon thread; ``stop`` shuts it down and joins the thread."""

    def __init__(self, app: Any) -> None:
        import socket
        import threading
        import time

        import uvicorn

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off",
                                timeout_graceful_shutdown=5)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]},
                                       name="hub-service", daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the hub service did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)
        self.sock.close()
        assert not self.thread.is_alive(), "the hub service did not stop"


@pytest.fixture
def service(hub: Hub) -> Iterator[Service]:
    """The real service over both hubs (``hub_url`` is parametrised: SQLite and
    PostgreSQL), with an admin, an agent, a senior and a supervisor."""
    from carecenter.hub.service import create_app

    running = Running(create_app(hub))
    svc = Service(hub, running.url)
    try:
        yield svc
    finally:
        svc.close()
        running.stop()


@pytest.fixture
def desk_env(tmp_path: Path) -> dict[str, str]:
    """A desk's environment: its own settings file, data folder and (file) keyring."""
    home = tmp_path / "desk"
    home.mkdir()
    return {**os.environ, "PYTHON_KEYRING_BACKEND": "tests.keyring_file.FileKeyring",
            "CARECENTER_TEST_KEYRING": str(home / "keyring.json"),
            "CARECENTER_CONFIG": str(home / "config" / "settings.json"),
            "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data")}
