"""My coaching: the agent's week in figures, the notes supervisors wrote on their work
(teaching moments) and the answers to their approval requests. No score, no penalty."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carecenter.db.store import Store
from carecenter.domain import ReviewKind
from carecenter.services.agents import AgentRef, desk_agent
from carecenter.services.decisions.authority import Catalogue
from carecenter.services.decisions.catalogue import catalogue
from carecenter.services.decisions.grants import ApprovalRequest, my_requests
from carecenter.services.decisions.review import (
    TeachingMoment,
    WeeklyDigest,
    teaching_moments,
    weekly_digest,
)
from carecenter.services.uow import ChangeSet
from carecenter.settings import Settings
from ui.decisions import words
from ui.shell.ops import OpRunner
from ui.widgets import formats
from ui.widgets.access import named
from ui.widgets.rows_model import Column, RowsModel, setup_table

WATCHED = ("decision", "decision_answer", "review_note", "follow_up")


@dataclass(frozen=True)
class Coaching:
    me: AgentRef
    catalogue: Catalogue
    digest: WeeklyDigest
    moments: tuple[TeachingMoment, ...]
    requests: tuple[ApprovalRequest, ...]


def load_coaching(store: Store, settings: Settings) -> Coaching:
    me = desk_agent(store, settings)
    return Coaching(me, catalogue(store, retired=True), weekly_digest(store, me.id),
                    teaching_moments(store, me.id), my_requests(store, me.id))


class _Card(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("figureCard")
        self.value = QLabel()
        self.value.setObjectName("figureValue")
        self.caption = QLabel()
        self.caption.setObjectName("figureCaption")
        col = QVBoxLayout(self)
        col.setContentsMargins(14, 10, 14, 10)
        col.setSpacing(2)
        col.addWidget(self.value)
        col.addWidget(self.caption)


class CoachingView(QWidget):
    def __init__(self, runner: OpRunner, store: Store, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coachingView")
        self.runner = runner
        self.store = store
        self.settings = settings
        self.data: Coaching | None = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.week = QLabel()
        self.week.setObjectName("filterLabel")
        self.cards = {k: _Card() for k in ("decisions", "granted", "satisfied", "praise",
                                           "lessons")}
        self.moments_title = QLabel()
        self.moments_title.setObjectName("subTitle")
        self.moments_model: RowsModel[TeachingMoment] = RowsModel([
            Column(lambda: self.tr("When"), lambda m: formats.date_time(m.note.at)),
            Column(lambda: self.tr("Kind"), lambda m: words.note_kind(m.note.kind),
                   colors=lambda m: ("#235b45", "#e3f2ea") if m.note.kind == ReviewKind.PRAISE
                   else ("#24566f", "#e3eef5")),
            Column(lambda: self.tr("From"), lambda m: m.note.author_name or ""),
            Column(lambda: self.tr("Customer"), lambda m: m.customer_name),
            Column(lambda: self.tr("Decision"), self._decision_text),
            Column(lambda: self.tr("Note"), lambda m: m.note.text.replace("\n", " "),
                   tip=lambda m: m.note.text),
        ], self)
        self.moments_table = QTableView()
        self.moments_table.setObjectName("momentsTable")
        self.moments_table.setModel(self.moments_model)
        setup_table(self.moments_table, (140, 80, 130, 150, 200))
        self.moments_empty = QLabel()
        self.moments_empty.setObjectName("emptyState")
        self.moments_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.requests_title = QLabel()
        self.requests_title.setObjectName("subTitle")
        self.requests_model: RowsModel[ApprovalRequest] = RowsModel([
            Column(lambda: self.tr("Asked"), lambda r: formats.date_time(r.decision.at)),
            Column(lambda: self.tr("Customer"), lambda r: r.customer_name),
            Column(lambda: self.tr("Remedy"), lambda r: self._remedy(r.decision.remedy)),
            Column(lambda: self.tr("Amount"),
                   lambda r: formats.money(r.decision.amount_cents, r.decision.currency),
                   right=True),
            Column(lambda: self.tr("State"), lambda r: words.state(r.decision.authority_state),
                   colors=lambda r: words.STATE_COLORS.get(r.decision.authority_state)),
            Column(lambda: self.tr("Answer"), self._answer_text, tip=self._answer_text),
        ], self)
        self.requests_table = QTableView()
        self.requests_table.setModel(self.requests_model)
        setup_table(self.requests_table, (140, 150, 150, 90, 150))
        self.requests_table.setMaximumHeight(200)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.week)
        cards = QHBoxLayout()
        cards.setSpacing(12)
        for c in self.cards.values():
            cards.addWidget(c)
        cards.addStretch(1)
        col = QVBoxLayout(self)
        col.setContentsMargins(20, 14, 20, 14)
        col.setSpacing(10)
        col.addLayout(head)
        col.addLayout(cards)
        col.addWidget(self.moments_title)
        col.addWidget(self.moments_table, 1)
        col.addWidget(self.moments_empty, 1)
        col.addWidget(self.requests_title)
        col.addWidget(self.requests_table)
        runner.operation_did_execute.connect(self._on_changes)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        store, s = self.store, self.settings
        self.runner.op(self, lambda _st: load_coaching(store, s)).success(self._arrived) \
            .failure(lambda exc: self.week.setText(words.message(exc))).run()

    def _arrived(self, data: Coaching) -> None:
        self.data = data
        self.moments_model.set_rows(data.moments)
        self.requests_model.set_rows(data.requests)
        self.moments_empty.setVisible(not data.moments)
        self.moments_table.setVisible(bool(data.moments))
        self.requests_title.setVisible(bool(data.requests))
        self.requests_table.setVisible(bool(data.requests))
        self.retranslate()

    def _on_changes(self, changes: ChangeSet) -> None:
        if any(changes.touches(t) for t in WATCHED):
            self.refresh()

    def notes(self) -> list[str]:
        return [m.note.text for m in self.moments_model.rows()]

    def _remedy(self, code: str) -> str:
        spec = self.data.catalogue.get(code) if self.data else None
        return words.remedy(code, dict(spec.labels) if spec else None)

    def _decision_text(self, m: TeachingMoment) -> str:
        d = m.decision
        if d is None:
            return self.tr("a case")
        return f"{self._remedy(d.remedy)} · {formats.money(d.amount_cents, d.currency)}"

    def _answer_text(self, r: ApprovalRequest) -> str:
        a = r.answer
        if a is None:
            return self.tr("waiting for a supervisor")
        text = (self.tr("Approved by {0}") if a.approved else self.tr("Refused by {0}")).format(
            a.by_name or "?")
        return f"{text}: {a.note}" if a.note else text

    def retranslate(self) -> None:
        self.title.setText(self.tr("My coaching"))
        self.moments_title.setText(self.tr("Notes from your supervisors"))
        self.requests_title.setText(self.tr("Your approval requests"))
        named(self.moments_table, self.tr("Notes from your supervisors"))
        named(self.requests_table, self.tr("Your approval requests"))
        self.moments_empty.setText(self.tr(
            "No notes yet. When a supervisor praises a decision or suggests something to "
            "try, it appears here."))
        d = self.data.digest if self.data else None
        if d is not None:
            end = d.week_start + timedelta(days=6)
            self.week.setText(self.tr("Week of {0} to {1}").format(
                d.week_start.strftime("%d/%m"), end.strftime("%d/%m")))
            values = {
                "decisions": (str(d.decisions), self.tr("decisions this week")),
                "granted": (formats.money(d.granted_cents, d.currency), self.tr("granted")),
                "satisfied": (f"{d.checks_satisfied}/{d.checks_done}",
                              self.tr("follow-ups satisfied")),
                "praise": (str(d.praise), self.tr("praise")),
                "lessons": (str(d.lessons), self.tr("lessons")),
            }
            for k, (value, caption) in values.items():
                self.cards[k].value.setText(value)
                self.cards[k].caption.setText(caption)
        for m in (self.moments_model, self.requests_model):
            m.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
