"""Merge and unmerge through the console: Ctrl+M, find the other record, both side by side,
a reason, confirm; the merged history shows in the kept timeline; undo from the merge
item restores every row; consent stays the most restrictive of the two while merged."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from carecenter.clock import utcnow
from carecenter.db.models import ConsentEvent
from carecenter.db.store import Store
from carecenter.services.search.query import search
from carecenter.services.uow import UnitOfWork
from tests.factories import add_contact, make_customer
from ui.customer.banner import strip_of
from ui.customer.merge_dialog import MergeDialog, undo_merge
from ui.customer.view import CustomerView
from ui.shell.main_window import MainWindow
from ui.shell.ops import OpRunner


@pytest.fixture
def pair(store: Store) -> tuple[str, str]:
    kept = make_customer(store, "M-1", "Carla", "Doppia", phones=("+393471111111",),
                         emails=("carla@example.it",))
    other = make_customer(store, "M-2", "Carla", "Doppia", phones=("+393472222222",),
                          emails=("c.doppia@example.it",))
    add_contact(store, kept, utcnow() - timedelta(days=3), summary="kept call")
    add_contact(store, other, utcnow() - timedelta(days=2), summary="other call")
    with UnitOfWork(store) as uow:  # the other record said no to marketing calls
        uow.add(ConsentEvent(customer_id=other, channel="phone", purpose="marketing",
                             granted=False, source="t", at=utcnow() - timedelta(days=5)))
    return kept, other


def rows(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row a merge could touch, apart from the append-only merge records."""
    queries = {
        "customer": "SELECT id, customer_ref, merged_into_id, deleted FROM customer",
        "contact": "SELECT id, customer_id, summary FROM contact",
        "phone": "SELECT id, customer_id, e164, deleted FROM customer_phone",
        "email": "SELECT id, customer_id, email, deleted FROM customer_email",
    }
    with store.session() as s:
        return {k: sorted(tuple(r) for r in s.execute(text(q))) for k, q in queries.items()}


def _open(qtbot: QtBot, window: MainWindow, cid: str) -> CustomerView:
    view = window.open_customer(cid)
    qtbot.waitUntil(lambda: view.is_ready, timeout=10000)
    return view


def _dialog(qtbot: QtBot, window: MainWindow) -> MergeDialog:
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChildren(MergeDialog)[-1]
    assert isinstance(dialog, MergeDialog) and dialog.isVisible()
    return dialog


def _choose(qtbot: QtBot, dialog: MergeDialog, query: str) -> None:
    qtbot.keyClicks(dialog.search.field, query)
    qtbot.waitUntil(lambda: dialog.search.shown_query == query, timeout=10000)
    qtbot.keyClick(dialog.search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.ok.isEnabled, timeout=10000)


def _kinds(view: CustomerView) -> list[str]:
    strip = strip_of(view)
    assert strip is not None
    return [b.property("kind") for b in strip.buttons]


def test_merge_and_undo_through_the_console(qtbot: QtBot, window: MainWindow, runner: OpRunner,
                                            store: Store, pair: tuple[str, str]) -> None:
    kept, other = pair
    before = rows(store)
    view = _open(qtbot, window, kept)
    assert _kinds(view) == []
    dialog = _dialog(qtbot, window)
    _choose(qtbot, dialog, "M-2")
    # Both records side by side.
    this_card, other_card = dialog.this_card.text.text(), dialog.other_card.text.text()
    assert "M-1" in this_card and "+39 347 111 1111" in this_card
    assert "M-2" in other_card and "c.doppia@example.it" in other_card
    qtbot.keyClicks(dialog.reason, "Same person, confirmed on the phone")
    with qtbot.waitSignal(view.loaded, timeout=10000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.is_ready and view.model.rowCount() == 3, timeout=10000)
    # The merged history is in the kept timeline, with the merge item on top.
    kinds = [view.model.item(r).kind for r in range(view.model.rowCount())]
    summaries = {view.model.item(r).summary for r in range(view.model.rowCount())}
    assert kinds[0] == "merge" and {"kept call", "other call"} <= summaries
    assert view.header is not None and view.header.merged_refs == ("M-2",)
    # The most restrictive consent of the two now holds for the kept customer.
    assert _kinds(view) == ["do_not_call"]
    assert [h.customer_ref for h in search(store, "+39 347 222 2222")] == ["M-1"]

    view.table.selectRow(0)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        assert undo_merge(window, view, ask=False, reason="not the same after all")
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert rows(store) == before
    assert view.header is not None and view.header.merged_refs == ()
    assert _kinds(view) == []  # the kept customer's own consent is back
    assert [h.customer_ref for h in search(store, "+39 347 222 2222")] == ["M-2"]
    other_view = _open(qtbot, window, other)
    assert _kinds(other_view) == ["do_not_call"]


def test_a_merge_without_a_reason_is_refused_and_changes_nothing(
        qtbot: QtBot, window: MainWindow, runner: OpRunner, store: Store,
        pair: tuple[str, str]) -> None:
    kept, _ = pair
    before = rows(store)
    _open(qtbot, window, kept)
    dialog = _dialog(qtbot, window)
    _choose(qtbot, dialog, "M-2")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10000)
    assert dialog.error.text() == "Say why these customers are the same person before merging them."
    assert rows(store) == before
    with store.session() as s:
        assert s.execute(text("SELECT count(*) FROM merge")).scalar_one() == 0
    dialog.reject()


def test_a_record_cannot_be_merged_into_itself(qtbot: QtBot, window: MainWindow, store: Store,
                                               pair: tuple[str, str]) -> None:
    kept, _ = pair
    _open(qtbot, window, kept)
    dialog = _dialog(qtbot, window)
    qtbot.keyClicks(dialog.search.field, "M-1")
    qtbot.waitUntil(lambda: dialog.search.shown_query == "M-1", timeout=10000)
    qtbot.keyClick(dialog.search.field, Qt.Key.Key_Return)
    assert dialog.error.text() == "Choose another customer: a record cannot be merged into itself."
    assert not dialog.ok.isEnabled()
    dialog.reject()


def test_keeping_the_other_record_opens_it(qtbot: QtBot, window: MainWindow, store: Store,
                                           pair: tuple[str, str]) -> None:
    kept, other = pair
    _open(qtbot, window, kept)
    dialog = _dialog(qtbot, window)
    _choose(qtbot, dialog, "M-2")
    dialog.keep_other.setChecked(True)
    qtbot.keyClicks(dialog.reason, "duplicate")
    with qtbot.waitSignal(dialog.merged, timeout=10000) as merged:
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert merged.args == [other]
    qtbot.waitUntil(lambda: window.current_view() is not None
                    and window.current_view().customer_id == other)  # type: ignore[union-attr]
    with store.session() as s:
        assert s.execute(text("SELECT merged_into_id FROM customer WHERE id = :c"),
                         {"c": kept}).scalar_one() == other
