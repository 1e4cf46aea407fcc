"""``carecenter demo``: a believable Italian-and-English store, the same for the same seed,
every row with its outbox op; a store holding data is left as it is."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from carecenter.cli import main
from carecenter.db.models import SYNCED_MODELS
from carecenter.db.store import Store
from carecenter.demo import anchor, build_demo
from carecenter.demo.vocab import STEPS
from carecenter.services.export import export_csv
from carecenter.services.search.query import search

NOW = anchor(date(2026, 3, 16))
SIZE = 300


def _build(path: Path, seed: int, customers: int = SIZE) -> None:
    build_demo(path, customers=customers, seed=seed, now=NOW)


def _export(path: Path, out: Path) -> dict[str, bytes]:
    """The store's export; the demo's changes made "at this desk" name the store's own
    site, new with each store, so it reads as a fixed word."""
    store = Store.open(path)
    try:
        export_csv(store, out)
        here = store.site_id.encode()
    finally:
        store.close()
    return {p.name: p.read_bytes().replace(here, b"<this desk>")
            for p in sorted(out.glob("*.csv"))}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    _build(path, seed=1)
    return path


@pytest.fixture
def db(built: Path) -> Iterator[Store]:
    store = Store.open(built)
    yield store
    store.close()


def scalar(store: Store, sql: str, **params: object) -> int:
    with store.session() as s:
        return int(s.execute(text(sql), params).scalar_one())


def test_the_same_seed_gives_the_same_store_and_another_seed_another(
        built: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.db"
    _build(again, seed=1)
    other = tmp_path / "other.db"
    _build(other, seed=2)
    first = _export(built, tmp_path / "first")
    assert _export(again, tmp_path / "again") == first  # ids included
    second = _export(other, tmp_path / "other")
    assert second["customer.csv"] != first["customer.csv"]
    assert second["contact.csv"] != first["contact.csv"]
    # The customer numbers are the same, the people behind them are not.
    assert first["customer.csv"].count(b"\n") == second["customer.csv"].count(b"\n") == SIZE + 1


def test_customers_have_several_phones_and_emails_in_italian_and_english(db: Store) -> None:
    assert scalar(db, "SELECT count(*) FROM customer") == SIZE
    several_phones = scalar(db, "SELECT count(*) FROM (SELECT customer_id FROM customer_phone "
                                "GROUP BY customer_id HAVING count(*) >= 2)")
    several_emails = scalar(db, "SELECT count(*) FROM (SELECT customer_id FROM customer_email "
                                "GROUP BY customer_id HAVING count(*) >= 2)")
    assert several_phones > SIZE // 10
    assert several_emails > SIZE // 10
    italian = scalar(db, "SELECT count(*) FROM customer WHERE language = 'it'")
    english = scalar(db, "SELECT count(*) FROM customer WHERE language = 'en'")
    assert italian + english == SIZE
    assert italian > english > SIZE // 10
    assert scalar(db, "SELECT count(*) FROM customer_phone WHERE e164 LIKE '+39%'") > 0
    assert scalar(db, "SELECT count(*) FROM customer_phone WHERE e164 LIKE '+44%'") > 0
    # Every customer has a phone, and the search finds a customer by it and by name.
    assert scalar(db, "SELECT count(*) FROM customer c WHERE NOT EXISTS "
                      "(SELECT 1 FROM customer_phone p WHERE p.customer_id = c.id)") == 0
    with db.session() as s:
        row = s.execute(text(
            "SELECT c.customer_ref, c.first_name, c.last_name, p.e164 FROM customer c "
            "JOIN customer_phone p ON p.customer_id = c.id WHERE c.first_name IS NOT NULL "
            "AND c.language = 'it' AND p.e164 LIKE '+393%' ORDER BY c.customer_ref")).first()
    assert row is not None
    ref, first, last, e164 = row
    assert ref in [h.customer_ref for h in search(db, e164)]
    assert ref in [h.customer_ref for h in search(db, e164[3:])]  # as an agent dials it
    assert ref in [h.customer_ref for h in search(db, f"{first} {last}", limit=200)]


def test_consent_products_offers_and_campaigns_with_mixed_outcomes(db: Store) -> None:
    assert scalar(db, "SELECT count(*) FROM consent_event WHERE granted") > 0
    assert scalar(db, "SELECT count(*) FROM consent_event WHERE NOT granted") > 0
    assert scalar(db, "SELECT count(DISTINCT channel) FROM consent_event") == 3
    assert scalar(db, "SELECT count(*) FROM product") >= 3
    assert scalar(db, "SELECT count(*) FROM holding") > SIZE // 2
    assert scalar(db, "SELECT count(*) FROM offer") >= 3
    assert scalar(db, "SELECT count(*) FROM campaign") >= 2
    marketing = "FROM contact WHERE team = 'marketing' AND campaign_id IS NOT NULL"
    assert scalar(db, f"SELECT count(*) {marketing}") > SIZE // 4
    assert scalar(db, f"SELECT count(DISTINCT outcome) {marketing}") >= 4
    assert scalar(db, "SELECT count(*) FROM call_list_entry") > 0
    for team in ("service", "store", "sales"):
        assert scalar(db, "SELECT count(*) FROM contact WHERE team = :t", t=team) > 0
    assert scalar(db, "SELECT count(DISTINCT channel) FROM contact") >= 3


def test_open_cases_with_partly_ticked_checklists_decisions_and_follow_ups(db: Store) -> None:
    open_cases = "SELECT id FROM \"case\" WHERE status IN ('open', 'in_progress')"
    assert scalar(db, f"SELECT count(*) FROM ({open_cases})") > 0
    partly = scalar(db, f"SELECT count(*) FROM (SELECT case_id FROM case_step_event "
                        f"WHERE case_id IN ({open_cases}) GROUP BY case_id "
                        f"HAVING count(*) BETWEEN 1 AND {len(STEPS) - 1})")
    assert partly > 0
    assert scalar(db, "SELECT count(*) FROM \"case\" WHERE status = 'closed'") > 0
    assert scalar(db, "SELECT count(*) FROM decision") > 0
    now = NOW.strftime("%Y-%m-%dT%H:%M:%S")
    assert scalar(db, "SELECT count(*) FROM follow_up WHERE status = 'open' AND due < :now",
                  now=now) > 0  # overdue
    assert scalar(db, "SELECT count(*) FROM follow_up WHERE status = 'open' AND due >= :now",
                  now=now) > 0
    assert scalar(db, "SELECT count(*) FROM follow_up WHERE status = 'done'") > 0
    # Nothing happened after the demo's "now".
    assert scalar(db, "SELECT count(*) FROM contact WHERE at > :now", now=now) == 0


def test_every_row_has_its_outbox_op(db: Store) -> None:
    for model in SYNCED_MODELS:
        table = model.__tablename__
        if table == "sync_conflict":
            continue  # made by the hub: the demo's come as a pull brings them
        rows = scalar(db, f'SELECT count(*) FROM "{table}"')
        ops = scalar(db, 'SELECT count(*) FROM outbox WHERE "table" = :t AND kind = \'insert\'',
                     t=table)
        assert ops == rows, table
        assert scalar(db, f'SELECT count(*) FROM "{table}" WHERE id NOT IN '
                          '(SELECT row_id FROM outbox WHERE "table" = :t)', t=table) == 0, table
    assert scalar(db, "SELECT count(*) FROM customer_fts") == SIZE


def test_the_command_builds_then_leaves_a_store_holding_data_as_it_is(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cli.db"
    assert main(["demo", "--db", str(path), "--customers", "40", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert re.fullmatch(
        rf"Demo store {re.escape(str(path))}: 40 customers, \d+ rows in \d+\.\d s "
        r"\(seed 3\)\.\n", out), out
    before = _export(path, tmp_path / "before")
    ops = _ops(path)
    assert main(["demo", "--db", str(path), "--customers", "500", "--seed", "4"]) == 0
    assert capsys.readouterr().out == (
        f"{path} already holds 40 customers: left as it is "
        "(delete the file to build a new demo).\n")
    assert _export(path, tmp_path / "after") == before
    assert _ops(path) == ops


def test_a_negative_size_is_refused_and_nothing_is_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "neg.db"
    assert main(["demo", "--db", str(path), "--customers", "-1"]) == 2
    captured = capsys.readouterr()
    assert captured.err == "carecenter: The number of customers cannot be negative.\n"
    assert captured.out == ""
    assert not path.exists()


def test_an_empty_demo_has_the_reference_rows_only(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    summary = build_demo(path, customers=0, seed=1, now=datetime(2026, 1, 1, tzinfo=UTC))
    assert summary.customers == 0
    assert set(summary.rows) == {"agent", "product", "offer", "campaign"}
    assert _ops(path) == summary.total


def _ops(path: Path) -> int:
    store = Store.open(path)
    try:
        return scalar(store, "SELECT count(*) FROM outbox")
    finally:
        store.close()


def test_some_customers_were_changed_at_two_desks(db: Store) -> None:
    """So that "Changes to check" has something in it for an agent at this desk (the
    values that lost here, the customer deleted here while another desk edited it) and
    more for the team lead."""
    from carecenter.services.customers.conflicts import ConflictKind, Viewer, changes_to_check

    mine = changes_to_check(db, Viewer("agent", db.site_id))
    lead = changes_to_check(db, Viewer("supervisor", db.site_id))
    assert len(mine) == 3 and all(i.mine for i in mine)
    assert len(lead) == 4
    assert [i.kind for i in lead].count(ConflictKind.DELETE) == 1
    for i in lead:
        assert i.kept.value != i.lost.value
        assert i.deleted_now is False
        if i.kind == ConflictKind.FIELD:
            assert i.current == i.kept.value  # every desk has the kept value
