"""Every journey without a mouse (issue 17, part 3): find and open a customer, log a
contact, open a case, grant a remedy, promise and complete a follow-up, work the call
list. Each step is a key press sent to the widget that has the focus — as a keyboard
user's would be — and after each the store holds what the step wrote and the focus is on
a sensible widget (never nowhere, and back where it was when a dialog closes)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QDockWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from carecenter.db.models import Contact, Decision, FollowUp
from carecenter.db.store import Store
from carecenter.services.calls.campaigns import CampaignSpec, create_campaign, import_call_list
from carecenter.services.cases.lifecycle import customer_cases
from carecenter.settings import Settings
from tests.factories import make_customer
from tests.ui.builders import Demo
from ui.calls.work_mode import WorkModePanel
from ui.cases.dialogs import NewCaseDialog, PromiseDialog
from ui.cases.followups import FollowUpsPage
from ui.cases.panel import CasesPanel, panel_of
from ui.customer.view import CustomerView
from ui.decisions.feature import Decisions
from ui.shell.main_window import MainWindow
from ui.shell.ops import OpRunner

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def window(qtbot: QtBot, runner: OpRunner, store: Store, settings: Settings
           ) -> Iterator[MainWindow]:
    w = MainWindow(runner, store, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.windowHandle().requestActivate()  # what a click on it or the window manager does
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    yield w
    w.close()


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the focus went nowhere"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    """``key`` as the keyboard sends it: to the widget with the focus."""
    QTest.keyClick(focus(), key, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(focus(), text)


def count(store: Store, model: type[Contact | Decision | FollowUp], customer_id: str) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(model).where(
            model.customer_id == customer_id)) or 0


def outcome_of(store: Store, note: str) -> str | None:
    with store.session() as s:
        return s.scalar(select(FollowUp.outcome).where(FollowUp.note == note))


def find_and_open(qtbot: QtBot, window: MainWindow, text: str) -> CustomerView:
    """Ctrl+K, type, Enter: the customer opens with the focus on its history."""
    press(Key.Key_K, CTRL)
    assert focus() is window.search.field
    type_text(text)
    qtbot.waitUntil(lambda: window.search.shown_query == text and not window.search.searching)
    press(Key.Key_Return)
    view = window.current_view()
    assert view is not None
    qtbot.waitUntil(lambda: view.is_ready and not view.model.loading, timeout=10000)
    assert focus() is view.table
    return view


def cases_panel(qtbot: QtBot, view: CustomerView) -> CasesPanel:
    panel = panel_of(view)
    assert panel is not None
    if panel.model.rowCount() == 0:
        with qtbot.waitSignal(panel.cases_loaded, timeout=10000):
            pass
    return panel


def test_find_open_and_log_a_contact(qtbot: QtBot, window: MainWindow, store: Store,
                                     demo: Demo) -> None:
    view = find_and_open(qtbot, window, "Maria Rossi")
    assert view.customer_id == demo.main_id
    before = count(store, Contact, demo.main_id)
    press(Key.Key_L, CTRL)  # the dialog opens on the outcomes
    qtbot.waitUntil(lambda: focus().objectName() == "outcomeList")
    press(Key.Key_2)  # no answer
    press(Key.Key_Return)
    qtbot.waitUntil(lambda: count(store, Contact, demo.main_id) == before + 1, timeout=10000)
    qtbot.waitUntil(lambda: focus() is view.table)  # back on the history


def test_open_a_case_with_the_keyboard(qtbot: QtBot, window: MainWindow, store: Store,
                                       demo: Demo) -> None:
    view = find_and_open(qtbot, window, "Maria Rossi")
    panel = cases_panel(qtbot, view)
    press(Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: panel.dialog is not None)
    dialog = panel.dialog
    assert isinstance(dialog, NewCaseDialog)
    qtbot.waitUntil(lambda: focus() is dialog.category)
    press(Key.Key_Tab)  # severity
    press(Key.Key_Tab)  # what happened
    type_text("Charged twice for October.")
    press(Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: panel.case is not None, timeout=10000)
    assert [c.summary for c in customer_cases(store, demo.main_id)] == [
        "Charged twice for October."]
    qtbot.waitUntil(lambda: focus() is panel.checklist.first_open_box())  # its first step


def test_grant_a_remedy_with_the_keyboard(qtbot: QtBot, window: MainWindow, store: Store,
                                          demo: Demo) -> None:
    view = find_and_open(qtbot, window, "Maria Rossi")
    press(Key.Key_G, CTRL)
    dialog = window.findChild(Decisions).dialog  # type: ignore[union-attr]
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.current_meter() is not None and focus() is dialog.remedies)
    press(Key.Key_Down)  # another remedy, at its usual amount
    press(Key.Key_Tab)  # the amount
    press(Key.Key_Tab)  # the currency
    press(Key.Key_Tab)  # the reason
    assert focus() is dialog.reason
    type_text("Waited a week for the engineer.")
    qtbot.waitUntil(dialog.grant_button.isEnabled)
    press(Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: count(store, Decision, demo.main_id) == 1, timeout=10000)
    qtbot.waitUntil(lambda: focus() is view.table)  # back on the history


def test_promise_then_complete_the_follow_up_with_the_keyboard(
        qtbot: QtBot, window: MainWindow, store: Store, demo: Demo) -> None:
    view = find_and_open(qtbot, window, "Maria Rossi")
    panel = cases_panel(qtbot, view)
    before = count(store, FollowUp, demo.main_id)
    press(Key.Key_P, CTRL)  # a promise: due tomorrow at 10 unless changed
    qtbot.waitUntil(lambda: panel.dialog is not None)
    dialog = panel.dialog
    assert isinstance(dialog, PromiseDialog)
    qtbot.waitUntil(lambda: focus() is dialog.text)
    type_text("We call you back with the refund")
    press(Key.Key_Return)
    qtbot.waitUntil(lambda: count(store, FollowUp, demo.main_id) == before + 1, timeout=10000)
    qtbot.waitUntil(lambda: panel.dialog is None and view.isAncestorOf(focus()))

    press(Key.Key_F, CTRL | SHIFT)  # the queue, on my follow-ups
    page = window.findChild(FollowUpsPage)
    assert page is not None
    qtbot.waitUntil(lambda: focus() is page.table and page.current() is not None,
                    timeout=10000)
    while page.current() is not None and page.current().note != (  # type: ignore[union-attr]
            "We call you back with the refund"):
        press(Key.Key_Down)
    press(Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isAncestorOf(focus()))
    press(Key.Key_Return)  # satisfied
    qtbot.waitUntil(lambda: outcome_of(store, "We call you back with the refund")
                    == "satisfied", timeout=10000)
    qtbot.waitUntil(lambda: focus() is page.table)  # back on the queue


def test_work_the_call_list_with_the_keyboard(qtbot: QtBot, window: MainWindow, store: Store,
                                              demo: Demo, tmp_path: Path) -> None:
    for ref, name in (("K1", "Kevin"), ("K2", "Katia")):
        make_customer(store, ref, name, "Tasti", phones=(f"+39340222000{ref[1]}",))
    create_campaign(store, CampaignSpec(name="Keyboard fibre", product="FIBRA"))
    (tmp_path / "list.csv").write_text("customer_ref\nK1\nK2\n", encoding="utf-8")
    import_call_list(store, "Keyboard fibre", tmp_path / "list.csv")
    press(Key.Key_L, CTRL | SHIFT)
    panel = window.findChild(WorkModePanel)
    assert panel is not None
    qtbot.waitUntil(lambda: focus() is panel.campaign and panel.campaign.count() > 1)
    type_text("Keyboard")  # the combo box finds the campaign as it is typed
    assert panel.campaign.currentText() == "Keyboard fibre"
    press(Key.Key_F6)
    qtbot.waitUntil(lambda: panel.current is not None, timeout=10000)
    first = window.current_view()
    assert first is not None
    qtbot.waitUntil(lambda: focus() is panel.wrap_up.outcome)
    before = count(store, Contact, first.customer_id)
    press(Key.Key_1)  # reached
    press(Key.Key_Return)  # logged, and the next customer comes
    qtbot.waitUntil(lambda: count(store, Contact, first.customer_id) == before + 1,
                    timeout=10000)
    qtbot.waitUntil(lambda: window.current_view() is not first
                    and focus() is panel.wrap_up.outcome, timeout=10000)


def test_each_dialog_closed_with_esc_gives_the_focus_back(qtbot: QtBot, window: MainWindow
                                                          ) -> None:
    view = find_and_open(qtbot, window, "Maria Rossi")
    for key, modifier in ((Key.Key_L, CTRL), (Key.Key_G, CTRL), (Key.Key_E, CTRL),
                          (Key.Key_G, CTRL | SHIFT), (Key.Key_M, CTRL), (Key.Key_Comma, CTRL)):
        press(key, modifier)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), QDialog))
        dialog = QApplication.activeWindow()
        qtbot.waitUntil(lambda d=dialog: d.isAncestorOf(focus()))  # type: ignore[misc]
        press(Key.Key_Escape)
        qtbot.waitUntil(lambda: focus() is view.table, timeout=3000)


def test_each_dock_opens_and_closes_from_the_keyboard(qtbot: QtBot, window: MainWindow
                                                      ) -> None:
    view = find_and_open(qtbot, window, "Maria Rossi")
    for key, name in ((Key.Key_L, "workModeDock"), (Key.Key_F, "followUpsDock"),
                      (Key.Key_K, "changesToCheckDock")):
        dock = window.findChild(QDockWidget, name)
        assert dock is not None
        press(key, CTRL | SHIFT)
        qtbot.waitUntil(lambda d=dock: d.isVisible() and d.isAncestorOf(focus()))  # type: ignore[misc]
        press(key, CTRL | SHIFT)  # again, from inside: put away
        qtbot.waitUntil(lambda d=dock: not d.isVisible() and focus() is view.table)  # type: ignore[misc]


def test_each_section_and_page_shortcut_lands_on_something_to_work_with(
        qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+1 … Ctrl+4 and the coaching page put the focus on a list or table that the
    arrow keys move through, never on a frame that takes no keys."""
    view = find_and_open(qtbot, window, "Maria Rossi")
    for key in (Key.Key_1, Key.Key_2, Key.Key_3, Key.Key_4):
        press(key, CTRL)
        qtbot.waitUntil(lambda: isinstance(focus(), QAbstractItemView)
                        and view.sections.currentWidget().isAncestorOf(focus()))
    press(Key.Key_O, CTRL | SHIFT)  # my coaching, a tab of its own
    qtbot.waitUntil(lambda: isinstance(focus(), QAbstractItemView)
                    and window.tabs.currentWidget().isAncestorOf(focus()))
