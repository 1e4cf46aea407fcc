"""The demo shows the counter, promise windows and messages on first start (issue 19)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from carecenter.db.store import Store
from carecenter.demo.builder import build_demo
from carecenter.services.cases.followups import team_queue
from carecenter.services.cases.lifecycle import get_case
from carecenter.services.counter.appointments import day_list

NOW = datetime(2026, 12, 7, tzinfo=UTC)


def test_the_demo_has_todays_appointments_windows_and_messages(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "demo.db")
    try:
        summary = build_demo(store, customers=40, seed=3, now=NOW)
        assert summary.rows["appointment"] == 8
        day = day_list(store, NOW, NOW + timedelta(days=1), NOW + timedelta(hours=11))
        assert sorted({a.status for a in day}) == ["arrived", "expected", "no_show", "seen"]
        assert [a.past_slot_min for a in day if a.waiting] == [45]  # 10:15 slot at 11:00
        queue = team_queue(store, NOW + timedelta(hours=15, minutes=30))
        windows = [f for f in queue.all if f.due_until is not None]
        assert [f.bucket for f in windows] == ["overdue", "today", "upcoming"]
        assert windows[0].missed and windows[1].window_open(NOW + timedelta(hours=15, minutes=30))
        with store.session() as s:
            told = s.execute(text(
                "SELECT case_id FROM contact WHERE case_id IS NOT NULL")).scalars().all()
            open_cases = s.execute(text("SELECT count(*) FROM \"case\" WHERE status IN "
                                        "('open', 'in_progress')")).scalar_one()
        assert len(told) == min(3, open_cases) > 0
        assert all(get_case(store, c).last_told is not None for c in told)
    finally:
        store.close()
