"""The offers panel: eligible offers, and suppressed ones with every reason."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from carecenter.db.store import Store
from carecenter.services.customers.merge import merge_customers
from carecenter.services.customers.offers import Suppressed, offers_panel
from tests.factories import add_contact, make_customer
from tests.unit.test_calllist import NOW, World

D = timedelta(days=1)
S = timedelta(seconds=1)


@pytest.fixture
def world(store: Store, tmp_path: Path) -> World:
    return World(store, tmp_path)


def panel(w: World, at: datetime = NOW, channel: str | None = None
          ) -> tuple[list[str], list[tuple[str, tuple[Suppressed, ...], str | None]]]:
    p = offers_panel(w.store, w.ids["A"], at, channel)
    return ([o.code for o in p.eligible],
            [(s.offer.code, s.reasons, s.better_code) for s in p.suppressed])


def present(w: World, code: str, at: datetime, outcome: str = "info") -> None:
    w.call("A", at, outcome, offer=code, campaign=None, team="sales", direction="inbound")


def test_every_valid_offer_is_eligible_highest_value_first(world: World) -> None:
    # F30 ended yesterday, so it is no longer a candidate at all.
    assert panel(world) == (["M50", "F20", "F10", "F05"], [])
    assert panel(world, NOW - D) == (["M50", "F30", "F20", "F10", "F05"], [])
    p = offers_panel(world.store, world.ids["A"], NOW)
    assert (p.eligible[0].title, p.eligible[0].value_cents, p.eligible[0].product_code) == (
        "Mobile", 5000, "MOBILE")


def test_a_channel_leaves_out_offers_sold_on_other_channels(world: World) -> None:
    assert panel(world, channel="email") == (["M50", "F05"], [])
    assert panel(world, channel="phone") == (["M50", "F20", "F10", "F05"], [])


def test_owned_product_suppresses_its_offers_from_the_holding_day(world: World) -> None:
    world.holding("A", "MOBILE", NOW.date())
    assert panel(world) == (["F20", "F10", "F05"], [("M50", (Suppressed.OWNED,), None)])
    assert panel(world, NOW - D)[1] == []


def test_accepted_offer_suppresses_every_offer_for_that_product(world: World) -> None:
    present(world, "F05", NOW - 100 * D, "accepted")
    eligible, suppressed = panel(world)
    assert eligible == ["M50"]
    assert suppressed == [("F20", (Suppressed.ACCEPTED,), None),
                          ("F10", (Suppressed.ACCEPTED,), None),
                          ("F05", (Suppressed.ACCEPTED,), None)]
    assert panel(world, NOW - 100 * D - S)[1] == []  # before it was accepted


def test_declined_within_30_days_at_the_boundary(world: World) -> None:
    present(world, "M50", NOW - 30 * D, "declined")  # exactly 30 days: no longer suppressed
    assert panel(world)[1] == []
    assert panel(world, NOW - S)[1] == [("M50", (Suppressed.DECLINED_RECENTLY,), None)]
    present(world, "F10", NOW - D, "declined")
    assert panel(world)[1] == [("F10", (Suppressed.DECLINED_RECENTLY,), None)]


def test_a_better_offer_presented_and_not_declined_suppresses_the_lesser_ones(
        world: World) -> None:
    present(world, "F20", NOW - 10 * D)
    eligible, suppressed = panel(world)
    assert eligible == ["M50", "F20"]
    assert suppressed == [("F10", (Suppressed.BETTER_PRESENTED,), "F20"),
                          ("F05", (Suppressed.BETTER_PRESENTED,), "F20")]
    present(world, "F20", NOW - 5 * D, "declined")
    eligible, suppressed = panel(world)
    assert eligible == ["M50", "F10", "F05"]
    assert suppressed == [("F20", (Suppressed.DECLINED_RECENTLY,), None)]


def test_every_reason_that_holds_is_listed(world: World) -> None:
    world.holding("A", "FIBRA", date(2020, 1, 1))
    present(world, "F10", NOW - 3 * D, "declined")
    present(world, "F10", NOW - 2 * D, "accepted")
    present(world, "F20", NOW - D)
    _, suppressed = panel(world)
    assert ("F10", (Suppressed.OWNED, Suppressed.ACCEPTED, Suppressed.DECLINED_RECENTLY,
                    Suppressed.BETTER_PRESENTED), "F20") in suppressed
    assert ("F20", (Suppressed.OWNED, Suppressed.ACCEPTED), None) in suppressed


def test_the_history_of_merged_records_counts(world: World) -> None:
    old = make_customer(world.store, "A-OLD", "a", "Rossi")
    add_contact(world.store, old, NOW - D, team="sales", outcome="accepted",
                offer_id=world.offer_ids["M50"])
    assert panel(world)[1] == []
    merge_customers(world.store, world.ids["A"], old, by_agent_id=None, reason="same person",
                    now=NOW - D)
    assert panel(world)[1] == [("M50", (Suppressed.ACCEPTED,), None)]


def test_a_moment_in_another_time_zone(world: World) -> None:
    from zoneinfo import ZoneInfo

    present(world, "M50", NOW - S, "declined")
    rome = NOW.astimezone(ZoneInfo("Europe/Rome"))
    assert panel(world, rome)[1] == [("M50", (Suppressed.DECLINED_RECENTLY,), None)]
    assert panel(world, (NOW - 2 * S).astimezone(UTC))[1] == []
