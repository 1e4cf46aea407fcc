"""A store restored from a backup taken while the desk wrote catches up by sync: the ops
it sent after the backup are resent and recognised (each taken once on the hub), what
others sent since is pulled, and the site's clock never goes back. The same for an
encrypted store, whose backup is encrypted with the same key."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from carecenter.db.backup import KeyedConnect, backup, connect_for, restore
from carecenter.db.models import Customer, OutboxOp
from carecenter.db.store import Store
from carecenter.services.uow import UnitOfWork
from carecenter.sync.hub import Hub
from carecenter.sync.hub_schema import hub_op
from tests.factories import make_customer
from tests.sync.helpers import exports_match, ok, outbox


def unsent(store: Store) -> set[str]:
    with store.session() as s:
        return set(s.scalars(select(OutboxOp.op_id)))


def rename(store: Store, rid: str, first: str) -> None:
    with store.session() as s:
        row = s.get(Customer, rid)
    with UnitOfWork(store) as uow:
        uow.update(row, first_name=first)


def hub_ops(hub: Hub) -> list[str]:
    with hub.engine.connect() as c:
        return list(c.execute(select(hub_op.c.op_id)).scalars())


def backup_while_writing(store: Store, out: Path) -> set[str]:
    """Back ``store`` up while a thread writes customers into it, until a backup ran with
    a write committed during it; the refs written."""
    written: list[str] = []
    started, stop = threading.Event(), threading.Event()
    failed: list[BaseException] = []

    def writer() -> None:
        try:
            while not stop.is_set():
                ref = f"W-{len(written)}"
                make_customer(store, ref, "Walter", "Scrive")
                written.append(ref)
                started.set()
        except BaseException as exc:  # reported by the test, never lost in the thread
            failed.append(exc)
            started.set()

    thread = threading.Thread(target=writer, name="backup-test-writer")
    thread.start()
    try:
        assert started.wait(60)
        for _ in range(100):
            before = len(written)
            backup(store.path, out, connect_for(store.path))
            if len(written) > before:
                break
        else:
            pytest.fail("the writer never wrote during a backup")
    finally:
        stop.set()
        thread.join(60)
    assert not failed, failed
    return set(written)


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_a_restored_store_syncs_up_with_nothing_pushed_twice(hub: Hub, tmp_path: Path,
                                                             encrypted: bool) -> None:
    path = tmp_path / "desk.db"
    desk = Store.open(path, encrypt=encrypted)
    assert (desk.key is not None) is encrypted
    other = Store.open(tmp_path / "other.db")
    made: set[str] = set()
    try:
        c1 = make_customer(desk, "D-1", "Anna", "Rossi", phones=("+390611111111",))
        made |= unsent(desk)
        ok(desk, hub)
        c2 = make_customer(desk, "D-2", "Bruno", "Verdi")  # in the backup's outbox, unsent
        refs = {"D-1", "D-2"}
        refs |= backup_while_writing(desk, tmp_path / "desk.bak")
        made |= unsent(desk)
        ok(desk, hub)  # D-2 and what was written during the backup reach the hub after it
        make_customer(desk, "D-3", "Carla", "Neri")
        rename(desk, c1, "Annamaria")
        made |= unsent(desk)
        ok(desk, hub)
        clock = desk.clock.last
        make_customer(other, "O-1", "Olga", "Bassi")  # another desk's work meanwhile
        made |= unsent(other)
        ok(other, hub)
    finally:
        desk.close()

    connect = connect_for(tmp_path / "desk.bak")
    assert isinstance(connect, KeyedConnect) is encrypted  # found by the file's salt
    if isinstance(connect, KeyedConnect):
        assert connect.key == desk.key
        assert b"Rossi" not in (tmp_path / "desk.bak").read_bytes()
    in_backup = restore(tmp_path / "desk.bak", path, connect).backup.outbox
    desk = Store.open(path, create=False)
    try:
        assert (desk.key is not None) is encrypted
        assert outbox(desk) == in_backup > 1  # D-2's op and some written during the backup
        assert desk.clock.last == clock
        report = ok(desk, hub)
        assert report.pushed == in_backup  # acknowledged as known, not taken again
        assert outbox(desk) == 0
        ops = hub_ops(hub)
        assert sorted(ops) == sorted(made)  # each op once, none lost, none new
        with desk.session() as s:
            assert s.get(Customer, c1).first_name == "Annamaria"  # type: ignore[union-attr]
            assert s.get(Customer, c2) is not None
            assert set(s.scalars(select(Customer.customer_ref))) == {*refs, "D-3", "O-1"}
        # New work after the restore is stamped after everything the desk sent before it.
        c4 = make_customer(desk, "D-4", "Dario", "Gialli")
        with desk.session() as s:
            assert min(s.scalars(select(OutboxOp.hlc))) > clock
        ok(desk, hub)
        ok(other, hub)
        assert len(hub_ops(hub)) == len(made) + 1
        with other.session() as s:
            assert s.get(Customer, c4) is not None
        exports_match(tmp_path, hub, desk, other)
    finally:
        desk.close()
        other.close()
