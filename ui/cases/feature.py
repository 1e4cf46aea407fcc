"""The cases feature in the console: the "Cases" section of each customer view (see
ui/cases/panel.py), Ctrl+N new case, Ctrl+P promise, Ctrl+Shift+T tell the customer
(ui/cases/messages.py), F1/Ctrl+F1 playbooks, and the
compensate step handed to the decisions feature's grant dialog when it is installed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from carecenter.services.cases.checklists import COMPENSATE
from carecenter.services.customers.messages import MessageFacts, message_facts
from ui.cases.api import CASES
from ui.cases.messages import KEY as MESSAGE_KEY
from ui.cases.messages import MessageDialog
from ui.cases.panel import CasesPanel, panel_of
from ui.cases.recovery import Recovery, error_text, now
from ui.decisions.api import DECISIONS
from ui.shell.resources import apply_recovery_style
from ui.shell.retranslate import on_language_change

if TYPE_CHECKING:
    from ui.customer.api import CustomerView
    from ui.shell.main_window import MainWindow
    from ui.shell.registry import Registry


def install(registry: Registry) -> None:
    window = registry.window
    recovery = Recovery.of(window)
    registry.provide(CASES, recovery)
    apply_recovery_style()
    window.customer_opened.connect(lambda view: _add_panel(registry, recovery, view))
    browser = _PlaybookBrowser(window, recovery)
    _add_actions(registry, browser)
    _report_problems(window, recovery)

    def reloaded() -> None:  # published templates or playbooks changed (sync, publish)
        browser.forget()
        for panel in window.findChildren(CasesPanel):
            panel.playbook.library = recovery.playbooks
        _report_problems(window, recovery)
    recovery.reloaded.connect(reloaded)


def _add_panel(registry: Registry, recovery: Recovery, view: CustomerView) -> None:
    """The "Cases" section of a customer view just opened."""
    window = registry.window
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


class _PlaybookBrowser:
    """F1 shows the selected case's playbook; Ctrl+F1 (or F1 with no case) searches them
    all in one browser, made at first use and again after the playbooks change."""

    def __init__(self, window: MainWindow, recovery: Recovery) -> None:
        self.window = window
        self.recovery = recovery
        self.dialog: Any = None

    def forget(self) -> None:
        self.dialog = None

    def playbook(self) -> None:
        view = self.window.current_view()
        panel = panel_of(view)
        if view is not None and panel is not None and panel.case is not None:
            view.sections.setCurrentWidget(panel)
            panel.toggle_playbook()
            return
        self.open_search()

    def open_search(self) -> None:
        from ui.cases.playbooks import PlaybookBrowser

        if self.dialog is None:
            labels = {c: self.recovery.category_label(c)
                      for c in self.recovery.playbooks.categories()}
            self.dialog = PlaybookBrowser(self.recovery.playbooks, labels, self.window)
        self.dialog.open_search()


def _with_panel(window: MainWindow, fn: Callable[[CasesPanel], None]) -> Callable[[], None]:
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


def _add_actions(registry: Registry, browser: _PlaybookBrowser) -> None:
    window = registry.window
    new_case = registry.add_action(["Ctrl+N"], _with_panel(window, lambda p: p.new_case()))
    promise = registry.add_action(["Ctrl+P"],
                                  _with_panel(window, lambda p: p.record_promise()))
    tell = registry.add_action([MESSAGE_KEY], _with_panel(window, lambda p: _tell(window, p)))
    playbook = registry.add_action(["F1"], browser.playbook)
    browse = registry.add_action(["Ctrl+F1"], browser.open_search)
    window.file_menu.addSeparator()
    window.file_menu.addAction(new_case)
    window.file_menu.addAction(promise)
    window.file_menu.addAction(tell)
    window.help_menu.addAction(playbook)
    window.help_menu.addAction(browse)

    def retranslate() -> None:
        new_case.setText(QCoreApplication.translate("CasesPanel", "&New case…"))
        promise.setText(QCoreApplication.translate("CasesPanel", "Record a &promise…"))
        tell.setText(QCoreApplication.translate("CasesPanel", "&Tell the customer…"))
        playbook.setText(QCoreApplication.translate("CasesPanel", "&Playbook of the case"))
        browse.setText(QCoreApplication.translate("CasesPanel", "Search the play&books…"))
    on_language_change(window, retranslate)
    registry.add_shortcuts(lambda: [
        ("Ctrl+N", QCoreApplication.translate("CasesPanel", "Open a new case for the customer")),
        ("Ctrl+P", QCoreApplication.translate(
            "CasesPanel", "Record a promise made to the customer")),
        (MESSAGE_KEY, QCoreApplication.translate(
            "CasesPanel", "Tell the customer how the selected case goes (e-mail, SMS or copy)")),
        ("Ctrl+Enter", QCoreApplication.translate(
            "CasesPanel", "In a case's form (new case, promise, follow-up…): save it")),
        ("F1", QCoreApplication.translate("CasesPanel", "Show the playbook of the selected case")),
        ("Ctrl+F1", QCoreApplication.translate("CasesPanel", "Search every playbook")),
    ])


def _tell(window: MainWindow, panel: CasesPanel) -> None:
    """The message dialog for the selected case, once its facts are read."""
    case = panel.case
    if case is None:
        panel.say(QCoreApplication.translate("CasesPanel", "Select a case first."))
        return
    store, recovery = window.store, panel.recovery

    def show(facts: MessageFacts) -> None:
        dialog = MessageDialog(window.runner, store, recovery, window.settings, facts=facts,
                               parent=window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
    window.runner.op(panel, lambda _s: message_facts(store, case.id, now())) \
        .success(show).failure(lambda e: panel.say(error_text(e))).run()


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
