"""The call-list features in the real main window: offers panel, Ctrl+L, work mode, import."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from carecenter.db.models import ConsentEvent
from carecenter.db.store import Store
from carecenter.services.calls.campaigns import CampaignSpec, create_campaign, import_call_list
from carecenter.services.imports import import_file
from carecenter.services.uow import UnitOfWork
from carecenter.settings import Settings
from tests.factories import add_contact, make_customer
from ui.calls.import_dialog import ImportDialog
from ui.calls.parts import WorkStrip
from ui.calls.work_mode import WorkModePanel
from ui.customer.log_contact import LogContactDialog
from ui.customer.offers import OffersPanelWidget
from ui.customer.view import CustomerView
from ui.shell.main_window import MainWindow
from ui.shell.ops import OpRunner

OFFERS = ("offer_code,product,title,value,valid_from,valid_to,channels\n"
          "F10,FIBRA,Fibra base,10,,,\n"
          "F20,FIBRA,Fibra plus,20,,,\n"
          "M50,MOBILE,Mobile,50,,,\n")


@pytest.fixture
def world(store: Store, tmp_path: Path) -> dict[str, str]:
    (tmp_path / "offers.csv").write_text(OFFERS, encoding="utf-8")
    import_file(store, "offers", tmp_path / "offers.csv")
    ids = {ref: make_customer(store, ref, first, "Verdi", phones=(phone,))
           for ref, first, phone in (("W1", "Walter", "+393401110001"),
                                     ("W2", "Wanda", "+393401110002"),
                                     ("W3", "Wilma", "+393401110003"))}
    with store.session() as s:
        ids.update({f"offer:{c}": i for c, i in s.execute(text("SELECT code, id FROM offer"))})
    return ids


@pytest.fixture
def window(qtbot: QtBot, runner: OpRunner, store: Store, settings: Settings
           ) -> Iterator[MainWindow]:
    w = MainWindow(runner, store, settings)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def opened(qtbot: QtBot, window: MainWindow, customer_id: str) -> CustomerView:
    view = window.open_customer(customer_id)
    qtbot.waitUntil(lambda: view.is_ready)
    return view


def rows(tree: QTreeWidget) -> list[list[str]]:
    return [[tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
            for r in range(tree.topLevelItemCount())]


def contacts_of(store: Store, customer_id: str) -> list[tuple[object, ...]]:
    with store.session() as s:
        return [tuple(r) for r in s.execute(text(
            "SELECT k.channel, k.direction, k.team, k.outcome, k.campaign_id, o.code, "
            "a.name, k.summary FROM contact k LEFT JOIN offer o ON o.id = k.offer_id "
            "LEFT JOIN agent a ON a.id = k.agent_id WHERE k.customer_id = :c ORDER BY k.at"),
            {"c": customer_id})]


# -- offers panel -------------------------------------------------------------------------
def test_offers_section_lists_eligible_and_held_back_with_why(
        qtbot: QtBot, window: MainWindow, store: Store, world: dict[str, str]) -> None:
    add_contact(store, world["W1"], datetime.now(UTC) - timedelta(days=3), team="sales",
                outcome="declined", offer_id=world["offer:M50"])
    add_contact(store, world["W1"], datetime.now(UTC) - timedelta(days=2), team="sales",
                outcome="info", offer_id=world["offer:F20"])
    view = opened(qtbot, window, world["W1"])
    panel = view.findChild(OffersPanelWidget)
    qtbot.waitUntil(lambda: panel.data is not None)
    titles = [view.sections.tabText(i) for i in range(view.sections.count())]
    assert "Offers" in titles
    window.go_to_section(titles.index("Offers"))
    assert view.sections.currentWidget() is panel
    eligible = [r[0] for r in rows(panel.eligible)]
    assert "F20" in eligible
    assert "M50" not in eligible
    assert "F10" not in eligible
    held = {r[0]: r[3] for r in rows(panel.suppressed)}
    assert held["M50"] == "declined it in the last 30 days"
    assert held["F10"] == "a better offer was presented: F20"
    assert panel.suppressed_title.text() == "Held back (2)"


# -- Ctrl+L -------------------------------------------------------------------------------
def test_ctrl_l_after_a_call_logs_the_common_case_in_two_keys(
        qtbot: QtBot, window: MainWindow, store: Store, world: dict[str, str]) -> None:
    with qtbot.waitSignal(window.call_settled, timeout=10000):
        window.call("+393401110002")
    view = window.current_view()
    assert view is not None
    assert view.customer_id == world["W2"]
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChildren(LogContactDialog)[-1]
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.intro.text() == "Call from +393401110002"
    assert (dialog.form.channel.currentData(), dialog.form.direction.currentData()) == (
        "phone", "inbound")
    qtbot.waitUntil(dialog.form.outcome.hasFocus)
    with qtbot.waitSignal(dialog.logged, timeout=10000):
        qtbot.keyClick(dialog.form.outcome, Qt.Key.Key_Return)
    assert contacts_of(store, world["W2"]) == [
        ("phone", "inbound", "service", "reached", None, None, "Giulia Bianchi", None)]
    qtbot.waitUntil(lambda: "Contact logged." in window.statusBar().currentMessage())


def test_log_contact_with_a_call_back_and_a_wrong_time(
        qtbot: QtBot, window: MainWindow, store: Store, world: dict[str, str]) -> None:
    from ui.customer.log_contact import open_dialog
    from ui.widgets.contact_form import to_qt

    opened(qtbot, window, world["W3"])
    dialog = open_dialog(window)
    assert dialog is not None
    assert dialog.intro.text() == "What happened with this customer?"
    form = dialog.form
    qtbot.keyClick(form.outcome, Qt.Key.Key_6)  # call back
    assert form.outcome.code() == "callback"
    form.notes.setPlainText("wants the evening")
    form.call_back_on.setChecked(True)
    form.call_back.setDateTime(to_qt(datetime.now(UTC) - timedelta(hours=2)))
    dialog.save()
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text() == "The follow-up cannot be due in the past; choose a later time."
    assert contacts_of(store, world["W3"]) == []
    form.call_back.setDateTime(to_qt(datetime.now(UTC) + timedelta(days=1)))
    with qtbot.waitSignal(dialog.logged, timeout=10000):
        dialog.save()
    assert contacts_of(store, world["W3"]) == [
        ("phone", "inbound", "service", "callback", None, None, "Giulia Bianchi",
         "wants the evening")]
    with store.session() as s:
        assert s.execute(text("SELECT reason, note FROM follow_up WHERE customer_id = :c"),
                         {"c": world["W3"]}).one() == ("call_back", "wants the evening")


# -- work mode ----------------------------------------------------------------------------
def test_work_mode_calls_the_list_in_order_and_shows_the_skipped_with_why(
        qtbot: QtBot, window: MainWindow, store: Store, world: dict[str, str],
        tmp_path: Path) -> None:
    campaign = create_campaign(store, CampaignSpec(
        name="Phone fibre", product="FIBRA", offer="F10")).campaign_id
    (tmp_path / "list.csv").write_text("customer_ref\nW1\nW2\nW3\n", encoding="utf-8")
    import_call_list(store, "Phone fibre", tmp_path / "list.csv")
    with UnitOfWork(store) as uow:  # W2 said no to marketing calls
        uow.add(ConsentEvent(customer_id=world["W2"], channel="phone", purpose="marketing",
                             granted=False, source="test",
                             at=datetime.now(UTC) - timedelta(days=1)))
    add_contact(store, world["W3"], datetime.now(UTC) - timedelta(days=50), team="sales",
                outcome="info", offer_id=world["offer:F20"])  # presented a better one

    qtbot.keyClick(window, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    panel = window.findChild(WorkModePanel)
    qtbot.waitUntil(lambda: panel.campaign.findData("Phone fibre") >= 0)
    panel.start("Phone fibre")
    qtbot.waitUntil(lambda: panel.listed is not None)
    assert rows(panel.skipped_list) == [["W2", "skip", "do not call (consent denied)"]]
    assert panel.counts.text() == "Phone fibre: 3 entries, 2 still to call, 1 not to call"

    qtbot.keyClick(window, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: panel.current is not None)
    view = window.current_view()
    assert view is not None
    assert view.customer_id == world["W1"]
    assert view.findChild(WorkStrip).text() == "Campaign Phone fibre · present the offer F10"
    assert panel.wrap_up.offer.currentData() == world["offer:F10"]
    qtbot.waitUntil(panel.wrap_up.outcome.hasFocus)
    # Meanwhile W3 is reached by another team's campaign: no longer to call.
    other = create_campaign(store, CampaignSpec(name="Mobile", product="MOBILE")).campaign_id
    add_contact(store, world["W3"], datetime.now(UTC) - timedelta(minutes=5),
                team="marketing", direction="outbound", outcome="reached", campaign_id=other)

    qtbot.keyClick(panel.wrap_up.outcome, Qt.Key.Key_4)  # declined
    qtbot.keyClick(panel.wrap_up.outcome, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.message_text == "Nobody left to call on this list.")
    assert contacts_of(store, world["W1"]) == [
        ("phone", "outbound", "marketing", "declined", campaign, "F10", "Giulia Bianchi", None)]
    assert rows(panel.skipped_list) == [
        ["W2", "skip", "do not call (consent denied)"],
        ["W3", "skip", "reached by marketing recently; a better offer was presented"]]
    assert panel.counts.text() == "Phone fibre: 3 entries, 0 still to call, 2 not to call"

    out = tmp_path / "dialer.csv"
    panel.export_to(out)
    qtbot.waitUntil(lambda: panel.message_text.startswith("Wrote"))
    assert out.read_text(encoding="utf-8") == "customer_ref,status,reasons,phone,name,offer\n"
    assert panel.message_text == (f"Wrote 0 of 3 entries to {out} (3 not to call left out).")


def test_work_mode_wrap_up_offers_the_better_offer(
        qtbot: QtBot, window: MainWindow, store: Store, world: dict[str, str],
        tmp_path: Path) -> None:
    create_campaign(store, CampaignSpec(name="Phone fibre", product="FIBRA", offer="F10"))
    (tmp_path / "list.csv").write_text("customer_ref\nW3\n", encoding="utf-8")
    import_call_list(store, "Phone fibre", tmp_path / "list.csv")
    add_contact(store, world["W3"], datetime.now(UTC) - timedelta(days=50), team="sales",
                outcome="info", offer_id=world["offer:F20"])
    panel = window.findChild(WorkModePanel)
    panel.load_campaigns()
    qtbot.waitUntil(lambda: panel.campaign.findData("Phone fibre") >= 0)
    panel.start("Phone fibre")
    qtbot.waitUntil(lambda: panel.listed is not None)
    panel.next_customer()
    qtbot.waitUntil(lambda: panel.current is not None)
    view = window.current_view()
    assert view is not None
    assert view.findChild(WorkStrip).text() == (
        "Campaign Phone fibre · present the offer F20 (better "
        "than the campaign's, presented before)")
    assert panel.wrap_up.offer.currentData() == world["offer:F20"]
    out = tmp_path / "dialer.csv"
    panel.export_to(out)
    qtbot.waitUntil(lambda: panel.message_text.startswith("Wrote"))
    assert out.read_text(encoding="utf-8").splitlines()[1] == (
        "W3,call,better_offer,+393401110003,Wilma Verdi,F20")


# -- import dialog ------------------------------------------------------------------------
def customer_count(store: Store) -> int:
    with store.session() as s:
        return int(s.execute(text("SELECT count(*) FROM customer")).scalar_one())


def test_import_dialog_shows_the_summary_and_the_rejected_lines(
        qtbot: QtBot, window: MainWindow, store: Store, runner: OpRunner,
        tmp_path: Path) -> None:
    path = tmp_path / "new.csv"
    path.write_text("customer_ref;first_name;tier;Colour\nN1;Nina;gold;red\n"
                    "N2;Nino;diamond;blue\nN3;Nora;;\n", encoding="utf-8")
    before = customer_count(store)
    qtbot.keyClick(window, Qt.Key.Key_I,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.findChild(ImportDialog)
    assert dialog.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("customers"))
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10000)
    assert dialog.summary.text() == (
        "3 rows read: 2 imported, 0 already there, 1 rejected. Unknown columns ignored: "
        f"Colour. The rejected rows are also in {path}.rejects.csv.")
    assert rows(dialog.rejects) == [
        ["3", "tier “diamond” is not one of standard, silver, gold, platinum"]]
    assert customer_count(store) == before + 2


def test_import_dialog_cancel_keeps_whole_batches_and_a_rerun_finishes(
        qtbot: QtBot, window: MainWindow, store: Store, runner: OpRunner,
        tmp_path: Path) -> None:
    from ui.calls.import_dialog import ImportDialog

    path = tmp_path / "many.csv"
    path.write_text("customer_ref,first_name\n" + "".join(
        f"X{n:05d},Name{n}\n" for n in range(20000)), encoding="utf-8")
    bad = tmp_path / "missing.csv"
    before = customer_count(store)
    dialog = ImportDialog(runner, store)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(bad))
    dialog.start()
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert dialog.summary.text() == f"{bad} does not exist; check the file name."
    dialog.path.setText(str(path))
    dialog.start()
    dialog.cancel()
    assert dialog.summary.text() == ("Import cancelled. The rows written so far are kept; "
                                     "import the same file again to take the rest.")
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=20000)
    assert dialog.outcome is None
    assert (customer_count(store) - before) % 5000 == 0  # whole batches only
    dialog.start()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30000)
    assert dialog.outcome.imported + dialog.outcome.unchanged == 20000
    assert customer_count(store) == before + 20000


def test_f6_first_lists_the_chosen_campaign_and_opens_its_first_customer(
        qtbot: QtBot, window: MainWindow, store: Store, world: dict[str, str],
        tmp_path: Path) -> None:
    create_campaign(store, CampaignSpec(name="A first fibre", product="FIBRA", offer="F10"))
    (tmp_path / "list.csv").write_text("customer_ref\nW2\n", encoding="utf-8")
    import_call_list(store, "A first fibre", tmp_path / "list.csv")
    qtbot.keyClick(window, Qt.Key.Key_F6)
    panel = window.findChild(WorkModePanel)
    qtbot.waitUntil(lambda: panel.current is not None)
    assert panel.campaign.currentText() == "A first fibre"
    view = window.current_view()
    assert view is not None
    assert view.customer_id == world["W2"]


def _entry_status(store: Store, customer_id: str) -> str:
    with store.session() as s:
        return str(s.execute(text("SELECT status FROM call_list_entry WHERE customer_id = :c"),
                             {"c": customer_id}).scalar_one())


def test_work_mode_takes_the_entry_and_passes_over_one_called_elsewhere(
        qtbot: QtBot, window: MainWindow, store: Store, world: dict[str, str],
        tmp_path: Path) -> None:
    """F6 takes the entry for this workstation and the wrap-up marks it called; an entry
    another workstation is calling (a claim that came with a sync) is passed over, and one
    left without a wrap-up is given back."""
    from carecenter.clock import hlc_of
    from carecenter.db.models import CallListEntry

    # named to come first in the list of campaigns F6 opens
    create_campaign(store, CampaignSpec(name="A shared fibre", product="FIBRA", offer="F10"))
    (tmp_path / "list.csv").write_text("customer_ref\nW1\nW2\nW3\n", encoding="utf-8")
    import_call_list(store, "A shared fibre", tmp_path / "list.csv")
    with store.session() as s:
        w1_entry = s.execute(text("SELECT id FROM call_list_entry WHERE customer_id = :c"),
                             {"c": world["W1"]}).scalar_one()
    now_ms = int(datetime.now(UTC).timestamp() * 1000)
    with UnitOfWork(store, remote=True) as uow:  # as a pull brings another's claim
        uow.apply_remote(CallListEntry, [
            (w1_entry, {"status": ["calling", hlc_of(now_ms + 1000), "other-workstation"]})])
    assert _entry_status(store, world["W1"]) == "calling"

    panel = window.findChild(WorkModePanel)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: panel.current is not None)
    assert panel.current is not None and panel.current.customer_id == world["W2"]
    assert panel.message_text == ("Passed over, being called at another workstation or "
                                  "called a short while ago: W1.")
    assert _entry_status(store, world["W2"]) == "calling"

    qtbot.keyClick(window, Qt.Key.Key_F6)  # W2 left without a call: given back
    qtbot.waitUntil(lambda: panel.current is not None
                    and panel.current.customer_id == world["W3"])
    assert _entry_status(store, world["W2"]) == "pending"
    assert _entry_status(store, world["W3"]) == "calling"
    assert panel.message_text == ""

    qtbot.waitUntil(panel.wrap_up.outcome.hasFocus)
    qtbot.keyClick(panel.wrap_up.outcome, Qt.Key.Key_2)  # no answer
    qtbot.keyClick(panel.wrap_up.outcome, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.message_text == "Nobody left to call on this list.")
    assert _entry_status(store, world["W3"]) == "called"
    assert [c[3] for c in contacts_of(store, world["W3"])] == ["no_answer"]
    assert _entry_status(store, world["W1"]) == "calling"  # the other one's claim stays
