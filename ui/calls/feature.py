"""Work mode's place in the window (menu Calls, F6, the call-list dock); the panel itself
is ``ui.calls.work_mode.WorkModePanel``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from ui.calls.work_mode import WorkModePanel
from ui.shell.retranslate import on_language_change
from ui.shell.shortcuts import native

if TYPE_CHECKING:
    from ui.shell.registry import Registry

translate = QCoreApplication.translate


def install(registry: Registry) -> None:
    window = registry.window
    panel = WorkModePanel(window)
    dock = registry.add_dock("workModeDock", panel, Qt.DockWidgetArea.RightDockWidgetArea)

    def show() -> None:
        inside = QApplication.focusWidget()
        if dock.isVisible() and inside is not None and dock.isAncestorOf(inside):
            dock.hide()  # pressed again from inside: put away, as the other docks are
            window.focus_work_area()
            return
        first = not dock.isVisible()
        dock.show()
        dock.raise_()
        panel.campaign.setFocus()
        if first:
            panel.load_campaigns()

    def next_customer() -> None:
        if not dock.isVisible():
            show()
        panel.next_customer()

    def export() -> None:
        show()
        panel.choose_export()

    work = registry.add_action(["Ctrl+Shift+L"], show)
    nxt = registry.add_action(["F6"], next_customer)
    exp = registry.add_action(["Ctrl+Shift+E"], export)
    calls = registry.add_menu()
    for a in (work, nxt, exp):
        calls.addAction(a)

    def retranslate() -> None:
        calls.setTitle(translate("WorkMode", "C&alls"))
        work.setText(translate("WorkMode", "&Work a campaign…"))
        nxt.setText(translate("WorkMode", "&Next customer"))
        exp.setText(translate("WorkMode", "&Export the call list…"))
        dock.setWindowTitle(translate("WorkMode", "Call list"))

    registry.add_shortcuts(
        lambda: [
            (native("Ctrl+Shift+L"), translate("WorkMode", "Work a campaign's call list")),
            (native("F6"), translate("WorkMode", "Next customer on the call list")),
            (
                translate("WorkMode", "1 … 9, Enter"),
                translate("WorkMode", "Wrap-up: pick the outcome, log it and go to the next"),
            ),
            (
                native("Ctrl+Shift+E"),
                translate("WorkMode", "Export the reconciled call list for the dialer"),
            ),
        ]
    )
    retranslate()
    on_language_change(window, retranslate, now=False)
