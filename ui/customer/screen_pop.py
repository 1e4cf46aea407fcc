"""The screen pop: a call comes in (``--call``, a ``tel:`` link, a hand-over from another
start) and the console shows who is calling before the agent finishes the greeting.

One customer with the number: it opens. Several: a picker shows what tells them apart.
None: the new-customer form, prefilled with the number, logs the call with the new
customer. Each pop's ring-to-view time (from the call reaching the console to the view,
picker or form painted) is kept as a local metric (carecenter.services.customers.screen_pops).
Ctrl+Shift+N opens the new-customer form at any time.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from carecenter.services.customers.phones import looks_like_phone, number_from_link
from carecenter.services.customers.screen_pops import record_pop
from carecenter.services.search.query import CustomerHit, search
from ui.customer.api import SCREEN_POP
from ui.customer.new_customer import NewCustomerDialog
from ui.customer.picker import PickerDialog
from ui.shell.retranslate import on_language_change
from ui.shell.shortcuts import native
from ui.shell.single_instance import bring_to_front

if TYPE_CHECKING:
    from ui.customer.view import CustomerView
    from ui.shell.main_window import MainWindow
    from ui.shell.registry import Registry

PICK_LIMIT = 30


class ScreenPop(QObject):
    """Takes the window's calls. ``popped`` gives (outcome, milliseconds) once painted."""

    popped = Signal(str, float)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._generation = 0
        self._started = 0.0
        self.picker: PickerDialog | None = None
        self.form: NewCustomerDialog | None = None

    def take(self, number: str) -> None:
        number = number_from_link(number)
        self._started = time.perf_counter()
        self._generation += 1
        generation = self._generation
        w = self.window
        w.welcome.show_unknown_number(None)
        store, region = w.store, w.settings.region
        w.runner.op(w, lambda state: search(store, number, limit=PICK_LIMIT, region=region,
                                            state=state)) \
            .success(lambda hits: self._found(generation, number, hits)) \
            .failure(lambda exc: self._search_failed(generation, exc)).run()

    def _found(self, generation: int, number: str, hits: list[CustomerHit]) -> None:
        if generation != self._generation:
            return  # a newer call came in meanwhile
        if looks_like_phone(number):
            # A caller is who has the number, not who has a number starting with it.
            hits = [h for h in hits if h.match == "phone"]
        w = self.window
        if len(hits) == 1:
            view = w.open_customer(hits[0].customer_id)
            if view.is_ready:
                self._view_painted(generation, view)
            else:
                view.ready.connect(lambda v=view: self._view_painted(generation, v))
        elif hits:
            self.show_picker(number, hits)
            self._painted(generation, self.picker, "several", len(hits))
        else:
            w.welcome.show_unknown_number(number)
            if w.tabs.count() == 0:
                w.right.setCurrentWidget(w.welcome)
            self.new_customer(number)
            self._painted(generation, self.form, "none", 0)

    def _view_painted(self, generation: int, view: CustomerView) -> None:
        self._painted(generation, view, "one", 1)

    def _painted(self, generation: int, widget: QWidget | None, outcome: str,
                 matches: int) -> None:
        if generation != self._generation:
            return
        if widget is not None:
            widget.repaint()  # what the agent sees, painted now
        ms = (time.perf_counter() - self._started) * 1000
        store = self.window.store
        self.window.runner.op(self.window, lambda _s: record_pop(
            store, outcome=outcome, matches=matches, ms=ms)).run()
        self.popped.emit(outcome, ms)
        self.window.call_settled.emit()

    def _search_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            from ui.shell.ops import user_message

            self.window.statusBar().showMessage(user_message(exc), 15000)
            self.window.call_settled.emit()

    # -- the dialogs -------------------------------------------------------------------
    def show_picker(self, number: str, hits: list[CustomerHit]) -> PickerDialog:
        if self.picker is not None:
            self.picker.close()
            self.picker.deleteLater()
        self.picker = PickerDialog(number, hits, self.window)
        self.picker.chosen.connect(self.window.open_customer)
        self.picker.new_customer.connect(lambda: self.new_customer(number))
        bring_to_front(self.picker)
        return self.picker

    def new_customer(self, number: str | None = None) -> NewCustomerDialog:
        w = self.window
        if self.form is not None:
            self.form.close()
            self.form.deleteLater()
        self.form = NewCustomerDialog(w.runner, w.store, w.settings, number=number, parent=w)
        self.form.opened.connect(w.open_customer)
        bring_to_front(self.form)
        return self.form


def install(registry: Registry) -> None:
    window = registry.window
    pop = ScreenPop(window)
    registry.provide(SCREEN_POP, pop)
    window.call_handler = pop.take
    # the lambda keeps triggered(bool)'s "checked" out of new_customer's number
    new_action = registry.add_action(["Ctrl+Shift+N"], lambda: pop.new_customer())  # noqa: PLW0108
    window.file_menu.insertAction(window.file_menu.actions()[1], new_action)

    def retranslate() -> None:
        new_action.setText(QCoreApplication.translate("ScreenPop", "&New customer…"))

    on_language_change(window, retranslate)
    registry.add_shortcuts(lambda: [
        (native("Ctrl+Shift+N"), QCoreApplication.translate("ScreenPop", "New customer")),
    ])
