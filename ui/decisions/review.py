"""The supervisor's review: approval requests to answer, the review queue with its
filters and notes (praise or a lesson, never a penalty), and the decision figures. Opened
from the "Review" menu (Ctrl+Shift+R) by supervisors; agents have "My coaching" instead."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from carecenter.clock import utcnow
from carecenter.db.store import Store
from carecenter.domain import ReviewKind
from carecenter.services.agents import desk_agent
from carecenter.services.decisions.authority import Catalogue
from carecenter.services.decisions.catalogue import catalogue
from carecenter.services.decisions.figures import DecisionFigures, decision_figures
from carecenter.services.decisions.grants import ApprovalRequest, answer_request, approval_queue
from carecenter.services.decisions.review import (
    Flag,
    NoteInfo,
    ReviewFilter,
    ReviewItem,
    add_review_note,
    notes_on_decision,
    review_queue_page,
)
from carecenter.services.uow import ChangeSet
from carecenter.settings import Settings
from ui.decisions import review_parts as parts
from ui.decisions import words
from ui.decisions.playbook_link import SectionPicker, Sections
from ui.decisions.training import TrainingTab
from ui.shell.ops import OpRunner
from ui.widgets import formats
from ui.widgets.access import named, named_tabs
from ui.widgets.rows_model import RowsModel, setup_table

PERIODS = (7, 30, 90)
QUEUE_SHOWN = 500  # decisions the review queue lists, newest first
WATCHED = ("decision", "decision_answer", "review_note", "follow_up", "remedy")


class ReviewView(QWidget):
    def __init__(self, runner: OpRunner, store: Store, settings: Settings,
                 parent: QWidget | None = None, *, sections: Sections | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewView")
        self.section = SectionPicker(sections)  # a lesson's playbook section
        self.runner = runner
        self.store = store
        self.settings = settings
        self.loaded_: parts.Loaded | None = None
        self.cat: Catalogue | None = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.period = QComboBox()
        self.period.currentIndexChanged.connect(self.refresh)
        self.pages = QTabWidget()
        self.pages.setObjectName("reviewPages")
        self.pages.setDocumentMode(True)
        self._build_requests()
        self._build_queue()
        self._build_figures()
        self.training = TrainingTab(runner, store, settings)
        self.pages.addTab(self.training, "")
        self.status = QLabel()
        self.status.setObjectName("pageStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        head = QHBoxLayout()
        head.setContentsMargins(20, 14, 20, 10)
        head.addWidget(self.title, 1)
        self.period_label = QLabel()
        self.period_label.setObjectName("filterLabel")
        head.addWidget(self.period_label)
        head.addWidget(self.period)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addLayout(head)
        col.addWidget(self.status)
        col.addWidget(self.pages, 1)
        runner.operation_did_execute.connect(self._on_changes)
        self.retranslate()
        self.period.setCurrentIndex(1)

    # -- building ----------------------------------------------------------------------
    def _build_requests(self) -> None:
        def cat() -> Catalogue:
            return self.cat or Catalogue("EUR", 7, ())

        self.requests_model: RowsModel[ApprovalRequest] = RowsModel(
            parts.request_columns(cat), self)
        self.requests_table = QTableView()
        self.requests_table.setModel(self.requests_model)
        setup_table(self.requests_table, (140, 130, 150, 180, 90, 200))
        self.requests_table.selectionModel().currentRowChanged.connect(self._request_detail)
        self.request_detail = QLabel()
        self.request_detail.setObjectName("contactDetail")
        self.request_detail.setWordWrap(True)
        self.answer_note = QPlainTextEdit()
        self.answer_note.setObjectName("reasonField")
        self.answer_note.setFixedHeight(64)
        self.answer_note.setTabChangesFocus(True)
        self.approve_button = QPushButton()
        self.approve_button.setObjectName("primaryButton")
        self.approve_button.clicked.connect(lambda: self.answer(True))
        self.refuse_button = QPushButton()
        self.refuse_button.setObjectName("secondaryButton")
        self.refuse_button.clicked.connect(lambda: self.answer(False))
        self.requests_empty = QLabel()
        self.requests_empty.setObjectName("emptyState")
        self.requests_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.answer_note, 1)
        buttons.addWidget(self.refuse_button, 0, Qt.AlignmentFlag.AlignBottom)
        buttons.addWidget(self.approve_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.answer_box = QWidget()
        self.answer_box.setObjectName("answerBox")
        box = QVBoxLayout(self.answer_box)
        box.setContentsMargins(20, 10, 20, 12)
        box.addWidget(self.request_detail)
        box.addLayout(buttons)
        self.pages.addTab(
            parts.page_of((self.requests_table, 1), (self.requests_empty, 1),
                          (self.answer_box, 0)), "")

    def _build_queue(self) -> None:
        def cat() -> Catalogue:
            return self.cat or Catalogue("EUR", 7, ())

        self.queue_model: RowsModel[ReviewItem] = RowsModel(parts.queue_columns(cat), self)
        self.flag_buttons: dict[Flag, QToolButton] = {}
        bar = QWidget()
        bar.setObjectName("filterBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(20, 8, 20, 8)
        row.setSpacing(4)
        self.show_label = QLabel()
        self.show_label.setObjectName("filterLabel")
        row.addWidget(self.show_label)
        for f in parts.FILTER_FLAGS:
            b = QToolButton()
            b.setObjectName("filterToggle")
            b.setCheckable(True)
            b.toggled.connect(self.refresh)
            self.flag_buttons[f] = b
            row.addWidget(b)
        row.addStretch(1)
        self.queue_table = QTableView()
        self.queue_table.setModel(self.queue_model)
        setup_table(self.queue_table, (140, 130, 150, 140, 90, 150, 56))
        self.queue_table.selectionModel().currentRowChanged.connect(self._item_detail)
        self.item_detail = QLabel()
        self.item_detail.setObjectName("contactDetail")
        self.item_detail.setWordWrap(True)
        self.item_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.praise = QRadioButton()
        self.lesson = QRadioButton()
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.praise)
        self.kind.addButton(self.lesson)
        self.praise.setChecked(True)
        self.note_text = QPlainTextEdit()
        self.note_text.setObjectName("reasonField")
        self.note_text.setFixedHeight(64)
        self.note_text.setTabChangesFocus(True)
        self.note_button = QPushButton()
        self.note_button.setObjectName("primaryButton")
        self.note_button.clicked.connect(self.add_note)
        QShortcut(QKeySequence("Ctrl+Return"), self.note_text, self.add_note)
        kinds = QVBoxLayout()
        kinds.addWidget(self.praise)
        kinds.addWidget(self.lesson)
        kinds.addStretch(1)
        write = QHBoxLayout()
        write.addLayout(kinds)
        write.addWidget(self.note_text, 1)
        write.addWidget(self.note_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.note_box = QWidget()
        self.note_box.setObjectName("answerBox")
        box = QVBoxLayout(self.note_box)
        box.setContentsMargins(20, 10, 20, 12)
        box.addWidget(self.item_detail)
        box.addLayout(write)
        box.addWidget(self.section)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.queue_table)
        split.addWidget(self.note_box)
        split.setStretchFactor(0, 3)
        self.pages.addTab(parts.page_of((bar, 0), (split, 1)), "")

    def _build_figures(self) -> None:
        def currency() -> str:
            return self.loaded_.figures.currency if self.loaded_ else "EUR"

        self.figures_model: RowsModel[DecisionFigures] = RowsModel(
            parts.figure_columns(currency), self)
        self.figures_table = QTableView()
        self.figures_table.setModel(self.figures_model)
        setup_table(self.figures_table, (200, 100, 160, 150, 190))
        self.figures_note = QLabel()
        self.figures_note.setObjectName("pageStatus")
        self.figures_note.setWordWrap(True)
        self.pages.addTab(parts.page_of((self.figures_table, 1), (self.figures_note, 0)), "")

    # -- loading -----------------------------------------------------------------------
    def filter(self) -> ReviewFilter:
        days = PERIODS[max(0, self.period.currentIndex())]
        return ReviewFilter(flags=frozenset(f for f, b in self.flag_buttons.items()
                                            if b.isChecked()),
                            since=utcnow() - timedelta(days=days))

    def refresh(self) -> None:
        store, s, filt = self.store, self.settings, self.filter()
        days = PERIODS[max(0, self.period.currentIndex())]

        def load(_state: object) -> parts.Loaded:
            now = utcnow()
            items, queued = review_queue_page(store, filt, now=now, limit=QUEUE_SHOWN)
            return parts.Loaded(desk_agent(store, s),
                           catalogue(store, retired=True), approval_queue(store), items,
                           decision_figures(store, since=now - timedelta(days=days),
                                            until=now + timedelta(seconds=1), now=now),
                           queued)

        self.runner.op(self, load).success(self._arrived).failure(self._failed).run()

    def _arrived(self, data: parts.Loaded) -> None:
        self.loaded_ = data
        self.cat = data.catalogue
        parts.reselect(self.requests_table, self.requests_model, data.requests)
        parts.reselect(self.queue_table, self.queue_model, data.items)
        self.figures_model.set_rows([*data.figures.per_agent, data.figures.total])
        self.requests_empty.setVisible(not data.requests)
        self.requests_table.setVisible(bool(data.requests))
        self.answer_box.setVisible(bool(data.requests))
        self.retranslate()

    def _failed(self, exc: BaseException) -> None:
        self.say(words.message(exc))

    def _on_changes(self, changes: ChangeSet) -> None:
        if any(changes.touches(t) for t in WATCHED):
            self.refresh()

    def say(self, sentence: str) -> None:
        self.status.setText(sentence)
        self.status.setVisible(bool(sentence))

    # -- approval requests -------------------------------------------------------------
    def current_request(self) -> ApprovalRequest | None:
        row = self.requests_table.currentIndex().row()
        return self.requests_model.item(row) if 0 <= row < self.requests_model.rowCount() \
            else None

    def _request_detail(self) -> None:
        r = self.current_request()
        if r is None or self.cat is None:
            self.request_detail.setText("")
            return
        self.request_detail.setText(parts.request_html(r, self.cat))

    def answer(self, approve: bool) -> None:
        r, data = self.current_request(), self.loaded_
        if r is None or data is None:
            self.say(self.tr("Pick a request from the list first."))
            return
        note = self.answer_note.toPlainText()
        if not approve and not note.strip():
            self.say(self.tr("Say why the request is refused: the agent will read it."))
            self.answer_note.setFocus()
            return
        store, me, did = self.store, data.me.id, r.decision.id
        self.runner.op(self, lambda _s: answer_request(
            store, decision_id=did, supervisor_id=me, approve=approve, note=note)) \
            .success(lambda _r: self._answered(approve, r)).failure(self._failed).run()

    def _answered(self, approved: bool, r: ApprovalRequest) -> None:
        self.answer_note.clear()
        self.say(self.tr("Approved: {0} will see it after the next sync.").format(
            r.agent_name or "") if approved else self.tr(
            "Refused, with your note: {0} will see it after the next sync.").format(
            r.agent_name or ""))

    # -- review queue and notes --------------------------------------------------------
    def current_item(self) -> ReviewItem | None:
        row = self.queue_table.currentIndex().row()
        return self.queue_model.item(row) if 0 <= row < self.queue_model.rowCount() else None

    def _item_detail(self) -> None:
        item = self.current_item()
        if item is None:
            self.item_detail.setText("")
            return
        store, did = self.store, item.decision.id
        self.runner.op(self, lambda _s: notes_on_decision(store, did)) \
            .success(lambda notes: self._show_item(item, notes)).run()

    def _show_item(self, item: ReviewItem, notes: tuple[NoteInfo, ...]) -> None:
        if self.current_item() != item:
            return
        self.item_detail.setText(parts.item_html(item, notes))

    def add_note(self) -> None:
        item, data = self.current_item(), self.loaded_
        if item is None or data is None:
            self.say(self.tr("Pick a decision from the list first."))
            return
        text = self.note_text.toPlainText()
        if not text.strip():
            self.say(self.tr("Write the praise or the lesson: the note is empty."))
            self.note_text.setFocus()
            return
        kind = ReviewKind.PRAISE if self.praise.isChecked() else ReviewKind.LESSON
        store, me, did = self.store, data.me.id, item.decision.id
        ref = self.section.ref() if kind == ReviewKind.LESSON else None
        self.runner.op(self, lambda _s: add_review_note(
            store, author_id=me, kind=kind, text=text, decision_id=did, playbook_ref=ref)) \
            .success(lambda _r: self._noted(item)).failure(self._failed).run()

    def _noted(self, item: ReviewItem) -> None:
        self.note_text.clear()
        self.section.choose(None)
        self.say(self.tr("Note added: {0} sees it in their coaching page.").format(
            item.agent_name or ""))

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Review decisions"))
        self.period_label.setText(self.tr("Period"))
        named(self.period, self.tr("Period"))
        named_tabs(self.pages, self.tr("Review decisions"))
        current = max(0, self.period.currentIndex())
        self.period.blockSignals(True)
        self.period.clear()
        for days in PERIODS:
            self.period.addItem(self.tr("Last %Ln day(s)", "", days))
        self.period.setCurrentIndex(current)
        self.period.blockSignals(False)
        n = self.requests_model.rowCount()
        self.pages.setTabText(0, self.tr("Approval requests (%Ln)", "", n))
        queued = self.loaded_.queued if self.loaded_ else 0
        shown = self.queue_model.rowCount()
        self.pages.setTabText(1, self.tr("Review queue") if queued <= shown else self.tr(
            "Review queue (the newest {0} of {1})").format(formats.number(shown),
                                                           formats.number(queued)))
        self.pages.setTabText(2, self.tr("Figures"))
        self.pages.setTabText(3, self.tr("Training and praise"))
        self.requests_empty.setText(self.tr("No approval requests are waiting."))
        self.answer_note.setPlaceholderText(self.tr(
            "A note for the agent (needed to refuse: say why)"))
        self.approve_button.setText(self.tr("&Approve"))
        self.refuse_button.setText(self.tr("Re&fuse"))
        self.show_label.setText(self.tr("Show only"))
        for f, b in self.flag_buttons.items():
            b.setText(words.flag(f))
        self.praise.setText(self.tr("&Praise"))
        self.lesson.setText(self.tr("&Lesson"))
        self.note_text.setPlaceholderText(self.tr(
            "What went well, or what to try next time. The agent reads it as coaching."))
        self.note_button.setText(self.tr("Add &note"))
        self.note_button.setToolTip("Ctrl+Enter")
        self.figures_note.setText(self.tr(
            "Within authority: granted without approval or override. Satisfied: the remedy "
            "check said it worked. Kept: contacted again within 90 days without a new "
            "complaint."))
        for w, name in ((self.requests_table, self.tr("Approval requests")),
                        (self.queue_table, self.tr("Review queue")),
                        (self.figures_table, self.tr("Figures")),
                        (self.answer_note, self.tr("Note for the agent")),
                        (self.note_text, self.tr("Praise or lesson for the agent"))):
            named(w, name)
        for m in (self.requests_model, self.queue_model, self.figures_model):
            m.retranslate()
        self._request_detail()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
