"""Ring-to-view times are kept locally and read back as percentiles."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from carecenter.commands.refusal_words import refusal_sentence as said
from carecenter.db.store import Store
from carecenter.services.customers.screen_pops import InvalidScreenPop, pop_figures, record_pop

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def test_figures_of_no_pops_are_empty(store: Store) -> None:
    f = pop_figures(store)
    assert (f.count, f.p50_ms, f.p95_ms, f.max_ms) == (0, None, None, None)


def test_percentiles_count_and_outcomes(store: Store) -> None:
    for n in range(1, 101):
        record_pop(store, outcome="one" if n % 10 else "none", matches=1 if n % 10 else 0,
                   ms=float(n), at=T0 + timedelta(minutes=n))
    f = pop_figures(store)
    # carecenter.stats: interpolated between ranks (1..100: p50 50.5, p95 95.05)
    assert (f.count, f.p50_ms, f.p95_ms, f.max_ms) == (100, 50.5, 95.0, 100.0)
    assert f.by_outcome == {"one": 90, "several": 0, "none": 10}
    later = pop_figures(store, since=T0 + timedelta(minutes=91))
    assert (later.count, later.p50_ms) == (10, 95.5)


def test_the_metric_is_local_never_an_outbox_op(store: Store) -> None:
    record_pop(store, outcome="several", matches=3, ms=12.5, at=T0)
    with store.session() as s:
        assert s.execute(text("SELECT count(*) FROM outbox")).scalar_one() == 0
        row = s.execute(text("SELECT outcome, matches, ms FROM screen_pop")).one()
        assert row == ("several", 3, 12.5)


def test_old_pops_are_dropped(store: Store) -> None:
    record_pop(store, outcome="one", matches=1, ms=10, at=T0)
    record_pop(store, outcome="one", matches=1, ms=20, at=T0 + timedelta(days=181))
    assert pop_figures(store).count == 1


@pytest.mark.parametrize(("outcome", "ms", "message"), [
    ("maybe", 1.0, "Unknown screen pop outcome 'maybe'."),
    ("one", -1.0, "A screen pop cannot take negative or endless time."),
    ("one", float("nan"), "A screen pop cannot take negative or endless time."),
])
def test_bad_figures_are_refused_and_nothing_is_stored(store: Store, outcome: str, ms: float,
                                                       message: str) -> None:
    with pytest.raises(InvalidScreenPop) as err:
        record_pop(store, outcome=outcome, matches=1, ms=ms)
    assert said(err.value) == message
    assert pop_figures(store).count == 0
