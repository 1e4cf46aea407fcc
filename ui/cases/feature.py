"""The cases feature in the console: the "Cases" section of each customer view (see
ui/cases/panel.py), Ctrl+N new case, Ctrl+P promise, F1/Ctrl+F1 playbooks, and the
compensate step handed to the decisions feature's grant dialog when it is installed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QMessageBox

from carecenter.services.cases.checklists import COMPENSATE
from ui.cases.api import CASES
from ui.cases.panel import CasesPanel, panel_of
from ui.cases.recovery import Recovery
from ui.decisions.api import DECISIONS
from ui.shell.resources import apply_recovery_style

if TYPE_CHECKING:
    from ui.customer.api import CustomerView
    from ui.shell.main_window import MainWindow
    from ui.shell.registry import Registry


def install(registry: Registry) -> None:
    window = registry.window
    recovery = Recovery.of(window)
    registry.provide(CASES, recovery)
    apply_recovery_style()

    def add_panel(view: CustomerView) -> None:
        panel = CasesPanel(window.runner, window.store, recovery, view.customer_id)
        view.add_section(panel, QCoreApplication.translate("CasesPanel", "Cases"))
        decisions = registry.find(DECISIONS)
        if decisions is not None:
            # "Compensate" grants a remedy in place; the step is ticked with what was
            # granted, not while a supervisor is still asked.
            def compensate(case_id: str, _customer_id: str) -> None:
                dialog = decisions.grant_for(view, case_id)

                def granted() -> None:
                    r = dialog.recorded
                    if r is not None and r.decision.authority_state != "pending":
                        panel.tick(COMPENSATE, dialog.outcome_message())
                dialog.accepted.connect(granted)
            panel.compensate_requested.connect(compensate)

        def loaded(data: Any) -> None:
            panel.customer_id = data.header.customer_id
            panel.reload()
        view.loaded.connect(loaded)

    def with_panel(fn: Callable[[CasesPanel], None]) -> Callable[[], None]:
        def run() -> None:
            view = window.current_view()
            panel = panel_of(view)
            if view is None or panel is None:
                window.statusBar().showMessage(
                    QCoreApplication.translate("CasesPanel", "Open a customer first."), 5000)
                return
            view.sections.setCurrentWidget(panel)
            fn(panel)
        return run

    browser: dict[str, Any] = {}

    def playbooks() -> None:
        panel = panel_of(window.current_view())
        if panel is not None and panel.case is not None:
            window.current_view().sections.setCurrentWidget(panel)  # type: ignore[union-attr]
            panel.toggle_playbook()
            return
        open_browser()

    def open_browser() -> None:
        from ui.cases.playbooks import PlaybookBrowser
        if "dialog" not in browser:
            labels = {c: recovery.category_label(c) for c in recovery.playbooks.categories()}
            browser["dialog"] = PlaybookBrowser(recovery.playbooks, labels, window)
        browser["dialog"].open_search()

    window.customer_opened.connect(add_panel)
    new_case = registry.add_action(["Ctrl+N"], with_panel(lambda p: p.new_case()))
    promise = registry.add_action(["Ctrl+P"], with_panel(lambda p: p.record_promise()))
    playbook = registry.add_action(["F1"], playbooks)
    browse = registry.add_action(["Ctrl+F1"], open_browser)
    window.file_menu.addSeparator()
    window.file_menu.addAction(new_case)
    window.file_menu.addAction(promise)
    window.help_menu.addAction(playbook)
    window.help_menu.addAction(browse)

    def retranslate() -> None:
        new_case.setText(QCoreApplication.translate("CasesPanel", "&New case…"))
        promise.setText(QCoreApplication.translate("CasesPanel", "Record a &promise…"))
        playbook.setText(QCoreApplication.translate("CasesPanel", "&Playbook of the case"))
        browse.setText(QCoreApplication.translate("CasesPanel", "Search the play&books…"))
    retranslate()
    _on_language_change(window, retranslate)
    registry.add_shortcuts(lambda: [
        ("Ctrl+N", QCoreApplication.translate("CasesPanel", "Open a new case for the customer")),
        ("Ctrl+P", QCoreApplication.translate(
            "CasesPanel", "Record a promise made to the customer")),
        ("F1", QCoreApplication.translate("CasesPanel", "Show the playbook of the selected case")),
        ("Ctrl+F1", QCoreApplication.translate("CasesPanel", "Search every playbook")),
    ])
    _report_problems(window, recovery)

    def reloaded() -> None:  # published templates or playbooks changed (sync, publish)
        browser.pop("dialog", None)
        for panel in window.findChildren(CasesPanel):
            panel.playbook.library = recovery.playbooks
        _report_problems(window, recovery)
    recovery.reloaded.connect(reloaded)


class _LanguageWatch(QObject):
    def __init__(self, target: QObject, callback: Callable[[], None]) -> None:
        super().__init__(target)
        self._callback = callback
        target.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._callback()
        return False


def _on_language_change(window: QObject, callback: Callable[[], None]) -> None:
    _LanguageWatch(window, callback)


def _report_problems(window: MainWindow, recovery: Recovery) -> None:
    """A broken template or playbook: said once, with file and line; the console runs on."""
    shown = recovery.shown_problems
    problems = [p for p in recovery.problems if p not in shown]
    if not problems:
        return
    shown.update(problems)
    text = QCoreApplication.translate(
        "CasesPanel", "Some checklist templates or playbooks could not be read; the shipped "
        "ones are used instead. Fix these files and restart:")
    title = QCoreApplication.translate("CasesPanel", "Checklist templates")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("templateProblems")
    box.setInformativeText("\n".join(problems))
    box.setWindowModality(Qt.WindowModality.NonModal)
    window.statusBar().showMessage(problems[0], 30000)
    box.show()
