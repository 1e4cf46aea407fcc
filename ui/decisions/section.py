"""The "Decisions" section of a customer view: every remedy granted, asked for or refused,
with its state and the supervisor's answer, and the way to grant another (Ctrl+G)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carecenter.db.store import Store
from carecenter.domain import AuthorityState
from carecenter.services.decisions.rows import (
    CustomerDecisions,
    DecisionRow,
    customer_decision_rows,
)
from carecenter.services.uow import ChangeSet
from ui.decisions import words
from ui.shell.ops import OpRunner
from ui.shell.shortcuts import native
from ui.widgets import formats
from ui.widgets.rows_model import Column, RowsModel, setup_table

translate = QCoreApplication.translate
WATCHED = ("decision", "decision_answer", "review_note", "charter_citation")


def answer_text(r: DecisionRow) -> str:
    a = r.answer
    if a is None:
        return translate("decisions", "waiting for a supervisor") \
            if r.decision.authority_state == AuthorityState.PENDING else ""
    who = a.by_name or "?"
    if a.approved:
        text = translate("decisions", "Approved by {0}").format(who)
    else:
        text = translate("decisions", "Refused by {0}").format(who)
    return f"{text}: {a.note}" if a.note else text


def amount_text(r: DecisionRow) -> str:
    """Money, or the quantity of a remedy that costs nothing in its unit ("30 days")."""
    d = r.decision
    if d.quantity is not None:
        return words.quantity(r.remedy_unit, d.quantity)
    return formats.money(d.amount_cents, d.currency)


def clauses_text(r: DecisionRow) -> str:
    return ", ".join(f"§{c}" for c in r.clauses)


def decision_columns() -> list[Column[DecisionRow]]:
    """The columns of the section; their titles are DecisionsSection's words."""
    return [
        Column(lambda: translate("DecisionsSection", "When"),
               lambda r: formats.date_time(r.decision.at)),
        Column(lambda: translate("DecisionsSection", "Remedy"),
               lambda r: words.remedy(r.decision.remedy, r.remedy_labels)),
        Column(lambda: translate("DecisionsSection", "Amount"),
               amount_text, right=True),
        Column(lambda: translate("DecisionsSection", "State"),
               lambda r: words.state(r.decision.authority_state),
               tip=lambda r: words.state_tip(r.decision.authority_state),
               colors=lambda r: words.STATE_COLORS.get(r.decision.authority_state)),
        Column(lambda: translate("DecisionsSection", "By"), lambda r: r.agent_name or ""),
        Column(lambda: translate("DecisionsSection", "Answer"), answer_text, tip=answer_text),
        Column(lambda: translate("DecisionsSection", "Charter"), clauses_text),
        Column(lambda: translate("DecisionsSection", "Reason"),
               lambda r: (r.decision.reason or "").replace("\n", " "),
               tip=lambda r: r.decision.reason or ""),
    ]


class DecisionsSection(QWidget):
    grant_requested = Signal()
    training_requested = Signal()
    loaded = Signal(object)  # CustomerDecisions

    def __init__(self, runner: OpRunner, store: Store, customer_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionsSection")
        self.runner = runner
        self.store = store
        self.customer_id = customer_id
        self.data: CustomerDecisions | None = None
        self.summary = QLabel()
        self.summary.setObjectName("sectionSummary")
        self.grant_button = QPushButton()
        self.grant_button.setObjectName("primaryButton")
        self.grant_button.clicked.connect(self.grant_requested)
        self.training_button = QPushButton()
        self.training_button.clicked.connect(self.training_requested)
        self.model: RowsModel[DecisionRow] = RowsModel(decision_columns(), self)
        self.table = QTableView()
        self.table.setObjectName("decisionsTable")
        self.table.setModel(self.model)
        self._setup_table()
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.detail = QLabel()
        self.detail.setObjectName("contactDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.hide()
        bar = QWidget()
        bar.setObjectName("filterBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(20, 8, 20, 8)
        row.addWidget(self.summary, 1)
        row.addWidget(self.training_button)
        row.addWidget(self.grant_button)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(bar)
        col.addWidget(self.table, 1)
        col.addWidget(self.empty, 1)
        col.addWidget(self.detail)
        self.setFocusProxy(self.table)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.model.modelReset.connect(self._show_detail)
        runner.operation_did_execute.connect(self._on_changes)
        self.retranslate()
        self.refresh()

    def _setup_table(self) -> None:
        setup_table(self.table, (150, 170, 96, 170, 130, 240, 80),
                    stretch=len(self.model.columns) - 1)

    def refresh(self) -> None:
        store, cid = self.store, self.customer_id
        self.runner.op(self, lambda _s: customer_decision_rows(store, cid)) \
            .success(self._arrived).run()

    def _arrived(self, data: CustomerDecisions) -> None:
        current = self.table.currentIndex().row()
        chosen = self.model.item(current).decision.id if 0 <= current < self.model.rowCount() \
            else None
        self.data = data
        self.model.set_rows(data.rows)
        for i, r in enumerate(data.rows):
            if r.decision.id == chosen:
                self.table.selectRow(i)
        self.empty.setVisible(not data.rows)
        self.table.setVisible(bool(data.rows))
        self._update_summary()
        self.loaded.emit(data)

    def _on_changes(self, changes: ChangeSet) -> None:
        if not any(changes.touches(t) for t in WATCHED):
            return
        if not changes.customer_ids or self.customer_id in changes.customer_ids \
                or changes.touches("decision_answer") or changes.touches("review_note"):
            self.refresh()

    def set_customer(self, customer_id: str) -> None:
        """The view opened a record merged into another: follow it."""
        if customer_id != self.customer_id:
            self.customer_id = customer_id
            self.refresh()

    def current_row(self) -> DecisionRow | None:
        row = self.table.currentIndex().row()
        return self.model.item(row) if 0 <= row < self.model.rowCount() else None

    def states(self) -> list[str]:
        return [r.decision.authority_state for r in self.model.rows()]

    def _show_detail(self) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < self.model.rowCount():
            self.detail.hide()
            return
        r = self.model.item(row)
        d = r.decision
        head = "  ·  ".join((words.remedy(d.remedy, r.remedy_labels),
                             amount_text(r),
                             words.state(d.authority_state), r.agent_name or ""))
        lines = [f"<b>{escape(head)}</b>", escape(words.state_tip(d.authority_state))]
        if d.reason:
            lines.append(self.tr("Reason: {0}").format(escape(d.reason)))
        answer = answer_text(r)
        if answer:
            lines.append(escape(answer))
        if r.clauses:
            lines.append(escape(self.tr("Service charter cited: {0}").format(clauses_text(r))))
        self.detail.setText("<br>".join(lines))
        self.detail.show()

    def _update_summary(self) -> None:
        d = self.data
        if d is None:
            self.summary.setText("")
            return
        parts = [self.tr("Granted in the last 30 days: {0}").format(
            formats.money(d.granted_30_days_cents))]
        if d.pending:
            parts.append(self.tr("%Ln waiting for approval", "", d.pending))
        self.summary.setText("   ·   ".join(parts))

    def retranslate(self) -> None:
        self.grant_button.setText(self.tr("Grant a remedy…"))
        self.grant_button.setToolTip(native("Ctrl+G"))
        self.training_button.setText(self.tr("Ask for training…"))
        self.training_button.setToolTip(native("Ctrl+Shift+A"))
        self.empty.setText(self.tr("No decisions for this customer yet.\n"
                                   "Press {0} to grant a remedy.").format(native("Ctrl+G")))
        self.table.setAccessibleName(self.tr("Decisions"))
        self.model.retranslate()
        self._update_summary()
        self._show_detail()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
