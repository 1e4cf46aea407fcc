"""The banner tells the truth (issue 15 part 5): marketing's last contact says its channel,
an open complaint its category in the console's language, severity and summary; a
duplicate the hub flagged shows with a merge action that does the audited merge (store
and outbox checked); field conflicts show as changes to check."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from carecenter.clock import utcnow
from carecenter.db.models import Case, Customer, Merge, OutboxOp
from carecenter.db.store import Store
from carecenter.services.uow import UnitOfWork
from carecenter.sync.hub import Hub, init_hub
from tests.factories import add_contact, make_customer
from tests.sync.helpers import ok
from ui.conflicts.view import ChangesPage
from ui.customer.banner import BannerStrip, strip_of
from ui.customer.merge_dialog import MergeDialog
from ui.customer.view import CustomerView
from ui.shell import i18n
from ui.shell.main_window import MainWindow

PHONE = "+393331234567"


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    """An empty store (this desk), so a sync with the hub stays small."""
    s = Store.open(store_path)
    yield s
    s.close()


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Hub]:
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    init_hub(url)
    h = Hub(url)
    yield h
    h.close()


@pytest.fixture
def other_desk(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "other.db")
    yield s
    s.close()


def _open(qtbot: QtBot, window: MainWindow, cid: str) -> tuple[CustomerView, BannerStrip]:
    view = window.open_customer(cid)
    qtbot.waitUntil(lambda: view.is_ready, timeout=10000)
    strip = strip_of(view)
    assert strip is not None
    return view, strip


def _texts(strip: BannerStrip) -> dict[str, str]:
    return {b.property("kind"): b.text() for b in strip.buttons}


def test_marketing_says_its_channel_and_a_complaint_its_category_severity_and_summary(
        qtbot: QtBot, window: MainWindow, store: Store) -> None:
    cid = make_customer(store, "T-1", "Vera", "Verità")
    add_contact(store, cid, utcnow() - timedelta(days=11, hours=1), channel="sms",
                team="marketing", direction="outbound", outcome="no_answer")
    with UnitOfWork(store) as uow:
        uow.add(Case(customer_id=cid, category="billing_error", severity="low", status="open",
                     opened_at=utcnow() - timedelta(days=9), summary="old fee"))
        uow.add(Case(customer_id=cid, category="late_delivery", severity="high",
                     status="open", opened_at=utcnow() - timedelta(days=2, hours=1),
                     summary="router never arrived"))
    _, strip = _open(qtbot, window, cid)
    texts = _texts(strip)
    assert texts["marketing_contact"].startswith("Marketing sent an SMS 11 days ago")
    assert "called" not in texts["marketing_contact"]
    # the most severe open complaint, its category as the console names it
    assert texts["open_complaint"] == ("Open complaint: Late delivery, high severity, opened "
                                       "2 days ago — router never arrived (and 1 more)")
    i18n.set_language("it")  # the console's language: the category and words follow
    qtbot.waitUntil(lambda: _texts(strip)["marketing_contact"].startswith("Il "))
    texts = _texts(strip)
    assert texts["marketing_contact"].startswith("Il marketing ha inviato un SMS ")
    assert texts["open_complaint"].startswith("Reclamo aperto: Consegna in ritardo, gravità alta")


def test_merge_a_duplicate_the_hub_flagged_from_the_banner(
        qtbot: QtBot, window: MainWindow, store: Store, other_desk: Store, hub: Hub) -> None:
    mine = make_customer(store, "D-1", "Mario", "Rossi", phones=(PHONE,))
    theirs = make_customer(other_desk, "D-2", "Mario", "Rosi", phones=(PHONE,))
    for desk in (store, other_desk, store):
        ok(desk, hub)
    view, strip = _open(qtbot, window, mine)
    texts = _texts(strip)
    assert texts["possible_duplicate"] == (
        f"Possible duplicate: Mario Rosi (customer D-2), same phone {PHONE} — open to merge")
    n = [b.property("kind") for b in strip.buttons].index("possible_duplicate")
    qtbot.mouseClick(strip.buttons[n], Qt.MouseButton.LeftButton)
    (dialog,) = [d for d in window.findChildren(MergeDialog) if d.isVisible()]
    qtbot.waitUntil(dialog.ok.isEnabled, timeout=10000)
    assert dialog.other_id == theirs and "D-2" in dialog.other_card.text.text()
    assert dialog.reason.text() == f"Flagged by the hub as a possible duplicate: same phone {PHONE}"
    with qtbot.waitSignal(dialog.merged, timeout=10000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    with store.session() as s:
        merged = s.get(Customer, theirs)
        assert merged is not None and merged.merged_into_id == mine
        (record,) = s.scalars(select(Merge)).all()
        assert (record.kind, record.kept_id, record.merged_id) == ("merge", mine, theirs)
        assert record.reason == f"Flagged by the hub as a possible duplicate: same phone {PHONE}"
        ops = {(o.table, o.row_id) for o in s.scalars(select(OutboxOp))}
    assert ("merge", record.id) in ops and ("customer", theirs) in ops
    qtbot.waitUntil(lambda: view.is_ready, timeout=10000)
    _view2, strip2 = _open(qtbot, window, mine)
    qtbot.waitUntil(lambda: "possible_duplicate" not in _texts(strip2), timeout=10000)


def test_changes_to_check_count_and_open_the_view(
        qtbot: QtBot, window: MainWindow, store: Store, other_desk: Store, hub: Hub) -> None:
    cid = make_customer(store, "F-1", "Franca", "Campo")
    ok(store, hub)
    ok(other_desk, hub)
    for desk, name in ((store, "Francesca"), (other_desk, "Franchina")):
        with desk.session() as s:
            row = s.get(Customer, cid)
        with UnitOfWork(desk) as uow:
            assert row is not None
            uow.update(row, first_name=name)
    for desk in (store, other_desk, store):
        ok(desk, hub)
    _, strip = _open(qtbot, window, cid)
    texts = _texts(strip)
    assert texts["changes_to_check"] == "Changes to check after sync: 1"
    n = [b.property("kind") for b in strip.buttons].index("changes_to_check")
    page = window.findChild(ChangesPage, "changesToCheck")
    assert isinstance(page, ChangesPage)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(strip.buttons[n], Qt.MouseButton.LeftButton)
    current = page.current()
    assert current is not None and current.customer_id == cid
