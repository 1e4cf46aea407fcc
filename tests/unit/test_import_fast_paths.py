"""The contacts import's quick ways store exactly what its careful ways store: instants
written by slicing, a batch written column by column, the collector paused meanwhile."""

from __future__ import annotations

import gc
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from carecenter.commands.import_words import problem_words
from carecenter.db.base import to_text
from carecenter.db.models import Customer
from carecenter.db.store import Store
from carecenter.services.imports import import_file
from carecenter.services.imports.fields import Limits, RowError, instant, instant_text
from carecenter.services.uow import UnitOfWork
from tests.unit.test_imports import CONTACT_HEADER, CUSTOMERS, contact_row, write

FAR = Limits(date(9999, 12, 31), "9999-12-31T23:59:59.999999Z")  # no date is too late


@pytest.mark.parametrize("value", [
    "2024-03-31T14:05:00", "2024-03-31 14:05:00", "2024-03-31", "2024-03-31T14:05:00Z",
    "2024-03-31T14:05:00+02:00", "2024-03-31T14:05:00.5", "2024-W13-1T14:05:00",
    " 2024-03-31T14:05:00 ", "2024-02-29T23:59:59",
])
def test_instant_text_is_the_stored_text_of_instant(value: str) -> None:
    assert instant_text(value, "at", FAR) == to_text(instant(value, "at"))


def test_instant_text_checks_from_what_it_has_seen_only_what_it_would_take() -> None:
    """Days and times already checked are taken by two lookups; any other shape made of
    the same day and time still goes the careful way."""
    assert instant_text("2031-07-04T09:15:30", "at", FAR) == "2031-07-04T09:15:30.000000Z"
    assert instant_text("2031-07-04T09:15:30", "at", FAR) == "2031-07-04T09:15:30.000000Z"
    for value in ("2031-07-04 09:15:30", "2031-07-04t09:15:30", "2031-07-04T09:15:30Z"):
        assert instant_text(value, "at", FAR) == to_text(instant(value, "at"))
    with pytest.raises(RowError) as caught:
        instant_text("2031-07-04T09:15:61", "at", FAR)
    assert problem_words(caught.value.problems[0]) == (
        "at '2031-07-04T09:15:61' is not a date and time like 05/12/2026 14:30 or "
        "2026-12-05T14:30")


@pytest.mark.parametrize(("value", "reason"), [
    ("2023-02-29T10:00:00", "at '2023-02-29T10:00:00' is not a date and time like "
                            "05/12/2026 14:30 or 2026-12-05T14:30"),
    ("1899-12-31T23:59:59", "at '1899-12-31T23:59:59' is before 1900"),
    ("2024-03-31T24:00:00", "at '2024-03-31T24:00:00' is not a date and time like "
                            "05/12/2026 14:30 or 2026-12-05T14:30"),
])
def test_instant_text_refuses_as_instant_does(value: str, reason: str) -> None:
    with pytest.raises(RowError) as caught:
        instant_text(value, "at", FAR)
    assert problem_words(caught.value.problems[0]) == reason


def _contacts(store: Store) -> list[tuple[object, ...]]:
    with store.session() as s:
        return [tuple(r) for r in s.execute(text(
            "SELECT c.contact_ref, k.customer_ref, c.at, c.channel, c.direction, c.team, "
            "p.name, o.code, c.outcome, a.name, c.duration_s, c.summary "
            "FROM contact c JOIN customer k ON k.id = c.customer_id "
            "LEFT JOIN campaign p ON p.id = c.campaign_id "
            "LEFT JOIN offer o ON o.id = c.offer_id "
            "LEFT JOIN agent a ON a.id = c.agent_id ORDER BY c.contact_ref"))]


def _consents(store: Store) -> list[tuple[object, ...]]:
    with store.session() as s:
        return [tuple(r) for r in s.execute(text(
            "SELECT k.customer_ref, e.channel, e.purpose, e.granted, e.source, e.at "
            "FROM consent_event e JOIN customer k ON k.id = e.customer_id "
            "ORDER BY k.customer_ref, e.at, e.channel"))]


def test_a_batch_written_by_columns_stores_what_row_by_row_stores(
        tmp_path: Path) -> None:
    """The same rows in a clean batch (written column by column) and in a batch with one
    unknown customer (checked row by row) are stored the same; so are their ops."""
    from carecenter.services.calls.campaigns import CampaignSpec, create_campaign

    rows = [
        contact_row(contact_ref="K1", agent="Mario Rossi", campaign="Spring"),
        contact_row(contact_ref="K2", customer_ref="C2", agent="mario rossi",
                    outcome="opted_out", channel="SMS", at="2024-03-02"),
        contact_row(contact_ref="K3", customer_ref="C3", at="2024-03-03T08:00:00+01:00",
                    channel="letter", outcome="opted_out", agent="Lucia", team="service",
                    direction="inbound"),
        contact_row(contact_ref="K4", outcome="", agent="", duration_s=""),
    ]
    stored = []
    for name, extra in (("columns", []), ("rows", [contact_row(contact_ref="K9",
                                                                customer_ref="C404")])):
        store = Store.open(tmp_path / f"{name}.db")
        try:
            import_file(store, "customers", write(tmp_path, f"{name}-c.csv", CUSTOMERS))
            create_campaign(store, CampaignSpec(name="Spring", product="FIBRA"))
            result = import_file(store, "contacts", write(
                tmp_path, f"{name}-k.csv", CONTACT_HEADER + "\n".join(rows + extra) + "\n"))
            assert (result.imported, result.rejected, result.created) == (
                4, len(extra), {"agent": 2})
            with store.session() as s:
                ops = s.execute(text(
                    "SELECT o.\"table\", o.kind, o.fields FROM outbox o "
                    "WHERE o.\"table\" IN ('contact', 'consent_event', 'agent') "
                    "ORDER BY o.\"table\"")).all()
            shapes = sorted((t, k, tuple(sorted(json.loads(f)))) for t, k, f in ops)
            stored.append((_contacts(store), _consents(store), shapes))
        finally:
            store.close()
    assert stored[0] == stored[1]
    contacts, consents, shapes = stored[0]
    assert [s[:2] for s in shapes] == [("agent", "insert")] * 2 + [
        ("consent_event", "insert")] * 2 + [("contact", "insert")] * 4
    assert [c[9] for c in contacts] == ["Mario Rossi", "Mario Rossi", "Lucia", None]
    assert [c[6] for c in contacts] == ["Spring", None, None, None]
    assert consents == [("C2", "sms", "marketing", 0, "import", "2024-03-02T00:00:00.000000Z"),
                        ("C3", "mail", "marketing", 0, "import",
                         "2024-03-03T07:00:00.000000Z")]


def test_the_collector_is_back_on_after_an_import_even_a_failed_one(
        store: Store, tmp_path: Path) -> None:
    assert gc.isenabled()
    import_file(store, "customers", write(tmp_path, "c.csv", CUSTOMERS))
    assert gc.isenabled()

    def stop(_reject: object) -> None:
        raise RuntimeError("stopped")

    with pytest.raises(RuntimeError):
        import_file(store, "customers", write(tmp_path, "bad.csv",
                                                   "customer_ref,first_name\n,Anna\n"),
                    on_reject=stop)
    assert gc.isenabled()


@pytest.mark.parametrize("merged_first", [True, False])
@pytest.mark.parametrize("refs", [("C1", "C2", "C3"), ("C1",)])
def test_a_ref_two_customers_share_takes_the_live_one_read_whole_or_looked_up(
        store: Store, tmp_path: Path, refs: tuple[str, ...], merged_first: bool) -> None:
    """Two workstations made a C1 offline; one was merged into the other. A file naming
    a twentieth of the customers or more reads the whole table (``every_customer_id``:
    3 of 42 here), one naming fewer looks them up (``customer_ids``): either way C1's
    contact goes to the live one, whichever of the two is older and whichever the table
    lists last."""
    from tests.factories import make_customer

    first, second = make_customer(store, "C1", "Anna"), make_customer(store, "C1", "Anna B.")
    merged, live = (first, second) if merged_first else (second, first)
    with UnitOfWork(store) as uow:
        row = uow.session.get(Customer, merged)
        assert row is not None
        uow.update(row, merged_into_id=live)
    others = {ref: make_customer(store, ref) for ref in (f"C{n}" for n in range(2, 42))}
    result = import_file(store, "contacts", write(tmp_path, "k.csv", CONTACT_HEADER + "".join(
        contact_row(contact_ref=f"K{n}", customer_ref=ref) + "\n"
        for n, ref in enumerate(refs))))
    assert (result.imported, result.rejected) == (len(refs), 0)
    with store.session() as s:
        owners = dict(s.execute(text("SELECT contact_ref, customer_id FROM contact")).all())
    assert owners == {f"K{n}": live if ref == "C1" else others[ref]
                      for n, ref in enumerate(refs)}


def test_an_import_writes_with_foreign_keys_off_and_leaves_them_on(
        store: Store, tmp_path: Path) -> None:
    """An import batch has looked up every id it refers to, so SQLite does not check them
    again; the next unit of work on any pooled connection checks them as always."""
    from sqlalchemy.exc import IntegrityError

    from carecenter.db.models import Contact
    from carecenter.services.uow import UnitOfWork

    seen: list[int] = []

    def note(conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if statement.startswith(('INSERT INTO "contact"', "INSERT INTO contact ")):
            seen.append(conn.connection.driver_connection.execute(
                "PRAGMA foreign_keys").fetchone()[0])

    import_file(store, "customers", write(tmp_path, "c.csv", CUSTOMERS))
    event.listen(store.engine, "before_cursor_execute", note)
    try:
        result = import_file(store, "contacts", write(
            tmp_path, "k.csv", CONTACT_HEADER + contact_row() + "\n"
            + contact_row(contact_ref="K2", customer_ref="C404") + "\n"))
    finally:
        event.remove(store.engine, "before_cursor_execute", note)
    assert (result.imported, result.rejected) == (1, 1)
    assert seen == [0]
    for _ in range(3):  # every connection of the pool
        with pytest.raises(IntegrityError), UnitOfWork(store) as uow:
            uow.add(Contact(customer_id="no-such-customer", at=datetime.now(UTC),
                            channel="phone", direction="inbound", team="service"))
