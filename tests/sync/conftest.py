"""Hubs for the sync tests: a real PostgreSQL (pgserver, one per session, a fresh database
per test) and a SQLite file; ``hub_url`` runs a test against both."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from carecenter.db.store import Store
from carecenter.sync.hub import Hub, init_hub

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
