"""The "Cases" section of every customer view: the customer's cases (open first) and, for
the selected one, its recovery checklist, promises, follow-ups, close, and its playbook.

Keys: Ctrl+N new case, Ctrl+P record a promise, F1 the playbook of the selected case
beside the checklist (or the playbook browser when no case is selected).
``compensate_requested(case_id, customer_id)`` lets the decisions feature take over the
"compensate" step; while nothing listens, the panel asks what was offered and keeps it
as the step's note.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    SIGNAL,
    QEvent,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from carecenter.db.store import Store
from carecenter.services.cases import lifecycle as svc
from carecenter.services.cases.checklists import COMPENSATE
from carecenter.services.cases.followups import record_promise
from carecenter.services.cases.lifecycle import CaseView, CloseResult
from carecenter.services.tasks import TaskState
from carecenter.services.uow import ChangeSet
from ui.cases import dialogs
from ui.cases import recovery as words
from ui.cases.case_list import CaseListModel
from ui.cases.checklist import ChecklistWidget
from ui.cases.layout import case_page
from ui.cases.playbooks import PlaybookPane
from ui.cases.recovery import Recovery, error_text, now, when
from ui.shell import i18n
from ui.shell.ops import OpRunner
from ui.widgets.access import return_focus

if TYPE_CHECKING:
    from ui.customer.api import CustomerView

CASE_TABLES = frozenset({"case", "case_step_event", "follow_up", "contact", "charter_citation"})
class CasesPanel(QWidget):
    compensate_requested = Signal(str, str)  # case id, customer id
    cases_loaded = Signal()

    def __init__(self, runner: OpRunner, store: Store, recovery: Recovery, customer_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casesPanel")
        self.runner = runner
        self.store = store
        self.recovery = recovery
        self.customer_id = customer_id
        self.dialog: dialogs.FormDialog | None = None  # the form open now (tests fill it)
        self._selected: str | None = None
        self._loading: TaskState | None = None

        self.model = CaseListModel(recovery, self)
        self.list = QListView()
        self.list.setObjectName("caseList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setMinimumWidth(220)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusProxy(self.list)  # Ctrl+2 lands on the cases, not the frame
        self.new_button = QPushButton()
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(self.new_case)
        left = QWidget()
        left.setObjectName("caseListSide")
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(12, 12, 8, 12)
        lcol.addWidget(self.new_button)
        lcol.addWidget(self.list, 1)

        self.title = QLabel()
        self.title.setObjectName("caseTitle")
        self.facts = QLabel()
        self.facts.setObjectName("caseFacts")
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)  # severity, promise, last told, citations: may be long
        self.summary = QLabel()
        self.summary.setObjectName("caseSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setObjectName("caseMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.checklist = ChecklistWidget()
        self.checklist.tick_requested.connect(self.tick)
        self.checklist.untick_requested.connect(self.untick)
        self.checklist.action_requested.connect(self._step_action)
        self.promise_button = QPushButton()
        self.promise_button.clicked.connect(self.record_promise)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close_case)
        self.playbook_button = QPushButton()
        self.playbook_button.setCheckable(True)
        self.playbook_button.toggled.connect(self._show_playbook)
        detail = case_page((self.title, self.facts, self.summary, self.message),
                           self.checklist, (self.promise_button, self.playbook_button),
                           self.close_button)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(detail)
        self.playbook = PlaybookPane(recovery.playbooks)
        self.playbook.hide()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.addWidget(self.playbook)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 620, 380])
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.splitter)

        self.list.selectionModel().currentChanged.connect(self._current_changed)
        runner.operation_did_execute.connect(self._on_changes)
        self.retranslate()
        self._show_case(None)

    # -- reading -----------------------------------------------------------------------
    def reload(self) -> None:
        if self._loading is not None:
            self._loading.cancel()
        store, cid = self.store, self.customer_id
        self._loading = self.runner.op(
            self, lambda _s: svc.customer_cases(store, cid, include_closed=True)) \
            .success(self._arrived).failure(self._failed).run()

    def _arrived(self, cases: tuple[CaseView, ...]) -> None:
        self._loading = None
        keep = self._selected
        self.model.set_cases(cases)
        row = self.model.row_of(keep)
        if row < 0 and self.model.cases and not self.model.cases[0].is_closed:
            row = 0
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        else:
            self._show_case(None)
        self.cases_loaded.emit()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row()
        self._show_case(self.model.cases[row] if 0 <= row < len(self.model.cases) else None)

    @property
    def case(self) -> CaseView | None:
        return self.checklist.case

    def select_case(self, case_id: str) -> None:
        row = self.model.row_of(case_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    def _show_case(self, case: CaseView | None) -> None:
        self._selected = case.id if case is not None else None
        self.message.hide()
        self.checklist.set_case(case)
        has = case is not None
        self.right.setCurrentIndex(1 if has else 0)
        self.close_button.setEnabled(has and not case.is_closed)  # type: ignore[union-attr]
        self.playbook.show_category(case.category if case is not None else None)
        if case is None:
            return
        self.title.setText(self.recovery.category_label(case.category))
        severity = self.tr("Severity: {0}").format(words.severity(case.severity))
        facts = [escape(severity),
                 escape(words.status(case.status)),
                 escape(self.tr("opened {0}").format(when(case.opened_at)))]
        if case.promise_due is not None:
            due = self.tr("promise due {0}").format(when(case.promise_due))
            facts.append(f"<b>{escape(due)}</b>")
        told = when(case.last_told) if case.last_told else self.tr("not yet")
        facts.append(escape(self.tr("last told: {0}").format(told)))
        if case.is_closed:
            closed = self.tr("closed {0}").format(when(case.closed_at))
            if case.close_override:
                closed += " — " + self.tr("with open steps: {0}").format(case.close_reason or "")
            facts.append(escape(closed))
        if case.reopens_id:
            facts.append(escape(self.tr("reopens an earlier case")))
        if case.clauses:
            facts.append(escape(self.tr("service charter cited: {0}").format(
                ", ".join(f"§{c}" for c in case.clauses))))
        self.facts.setText("  ·  ".join(facts))
        self.summary.setText(f"“{case.summary}”" if case.summary else "")

    def _apply(self, case: CaseView) -> None:
        """Show a case the store just returned, before the reload comes back."""
        self.model.set_cases(tuple(case if c.id == case.id else c for c in self.model.cases)
                             if self.model.row_of(case.id) >= 0
                             else (case, *self.model.cases))
        self._selected = case.id
        self.list.setCurrentIndex(self.model.index(self.model.row_of(case.id)))
        self._show_case(case)

    def _on_changes(self, changes: ChangeSet) -> None:
        if not changes.tables & CASE_TABLES:
            return
        ours = {c.id for c in self.model.cases}
        if self.customer_id in changes.customer_ids or \
                ours & changes.rows.get("case", frozenset()) or \
                changes.touches("case_step_event"):
            self.reload()

    def _failed(self, exc: BaseException) -> None:
        self._loading = None
        self.say(error_text(exc))

    def say(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    # -- writing -----------------------------------------------------------------------
    def _write(self, work: Callable[[str], Any], done: Callable[[Any], None],
               dialog: dialogs.FormDialog | None = None) -> None:
        """Run ``work(agent_id)`` in the background; errors go to the dialog or the panel."""
        recovery = self.recovery

        def failed(exc: BaseException) -> None:
            if dialog is not None and dialog.isVisible():
                dialog.show_error(error_text(exc))
            else:
                self.say(error_text(exc))

        def succeeded(result: Any) -> None:
            if dialog is not None:
                dialog.done_ok()
            self.message.hide()
            done(result)

        self.runner.op(self, lambda _s: work(recovery.agent_id())) \
            .success(succeeded).failure(failed).run()

    def _open(self, dialog: dialogs.FormDialog,
              on_submit: Callable[[dict[str, Any]], None]) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(on_submit)
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_gone(d))
        return_focus(dialog)
        dialog.open()

    def _dialog_gone(self, dialog: dialogs.FormDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def new_case(self) -> None:
        lang = i18n.current()
        t = self.recovery.templates
        cats = [(c, t.categories[c].label(lang)) for c in t.codes]
        dialog = dialogs.NewCaseDialog(cats, self)
        store, cid, templates = self.store, self.customer_id, t

        def submit(v: dict[str, Any]) -> None:
            self._write(lambda agent: svc.open_case(
                store, templates, customer_id=cid, category=v["category"],
                severity=v["severity"], summary=v["summary"], agent_id=agent, now=now()),
                lambda w: self._opened(w.case), dialog)
        self._open(dialog, submit)

    def _opened(self, case: CaseView) -> None:
        self._apply(case)
        box = self.checklist.first_open_box()
        if box is not None:  # again once its new row is shown (the layout shows it next)
            box.setFocus()
            QTimer.singleShot(0, box, lambda: box.setFocus(Qt.FocusReason.OtherFocusReason))

    def tick(self, step_id: str, note: str = "", *, due: datetime | None = None,
             dialog: dialogs.FormDialog | None = None) -> None:
        case = self.case
        if case is None:
            return
        store = self.store
        self._write(lambda agent: svc.tick_step(
            store, case.id, step_id, agent_id=agent, now=now(), note=note or None,
            follow_up_due=due), lambda w: self._apply(w.case), dialog)

    def untick(self, step_id: str) -> None:
        case = self.case
        if case is None:
            return
        store = self.store
        self._write(lambda agent: svc.untick_step(store, case.id, step_id, agent_id=agent,
                                                  now=now()), lambda w: self._apply(w.case))

    def _step_action(self, step_id: str) -> None:
        case = self.case
        if case is None:
            return
        if step_id == COMPENSATE:
            if self.receivers(SIGNAL("compensate_requested(QString,QString)")) > 0:
                self.compensate_requested.emit(case.id, case.customer_id)
                return
            dialog: dialogs.FormDialog = dialogs.CompensateDialog(self)
            self._open(dialog, lambda v: self.tick(COMPENSATE, str(v["note"]), dialog=dialog))
            return
        dialog = dialogs.FollowUpDialog(self)
        self._open(dialog, lambda v: self.tick(step_id, str(v["note"]), due=v["due"],
                                               dialog=dialog))

    def record_promise(self) -> None:
        case = self.case if self.case is not None and not self.case.is_closed else None
        label = None
        if case is not None:
            label = f"{self.recovery.category_label(case.category)}, {when(case.opened_at)}"
        dialog = dialogs.PromiseDialog(label, self)
        store, cid = self.store, self.customer_id

        def submit(v: dict[str, Any]) -> None:
            self._write(lambda agent: record_promise(
                store, customer_id=cid, text=str(v["text"]), due=v["due"], agent_id=agent,
                now=now(), case_id=case.id if case is not None else None,
                due_until=v.get("due_until")),
                lambda _w: self.reload(), dialog)
        self._open(dialog, submit)

    def close_case(self) -> None:
        case = self.case
        if case is None or case.is_closed:
            return
        store = self.store
        self._write(lambda agent: svc.close_case(store, case.id, agent_id=agent, now=now()),
                    self._close_answer)

    def _close_answer(self, result: CloseResult) -> None:
        if result.closed:
            self._apply(result.case)
            return
        lang = i18n.current()
        dialog = dialogs.CloseCaseDialog([escape(s.label(lang)) for s in result.open_steps], self)
        store, case_id = self.store, result.case.id
        self._open(dialog, lambda v: self._write(lambda agent: svc.close_case(
            store, case_id, agent_id=agent, now=now(), reason=str(v["reason"])),
            lambda r: self._apply(r.case), dialog))

    def toggle_playbook(self) -> None:
        self.playbook_button.toggle()

    def _show_playbook(self, on: bool) -> None:
        self.playbook.setVisible(on)
        if on:
            self.playbook.show_category(self.case.category if self.case else None)

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New case  (Ctrl+N)"))
        self.promise_button.setText(self.tr("Promise…  (Ctrl+P)"))
        self.close_button.setText(self.tr("Close case…"))
        self.playbook_button.setText(self.tr("Playbook  (F1)"))
        self.empty.setText(self.tr("No case selected. Press Ctrl+N to open a case when "
                                   "something went wrong for the customer."))
        self.list.setAccessibleName(self.tr("Cases"))
        parent = self.parentWidget()
        tabs = parent.parentWidget() if parent is not None else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(self) >= 0:
            tabs.setTabText(tabs.indexOf(self), self.tr("Cases"))
        self._show_case(self.case)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# -- plugging into the console -----------------------------------------------------------

def panel_of(view: CustomerView | None) -> CasesPanel | None:
    return view.findChild(CasesPanel) if view is not None else None
