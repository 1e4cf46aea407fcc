"""The demo store has postal addresses (Italian and English, as the checks take them) and a
few customers whose record was changed, so the history's "Record changes" filter shows
something to a new user (issue 15)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from carecenter.db.store import Store
from carecenter.demo import anchor, build_demo
from carecenter.services.customers.checks import ADDRESS_FIELDS, check_address
from carecenter.services.customers.view import TimelineFilter, timeline_page


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path: Path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo(path, customers=600, seed=3, now=anchor(date(2026, 6, 1)))
    store = Store.open(path)
    yield store
    store.close()


def test_most_customers_have_an_address_the_checks_accept(demo: Store) -> None:
    with demo.session() as s:
        rows = s.execute(text(
            "SELECT language, street, house_number, postcode, town, province, country "
            "FROM customer")).all()
    with_address = [r for r in rows if r.street]
    assert 0.8 < len(with_address) / len(rows) < 0.97
    for r in with_address:
        parts = dict(zip(ADDRESS_FIELDS, r[1:], strict=True))
        assert check_address(parts, "IT") == parts  # already as the edit form stores it
        assert r.country == ("GB" if r.language == "en" else "IT")


def test_a_few_customers_have_record_changes_that_end_in_their_values(demo: Store) -> None:
    with demo.session() as s:
        changes = s.execute(text(
            "SELECT x.customer_id, x.field, x.old_value, x.new_value, x.desk, a.name "
            "FROM customer_change x JOIN agent a ON a.id = x.agent_id")).all()
        customers = {r.id: r._mapping for r in s.execute(text("SELECT * FROM customer"))}
        ops = s.execute(text(
            "SELECT count(*) FROM outbox WHERE \"table\" = 'customer_change'")).scalar_one()
    changed = {c.customer_id for c in changes}
    assert 5 <= len(changed) <= 40 and ops == len(changes)
    for c in changes:
        assert c.old_value != c.new_value
        assert customers[c.customer_id][c.field] == c.new_value
        assert c.desk.startswith(customers[c.customer_id]["store"])
    one = sorted(changed)[0]
    trail = timeline_page(demo, one, filt=TimelineFilter(record_changes=True)).items
    assert trail and {i.kind for i in trail} == {"change"}
