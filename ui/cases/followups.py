"""Follow-ups: "My follow-ups" and the team's queue in a dock (Ctrl+Shift+F), counts of
the agent's overdue and due-today follow-ups in the status bar.

Rows are sorted by due time: overdue first (oldest first), then due today, then upcoming.
Enter opens the customer (at the follow-up's case); Ctrl+D marks it done with an outcome,
and "not satisfied" reopens its case.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from carecenter.db.store import Store
from carecenter.services.cases import followups as svc
from carecenter.services.cases import handover
from carecenter.services.cases.followups import FollowUpView, Queue
from carecenter.services.cases.handover import NewWork
from carecenter.services.cases.windows import recover_missed
from carecenter.services.tasks import TaskState
from carecenter.services.uow import ChangeSet
from ui.cases import recovery as words
from ui.cases.dialogs import FormDialog, OutcomeDialog
from ui.cases.followups_model import (
    ASSIGNEE,
    BUCKET,
    CUSTOMER,
    DUE,
    NOTE,
    REASON,
    FollowUpModel,
)
from ui.cases.handover import HandOverFlow, NewWorkPanel
from ui.cases.recovery import Recovery, error_text, local_tz, now, when
from ui.shell.ops import OpRunner
from ui.widgets import formats
from ui.widgets.access import return_focus

if TYPE_CHECKING:
    pass

REFRESH_MS = 60_000  # buckets move with the clock: overdue starts without any write


class FollowUpsPage(QWidget):
    """The queue: mine or the team's; Enter opens the customer, Ctrl+D done."""

    open_customer = Signal(str, object)  # customer id, case id or None
    loaded = Signal()

    def __init__(self, runner: OpRunner, store: Store, recovery: Recovery,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpsPage")
        self.runner = runner
        self.store = store
        self.recovery = recovery
        self.dialog: FormDialog | None = None
        self._loading: TaskState | None = None
        self.mine = QToolButton()
        self.team = QToolButton()
        group = QButtonGroup(self)
        for b in (self.mine, self.team):
            b.setObjectName("queueToggle")
            b.setCheckable(True)
            group.addButton(b)
        self.mine.setChecked(True)
        group.buttonToggled.connect(lambda _b, on: self.reload() if on else None)
        self.summary = QLabel()
        self.summary.setObjectName("figureNote")
        self.model = FollowUpModel(self)
        self.table = QTableView()
        self.table.setObjectName("followUps")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        h = self.table.horizontalHeader()
        h.setHighlightSections(False)
        h.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in ((DUE, 160), (BUCKET, 80), (CUSTOMER, 170), (REASON, 110),
                           (ASSIGNEE, 120)):
            h.resizeSection(column, width)
        h.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _i: self.open_current())
        self.detail = QLabel()
        self.detail.setObjectName("followUpDetail")
        self.detail.setWordWrap(True)
        self.detail.hide()
        self.message = QLabel()
        self.message.setObjectName("caseMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_current)
        self.recover_button = QPushButton()  # a missed window: its recovery steps
        self.recover_button.setObjectName("recoverButton")
        self.recover_button.clicked.connect(self.recover_current)
        QShortcut(QKeySequence("Ctrl+R"), self, self.recover_current,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.done_button = QPushButton()
        self.done_button.setObjectName("primaryButton")
        self.done_button.clicked.connect(self.complete_current)
        QShortcut(QKeySequence("Ctrl+D"), self, self.complete_current,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_work = NewWorkPanel()
        self.new_work.open_customer.connect(self.open_customer)
        self.new_work.seen.connect(self.mark_seen)
        self.hand_over = HandOverFlow(self)
        self.hand_over.handed.connect(self._handed)
        self.hand_button = QPushButton()
        self.hand_button.clicked.connect(self.start_hand_over)
        QShortcut(QKeySequence("Ctrl+Shift+H"), self, self.start_hand_over,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        top = QHBoxLayout()
        top.addWidget(self.mine)
        top.addWidget(self.team)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hand_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.recover_button)
        buttons.addWidget(self.done_button)
        col = QVBoxLayout(self)
        col.setContentsMargins(10, 8, 10, 8)
        col.setSpacing(6)
        col.addLayout(top)
        col.addWidget(self.message)
        col.addWidget(self.new_work)
        col.addWidget(self.table, 1)
        col.addWidget(self.detail)
        col.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.model.modelReset.connect(self._show_detail)
        runner.operation_did_execute.connect(self._on_changes)
        self.retranslate()

    # -- loading -----------------------------------------------------------------------
    def reload(self) -> None:
        if self._loading is not None:
            self._loading.cancel()
        store, recovery, mine, tz = self.store, self.recovery, self.mine.isChecked(), local_tz()

        def work(_s: object) -> tuple[Queue, tuple[NewWork, ...]]:
            at = now()
            if mine:
                me = recovery.agent_id()
                return svc.my_follow_ups(store, me, at, tz), handover.new_for(store, me)
            return svc.team_queue(store, at, tz), ()
        self._loading = self.runner.op(self, work).success(self._arrived) \
            .failure(self._failed).run()

    def _arrived(self, loaded: tuple[Queue, tuple[NewWork, ...]]) -> None:
        queue, new = loaded
        self._loading = None
        self.new_work.set_rows(new)
        keep = self.current()
        self.message.hide()
        self.model.set_queue(queue)
        c = queue.counts
        self.summary.setText(self.tr("{0} overdue · {1} due today · {2} upcoming").format(
            formats.number(c.overdue), formats.number(c.today), formats.number(c.upcoming)))
        row = next((i for i, f in enumerate(self.model.rows) if keep and f.id == keep.id), 0)
        if self.model.rows:
            self.table.selectRow(row)
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self._loading = None
        self.message.setText(error_text(exc))
        self.message.show()
        self.loaded.emit()

    def _on_changes(self, changes: ChangeSet) -> None:
        if self.isVisible() and any(changes.touches(t) for t in ("follow_up", "hand_over")):
            self.reload()

    def start_hand_over(self) -> None:
        """Hand chosen follow-ups and cases to a colleague (the highlighted one ticked)."""
        f = self.current()
        self.hand_over.start(f.id if f is not None and self.mine.isChecked() else None)

    def _handed(self, n: int) -> None:
        self.message.setText(self.tr("%Ln handed over.", "", n))
        self.message.show()
        self.reload()

    def mark_seen(self, ids: list[str]) -> None:
        store = self.store
        self.runner.op(self, lambda _s: handover.mark_seen(store, ids, now())) \
            .success(lambda _n: self.reload()).failure(self._failed).run()

    def current(self) -> FollowUpView | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _show_detail(self) -> None:
        f = self.current()
        self.open_button.setEnabled(f is not None)
        self.done_button.setEnabled(f is not None)
        self.recover_button.setVisible(f is not None and f.missed)
        if f is None:
            self.detail.setText(self.tr("Nothing to follow up. Well done."))
            self.detail.setVisible(not self.model.rows and self._loading is None)
            return
        text = f"{f.customer_name} — {words.reason(f.reason)}, {when(f.due)}"
        if f.missed:
            text += "\n" + self.tr(
                "The promised window ended at {0}: apologise, act at once and call back — "
                "Ctrl+R opens the recovery steps on its case.").format(
                    when(f.due_until, with_day=False))
        if f.note:
            text += f"\n{f.note}"
        self.detail.setText(text)
        self.detail.show()

    # -- acting ------------------------------------------------------------------------
    def open_current(self) -> None:
        f = self.current()
        if f is not None:
            self.open_customer.emit(f.customer_id, f.case_id)

    def recover_current(self) -> None:
        """A missed window: open its case (a new one when it has none) at the recovery
        steps."""
        f = self.current()
        if f is None or not f.missed:
            return
        store, recovery, fu = self.store, self.recovery, f
        summary = self.tr("Call-back window missed ({0}): {1}").format(
            when(f.due) + "–" + when(f.due_until, with_day=False),
            f.note or words.reason(f.reason))
        self.runner.op(self, lambda _s: recover_missed(
            store, recovery.templates, fu.id, summary=summary,
            agent_id=recovery.agent_id(), now=now())) \
            .success(lambda r: self.open_customer.emit(fu.customer_id, r.case_id)) \
            .failure(self._failed).run()

    def complete_current(self) -> None:
        f = self.current()
        if f is None:
            return
        what = self.tr("{0}: {1}").format(f.customer_name, f.note or words.reason(f.reason))
        dialog = OutcomeDialog(what, self)
        if f.case_id is None:
            dialog.choices["not_satisfied"].setText(self.tr("&Not satisfied"))
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        store, recovery, fu_id = self.store, self.recovery, f.id

        def submit(v: dict[str, Any]) -> None:
            self.runner.op(self, lambda _s: svc.complete_follow_up(
                store, fu_id, outcome=str(v["outcome"]), agent_id=recovery.agent_id(),
                now=now(), note=str(v["note"]) or None)) \
                .success(lambda r: self._completed(r, dialog)) \
                .failure(lambda e: dialog.show_error(error_text(e))).run()
        dialog.submitted.connect(submit)
        return_focus(dialog)
        dialog.open()

    def _completed(self, result: svc.CompleteResult, dialog: FormDialog) -> None:
        dialog.done_ok()
        if result.reopened_case_id is not None:
            self.message.setText(self.tr(
                "The customer is not satisfied: the case was reopened."))
            self.message.show()
        self.reload()

    def retranslate(self) -> None:
        self.mine.setText(self.tr("&Mine"))
        self.team.setText(self.tr("&Team"))
        self.open_button.setText(self.tr("Open customer  (Enter)"))
        self.done_button.setText(self.tr("Done…  (Ctrl+D)"))
        self.recover_button.setText(self.tr("Recover…  (Ctrl+R)"))
        self.hand_button.setText(self.tr("Hand over…  (Ctrl+Shift+H)"))
        self.table.setAccessibleName(self.tr("Follow-ups"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        super().changeEvent(event)
