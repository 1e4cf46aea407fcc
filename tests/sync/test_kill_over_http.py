"""A real ``carecenter sync`` process, killed with SIGKILL mid-push and mid-pull while it
talks to the real hub service (both hubs), then normal syncs: both stores and the hub
converge and nothing is lost.

The moment is picked by watching the hub: mid-push, once some of the desk's customers
(the push goes in batches of 500 ops) are on the hub and the process still runs; mid-pull,
once the hub recorded the desk's first pull and the process still runs (it is receiving or
applying the page of thousands of rows).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from carecenter.db import models as m
from carecenter.db.store import Store
from carecenter.services.uow import UnitOfWork
from carecenter.sync.hub_schema import hub_site
from tests.sync.conftest import PASSWORD, Service
from tests.sync.helpers import exports_match

ROOT = Path(__file__).resolve().parents[2]
CUSTOMERS = 1500


def fill(path: Path, n: int, tag: str, prefix: str) -> None:
    """``n`` customers with a phone each, written as an import writes them."""
    store = Store.open(path)
    try:
        with UnitOfWork(store) as uow:
            ids = [f"{tag}-{i}" for i in range(n)]
            uow.bulk_insert(m.Customer, [{"customer_ref": r, "first_name": f"N{r}"}
                                         for r in ids])
        with store.session() as s:
            cids = list(s.scalars(select(m.Customer.id).order_by(m.Customer.customer_ref)))
        with UnitOfWork(store) as uow:
            uow.bulk_insert(m.CustomerPhone, [{"customer_id": c, "e164": f"{prefix}{i:07d}"}
                                              for i, c in enumerate(cids)])
    finally:
        store.close()


class Desk:
    """A workstation: its store file and an environment of its own (settings, keyring)."""

    def __init__(self, where: Path, name: str, svc: Service) -> None:
        self.home = where / name
        self.home.mkdir()
        self.db = self.home / "store.db"
        self.svc = svc
        self.env = {**os.environ, "PYTHON_KEYRING_BACKEND": "tests.keyring_file.FileKeyring",
                    "CARECENTER_TEST_KEYRING": str(self.home / "keyring.json"),
                    "CARECENTER_CONFIG": str(self.home / "settings.json"),
                    "XDG_DATA_HOME": str(self.home / "data")}

    def args(self, *rest: str) -> list[str]:
        return [sys.executable, "-m", "carecenter", *rest]

    def login(self) -> None:
        made = subprocess.run(self.args("init", "--db", str(self.db)), cwd=ROOT, env=self.env,
                              capture_output=True, text=True, timeout=120, check=False)
        assert made.returncode == 0, made.stderr
        r = subprocess.run(self.args("login", "--db", str(self.db), "--hub", self.svc.url,
                                     "--agent", "agent", "--password-stdin"),
                           cwd=ROOT, env=self.env, input=PASSWORD + "\n", text=True,
                           capture_output=True, timeout=120, check=False)
        assert r.returncode == 0, r.stderr

    def sync(self) -> str:
        r = subprocess.run(self.args("sync", "--db", str(self.db)), cwd=ROOT, env=self.env,
                           capture_output=True, text=True, timeout=300, check=False,
                           stdin=subprocess.DEVNULL)
        assert r.returncode == 0, r.stderr
        return r.stdout

    def kill_sync_when(self, moment: Callable[[], bool]) -> None:
        """Start ``carecenter sync`` and SIGKILL it as soon as ``moment()`` holds while it
        still runs (the test fails if it ended first: no middle was hit)."""
        proc = subprocess.Popen(self.args("sync", "--db", str(self.db)), cwd=ROOT,
                                env=self.env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 240
            while not moment():
                assert proc.poll() is None, ("the sync ended before the moment to kill it",
                                             proc.communicate())
                assert time.monotonic() < deadline
                time.sleep(0.005)
            assert proc.poll() is None, "the sync ended before it could be killed"
            proc.send_signal(signal.SIGKILL)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.communicate(timeout=60)
        assert proc.returncode == -signal.SIGKILL

    def open(self) -> Store:
        return Store.open(self.db)


@pytest.fixture
def desks(service: Service, tmp_path: Path) -> tuple[Desk, Desk]:
    assert service.people["agent"].role == "agent"
    a, b = Desk(tmp_path, "a", service), Desk(tmp_path, "b", service)
    fill(a.db, CUSTOMERS, "A", "+39061")
    fill(b.db, 5, "B", "+39062")
    a.login()
    b.login()
    return a, b


def converge(service: Service, tmp_path: Path, *desks: Desk) -> None:
    for d in (*desks, *desks):
        assert d.sync().endswith(" 0 changes waiting to be sent.\n")
    stores = [d.open() for d in desks]
    try:
        exports_match(tmp_path / "exports", service.hub, *stores)
    finally:
        for s in stores:
            s.close()
    assert service.hub.count("customer") == CUSTOMERS + 5
    assert service.hub.count("customer_phone") == CUSTOMERS + 5


@pytest.mark.parametrize("landed", [1, CUSTOMERS // 2])
def test_a_sync_killed_mid_push_loses_nothing(service: Service, desks: tuple[Desk, Desk],
                                              tmp_path: Path, landed: int) -> None:
    a, b = desks
    a.kill_sync_when(lambda: service.hub.count("customer") >= landed)
    # the phones go last: some of them never reached the hub
    assert service.hub.count("customer_phone") < CUSTOMERS
    converge(service, tmp_path, a, b)


def test_a_sync_killed_mid_pull_loses_nothing(service: Service, desks: tuple[Desk, Desk],
                                              tmp_path: Path) -> None:
    a, b = desks
    a.sync()  # the hub now holds thousands of rows for b to pull
    site = _site(b)

    def pulling() -> bool:
        with service.hub.engine.connect() as c:
            return c.execute(select(hub_site.c.last_pull).where(hub_site.c.site == site)
                             ).scalar() is not None

    b.kill_sync_when(pulling)
    converge(service, tmp_path, b, a)


def _site(d: Desk) -> str:
    s: Any = d.open()
    try:
        return str(s.site_id)
    finally:
        s.close()
