"""Two workstations working one call list through a hub: an entry one of them is calling
is not given to the other, nor one called a short while ago; abandoned claims expire."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from carecenter.clock import utcnow
from carecenter.db.store import Store
from carecenter.services.calls.calllist import next_to_call
from carecenter.services.calls.campaigns import CampaignSpec, create_campaign, import_call_list
from carecenter.services.calls.claims import CALLED_PAUSE, CLAIM_TTL, claim, finish
from carecenter.sync.hub import Hub, init_hub
from tests.factories import make_customer
from tests.sync.helpers import ok


@pytest.fixture
def sqlite_hub(tmp_path: Path) -> Iterator[Hub]:
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    init_hub(url)
    hub = Hub(url)
    yield hub
    hub.close()


@pytest.fixture
def pair(make_store: Callable[[str], Store], sqlite_hub: Hub, tmp_path: Path
         ) -> tuple[Store, Store, str, list[str]]:
    a, b = make_store("a"), make_store("b")
    for ref in ("L1", "L2", "L3"):
        make_customer(a, ref, "Lia", "Neri")
    campaign = create_campaign(a, CampaignSpec(name="Fibre", product="FIBRA")).campaign_id
    (tmp_path / "list.csv").write_text("customer_ref\nL1\nL2\nL3\n", encoding="utf-8")
    import_call_list(a, "Fibre", tmp_path / "list.csv")
    ok(a, sqlite_hub)
    ok(b, sqlite_hub)
    with b.session() as s:
        entries = [r[0] for r in s.execute(text(
            "SELECT id FROM call_list_entry ORDER BY position"))]
    assert len(entries) == 3
    return a, b, campaign, entries


def _next(store: Store, campaign: str, entries: list[str], **kw: object) -> tuple[
        str | None, list[str]]:
    got = next_to_call(store, campaign, -1, entries, claim=True, **kw)  # type: ignore[arg-type]
    return (got.entry.entry_id if got.entry else None), [e.entry_id for e in got.taken]


def _status(store: Store, entry_id: str) -> str:
    with store.session() as s:
        return str(s.execute(text("SELECT status FROM call_list_entry WHERE id = :i"),
                             {"i": entry_id}).scalar_one())


def test_an_entry_being_called_elsewhere_is_passed_over(
        pair: tuple[Store, Store, str, list[str]], sqlite_hub: Hub) -> None:
    a, b, campaign, entries = pair
    assert _next(a, campaign, entries) == (entries[0], [])
    assert _status(a, entries[0]) == "calling"
    ok(a, sqlite_hub)
    ok(b, sqlite_hub)
    assert _next(b, campaign, entries) == (entries[1], [entries[0]])
    # The same workstation asking again keeps its own entry.
    assert _next(a, campaign, entries) == (entries[0], [])
    # A claim left for longer than CLAIM_TTL (a console closed mid-call) is void.
    later = utcnow() + CLAIM_TTL + timedelta(minutes=1)
    assert claim(b, entries[0], later) is True


def test_moving_on_without_a_call_gives_the_entry_back(
        pair: tuple[Store, Store, str, list[str]], sqlite_hub: Hub) -> None:
    a, b, campaign, entries = pair
    assert _next(a, campaign, entries) == (entries[0], [])
    ok(a, sqlite_hub)
    ok(b, sqlite_hub)
    finish(b, entries[0], called=False)  # not B's claim: left alone
    assert _status(b, entries[0]) == "calling"
    finish(a, entries[0], called=False)
    assert _status(a, entries[0]) == "pending"
    ok(a, sqlite_hub)
    ok(b, sqlite_hub)
    assert _next(b, campaign, entries) == (entries[0], [])


def test_an_entry_called_a_short_while_ago_is_not_offered_again(
        pair: tuple[Store, Store, str, list[str]], sqlite_hub: Hub) -> None:
    a, b, campaign, entries = pair
    assert _next(a, campaign, entries) == (entries[0], [])
    finish(a, entries[0], called=True)
    assert _status(a, entries[0]) == "called"
    ok(a, sqlite_hub)
    ok(b, sqlite_hub)
    assert _next(b, campaign, entries) == (entries[1], [entries[0]])
    assert _next(a, campaign, entries[:1]) == (None, [entries[0]])
    later = utcnow() + CALLED_PAUSE + timedelta(minutes=1)
    assert claim(b, entries[0], later) is True
