"""Consent from the customer view (Ctrl+Shift+G): the state per channel and purpose, a
grant and a withdrawal recorded through the form (store and outbox checked), the banner
following, and a bad note refused in the form with its sentence and nothing written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from carecenter.db.models import ConsentEvent, OutboxOp
from carecenter.db.store import Store
from tests.factories import make_customer
from ui.customer.banner import strip_of
from ui.customer.consent_dialog import ConsentDialog
from ui.customer.view import CustomerView
from ui.shell.main_window import MainWindow


def _open(qtbot: QtBot, window: MainWindow, cid: str) -> CustomerView:
    view = window.open_customer(cid)
    qtbot.waitUntil(lambda: view.is_ready, timeout=10000)
    return view


def _dialog(qtbot: QtBot, window: MainWindow) -> ConsentDialog:
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in window.findChildren(ConsentDialog)))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_G,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    (dialog,) = [d for d in window.findChildren(ConsentDialog) if d.isVisible()]
    qtbot.waitUntil(lambda: len(dialog.states) == 8, timeout=10000)
    return dialog


def _events(store: Store, cid: str) -> list[tuple[str, str, bool, str | None, str | None]]:
    with store.session() as s:
        return [(e.channel, e.purpose, e.granted, e.source, e.note) for e in s.scalars(
            select(ConsentEvent).where(ConsentEvent.customer_id == cid)
            .order_by(ConsentEvent.at))]


def _ops(store: Store) -> list[dict[str, list[object]]]:
    with store.session() as s:
        return [o.fields for o in s.scalars(select(OutboxOp).where(
            OutboxOp.table == "consent_event").order_by(OutboxOp.seq))]


def _kinds(view: CustomerView) -> list[str]:
    strip = strip_of(view)
    assert strip is not None
    return [b.property("kind") for b in strip.buttons]


def test_grant_then_withdraw_from_the_customer_view(qtbot: QtBot, window: MainWindow,
                                                    store: Store) -> None:
    cid = make_customer(store, "CS-1", "Sara", "Consensi")
    ops_before = len(_ops(store))
    view = _open(qtbot, window, cid)
    dialog = _dialog(qtbot, window)
    assert dialog.state_labels[("sms", "marketing")].text() == "not recorded"
    dialog.choose("sms", "marketing", True, "counter", "signed at the counter")
    with qtbot.waitSignal(dialog.recorded, timeout=10000):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _events(store, cid) == [("sms", "marketing", True, "counter",
                                    "signed at the counter")]
    ops = _ops(store)[ops_before:]
    assert len(ops) == 1 and ops[0]["granted"][0] is True and ops[0]["source"][0] == "counter"
    assert ops[0]["customer_id"][0] == cid

    dialog = _dialog(qtbot, window)
    assert dialog.state_labels[("sms", "marketing")].text().startswith("granted on ")
    assert "from the counter — signed at the counter" in \
        dialog.state_labels[("sms", "marketing")].text()
    dialog.choose("phone", "marketing", False, "call", "no more sales calls")
    with qtbot.waitSignal(view.loaded, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert _events(store, cid)[-1] == ("phone", "marketing", False, "call",
                                       "no more sales calls")
    ops = _ops(store)[ops_before:]
    assert len(ops) == 2 and ops[1]["granted"][0] is False and ops[1]["channel"][0] == "phone"
    assert _kinds(view) == ["do_not_call"]  # the banner follows at once

    dialog = _dialog(qtbot, window)
    assert dialog.state_labels[("phone", "marketing")].text().startswith("withdrawn on ")
    dialog.reject()


def test_a_note_too_long_is_refused_in_the_form_and_nothing_is_written(
        qtbot: QtBot, window: MainWindow, store: Store) -> None:
    cid = make_customer(store, "CS-2", "Nota", "Lunga")
    _open(qtbot, window, cid)
    with store.session() as s:
        before = (s.scalar(select(func.count()).select_from(ConsentEvent)),
                  s.scalar(select(func.count()).select_from(OutboxOp)))
    dialog = _dialog(qtbot, window)
    dialog.choose("email", "marketing", True, "form", "x" * 501)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert dialog.error.text() == "The note is too long: 501 characters, at most 500."
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    with store.session() as s:
        after = (s.scalar(select(func.count()).select_from(ConsentEvent)),
                 s.scalar(select(func.count()).select_from(OutboxOp)))
    assert after == before
    dialog.reject()


def test_without_a_customer_the_key_says_what_to_do(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_G,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.findChildren(ConsentDialog) == []
    assert "Open a customer first" in window.statusBar().currentMessage()
