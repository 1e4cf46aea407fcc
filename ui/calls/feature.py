"""Work mode's place in the window (menu Calls, F6, the call-list dock); the panel itself
is ``ui.calls.work_mode.WorkModePanel``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QMenu

from ui.calls.work_mode import WorkModePanel
from ui.customer.log_contact import LanguageWatcher

translate = QCoreApplication.translate


def install(window: object) -> None:
    from ui.shell.main_window import MainWindow
    from ui.shell.shortcuts import native

    assert isinstance(window, MainWindow)
    panel = WorkModePanel(window)
    dock = QDockWidget()
    dock.setObjectName("workModeDock")
    dock.setWidget(panel)
    dock.hide()
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.work_mode = panel  # type: ignore[attr-defined]

    def show() -> None:
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

    work = window._action(["Ctrl+Shift+L"], show)
    nxt = window._action(["F6"], next_customer)
    exp = window._action(["Ctrl+Shift+E"], export)
    calls = QMenu(window)
    window.menuBar().insertMenu(window.help_menu.menuAction(), calls)
    for a in (work, nxt, exp):
        calls.addAction(a)

    def retranslate() -> None:
        calls.setTitle(translate("WorkMode", "C&alls"))
        work.setText(translate("WorkMode", "&Work a campaign…"))
        nxt.setText(translate("WorkMode", "&Next customer"))
        exp.setText(translate("WorkMode", "&Export the call list…"))
        dock.setWindowTitle(translate("WorkMode", "Call list"))

    window.shortcut_providers.append(
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
    LanguageWatcher(window, retranslate)
