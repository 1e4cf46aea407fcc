"""Hub and replica together, against PostgreSQL (pgserver) and a SQLite hub."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from carecenter.clock import hlc_ms
from carecenter.db.models import (
    Case,
    ConsentEvent,
    Customer,
    CustomerPhone,
    Decision,
    OutboxOp,
    SyncConflict,
)
from carecenter.db.store import Store
from carecenter.services.search.query import search
from carecenter.services.uow import UnitOfWork
from carecenter.sync import protocol as p
from carecenter.sync import replica as replica_module
from carecenter.sync.apply import cells_of_values
from carecenter.sync.hub import Hub, Killed
from carecenter.sync.hub_schema import TABLES, hub_op
from carecenter.sync.merge import current_consent
from carecenter.sync.replica import Replica
from carecenter.sync.transport import FaultyTransport, InProcessTransport
from tests.factories import add_contact, make_customer
from tests.sync.helpers import exports_match, ok, outbox, sync

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def edit(store: Store, model: type, rid: str, **changes: object) -> None:
    with store.session() as s:
        row = s.get(model, rid)
    with UnitOfWork(store) as uow:
        uow.update(row, **changes)


def get(store: Store, model: type, rid: str) -> object:
    with store.session() as s:
        return s.get(model, rid)


def test_two_workstations_converge_with_the_hub(hub: Hub, make_store, tmp_path: Path) -> None:
    a, b = make_store("a"), make_store("b")
    ca = make_customer(a, "A-1", "Anna", "Rossi", phones=("+390611111111",))
    add_contact(a, ca, NOW)
    cb = make_customer(b, "B-1", "Bruno", "Verdi", emails=("b@example.org",))
    add_contact(b, cb, NOW)
    for s in (a, b, a):
        ok(s, hub)
    assert outbox(a) == outbox(b) == 0
    exports_match(tmp_path, hub, a, b)
    assert get(a, Customer, cb).first_name == "Bruno"  # type: ignore[attr-defined]


def test_edits_of_different_fields_both_survive(hub: Hub, make_store) -> None:
    a, b = make_store("a"), make_store("b")
    cid = make_customer(a, "C-1", "Carla", "Bianchi")
    ok(a, hub)
    ok(b, hub)
    edit(a, Customer, cid, first_name="Carlotta")
    edit(b, Customer, cid, tier="gold")
    for s in (a, b, a):
        ok(s, hub)
    for s in (a, b):
        row = get(s, Customer, cid)
        assert (row.first_name, row.tier) == ("Carlotta", "gold")  # type: ignore[attr-defined]
    with a.session() as s:
        assert s.scalars(select(SyncConflict)).all() == []


def test_same_field_from_same_base_keeps_a_conflict_record(hub: Hub, make_store) -> None:
    a, b = make_store("a"), make_store("b")
    cid = make_customer(a, "C-2", "Dario", "Neri")
    ok(a, hub)
    ok(b, hub)
    edit(a, Customer, cid, last_name="Nero")
    edit(b, Customer, cid, last_name="Negri")  # later clock: wins
    ok(a, hub)
    report = ok(b, hub)
    ok(a, hub)
    assert report.conflicts == 1
    for s in (a, b):
        assert get(s, Customer, cid).last_name == "Negri"  # type: ignore[attr-defined]
        with s.session() as ses:
            (c,) = ses.scalars(select(SyncConflict)).all()
        assert (c.kind, c.table_name, c.row_id, c.field) == ("field", "customer", cid, "last_name")
        assert (c.kept_value, c.lost_value) == ('"Negri"', '"Nero"')
        assert (c.kept_site, c.lost_site) == (b.site_id, a.site_id)


def test_colliding_customer_ref_and_phone_are_kept_and_flagged(hub: Hub, make_store) -> None:
    a, b = make_store("a"), make_store("b")
    ca = make_customer(a, "REF-9", "Eva", phones=("+390622222222",))
    cb = make_customer(b, "REF-9", "Eva", phones=("+390622222222",))
    for s in (a, b, a):
        ok(s, hub)
    for s in (a, b):
        with s.session() as ses:
            assert {c.id for c in ses.scalars(select(Customer))} == {ca, cb}
            flags = {(c.kind, c.field, c.row_id, c.other_row_id, c.kept_value)
                     for c in ses.scalars(select(SyncConflict))}
        lo, hi = sorted((ca, cb))
        assert flags == {("duplicate", "customer_ref", lo, hi, "REF-9"),
                         ("duplicate", "e164", lo, hi, "+390622222222")}


def test_a_duplicated_push_changes_nothing(hub: Hub, make_store) -> None:
    a = make_store("a")
    make_customer(a, "D-1", "Franco")
    with a.session() as s:
        ops = [p.Op(o.op_id, o.table, o.row_id, o.kind, o.fields, o.hlc)
               for o in s.scalars(select(OutboxOp))]
    req = p.PushRequest(p.PROTOCOL_VERSION, a.site_id, ops)
    hub.push(req)
    t = TABLES["customer"]
    with hub.engine.connect() as c:
        before = c.execute(select(t.c.id, t.c.txn, t.c.clocks)).all()
    again = hub.push(req)
    assert sorted(again.acked) == sorted(o.op_id for o in ops)
    with hub.engine.connect() as c:
        assert c.execute(select(t.c.id, t.c.txn, t.c.clocks)).all() == before
        assert c.execute(select(func.count()).select_from(hub_op)).scalar() == len(ops)


def test_ops_leave_the_outbox_only_after_the_ack(hub: Hub, make_store, tmp_path: Path) -> None:
    a, b = make_store("a"), make_store("b")
    make_customer(a, "E-1", "Gino", phones=("+390633333333",))
    pending = outbox(a)
    lost = FaultyTransport(InProcessTransport(hub), lambda what: "drop_response")
    report = sync(a, lost)
    assert report.code == "offline"
    assert outbox(a) == pending  # the hub committed, but no ack came back
    assert hub.count("customer") == 1
    twice = FaultyTransport(InProcessTransport(hub), lambda what: "duplicate")
    ok(a, twice)
    assert outbox(a) == 0
    assert hub.count("customer") == 1 and hub.count("customer_phone") == 1
    ok(b, hub)
    exports_match(tmp_path, hub, a, b)


def test_imported_rows_whose_ops_bear_their_ids_sync_once(hub: Hub, make_store,
                                                          tmp_path: Path) -> None:
    """An import's ops are named by their rows' ids (bulk_rows.outbox_select_own_ids):
    the hub takes them, a push repeated after a lost ack changes nothing, and another
    workstation pulls the same rows."""
    from carecenter.services.imports import import_file
    from tests.unit.test_imports import CONTACT_HEADER, CUSTOMERS, contact_row, write

    a, b = make_store("a"), make_store("b")
    import_file(a, "customers", write(tmp_path, "c.csv", CUSTOMERS))
    import_file(a, "contacts", write(tmp_path, "k.csv", CONTACT_HEADER + "".join(
        contact_row(contact_ref=f"K{n}", customer_ref=f"C{1 + n % 3}") + "\n"
        for n in range(12))))
    with a.session() as s:
        ops = s.execute(select(OutboxOp.op_id, OutboxOp.row_id).where(
            OutboxOp.table == "contact")).all()
    assert len(ops) == 12 and all(op_id == row_id for op_id, row_id in ops)
    lost = FaultyTransport(InProcessTransport(hub), lambda what: "drop_response")
    assert sync(a, lost).code == "offline"
    ok(a, hub)
    assert outbox(a) == 0 and hub.count("contact") == 12
    with hub.engine.connect() as c:
        assert c.execute(select(func.count()).select_from(hub_op).where(
            hub_op.c.op_id.in_([o for o, _ in ops]))).scalar() == 12
    ok(b, hub)
    exports_match(tmp_path, hub, a, b)


def test_a_kill_before_the_hub_commits_loses_nothing(hub_url: str, make_store) -> None:
    def die(point: str) -> None:
        raise Killed(point)

    dying = Hub(hub_url, fault=die)
    a = make_store("a")
    make_customer(a, "K-1", "Ivo")
    with pytest.raises(Killed):
        sync(a, dying)
    dying.close()
    hub = Hub(hub_url)
    assert hub.count("customer") == 0 and outbox(a) > 0
    ok(a, hub)
    assert hub.count("customer") == 1 and outbox(a) == 0
    hub.close()


def test_clock_ahead_is_refused_then_restamped_once_fixed(hub_url: str, make_store) -> None:
    t0 = 1_800_000_000_000
    hub = Hub(hub_url, wall_ms=lambda: t0)
    a = make_store("a")
    a.clock.wall_ms = lambda: t0 + 10 * 60_000 + 30_000
    cid = make_customer(a, "T-1", "Lia")
    edit(a, Customer, cid, tier="silver")
    pending = outbox(a)
    report = sync(a, hub)
    assert report.error == ("This workstation's clock is 10 minutes ahead of the hub's: fix "
                            "the workstation's date and time, then sync again; nothing was lost.")
    assert outbox(a) == pending and hub.count("customer") == 0
    a.clock.wall_ms = lambda: t0 + 1000  # the clock was put right
    ok(a, hub)
    assert outbox(a) == 0
    with hub.engine.connect() as c:
        t = TABLES["customer"]
        (hlc, tier), = c.execute(select(t.c.hlc, t.c.tier)).all()
    assert tier == "silver" and hlc_ms(hlc) <= t0 + p.CLOCK_LIMIT_MS
    assert hlc_ms(get(a, Customer, cid).hlc) <= t0 + 1000  # type: ignore[attr-defined]
    hub.close()


def test_an_old_client_is_told_to_update_and_keeps_its_outbox(hub: Hub, make_store) -> None:
    a = make_store("a")
    make_customer(a, "V-1", "Mara")
    pending = outbox(a)
    report = Replica(a, InProcessTransport(Hub(hub.url, min_client_version=2))).sync()
    assert report.error == (
        "This workstation's CareCenter is too old for the hub (sync protocol 1, the hub needs "
        "2 or later): update CareCenter; the work not yet sent stays on this workstation and "
        "goes out after the update.")
    assert outbox(a) == pending and hub.count("customer") == 0


def test_a_decision_over_the_cap_is_marked_by_the_hub_and_the_mark_syncs_back(
        hub: Hub, make_store) -> None:
    a, b = make_store("a"), make_store("b")
    cid = make_customer(a, "X-1", "Nina")
    ok(a, hub)
    ok(b, hub)
    ids = []
    for store, day in ((a, 1), (b, 3), (a, 5)):  # 3 x 40 EUR within 30 days: 120 > 100
        with UnitOfWork(store) as uow:
            ids.append(uow.add(Decision(customer_id=cid, remedy="credit", amount_cents=4000,
                                        at=NOW + timedelta(days=day))).id)
    for s in (a, b, a):
        ok(s, hub)
    for s in (a, b):
        states = [get(s, Decision, i).authority_state for i in ids]  # type: ignore[attr-defined]
        assert states == ["within", "within", "exceeds_cap"]


def test_consent_denial_wins_ties_and_cannot_be_reenabled(hub: Hub, make_store) -> None:
    a, b = make_store("a"), make_store("b")
    cid = make_customer(a, "Y-1", "Olga")
    ok(a, hub)
    ok(b, hub)
    with UnitOfWork(a) as uow:
        uow.add(ConsentEvent(customer_id=cid, channel="phone", purpose="marketing",
                             granted=True, at=NOW))
    with UnitOfWork(b) as uow:
        denial = uow.add(ConsentEvent(customer_id=cid, channel="phone", purpose="marketing",
                                      granted=False, at=NOW)).id
    for s in (a, b, a):
        ok(s, hub)
    # A forged op that rewrites the denial as a grant changes nothing.
    hub.push(p.PushRequest(p.PROTOCOL_VERSION, a.site_id, [p.Op(
        "forged-op", "consent_event", denial, "update", {"granted": [True, 2**62]}, 2**40)]))
    ok(a, hub)
    for s in (a, b):
        with s.session() as ses:
            events = [(e.channel, e.purpose, e.granted, e.at)
                      for e in ses.scalars(select(ConsentEvent))]
        assert current_consent(events) == {("phone", "marketing"): False}


def test_case_status_only_moves_forward(hub: Hub, make_store) -> None:
    a, b = make_store("a"), make_store("b")
    cid = make_customer(a, "Z-1", "Piero")
    with UnitOfWork(a) as uow:
        case = uow.add(Case(customer_id=cid, category="billing", opened_at=NOW)).id
    ok(a, hub)
    ok(b, hub)
    edit(a, Case, case, status="resolved")
    edit(b, Case, case, status="in_progress")  # later, but behind
    for s in (a, b, a):
        ok(s, hub)
    assert get(a, Case, case).status == get(b, Case, case).status == "resolved"  # type: ignore[attr-defined]


def test_first_sync_is_paged_and_resumes_after_a_kill(hub: Hub, make_store,
                                                      tmp_path: Path) -> None:
    a = make_store("a")
    for i in range(12):
        make_customer(a, f"P-{i}", f"Name{i}", phones=(f"+3906444444{i:02d}",))
    ok(a, hub)
    pages = []

    def kill_third_page(point: str) -> None:
        if point == "replica.pull.before_commit":
            pages.append(point)
            if len(pages) == 3:
                raise Killed(point)

    b = make_store("b")
    with pytest.raises(Killed):
        Replica(b, InProcessTransport(hub), page=5, fault=kill_third_page).sync()
    with b.session() as s:
        kept = s.execute(select(func.count()).select_from(Customer)).scalar_one() + \
            s.execute(select(func.count()).select_from(CustomerPhone)).scalar_one()
    assert kept == 10  # two pages of five were applied and kept
    assert search(b, "06 4444 4403") == []  # the index waits for the end of the first walk
    resumed = Replica(b, InProcessTransport(hub), page=5).sync()
    assert resumed.error is None and resumed.pulled == 24 - 10
    exports_match(tmp_path, hub, a, b)
    # then every pulled customer is found, by name and by number
    assert [h.customer_id for h in search(b, "06 4444 4403")] == [
        h.customer_id for h in search(a, "06 4444 4403")]
    assert len(search(b, "06 4444 4403")) == 1
    assert len(search(b, "Name11")) == 1
    # later pulls index as they go
    make_customer(a, "P-new", "Nuovo", phones=("+390655555555",))
    ok(a, hub)
    ok(b, hub)
    assert len(search(b, "06 5555 5555")) == 1


def test_a_hub_that_was_never_set_up_says_how_to_fix_it(tmp_path: Path, make_store) -> None:
    url = f"sqlite:///{tmp_path / 'none.db'}"
    report = sync(make_store("a"), Hub(url))
    assert report.error == (f"The hub at {url} is not initialised: "
                            f"run `carecenter hub init --hub {url}`.")
    assert not (tmp_path / "none.db").exists()


def test_sync_report_names_what_changed(hub: Hub, make_store) -> None:
    a, b = make_store("a"), make_store("b")
    cid = make_customer(a, "R-1", "Rita")
    ok(a, hub)
    report = ok(b, hub)
    assert report.pulled == 1 and cid in report.changes.customer_ids
    assert report.changes.touches("customer")


def test_rows_shape_pages_tell_what_the_cells_tell(hub: Hub, make_store) -> None:
    a = make_store("a")
    for i in range(3):
        make_customer(a, f"R-{i}", f"Rossi{i}", phones=(f"+3906555555{i:02d}",))
    ok(a, hub)
    transport = InProcessTransport(hub)  # through the wire form, as a replica gets it
    rows = transport.pull(p.PullRequest(1, "b-site", None, 1000, "rows"))
    cells = transport.pull(p.PullRequest(1, "b-site", None, 1000, "cells"))
    assert rows.done and cells.done
    by_cells: dict[tuple[str, str], dict[str, list[object]]] = {
        (r.table, r.id): r.cells for r in cells.rows}  # type: ignore[misc]
    assert {t for t, _ in by_cells} == {"customer", "customer_phone"}
    if not hub.pg:  # a SQLite hub answers every pull with cells
        assert rows.rows == cells.rows and "pages" not in rows.extra
        return
    assert rows.rows == [] and set(rows.extra["pages"]) == {"customer", "customer_phone"}
    seen = set()
    for name, page in rows.extra["pages"].items():
        columns = rows.extra["columns"][name]
        for values in page:
            got = cells_of_values(TABLES[name], columns, values, "b-site")
            assert got == by_cells[(name, values[columns.index("id")])]
            seen.add((name, values[columns.index("id")]))
    assert seen == set(by_cells)


def test_a_large_first_walk_names_its_tables_not_every_row(
        hub: Hub, make_store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(replica_module, "FIRST_WALK_NAMED", 4)
    a, b = make_store("a"), make_store("b")
    made = [make_customer(a, f"W-{i}", f"Walk{i}") for i in range(9)]
    ok(a, hub)
    first = Replica(b, InProcessTransport(hub), page=3).sync()
    assert first.error is None and first.pulled == 9
    assert first.changes.touches("customer")
    # pages of 3: ids are kept until 4 are held, so the first two pages are named
    assert first.changes.rows["customer"] == first.changes.customer_ids
    assert len(first.changes.customer_ids) == 6 and first.changes.customer_ids < set(made)
    # after the first walk every change is named again
    later = make_customer(a, "W-9", "Walk9")
    ok(a, hub)
    again = ok(b, hub)
    assert again.changes.customer_ids == {later}
