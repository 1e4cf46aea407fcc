"""The service charter: the shipped one in both languages with the same clauses; a folder
published by an administrator (checked, all or nothing, through the unit of work, reaching
another store through the hub); citations refused with their exact code and nothing
written, recorded with their outbox op otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from carecenter.cli import main
from carecenter.db.models import CharterCitation, CharterText, OutboxOp
from carecenter.db.store import Store
from carecenter.problems import Problem
from carecenter.services import charter
from carecenter.services.charter import CharterError, CharterFileError
from carecenter.services.decisions.grants import grant
from carecenter.sync.hub import Hub, init_hub
from carecenter.sync.replica import Replica
from carecenter.sync.transport import InProcessTransport
from tests.factories import make_customer
from tests.unit.recovery_data import T0, make_agent, new_case

EN = "# Our rules\n\n## 1. Calls\nWe call back.\n\n## 2. Money\nWe refund in 10 days.\n"
IT = "# Le regole\n\n## 1. Chiamate\nRichiamiamo.\n\n## 2. Soldi\nRimborsiamo in 10 giorni.\n"


def _folder(tmp_path: Path, files: dict[str, str], name: str = "charter") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for file, text in files.items():
        (folder / file).write_text(text, encoding="utf-8")
    return folder


def _rows(store: Store) -> tuple[int, int, int]:
    with store.session() as s:
        return (s.scalar(select(func.count()).select_from(CharterText)) or 0,
                s.scalar(select(func.count()).select_from(CharterCitation)) or 0,
                s.scalar(select(func.count()).select_from(OutboxOp)) or 0)


def test_the_shipped_charter_has_the_same_numbered_clauses_in_english_and_italian(
        store: Store) -> None:
    en, it = charter.load_charter(store, "en"), charter.load_charter(store, "it")
    assert [c.number for c in en.clauses] == [c.number for c in it.clauses] == [
        str(n) for n in range(1, 9)]
    assert en.title == "Our promises and rules" and it.title == "Le nostre promesse e regole"
    assert all(c.text for c in (*en.clauses, *it.clauses))
    assert [c.number for c in en.search("MORE time")] == ["4"]
    assert [c.number for c in it.search("consegna")] == ["5"]
    assert charter.load_charter(store, "de").lang == "en"  # another language: English


def test_publish_is_all_or_nothing_then_in_effect(tmp_path: Path, store: Store) -> None:
    bad = _folder(tmp_path, {"charter.en.md": EN, "charter.it.md": IT.replace(
        "## 2. Soldi", "## 3. Soldi")}, "bad")
    with pytest.raises(CharterFileError) as err:
        charter.publish_charter(store, bad, by="Ada", now=T0)
    assert err.value.problems == [f"{bad}: charter.en.md and charter.it.md must hold the "
                                  "same clause numbers in the same order"]
    only_en = _folder(tmp_path, {"charter.en.md": "# Rules\n\n## One\ntext\n"}, "half")
    with pytest.raises(CharterFileError) as err:
        charter.publish_charter(store, only_en, by="Ada", now=T0)
    assert err.value.problems == [
        f"{only_en / 'charter.en.md'}: line 3: a clause heading is \"## <number>. <title>\"",
        f"{only_en / 'charter.en.md'}: the charter has no clause (\"## 1. Title\" and its text)",
        f"{only_en}: has no charter.it.md"]
    assert _rows(store) == (0, 0, 0)
    good = _folder(tmp_path, {"charter.en.md": EN, "charter.it.md": IT}, "good")
    r = charter.publish_charter(store, good, by="Ada", now=T0)
    assert (r.added, r.changed, r.unchanged) == (2, 0, 0)
    assert _rows(store) == (2, 0, 2)
    assert [c.title for c in charter.load_charter(store, "it").clauses] == ["Chiamate", "Soldi"]
    again = charter.publish_charter(store, good, by="Ada", now=T0)
    assert (again.added, again.changed, again.unchanged) == (0, 0, 2)
    assert _rows(store) == (2, 0, 2)


def test_citations_are_checked_and_recorded(store: Store) -> None:
    agent = make_agent(store, "Giulia Bianchi")
    anna = make_customer(store, "R-1", "Anna", "Rossi")
    other = make_customer(store, "R-2", "Bruno", "Neri")
    case = new_case(store, anna, agent)
    theirs = new_case(store, other, agent)
    decision = grant(store, agent_id=agent, customer_id=anna, remedy="payment_extension",
                     amount_cents=0, currency="EUR", quantity=30, now=T0).decision.id
    before = _rows(store)
    for kw, code in (
            ({"clause": "4"}, Problem.CITATION_TARGET),
            ({"clause": "4", "case_id": case, "decision_id": decision},
             Problem.CITATION_TARGET),
            ({"clause": "99", "case_id": case}, Problem.CHARTER_CLAUSE_UNKNOWN),
            ({"clause": "4", "case_id": theirs}, Problem.CASE_NOT_THE_CUSTOMERS)):
        with pytest.raises(CharterError) as err:
            charter.cite(store, agent_id=agent, customer_id=anna, **kw)  # type: ignore[arg-type]
        assert err.value.code is code
    assert _rows(store) == before
    charter.cite(store, agent_id=agent, customer_id=anna, clause="4", case_id=case, now=T0)
    charter.cite(store, agent_id=agent, customer_id=anna, clause="3", decision_id=decision,
                 now=T0)
    assert _rows(store) == (0, 2, before[2] + 2)
    assert {(c.clause, c.case_id, c.decision_id, c.agent_name)
            for c in charter.citations(store, anna)} == {
        ("4", case, None, "Giulia Bianchi"), ("3", None, decision, "Giulia Bianchi")}


def test_the_cli_publishes_shows_and_refuses(tmp_path: Path, store_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", "--db", str(store_path)]) == 0
    bad = _folder(tmp_path, {"charter.en.md": EN}, "bad")
    capsys.readouterr()
    assert main(["charter", "publish", str(bad), "--db", str(store_path)]) == 2
    assert capsys.readouterr().err == (
        f"carecenter: {bad} has 1 problem(s); nothing was published:\n"
        f"{bad}: has no charter.it.md\n")
    good = _folder(tmp_path, {"charter.en.md": EN, "charter.it.md": IT}, "good")
    assert main(["charter", "publish", str(good), "--db", str(store_path), "--by", "Ada"]) == 0
    assert capsys.readouterr().out == (
        f"Published {good}: charter languages 2 added, 0 changed, 0 unchanged.\n")
    assert main(["charter", "show", "--db", str(store_path), "--lang", "it"]) == 0
    assert capsys.readouterr().out == (
        "Le regole\n\n1. Chiamate\nRichiamiamo.\n\n2. Soldi\nRimborsiamo in 10 giorni.\n")


def test_a_published_charter_and_a_citation_reach_another_store(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    init_hub(url)
    hub = Hub(url)
    a, b = Store.open(tmp_path / "a.db"), Store.open(tmp_path / "b.db")
    try:
        agent = make_agent(a, "Giulia Bianchi")
        anna = make_customer(a, "R-1", "Anna", "Rossi")
        case = new_case(a, anna, agent)
        charter.publish_charter(a, _folder(tmp_path, {"charter.en.md": EN,
                                                      "charter.it.md": IT}), by="Ada", now=T0)
        charter.cite(a, agent_id=agent, customer_id=anna, clause="2", case_id=case, now=T0)
        for s in (a, b):
            report = Replica(s, InProcessTransport(hub)).sync()
            assert report.error is None and report.refused == 0, report
        assert charter.load_charter(b, "en").title == "Our rules"
        assert [(c.clause, c.case_id) for c in charter.citations(b, anna)] == [("2", case)]
    finally:
        a.close()
        b.close()
