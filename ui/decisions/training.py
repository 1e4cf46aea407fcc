"""Skills grown, not blamed (issue 19, part 6), in the console.

- ``AskTraining``: Ctrl+Shift+A (and "Ask for training…" in a customer's Decisions) asks
  for training about the highlighted decision, or else the selected case; the request
  reaches the supervisors' review.
- ``TrainingTab``: the review's "Training and praise": the training asked, and the praise
  written, each of which a supervisor may celebrate with the team (Ctrl+Shift+B).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carecenter.clock import utcnow
from carecenter.db.store import Store
from carecenter.services.agents import desk_agent
from carecenter.services.decisions import coaching as svc
from carecenter.services.decisions.coaching import Praise, TrainingAsk
from carecenter.services.uow import ChangeSet
from carecenter.settings import Settings
from ui.decisions import words
from ui.decisions.review_parts import page_of
from ui.shell.ops import OpRunner
from ui.widgets import formats
from ui.widgets.access import named
from ui.widgets.rows_model import Column, RowsModel, setup_table

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

translate = QCoreApplication.translate
WATCHED = ("training_request", "review_note", "celebration")
DAYS = 30


@dataclass(frozen=True)
class Target:
    case_id: str | None
    decision_id: str | None
    what: str  # what it is about, in words


class AskTrainingDialog(QDialog):
    """What the agent would like to learn about this case or decision."""

    submitted = Signal(str)

    def __init__(self, target: Target, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("askTrainingDialog")
        self.target = target
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("trainingText")
        self.text.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setObjectName("caseMessage")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(lambda: self.submitted.emit(self.text.toPlainText()))
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self,
                  lambda: self.submitted.emit(self.text.toPlainText()))
        col = QVBoxLayout(self)
        for w in (self.about, self.text, self.error, self.buttons):
            col.addWidget(w)
        self.resize(460, 260)
        self.retranslate()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ask for training"))
        self.about.setText(self.tr(
            "About {0}. What would you like to learn or practise? Your supervisor sees it "
            "in the review.").format(self.target.what))
        self.text.setPlaceholderText(self.tr("For example: how far can I go on a late "
                                             "delivery the customer needed for a trip?"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Ask  (Ctrl+Return)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AskTraining(QObject):
    """Opens the request for the window's current customer and writes it."""

    asked = Signal()

    def __init__(self, window: MainWindow, selected_case: Callable[[Any], str | None]) -> None:
        super().__init__(window)
        self.window = window
        self.selected_case = selected_case
        self.dialog: AskTrainingDialog | None = None

    def target(self) -> Target | None:
        from ui.decisions.section import DecisionsSection

        view = self.window.current_view()
        if view is None:
            return None
        section = view.findChild(DecisionsSection)
        decision = section.current_row() if section is not None else None
        case_id = self.selected_case(view)
        if decision is not None and (case_id is None
                                     or view.sections.currentWidget() is section):
            d = decision.decision
            what = translate("AskTraining", "the decision {0} of {1}").format(
                words.remedy(d.remedy, decision.remedy_labels),
                formats.money(d.amount_cents, d.currency))
            return Target(None, d.id, what)
        if case_id is not None:
            return Target(case_id, None, translate("AskTraining", "the selected case"))
        return None

    def start(self) -> None:
        target = self.target()
        if target is None:
            self.window.statusBar().showMessage(translate(
                "AskTraining", "Select a case or a decision of the customer first."), 8000)
            return
        if self.dialog is not None:
            self.dialog.close()
        dialog = self.dialog = AskTrainingDialog(target, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        store, settings = self.window.store, self.window.settings

        def submit(text: str) -> None:
            self.window.runner.op(dialog, lambda _s: svc.ask_training(
                store, agent_id=desk_agent(store, settings).id, text=text, now=utcnow(),
                case_id=target.case_id, decision_id=target.decision_id)) \
                .success(lambda _r: self._done(dialog)) \
                .failure(lambda e: dialog.show_error(words.message(e))).run()
        dialog.submitted.connect(submit)
        dialog.open()

    def _done(self, dialog: AskTrainingDialog) -> None:
        dialog.accept()
        self.window.statusBar().showMessage(translate(
            "AskTraining", "Asked: a supervisor will see it in the review."), 8000)
        self.asked.emit()


@dataclass(frozen=True)
class TrainingData:
    me: str
    asked: tuple[TrainingAsk, ...]
    praise: tuple[Praise, ...]


class TrainingTab(QWidget):
    """The review's "Training and praise"."""

    loaded = Signal()

    def __init__(self, runner: OpRunner, store: Store, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingTab")
        self.runner, self.store, self.settings = runner, store, settings
        self.data: TrainingData | None = None
        self.asked_title, self.praise_title = QLabel(), QLabel()
        for t in (self.asked_title, self.praise_title):
            t.setObjectName("subTitle")
        self.asked_model: RowsModel[TrainingAsk] = RowsModel([
            Column(lambda: self.tr("Asked"), lambda r: formats.date_time(r.at)),
            Column(lambda: self.tr("Agent"), lambda r: r.agent_name or ""),
            Column(lambda: self.tr("Customer"), lambda r: r.customer_name),
            Column(lambda: self.tr("About"), lambda r: self.tr("a decision")
                   if r.decision_id else self.tr("a case")),
            Column(lambda: self.tr("What to learn"), lambda r: r.text.replace("\n", " "),
                   tip=lambda r: r.text),
        ], self)
        self.asked_table = QTableView()
        self.asked_table.setObjectName("trainingAsked")
        self.asked_table.setModel(self.asked_model)
        setup_table(self.asked_table, (140, 130, 150, 90))
        self.praise_model: RowsModel[Praise] = RowsModel([
            Column(lambda: self.tr("When"), lambda p: formats.date_time(p.at)),
            Column(lambda: self.tr("Agent"), lambda p: p.agent_name or ""),
            Column(lambda: self.tr("Customer"), lambda p: p.customer_name),
            Column(lambda: self.tr("Celebrated"), lambda p: formats.date_time(p.celebrated_at)
                   if p.celebrated_at else ""),
            Column(lambda: self.tr("Praise"), lambda p: p.text.replace("\n", " "),
                   tip=lambda p: p.text),
        ], self)
        self.praise_table = QTableView()
        self.praise_table.setObjectName("praiseTable")
        self.praise_table.setModel(self.praise_model)
        setup_table(self.praise_table, (140, 130, 150, 140))
        self.celebrate_button = QPushButton()
        self.celebrate_button.setObjectName("primaryButton")
        self.celebrate_button.clicked.connect(self.celebrate)
        QShortcut(QKeySequence("Ctrl+Shift+B"), self, self.celebrate)
        self.message = QLabel()
        self.message.setObjectName("pageStatus")
        self.message.setWordWrap(True)
        page = page_of((self.asked_title, 0), (self.asked_table, 1), (self.praise_title, 0),
                       (self.praise_table, 1), (self.message, 0), (self.celebrate_button, 0))
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(page)
        runner.operation_did_execute.connect(self._on_changes)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        store, settings = self.store, self.settings

        def load(_s: object) -> TrainingData:
            since = utcnow() - timedelta(days=DAYS)
            return TrainingData(desk_agent(store, settings).id,
                                svc.training_asked(store, since=since),
                                svc.recent_praise(store, since=since))
        self.runner.op(self, load).success(self._arrived) \
            .failure(lambda e: self.message.setText(words.message(e))).run()

    def _arrived(self, data: TrainingData) -> None:
        self.data = data
        self.asked_model.set_rows(data.asked)
        self.praise_model.set_rows(data.praise)
        self.retranslate()
        self.loaded.emit()

    def _on_changes(self, changes: ChangeSet) -> None:
        if any(changes.touches(t) for t in WATCHED):
            self.refresh()

    def celebrate(self) -> None:
        row = self.praise_table.currentIndex().row()
        if self.data is None or not 0 <= row < self.praise_model.rowCount():
            self.message.setText(self.tr("Pick a praise from the list first."))
            return
        p, store, me = self.praise_model.item(row), self.store, self.data.me
        self.runner.op(self, lambda _s: svc.celebrate(store, by_id=me, note_id=p.note_id,
                                                      now=utcnow())) \
            .success(lambda _r: self.message.setText(self.tr(
                "Shared with the team: everyone sees it in My coaching after the next "
                "sync."))) \
            .failure(lambda e: self.message.setText(words.message(e))).run()

    def retranslate(self) -> None:
        self.asked_title.setText(self.tr("Training asked in the last %Ln day(s)", "", DAYS))
        self.praise_title.setText(self.tr("Praise to celebrate with the team"))
        self.celebrate_button.setText(self.tr("Celebrate the decision  (Ctrl+Shift+B)"))
        named(self.asked_table, self.tr("Training asked for"))
        named(self.praise_table, self.tr("Praise to celebrate with the team"))
        for m in (self.asked_model, self.praise_model):
            m.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
