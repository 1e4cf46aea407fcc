"""The service charter with real widgets on a real store: F4 opens it for the customer on
screen, typing finds a clause, the clause shows large enough to read aloud (in Italian
too), and citing it on the customer's case and on their decision writes one citation each
(with its outbox op) that the case and the decision then show."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from carecenter.db.models import Agent, CharterCitation, OutboxOp
from carecenter.db.store import Store
from carecenter.services.cases.checklists import load_templates
from carecenter.services.cases.lifecycle import open_case
from carecenter.services.decisions.grants import grant
from carecenter.settings import Settings
from tests.ui.builders import Demo
from ui.cases.panel import CasesPanel, panel_of
from ui.charter.dialog import CharterDialog
from ui.charter.feature import Charter
from ui.decisions.section import DecisionsSection
from ui.shell.main_window import MainWindow
from ui.shell.ops import OpRunner


@pytest.fixture
def window(qtbot: QtBot, runner: OpRunner, store: Store, settings: Settings,
           window_settings: QSettings) -> Iterator[MainWindow]:
    w = MainWindow(runner, store, settings, window_settings)
    qtbot.addWidget(w)
    w.show()
    yield w
    qtbot.waitUntil(lambda: runner.pending == 0)


def case_and_decision(store: Store, customer_id: str) -> tuple[str, str]:
    with store.session() as s:
        agent = s.scalars(select(Agent.id).where(Agent.name == "Giulia Bianchi")).one()
    now = datetime.now(UTC)
    case = open_case(store, load_templates(), customer_id=customer_id, category="billing_error",
                     summary="Cannot pay the March bill on time.", agent_id=agent, now=now)
    d = grant(store, agent_id=agent, customer_id=customer_id, remedy="payment_extension",
              amount_cents=0, currency="EUR", quantity=30, case_id=case.case.id, now=now)
    return case.case.id, d.decision.id


def press_f4(qtbot: QtBot, w: MainWindow) -> CharterDialog:
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(w, Qt.Key.Key_F4)
    feature = w.findChild(Charter)
    assert feature is not None
    qtbot.waitUntil(lambda: feature.dialog is not None and feature.dialog.loaded is not None)
    assert feature.dialog is not None
    return feature.dialog


def citations(store: Store) -> list[tuple[str, str | None, str | None]]:
    with store.session() as s:
        return [(c.clause, c.case_id, c.decision_id) for c in s.scalars(
            select(CharterCitation).order_by(CharterCitation.at, CharterCitation.id))]


def citation_ops(store: Store) -> list[tuple[str, str | None, str | None]]:
    with store.session() as s:
        ops = s.scalars(select(OutboxOp).where(OutboxOp.table == "charter_citation")
                        .order_by(OutboxOp.seq)).all()
        return [(o.fields["clause"][0], o.fields["case_id"][0], o.fields["decision_id"][0])
                for o in ops]


def test_f4_opens_the_charter_a_clause_is_found_read_and_cited_on_a_case_and_a_decision(
        qtbot: QtBot, window: MainWindow, store: Store, demo: Demo) -> None:
    case_id, decision_id = case_and_decision(store, demo.main_id)
    view = window.open_customer(demo.main_id)
    panel = panel_of(view)
    assert isinstance(panel, CasesPanel)
    section = view.findChild(DecisionsSection)
    assert section is not None
    qtbot.waitUntil(lambda: panel.case is not None and section.data is not None)

    dialog = press_f4(qtbot, window)
    assert dialog.customer_id == demo.main_id
    assert dialog.clauses.count() == 8 and dialog.title.text() == "Our promises and rules"
    assert dialog.clause.font().pointSizeF() > window.font().pointSizeF() * 1.5  # read aloud
    qtbot.keyClicks(dialog.search, "more time")
    assert [dialog.clauses.item(i).text() for i in range(dialog.clauses.count())
            if not dialog.clauses.item(i).isHidden()] == ["§4  More time to pay when you need it"]
    assert dialog.current_clause() == "4"
    assert dialog.clause.text().startswith("§4. More time to pay when you need it\n\nIf you "
                                           "cannot pay on time")
    dialog.search.setText("zzzz")  # nothing found: nothing to cite
    assert dialog.current_clause() is None and dialog.status.text() == "No clause holds “zzzz”."
    dialog.cite_case.click()
    assert dialog.status.text() == "Choose the clause to cite." and citations(store) == []
    dialog.search.setText("pay")
    assert dialog.current_clause() == "4"

    assert dialog.cases.currentData() == case_id
    dialog.cite_case.click()
    qtbot.waitUntil(lambda: dialog.status.text() == "§4 is cited on the case.")
    assert citations(store) == [("4", case_id, None)]
    assert citation_ops(store) == [("4", case_id, None)]
    qtbot.waitUntil(lambda: panel.case is not None and panel.case.clauses == ("4",))
    assert "service charter cited: §4" in panel.facts.text()

    assert dialog.decisions.currentData() == decision_id
    dialog.cite_decision.click()
    qtbot.waitUntil(lambda: dialog.status.text() == "§4 is cited on the decision.")
    assert citations(store)[-1] == ("4", None, decision_id)
    assert citation_ops(store)[-1] == ("4", None, decision_id)
    charter_column = 6
    qtbot.waitUntil(lambda: section.model.index(0, charter_column).data() == "§4")
    assert section.model.index(0, 2).data() == "30 days"

    # The customer speaks Italian: the same clause, in Italian.
    dialog.language.setCurrentIndex(dialog.language.findData("it"))
    qtbot.waitUntil(lambda: dialog.title.text() == "Le nostre promesse e regole")
    dialog.search.setText("")
    dialog.clauses.setCurrentRow(3)
    assert dialog.clause.text().startswith("§4. Più tempo per pagare quando serve")
    dialog.reject()


def test_without_a_customer_the_charter_is_only_read(
        qtbot: QtBot, window: MainWindow, store: Store) -> None:
    dialog = press_f4(qtbot, window)
    assert dialog.customer_id is None and not dialog.cite_box.isVisibleTo(dialog)
    dialog.cite(on_case=True)
    assert dialog.status.text() == ("Open the customer first: a clause is cited on their case "
                                    "or decision.")
    assert citations(store) == []
    dialog.reject()
