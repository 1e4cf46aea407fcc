"""Changes to check (Ctrl+Shift+K), offscreen: restore a lost value, keep a customer whose
delete met an edit, delete it again, each with one key, checking the store and the outbox
afterwards; a change settled meanwhile is refused with its sentence and nothing written;
the item model passes qtmodeltester."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from carecenter.clock import utcnow
from carecenter.db.models import ConflictResolution, Customer, OutboxOp
from carecenter.db.store import Store
from carecenter.demo.conflicts import add_two_desk_changes
from carecenter.services.customers.conflicts import (
    Choice,
    ConflictItem,
    ConflictKind,
    Viewer,
    changes_to_check,
    settle,
)
from carecenter.services.search.query import search
from carecenter.settings import Settings
from tests.ui.hub_steps import activate
from ui.conflicts.api import CONFLICTS
from ui.conflicts.view import ChangesPage, conflicts_model
from ui.shell.main_window import MainWindow


@pytest.fixture
def changed(store: Store) -> Store:
    """The test store with the demo's customers changed at two desks."""
    assert add_two_desk_changes(store, seed=3, now=utcnow()) == 4
    return store


def open_view(qtbot: QtBot, console: Any, settings: Settings, role: str = "agent"
              ) -> tuple[MainWindow, ChangesPage]:
    w = console(replace(settings, agent_role=role))
    activate(w)
    page = w.findChild(ChangesPage, "changesToCheck")
    assert isinstance(page, ChangesPage)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.keyClick(w, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)
    dock = w.findChild(QDockWidget, "changesToCheckDock")
    assert dock is not None and dock.isVisible()
    return w, page


def select_row(page: ChangesPage, pick: Any) -> ConflictItem:
    rows = page.model.rows()
    n = next(i for i, item in enumerate(rows) if pick(item))
    page.table.setCurrentIndex(page.model.index(n, 0))
    page.table.setFocus()
    return rows[n]


def press(qtbot: QtBot, page: ChangesPage, key: Qt.Key) -> None:
    with qtbot.waitSignal(page.settled, timeout=10_000), \
            qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.keyClick(page.table, key, Qt.KeyboardModifier.AltModifier)


def outbox(store: Store) -> list[tuple[str, str, str, dict[str, Any]]]:
    with store.session() as s:
        return [(o.table, o.row_id, o.kind, o.fields)
                for o in s.scalars(select(OutboxOp).order_by(OutboxOp.seq))]


def customer(store: Store, cid: str) -> Customer:
    with store.session() as s:
        c = s.get(Customer, cid)
        assert c is not None
        return c


def resolutions(store: Store) -> list[tuple[str, str]]:
    with store.session() as s:
        return [(r.conflict_id, r.chosen) for r in s.scalars(select(ConflictResolution))]


def test_an_agent_sees_what_lost_here_and_restores_it_with_one_key(
        qtbot: QtBot, console: Any, changed: Store, settings: Settings) -> None:
    _w, page = open_view(qtbot, console, settings)
    rows = page.model.rows()
    assert len(rows) == 3 and all(i.mine for i in rows)  # the tier clash is the lead's
    item = select_row(page, lambda i: i.field == "last_name")
    assert page.model.data(page.model.index(page.table.currentIndex().row(), 1)) == "Last name"
    assert page.restore_button.text() == "Restore the lost value  (Alt+L)"
    assert "this desk" in page.model.data(page.model.index(page.table.currentIndex().row(), 4))
    before = outbox(changed)

    press(qtbot, page, Qt.Key.Key_L)

    assert customer(changed, item.customer_id).last_name == item.lost.value
    new = outbox(changed)[len(before):]
    assert [(t, k) for t, _r, k, _f in new] == [("customer", "update"),
                                                ("conflict_resolution", "insert")]
    assert new[0][1] == item.customer_id and new[0][3]["last_name"][0] == item.lost.value
    assert (new[1][3]["conflict_id"][0], new[1][3]["chosen"][0]) == (item.id, "lost")
    assert resolutions(changed) == [(item.id, "lost")]
    assert item.id not in [i.id for i in page.model.rows()]
    assert len(page.model.rows()) == 2


def test_a_customer_deleted_here_while_edited_elsewhere_is_kept_with_one_key(
        qtbot: QtBot, console: Any, changed: Store, settings: Settings) -> None:
    _w, page = open_view(qtbot, console, settings)
    item = select_row(page, lambda i: i.kind == ConflictKind.DELETE)
    assert page.model.data(page.model.index(page.table.currentIndex().row(), 1)) == \
        "Deleted here while changed elsewhere"
    assert page.keep_button.text() == "Keep the customer  (Alt+K)"
    before = outbox(changed)

    press(qtbot, page, Qt.Key.Key_K)

    c = customer(changed, item.customer_id)
    assert c.deleted is False
    assert item.customer_id in [h.customer_id for h in search(changed, c.customer_ref)]
    new = outbox(changed)[len(before):]
    # the customer is already kept on every desk: only the resolution is written
    assert [(t, k) for t, _r, k, _f in new] == [("conflict_resolution", "insert")]
    assert (new[0][3]["conflict_id"][0], new[0][3]["chosen"][0]) == (item.id, "kept")
    assert resolutions(changed) == [(item.id, "kept")]
    assert ConflictKind.DELETE not in [i.kind for i in page.model.rows()]


def test_a_deleted_customer_comes_back_when_kept(qtbot: QtBot, console: Any,
                                                changed: Store, settings: Settings) -> None:
    """Kept after it was deleted here again (before this desk's sync brought the hub's
    keep): the keep is a write of its own, which wins on every desk."""
    item = next(i for i in changes_to_check(changed, Viewer("agent", changed.site_id))
                if i.kind == ConflictKind.DELETE)
    from carecenter.services.uow import UnitOfWork

    with UnitOfWork(changed) as uow:
        row = uow.session.get(Customer, item.customer_id)
        assert row is not None
        uow.delete(row)
    _w, page = open_view(qtbot, console, settings)
    select_row(page, lambda i: i.id == item.id)
    before = outbox(changed)

    press(qtbot, page, Qt.Key.Key_K)

    assert customer(changed, item.customer_id).deleted is False
    new = outbox(changed)[len(before):]
    assert [(t, k, f.get("deleted", [None])[0]) for t, _r, k, f in new] == [
        ("customer", "update", False), ("conflict_resolution", "insert", None)]


def test_delete_again_with_one_key(qtbot: QtBot, console: Any, changed: Store,
                                   settings: Settings) -> None:
    _w, page = open_view(qtbot, console, settings)
    item = select_row(page, lambda i: i.kind == ConflictKind.DELETE)
    assert page.restore_button.text() == "Delete again  (Alt+L)"
    ref = customer(changed, item.customer_id).customer_ref
    before = outbox(changed)

    press(qtbot, page, Qt.Key.Key_L)

    assert customer(changed, item.customer_id).deleted is True
    assert item.customer_id not in [h.customer_id for h in search(changed, ref)]
    new = outbox(changed)[len(before):]
    assert [(t, r, k) for t, r, k, _f in new] == [
        ("customer", item.customer_id, "update"),
        (new[1][0], new[1][1], "insert")]
    assert new[0][3]["deleted"][0] is True
    assert new[1][0] == "conflict_resolution" and new[1][3]["chosen"][0] == "lost"


def test_the_team_lead_sees_every_change_and_one_settled_meanwhile_is_refused(
        qtbot: QtBot, console: Any, changed: Store, settings: Settings) -> None:
    _w, page = open_view(qtbot, console, settings, role="supervisor")
    assert len(page.model.rows()) == 4
    item = select_row(page, lambda i: i.field == "tier")
    assert not item.mine and not item.kept.here and not item.lost.here
    # settled at the same time through another way in (another window, a sync)
    settle(changed, item.id, Choice.KEPT, Viewer("supervisor", changed.site_id))
    before, tier = outbox(changed), customer(changed, item.customer_id).tier
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.keyClick(page.table, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert page.message.isVisible()
    assert page.message.text() == ("This change was already settled (the kept value "
                                   "stays): the list is now up to date.")
    assert outbox(changed) == before
    assert customer(changed, item.customer_id).tier == tier
    assert resolutions(changed) == [(item.id, "kept")]
    assert item.id not in [i.id for i in page.model.rows()]


def test_the_banner_can_open_the_view_at_a_customer(qtbot: QtBot, console: Any,
                                                    changed: Store,
                                                    settings: Settings) -> None:
    w = console(settings)
    api = w.registry.get(CONFLICTS)
    item = changes_to_check(changed, Viewer("agent", changed.site_id))[-1]
    page = w.findChild(ChangesPage, "changesToCheck")
    assert isinstance(page, ChangesPage)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        api.show_changes(item.customer_id)
    current = page.current()
    assert current is not None and current.customer_id == item.customer_id


def test_the_item_model_passes_qtmodeltester(qtmodeltester: Any, changed: Store) -> None:
    model = conflicts_model()
    qtmodeltester.check(model)
    model.set_rows(changes_to_check(changed, Viewer("supervisor", changed.site_id)))
    assert model.rowCount() == 4 and model.columnCount() == 5
    qtmodeltester.check(model)
    with changed.session() as s:
        assert s.execute(select(func.count()).select_from(ConflictResolution)).scalar() == 0
    assert json.dumps([model.data(model.index(r, 3)) for r in range(4)])


def test_enter_opens_the_customer_and_the_view_speaks_italian(
        qtbot: QtBot, console: Any, changed: Store, settings: Settings) -> None:
    from ui.shell import i18n

    w, page = open_view(qtbot, console, settings)
    item = select_row(page, lambda i: i.kind == ConflictKind.DELETE)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    view = w.tabs.currentWidget()
    assert getattr(view, "customer_id", None) == item.customer_id
    i18n.set_language("it")  # the language change reaches the widgets as an event
    qtbot.waitUntil(lambda: page.restore_button.text() == "Elimina di nuovo  (Alt+L)")
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Cliente"
    assert page.model.data(page.model.index(page.table.currentIndex().row(), 1)) == \
        "Eliminato qui mentre altrove veniva modificato"
