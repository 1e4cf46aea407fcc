"""The service charter (our promises and rules), opened with F4: find a clause by typing,
read it to the customer in large type, in the customer's language, and cite it on one of
the open customer's cases or decisions (the record then shows "§4").

``CharterDialog(runner, store, settings, customer_id=None, parent=None)``: without a
customer the charter is only read. The store is read in the background (the charter in
effect and, with a customer, their cases and decisions); a citation is one write.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carecenter.db.store import Store
from carecenter.services import charter as svc
from carecenter.services.agents import desk_agent
from carecenter.services.cases.lifecycle import CaseView, customer_cases
from carecenter.services.decisions.rows import DecisionRow, customer_decision_rows
from carecenter.settings import Settings
from ui.decisions.api import decision_line
from ui.shell import i18n
from ui.shell.ops import OpRunner, user_message
from ui.widgets import formats

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Loaded:
    charter: svc.Charter
    cases: tuple[CaseView, ...]
    decisions: tuple[DecisionRow, ...]


def _load(store: Store, lang: str, customer_id: str | None) -> Loaded:
    charter = svc.load_charter(store, lang)
    if customer_id is None:
        return Loaded(charter, (), ())
    return Loaded(charter, customer_cases(store, customer_id, include_closed=True),
                  customer_decision_rows(store, customer_id).rows)


class CharterDialog(QDialog):
    """Search, read aloud, cite."""

    cited = Signal(str)  # the citation's id

    def __init__(self, runner: OpRunner, store: Store, settings: Settings,
                 customer_id: str | None = None, parent: QWidget | None = None, *,
                 category_label: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("charterDialog")
        self.runner, self.store, self.settings = runner, store, settings
        self.customer_id = customer_id
        self.category_label = category_label or (lambda code: code.replace("_", " "))
        self.loaded: Loaded | None = None
        self._no_match = False  # the status says no clause holds the words typed
        self.title = QLabel()
        self.title.setObjectName("dialogTitle")
        self.search = QLineEdit()
        self.search.setObjectName("charterSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.language = QComboBox()
        self.language.setObjectName("charterLanguage")
        self.language.addItem("English", "en")
        self.language.addItem("Italiano", "it")
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current())))
        self.language.currentIndexChanged.connect(self.load)
        self.clauses = QListWidget()
        self.clauses.setObjectName("charterClauses")
        self.clauses.setMinimumWidth(280)
        self.clauses.currentItemChanged.connect(self._show)
        self.search.returnPressed.connect(self.clauses.setFocus)
        self.clause = QLabel()  # the clause, large enough to read aloud
        self.clause.setObjectName("charterClause")
        self.clause.setWordWrap(True)
        self.clause.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.clause.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clause.setMinimumWidth(460)
        font = QFont(self.clause.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.6)
        self.clause.setFont(font)
        self.case_label, self.decision_label = QLabel(), QLabel()
        self.cases = QComboBox()
        self.cases.setObjectName("charterCase")
        self.decisions = QComboBox()
        self.decisions.setObjectName("charterDecision")
        self.cite_case = QPushButton()
        self.cite_case.setObjectName("citeCase")
        self.cite_case.clicked.connect(lambda: self.cite(on_case=True))
        self.cite_decision = QPushButton()
        self.cite_decision.setObjectName("citeDecision")
        self.cite_decision.clicked.connect(lambda: self.cite(on_case=False))
        self.status = QLabel()
        self.status.setObjectName("charterStatus")
        self.status.setWordWrap(True)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        self._lay_out()
        self.case_label.setBuddy(self.cases)
        self.decision_label.setBuddy(self.decisions)
        self.retranslate()
        self.search.setFocus()
        self.load()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.language)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.clauses, 1)
        body = QHBoxLayout()
        body.setSpacing(20)
        body.addLayout(left)
        body.addWidget(self.clause, 1)
        cite = QGridLayout()
        cite.setHorizontalSpacing(10)
        for row, (label, combo, button) in enumerate((
                (self.case_label, self.cases, self.cite_case),
                (self.decision_label, self.decisions, self.cite_decision))):
            cite.addWidget(label, row, 0)
            cite.addWidget(combo, row, 1)
            cite.addWidget(button, row, 2)
        cite.setColumnStretch(1, 1)
        self.cite_box = QWidget()
        self.cite_box.setLayout(cite)
        self.cite_box.setVisible(self.customer_id is not None)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.close_button)
        col = QVBoxLayout(self)
        col.setContentsMargins(22, 18, 22, 18)
        col.setSpacing(12)
        col.addWidget(self.title)
        col.addLayout(body, 1)
        col.addWidget(self.cite_box)
        col.addLayout(buttons)
        self.setMinimumSize(880, 540)

    # -- loading -----------------------------------------------------------------------
    def lang(self) -> str:
        return str(self.language.currentData() or "en")

    def load(self) -> None:
        store, lang, cid = self.store, self.lang(), self.customer_id
        self.runner.op(self, lambda _s: _load(store, lang, cid)).success(self._loaded) \
            .failure(lambda exc: self.say(user_message(exc))).run()

    def _loaded(self, loaded: Loaded) -> None:
        keep = self.current_clause()
        self.loaded = loaded
        self.title.setText(loaded.charter.title)
        self.clauses.blockSignals(True)
        self.clauses.clear()
        for c in loaded.charter.clauses:
            item = QListWidgetItem(f"§{c.number}  {c.title}")
            item.setData(NUMBER_ROLE, c.number)
            self.clauses.addItem(item)
        self.clauses.blockSignals(False)
        self._fill_targets(loaded)
        self._filter(self.search.text(), keep=keep)

    def _fill_targets(self, loaded: Loaded) -> None:
        for combo in (self.cases, self.decisions):
            keep = combo.currentData()
            combo.clear()
            rows = ([(c.id, self._case_text(c)) for c in loaded.cases] if combo is self.cases
                    else [(r.decision.id, decision_line(r)) for r in loaded.decisions])
            for rid, text in rows:
                combo.addItem(text, rid)
            combo.setCurrentIndex(max(0, combo.findData(keep)))
        self.cite_case.setEnabled(self.cases.count() > 0)
        self.cite_decision.setEnabled(self.decisions.count() > 0)

    def _case_text(self, c: CaseView) -> str:
        summary = (c.summary or "").replace("\n", " ")
        summary = summary if len(summary) <= 40 else summary[:39] + "…"
        cited = "  ·  " + ", ".join(f"§{n}" for n in c.clauses) if c.clauses else ""
        return (f"{self.category_label(c.category)}: {summary} — "
                f"{formats.date_time(c.opened_at)}{cited}")

    # -- reading -----------------------------------------------------------------------
    def _filter(self, text: str, keep: str | None = None) -> None:
        if self.loaded is None:
            return
        shown = {c.number for c in self.loaded.charter.search(text)}
        first = None
        for i in range(self.clauses.count()):
            item = self.clauses.item(i)
            hidden = item.data(NUMBER_ROLE) not in shown
            item.setHidden(hidden)
            if not hidden and (first is None or item.data(NUMBER_ROLE) == keep):
                first = i
        if first is None:
            self.clauses.setCurrentRow(-1)
            self._show(None)
            self.say(self.tr("No clause holds “{0}”.").format(text.strip()))
            self._no_match = True
            return
        if self._no_match:  # found again: the "no clause" line goes (a citation's stays)
            self.say("")
        current = self.clauses.currentItem()
        if current is None or current.isHidden() or keep is not None:
            self.clauses.setCurrentRow(first)
        self._show(self.clauses.currentItem())

    def current_clause(self) -> str | None:
        item = self.clauses.currentItem()
        return None if item is None or item.isHidden() else str(item.data(NUMBER_ROLE))

    def _show(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        c = None
        if item is not None and self.loaded is not None and not item.isHidden():
            c = self.loaded.charter.get(str(item.data(NUMBER_ROLE)))
        if c is None:
            self.clause.setText("")
            return
        self.clause.setText(f"§{c.number}. {c.title}\n\n{c.text}")

    # -- citing ------------------------------------------------------------------------
    def cite(self, *, on_case: bool) -> None:
        number = self.current_clause()
        combo = self.cases if on_case else self.decisions
        target = combo.currentData()
        if number is None:
            self.say(self.tr("Choose the clause to cite."))
            return
        if self.customer_id is None or target is None:
            self.say(self.tr("Open the customer first: a clause is cited on their case or "
                             "decision."))
            return
        store, settings, cid = self.store, self.settings, self.customer_id
        case_id, decision_id = (str(target), None) if on_case else (None, str(target))

        def work(_s: object) -> svc.CiteResult:
            agent = desk_agent(store, settings)
            return svc.cite(store, agent_id=agent.id, customer_id=cid, clause=number,
                            case_id=case_id, decision_id=decision_id)

        self.runner.op(self, work).success(lambda r: self._cited(r, number, on_case)) \
            .failure(lambda exc: self.say(user_message(exc))).run()

    def _cited(self, result: svc.CiteResult, number: str, on_case: bool) -> None:
        self.say(self.tr("§{0} is cited on the case.").format(number) if on_case
                 else self.tr("§{0} is cited on the decision.").format(number))
        self.cited.emit(result.citation_id)
        self.load()

    def say(self, sentence: str) -> None:
        self._no_match = False
        self.status.setText(sentence)

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Our promises and rules"))
        if self.loaded is None:
            self.title.setText(self.tr("Our promises and rules"))
        self.search.setPlaceholderText(self.tr("Find a clause: type a word (late, refund, "
                                               "delivery…)"))
        self.search.setAccessibleName(self.tr("Find a clause"))
        self.clauses.setAccessibleName(self.tr("Clauses"))
        self.clause.setAccessibleName(self.tr("The clause, to read to the customer"))
        self.language.setAccessibleName(self.tr("Language of the charter"))
        self.cases.setAccessibleName(self.tr("Case to cite the clause on"))
        self.decisions.setAccessibleName(self.tr("Decision to cite the clause on"))
        self.case_label.setText(self.tr("C&ase"))
        self.decision_label.setText(self.tr("&Decision"))
        self.cite_case.setText(self.tr("Cite on the &case"))
        self.cite_decision.setText(self.tr("Cite on the d&ecision"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
