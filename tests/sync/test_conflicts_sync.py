"""Conflicts where people see them, through a real hub (SQLite and PostgreSQL), two desks:
a delete that met an edit keeps the customer and is marked; settling a conflict on one
desk writes the chosen value (it wins everywhere) and settles it on every desk."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from carecenter.db.models import ConflictResolution, Customer, OutboxOp, SyncConflict
from carecenter.db.store import Store
from carecenter.services.customers.conflicts import (
    Choice,
    ConflictCode,
    ConflictError,
    ConflictKind,
    Viewer,
    changes_to_check,
    open_count,
    settle,
)
from carecenter.services.search.query import search
from carecenter.services.uow import UnitOfWork
from carecenter.sync.hub import Hub
from carecenter.sync.hub_schema import TABLES
from tests.factories import make_customer
from tests.sync.conftest import Service
from tests.sync.helpers import exports_match, ok


def edit(store: Store, rid: str, **changes: object) -> None:
    with UnitOfWork(store) as uow:
        uow.update(uow.session.get(Customer, rid), **changes)  # type: ignore[arg-type]


def delete(store: Store, rid: str) -> None:
    with UnitOfWork(store) as uow:
        c = uow.session.get(Customer, rid)
        assert c is not None
        uow.delete(c)


def customer(store: Store, rid: str) -> Customer:
    with store.session() as s:
        c = s.get(Customer, rid)
        assert c is not None
        return c


def conflicts(store: Store) -> list[SyncConflict]:
    with store.session() as s:
        return list(s.scalars(select(SyncConflict).order_by(SyncConflict.id)))


@pytest.mark.parametrize("delete_first", [True, False])
def test_delete_meeting_an_edit_keeps_the_customer_on_every_desk(
        hub: Hub, make_store, tmp_path: Path, delete_first: bool) -> None:
    a, b = make_store("a"), make_store("b")
    cid = make_customer(a, "DEL-1", "Rita", "Gallo")
    for n in range(5):  # so that one delete is no purge (the replica's 20% guard)
        make_customer(a, f"KEEP-{n}", "Other", f"Customer {n}")
    ok(a, hub)
    ok(b, hub)
    delete(a, cid)            # desk A deletes the customer…
    edit(b, cid, last_name="Galli")  # …while desk B, not knowing, corrects its name
    first, second = (a, b) if delete_first else (b, a)
    ok(first, hub)
    ok(second, hub)
    ok(first, hub)
    for s in (a, b):
        c = customer(s, cid)
        assert (c.deleted, c.last_name) == (False, "Galli")
        (k,) = conflicts(s)
        assert (k.kind, k.table_name, k.row_id, k.field) == ("delete", "customer", cid, "deleted")
        assert (k.kept_value, k.kept_site, k.lost_value, k.lost_site) == (
            "false", b.site_id, "true", a.site_id)
        assert [h.customer_id for h in search(s, "Galli")] == [cid]
    exports_match(tmp_path, hub, a, b)

    # The deleting desk's agent sees it as theirs; the editing desk's agent does not.
    (item,) = changes_to_check(a, Viewer("agent", a.site_id))
    assert (item.kind, item.customer_id, item.mine) == (ConflictKind.DELETE, cid, True)
    assert changes_to_check(b, Viewer("agent", b.site_id)) == ()
    assert open_count(b, cid, Viewer("supervisor", b.site_id)) == 1

    # Delete again from desk A: a normal write, it wins on every desk, settled everywhere.
    settle(a, item.id, Choice.LOST, Viewer("agent", a.site_id))
    with a.session() as s:
        ops = [(o.table, o.kind, o.fields) for o in s.scalars(select(OutboxOp))]
    assert ("customer", "update") in [(t, k) for t, k, _ in ops]
    assert any(f.get("deleted", [None])[0] is True for _t, _k, f in ops)
    assert ("conflict_resolution", "insert") in [(t, k) for t, k, _ in ops]
    ok(a, hub)
    ok(b, hub)
    for s in (a, b):
        assert customer(s, cid).deleted is True
        assert len(conflicts(s)) == 1  # deleting again is no new conflict
        with s.session() as ses:
            assert ses.scalars(select(ConflictResolution.chosen)).all() == ["lost"]
        assert changes_to_check(s, Viewer("supervisor", s.site_id)) == ()
    exports_match(tmp_path, hub, a, b)


def test_restoring_the_lost_value_wins_everywhere_and_settles_it(hub: Hub, make_store,
                                                                tmp_path: Path) -> None:
    a, b = make_store("a"), make_store("b")
    cid = make_customer(a, "F-1", "Dario", "Neri")
    ok(a, hub)
    ok(b, hub)
    edit(a, cid, last_name="Nero")
    edit(b, cid, last_name="Negri")  # later clock: wins
    ok(a, hub)
    ok(b, hub)
    ok(a, hub)
    assert customer(a, cid).last_name == "Negri"
    lead = Viewer("supervisor", b.site_id)
    (item,) = changes_to_check(b, lead)
    assert (item.kept.value, item.lost.value, item.kept.here, item.lost.here) == (
        "Negri", "Nero", True, False)
    assert changes_to_check(b, Viewer("agent", b.site_id)) == ()  # B's value won
    assert len(changes_to_check(a, Viewer("agent", a.site_id))) == 1  # A's value lost

    settle(b, item.id, Choice.LOST, lead)  # the team lead on desk B restores "Nero"
    with pytest.raises(ConflictError) as again:
        settle(b, item.id, Choice.KEPT, lead)
    assert (again.value.code, again.value.values) == (ConflictCode.SETTLED, {"chosen": "lost"})
    ok(b, hub)
    ok(a, hub)
    for s in (a, b):
        assert customer(s, cid).last_name == "Nero"
        assert changes_to_check(s, Viewer("supervisor", s.site_id)) == ()
    assert len(conflicts(a)) == 1  # the restore saw both writes: no new conflict
    exports_match(tmp_path, hub, a, b)


def test_a_settlement_through_the_hub_service_is_stamped_with_who_settled_it(
        service: Service, make_store) -> None:
    """Over real HTTP with device tokens: the hub takes the resolution (its reference to
    the conflict checked) and stamps its author from the token, whatever the desk said."""
    a, b = make_store("a"), make_store("b")
    ta, tb = service.transport(a, "agent"), service.transport(b, "supervisor")
    cid = make_customer(a, "S-1", "Livia", "Conti")
    ok(a, ta)
    ok(b, tb)
    edit(a, cid, first_name="Lidia")
    edit(b, cid, first_name="Olivia")
    ok(a, ta)
    ok(b, tb)
    ok(a, ta)
    (item,) = changes_to_check(b, Viewer("supervisor", b.site_id))
    settle(b, item.id, Choice.LOST, Viewer("supervisor", b.site_id), by_id=None)
    report = ok(b, tb)
    assert report.refused == 0
    ok(a, ta)
    supervisor = service.people["supervisor"].id
    t = TABLES["conflict_resolution"]
    with service.hub.engine.connect() as conn:
        assert conn.execute(select(t.c.conflict_id, t.c.chosen, t.c.by_id)).all() == [
            (item.id, "lost", supervisor)]
    for s in (a, b):
        assert customer(s, cid).first_name == item.lost.value
        with s.session() as ses:
            assert ses.scalars(select(ConflictResolution.by_id)).all() == [supervisor]
        assert changes_to_check(s, Viewer("supervisor", s.site_id)) == ()


@pytest.mark.parametrize("delete_first", [True, False])
def test_a_phone_added_while_the_customer_was_deleted_keeps_the_customer(
        hub: Hub, make_store, delete_first: bool) -> None:
    from carecenter.db.models import CustomerPhone

    a, b = make_store("a"), make_store("b")
    cid = make_customer(a, "DEL-2", "Ugo", "Fontana", phones=("+390611111111",))
    for n in range(5):
        make_customer(a, f"KEEP-{n}", "Other", f"Customer {n}")
    ok(a, hub)
    ok(b, hub)
    delete(a, cid)
    with UnitOfWork(b) as uow:  # desk B, not knowing, adds the customer's new number
        phone = uow.add(CustomerPhone(customer_id=cid, e164="+393331234567"))
    first, second = (a, b) if delete_first else (b, a)
    ok(first, hub)
    ok(second, hub)
    ok(first, hub)
    for s in (a, b):
        assert customer(s, cid).deleted is False
        (k,) = conflicts(s)
        assert (k.kind, k.row_id, k.kept_site, k.lost_site) == (
            "delete", cid, b.site_id, a.site_id)
        with s.session() as ses:
            assert ses.get(CustomerPhone, phone.id) is not None


def test_a_delete_that_saw_the_edit_is_no_conflict(hub: Hub, make_store) -> None:
    a, b = make_store("a"), make_store("b")
    cid = make_customer(a, "DEL-3", "Ada", "Riva")
    for n in range(5):
        make_customer(a, f"KEEP-{n}", "Other", f"Customer {n}")
    ok(a, hub)
    ok(b, hub)
    edit(b, cid, last_name="Rivas")
    ok(b, hub)
    ok(a, hub)  # desk A has seen the edit…
    delete(a, cid)  # …and deletes all the same: a plain delete
    ok(a, hub)
    ok(b, hub)
    for s in (a, b):
        assert customer(s, cid).deleted is True
        assert conflicts(s) == []
