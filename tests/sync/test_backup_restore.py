"""A store restored from a backup catches up by sync: the ops it sent after the backup are
resent and recognised (each taken once on the hub), what others sent since is pulled, and
the site's clock never goes back."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from carecenter.db.backup import backup, restore
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


def test_a_restored_store_syncs_up_with_nothing_pushed_twice(hub: Hub, tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    desk = Store.open(path)
    other = Store.open(tmp_path / "other.db")
    made: set[str] = set()
    try:
        c1 = make_customer(desk, "D-1", "Anna", "Rossi", phones=("+390611111111",))
        made |= unsent(desk)
        ok(desk, hub)
        c2 = make_customer(desk, "D-2", "Bruno", "Verdi")  # in the backup's outbox, unsent
        made |= unsent(desk)
        backup(path, tmp_path / "desk.bak")
        ok(desk, hub)  # D-2 reaches the hub after the backup
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

    restore(tmp_path / "desk.bak", path)
    desk = Store.open(path)
    try:
        assert outbox(desk) == 1  # D-2's op, already on the hub
        assert desk.clock.last == clock
        report = ok(desk, hub)
        assert report.pushed == 1  # acknowledged as known, not taken again
        assert outbox(desk) == 0
        ops = hub_ops(hub)
        assert sorted(ops) == sorted(made)  # each op once, none lost, none new
        with desk.session() as s:
            assert s.get(Customer, c1).first_name == "Annamaria"  # type: ignore[union-attr]
            assert s.get(Customer, c2) is not None
            refs = set(s.scalars(select(Customer.customer_ref)))
        assert refs == {"D-1", "D-2", "D-3", "O-1"}
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
