"""My coaching: the agent's week in figures, the notes supervisors wrote on their work
(teaching moments) and the answers to their approval requests. No score, no penalty.

A lesson that points to a playbook section opens it on Enter (or a double click), and the
read is recorded; "What you read and asked" lists those reads and the training asked for
(Ctrl+Shift+A), and "Celebrated with the team" the praise supervisors shared (issue 19)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carecenter.clock import utcnow
from carecenter.db.store import Store
from carecenter.domain import ReviewKind
from carecenter.services.agents import AgentRef, desk_agent
from carecenter.services.decisions.authority import Catalogue
from carecenter.services.decisions.catalogue import catalogue
from carecenter.services.decisions.coaching import (
    Learning,
    Praise,
    celebrations,
    my_learning,
    record_read,
)
from carecenter.services.decisions.grants import ApprovalRequest, DecisionInfo, my_requests
from carecenter.services.decisions.review import (
    TeachingMoment,
    WeeklyDigest,
    teaching_moments,
    weekly_digest,
)
from carecenter.services.uow import ChangeSet
from carecenter.settings import Settings
from ui.decisions import review_parts, words
from ui.decisions.playbook_link import SectionDialog
from ui.shell.ops import OpRunner
from ui.widgets import formats
from ui.widgets.access import named
from ui.widgets.rows_model import Column, RowsModel, setup_table

WATCHED = ("decision", "decision_answer", "review_note", "follow_up", "training_request",
           "playbook_read", "celebration")
SectionText = Callable[[str], tuple[str, str] | None]


@dataclass(frozen=True)
class Learned:
    """One line of "What you read and asked"."""

    at: datetime
    read: bool  # False: training asked
    text: str


@dataclass(frozen=True)
class Coaching:
    me: AgentRef
    catalogue: Catalogue
    digest: WeeklyDigest
    moments: tuple[TeachingMoment, ...]
    requests: tuple[ApprovalRequest, ...]
    learning: Learning
    celebrated: tuple[Praise, ...]


def load_coaching(store: Store, settings: Settings) -> Coaching:
    me = desk_agent(store, settings)
    now = utcnow()
    return Coaching(me, catalogue(store, retired=True), weekly_digest(store, me.id),
                    teaching_moments(store, me.id), my_requests(store, me.id),
                    my_learning(store, me.id), celebrations(store, now))


def learned(data: Learning) -> list[Learned]:
    rows = [Learned(r.at, True, r.playbook_ref.replace("#", " — ")) for r in data.reads]
    rows += [Learned(a.at, False, a.text) for a in data.asked]
    return sorted(rows, key=lambda x: x.at, reverse=True)


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
                 parent: QWidget | None = None, *, section: SectionText | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coachingView")
        self.section = section
        self.reading: SectionDialog | None = None
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
                   colors=lambda m: ("ok_fg", "ok_bg") if m.note.kind == ReviewKind.PRAISE
                   else ("accent_text", "info_bg")),
            Column(lambda: self.tr("From"), lambda m: m.note.author_name or ""),
            Column(lambda: self.tr("Customer"), lambda m: m.customer_name),
            Column(lambda: self.tr("Decision"), self._decision_text),
            Column(lambda: self.tr("Note"), lambda m: m.note.text.replace("\n", " "),
                   tip=lambda m: m.note.text),
            Column(lambda: self.tr("To read"), self._to_read),
        ], self)
        self.moments_table = QTableView()
        self.moments_table.setObjectName("momentsTable")
        self.moments_table.setModel(self.moments_model)
        setup_table(self.moments_table, (140, 80, 130, 150, 200, 260), stretch=5)
        self.moments_table.activated.connect(self.open_section)
        self.learned_title, self.celebrated_title = QLabel(), QLabel()
        self.learned_model: RowsModel[Learned] = RowsModel([
            Column(lambda: self.tr("When"), lambda x: formats.date_time(x.at)),
            Column(lambda: self.tr("What"), lambda x: self.tr("Read") if x.read
                   else self.tr("Asked for training")),
            Column(lambda: self.tr("About"), lambda x: x.text.replace("\n", " "),
                   tip=lambda x: x.text),
        ], self)
        self.celebrated_model: RowsModel[Praise] = RowsModel([
            Column(lambda: self.tr("When"), lambda p: formats.date_time(p.celebrated_at or p.at)),
            Column(lambda: self.tr("Who"), lambda p: p.agent_name or ""),
            Column(lambda: self.tr("Praise"), lambda p: p.text.replace("\n", " "),
                   tip=lambda p: p.text),
        ], self)
        self.learned_table, self.celebrated_table = QTableView(), QTableView()
        self.learned_table.setObjectName("learnedTable")
        self.celebrated_table.setObjectName("celebratedTable")
        for title, table, model in (
                (self.learned_title, self.learned_table, self.learned_model),
                (self.celebrated_title, self.celebrated_table, self.celebrated_model)):
            title.setObjectName("subTitle")
            table.setModel(model)
            setup_table(table, (140, 150))
            table.setMaximumHeight(150)
        self.moments_empty = QLabel()
        self.moments_empty.setObjectName("emptyState")
        self.moments_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.requests_title = QLabel()
        self.requests_title.setObjectName("subTitle")
        self.requests_model: RowsModel[ApprovalRequest] = RowsModel([
            Column(lambda: self.tr("Asked"), lambda r: formats.date_time(r.decision.at)),
            Column(lambda: self.tr("Customer"), lambda r: r.customer_name),
            Column(lambda: self.tr("Remedy"), lambda r: self._remedy(r.decision.remedy)),
            Column(lambda: self.tr("Amount"), lambda r: self._amount(r.decision), right=True),
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
        lists = QHBoxLayout()
        for title, table in ((self.learned_title, self.learned_table),
                             (self.celebrated_title, self.celebrated_table)):
            box = QVBoxLayout()
            box.addWidget(title)
            box.addWidget(table)
            lists.addLayout(box)
        col.addLayout(lists)
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
        self.learned_model.set_rows(learned(data.learning))
        self.celebrated_model.set_rows(data.celebrated)
        self.retranslate()

    def _on_changes(self, changes: ChangeSet) -> None:
        if any(changes.touches(t) for t in WATCHED):
            self.refresh()

    def notes(self) -> list[str]:
        return [m.note.text for m in self.moments_model.rows()]

    def _to_read(self, m: TeachingMoment) -> str:
        ref = m.note.playbook_ref
        return self.tr("{0} (Enter opens it)").format(ref.replace("#", " — ")) if ref else ""

    def open_section(self, index: QModelIndex) -> None:
        """Open the playbook section the highlighted lesson points to; record the read."""
        if not 0 <= index.row() < self.moments_model.rowCount():
            return
        note = self.moments_model.item(index.row()).note
        found = self.section(note.playbook_ref) if note.playbook_ref and self.section else None
        if found is None or self.data is None:
            return
        self.reading = SectionDialog(found[0], found[1], self)
        self.reading.finished.connect(lambda _r: setattr(self, "reading", None))
        self.reading.open()
        store, me, nid = self.store, self.data.me.id, note.id
        self.runner.op(self, lambda _s: record_read(store, agent_id=me, note_id=nid,
                                                    now=utcnow())) \
            .failure(lambda exc: self.week.setText(words.message(exc))).run()

    def _remedy(self, code: str) -> str:
        spec = self.data.catalogue.get(code) if self.data else None
        return words.remedy(code, dict(spec.labels) if spec else None)

    def _decision_text(self, m: TeachingMoment) -> str:
        d = m.decision
        if d is None:
            return self.tr("a case")
        return f"{self._remedy(d.remedy)} · {self._amount(d)}"

    def _amount(self, d: DecisionInfo) -> str:
        """Money, or the quantity of a remedy that costs nothing in its unit."""
        return review_parts.amount_label(self.data.catalogue, d) if self.data else \
            formats.money(d.amount_cents, d.currency)

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
        self.learned_title.setText(self.tr("What you read and asked"))
        self.celebrated_title.setText(self.tr("Celebrated with the team"))
        named(self.moments_table, self.tr("Notes from your supervisors"))
        named(self.requests_table, self.tr("Your approval requests"))
        named(self.learned_table, self.tr("What you read and asked"))
        named(self.celebrated_table, self.tr("Celebrated with the team"))
        self.moments_empty.setText(self.tr(
            "No notes yet. When a supervisor praises a decision or suggests something to "
            "try, it appears here."))
        d = self.data.digest if self.data else None
        if d is not None:
            end = d.week_start + timedelta(days=6)
            self.week.setText(self.tr("Week of {0} to {1}").format(
                formats.day_month(d.week_start), formats.day_month(end)))
            values = {
                "decisions": (formats.number(d.decisions), self.tr("decisions this week")),
                "granted": (formats.money(d.granted_cents, d.currency), self.tr("granted")),
                "satisfied": (formats.number(d.checks_satisfied) + "/"
                              + formats.number(d.checks_done),
                              self.tr("follow-ups satisfied")),
                "praise": (formats.number(d.praise), self.tr("praise")),
                "lessons": (formats.number(d.lessons), self.tr("lessons")),
            }
            for k, (value, caption) in values.items():
                self.cards[k].value.setText(value)
                self.cards[k].caption.setText(caption)
        for m in (self.moments_model, self.requests_model, self.learned_model,
                  self.celebrated_model):
            m.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
