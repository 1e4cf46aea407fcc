"""`carecenter sync` and a purge (issue 16, part 7): a pull deleting more than a fifth of
the customers here syncs the rest and says the deletions wait for a supervisor;
`--allow-purge` lets them go."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from carecenter.cli import main
from carecenter.db.models import Customer
from carecenter.db.store import Store
from carecenter.services.uow import UnitOfWork
from tests.factories import make_customer
from tests.hub_service import HubService

PASSWORD = "correct horse battery"


@pytest.fixture
def service(tmp_path: Path) -> Iterator[HubService]:
    svc = HubService(tmp_path / "hub.db")
    svc.add_agent("Ada", PASSWORD, role="supervisor")
    svc.start()
    yield svc
    svc.close()


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def deleted(path: Path) -> int:
    store = Store.open(path, create=False)
    try:
        with store.session() as s:
            return int(s.execute(select(func.count()).select_from(Customer)
                                 .where(Customer.deleted.is_(True))).scalar_one())
    finally:
        store.close()


def test_sync_says_a_purge_waits_and_allow_purge_lets_it_go(
        service: HubService, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    for db in (a, b):
        assert run(capsys, monkeypatch, "init", "--db", str(db))[0] == 0
    store = Store.open(a, create=False)
    try:
        ids = [make_customer(store, f"Q-{i}", f"N{i}") for i in range(10)]
    finally:
        store.close()
    hub = ("--hub", service.url, "--agent", "Ada")
    for db in (a, b):
        code, _, err = run(capsys, monkeypatch, "login", "--db", str(db), *hub,
                           "--password-stdin")
        assert code == 0, err
        assert run(capsys, monkeypatch, "sync", "--db", str(db), *hub)[0] == 0
    store = Store.open(a, create=False)
    try:
        for cid in ids[:3]:
            with store.session() as s:
                row = s.get(Customer, cid)
            with UnitOfWork(store) as uow:
                uow.delete(row)
    finally:
        store.close()
    assert run(capsys, monkeypatch, "sync", "--db", str(a), *hub)[0] == 0
    code, out, err = run(capsys, monkeypatch, "sync", "--db", str(b), *hub)
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == (
        "The hub deleted 3 of the 10 customers on this workstation (more than 20%): they "
        "stay here until a supervisor confirms it in the console (Sync → Deletions "
        "waiting), or run carecenter sync --allow-purge.")
    assert deleted(b) == 0
    code, out, err = run(capsys, monkeypatch, "sync", "--db", str(b), *hub, "--allow-purge")
    assert (code, err) == (0, "")
    assert "deleted" not in out
    assert deleted(b) == 3
