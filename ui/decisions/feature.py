"""In-place decisions in the console: Ctrl+G grants a remedy from a customer view, every
customer view gets a "Decisions" section, the "Review" menu opens the supervisor's review
(Ctrl+Shift+R, supervisors) or "My coaching" (Ctrl+Shift+O, everybody), and the status
bar tells the agent when a supervisor answered one of their requests (after a sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from carecenter.domain import Role
from carecenter.services.agents import NotSignedIn, desk_agent, find_agent
from carecenter.services.decisions.grants import ApprovalRequest, my_requests
from carecenter.services.uow import ChangeSet
from ui.cases.api import CASES
from ui.decisions.api import DECISIONS
from ui.decisions.coaching import CoachingView
from ui.decisions.grant_dialog import GrantDialog
from ui.decisions.review import ReviewView
from ui.decisions.section import DecisionsSection
from ui.decisions.training import AskTraining
from ui.shell.resources import icon, style_text
from ui.shell.shortcuts import native
from ui.widgets import formats
from ui.widgets.access import return_focus

if TYPE_CHECKING:
    from ui.customer.api import CustomerView
    from ui.shell.registry import Registry

REVIEWING_ROLES = frozenset({Role.SUPERVISOR, Role.ADMIN})
STYLE_MARK = "/* decisions */"


translate = QCoreApplication.translate  # literal calls, so that lupdate collects them


def install(registry: Registry) -> None:
    registry.provide(DECISIONS, Decisions(registry))


class Decisions(QObject):
    """The feature's state in one window: its actions, pages and the answers watcher."""

    def __init__(self, registry: Registry) -> None:
        window = registry.window
        super().__init__(window)
        self.registry = registry
        self.setObjectName("decisionsFeature")
        self.window = window
        self.dialog: GrantDialog | None = None
        self.review: ReviewView | None = None
        self.coaching: CoachingView | None = None
        self._answered: set[str] | None = None  # ids of my requests already answered
        _add_style()
        self.grant_action = registry.add_action(["Ctrl+G"], self.grant)
        self.review_action = registry.add_action(["Ctrl+Shift+R"], self.open_review)
        self.coaching_action = registry.add_action(["Ctrl+Shift+O"], self.open_coaching)
        cases = registry.find(CASES)
        self.training = AskTraining(window, lambda v: cases.selected_case(v) if cases else None)
        self.training_action = registry.add_action(["Ctrl+Shift+A"], self.training.start)
        window.file_menu.insertAction(window.file_menu.actions()[-2], self.grant_action)
        self.review_menu = registry.add_menu()
        self.menu = self.review_menu.menuAction()
        self.review_menu.addAction(self.review_action)
        self.review_menu.addAction(self.coaching_action)
        self.review_menu.addAction(self.training_action)
        self.review_action.setVisible(self.is_supervisor)
        registry.add_shortcuts(self.shortcut_rows)
        window.customer_opened.connect(self.add_section)
        window.runner.operation_did_execute.connect(self._on_changes)
        window.installEventFilter(self)
        self.retranslate()
        window.agent_changed.connect(self.agent_changed)
        self.check_answers()

    def agent_changed(self) -> None:
        """Another agent signed in: the review is theirs only if they review; coaching and
        the answers to requests follow them."""
        w = self.window
        self.review_action.setVisible(self.is_supervisor)
        self._answered = None
        if self.review is not None:
            if self.is_supervisor:
                self.review.settings = w.settings
                self.review.refresh()
            else:
                self.registry.close_tab(self.review)
        if self.coaching is not None:
            self.coaching.settings = w.settings
            self.coaching.refresh()
        self.check_answers()

    @property
    def is_supervisor(self) -> bool:
        return self.window.role() in REVIEWING_ROLES  # the hub's record, with a hub

    # -- the customer view -------------------------------------------------------------
    def add_section(self, view: CustomerView) -> None:
        section = DecisionsSection(view.runner, view.store, view.customer_id)
        section.grant_requested.connect(lambda v=view: self.grant_for(v))
        section.training_requested.connect(self.training.start)
        view.loaded.connect(lambda data, s=section: s.set_customer(data.header.customer_id))
        view.add_section(section, translate("decisions", "Decisions"))

    def grant(self) -> None:
        view = self.window.current_view()
        if view is None:
            self.window.statusBar().showMessage(
                translate("decisions",
                          "Open a customer first: a remedy is granted to one customer."), 8000)
            return
        self.grant_for(view)

    def grant_for(self, view: CustomerView, case_id: str | None = None) -> GrantDialog:
        w = self.window
        if self.dialog is not None:
            self.dialog.close()
        dialog = GrantDialog(w.runner, w.store, w.settings, view.customer_id,
                             case_id=case_id, parent=w)
        dialog.accepted.connect(lambda d=dialog: self._recorded(d))
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        self.dialog = dialog
        return_focus(dialog)
        dialog.open()
        return dialog

    def _closed(self, dialog: GrantDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _recorded(self, dialog: GrantDialog) -> None:
        self.window.statusBar().showMessage(dialog.outcome_message(), 15000)

    # -- review and coaching pages -----------------------------------------------------
    def open_review(self) -> ReviewView | None:
        if not self.is_supervisor:
            self.window.statusBar().showMessage(
                translate("decisions", "The review is for supervisors: your notes are in "
                          "My coaching (Ctrl+Shift+O)."), 8000)
            return None
        if self.review is None:
            cases = self.registry.find(CASES)
            self.review = ReviewView(self.window.runner, self.window.store, self.window.settings,
                                     sections=cases.playbook_sections if cases else None)
            self.review.setFocusProxy(self.review.pages)  # opens on its tabs, not the frame
            self.review.destroyed.connect(lambda: setattr(self, "review", None))
        self._show_page(self.review, translate("decisions", "Review"), "person")
        return self.review

    def open_coaching(self) -> CoachingView:
        if self.coaching is None:
            cases = self.registry.find(CASES)
            self.coaching = CoachingView(self.window.runner, self.window.store,
                                         self.window.settings,
                                         section=cases.playbook_section if cases else None)
            self.coaching.setFocusProxy(self.coaching.moments_table)
            self.coaching.destroyed.connect(lambda: setattr(self, "coaching", None))
        else:
            self.coaching.refresh()
        self._show_page(self.coaching, translate("decisions", "My coaching"), "person")
        return self.coaching

    def _show_page(self, page: QWidget, title: str, icon_name: str) -> None:
        self.registry.add_tab(page, icon(icon_name), title)

    # -- answers to my requests --------------------------------------------------------
    def check_answers(self) -> None:
        store, settings = self.window.store, self.window.settings
        if not settings.agent_name.strip():
            return

        def load(_s: object) -> tuple[ApprovalRequest, ...]:
            if settings.hub_url.strip():  # the signed-in agent, as the hub knows them
                try:
                    return my_requests(store, desk_agent(store, settings).id)
                except NotSignedIn:
                    return ()
            me = find_agent(store, settings.agent_name)
            return my_requests(store, me.id) if me is not None else ()

        self.window.runner.op(self, load).success(self._answers).run()

    def _answers(self, requests: tuple[ApprovalRequest, ...]) -> None:
        answered = {r.decision.id: r for r in requests if r.answer is not None}
        new = [] if self._answered is None else [
            r for i, r in answered.items() if i not in self._answered]
        self._answered = set(answered)
        if new:
            self.window.statusBar().showMessage(self.notice(new), 30000)

    def notice(self, new: list[ApprovalRequest]) -> str:
        if len(new) > 1:
            return translate("decisions", "Supervisors answered {0} of your approval requests: "
                             "see the customers' Decisions or My coaching.").format(
                formats.number(len(new)))
        r = new[0]
        a = r.answer
        assert a is not None
        amount = formats.money(r.decision.amount_cents, r.decision.currency)
        if a.approved:
            text = translate("decisions", "{0} approved your request of {1} for {2}.").format(
                a.by_name or "?", amount, r.customer_name)
        else:
            text = translate("decisions", "{0} refused your request of {1} for {2}.").format(
                a.by_name or "?", amount, r.customer_name)
        return f"{text} {a.note}" if a.note else text

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches("decision_answer") or changes.touches("decision"):
            self.check_answers()

    # -- help and language -------------------------------------------------------------
    def shortcut_rows(self) -> list[tuple[str, str]]:
        rows = [(native("Ctrl+G"), translate("decisions", "Grant a remedy to the customer")),
                (native("Ctrl+Enter"),
                 translate("decisions", "In the grant dialog: grant, or ask for approval")),
                (native("Ctrl+Shift+O"),
                 translate("decisions", "My coaching: notes on your decisions")),
                (native("Ctrl+Shift+A"), translate(
                    "decisions", "Ask for training about the selected decision or case"))]
        if self.is_supervisor:
            rows.append((native("Ctrl+Shift+R"),
                         translate("decisions", "Review decisions and answer requests")))
            rows.append((native("Ctrl+Shift+B"), translate(
                "decisions", "In the review's Training and praise: celebrate the decision")))
        return rows

    def retranslate(self) -> None:
        self.grant_action.setText(translate("decisions", "&Grant a remedy…"))
        self.review_action.setText(translate("decisions", "&Review decisions"))
        self.coaching_action.setText(translate("decisions", "My &coaching"))
        self.training_action.setText(translate("decisions", "Ask for &training…"))
        self.menu.setText(translate("decisions", "&Review"))
        for view in self.window.views():
            section = view.findChild(DecisionsSection)
            if section is not None:
                view.sections.setTabText(view.sections.indexOf(section),
                                         translate("decisions", "Decisions"))
        for page, title in ((self.review, translate("decisions", "Review")),
                            (self.coaching, translate("decisions", "My coaching"))):
            if page is not None:
                self.registry.set_tab_title(page, title)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def _add_style() -> None:
    app = QApplication.instance()
    if not isinstance(app, QApplication) or not app.styleSheet() \
            or STYLE_MARK in app.styleSheet():
        return
    qss = style_text("decisions.qss")  # in the current theme's colours
    if qss is None:
        return
    app.setStyleSheet(app.styleSheet() + "\n" + STYLE_MARK + "\n" + qss)
