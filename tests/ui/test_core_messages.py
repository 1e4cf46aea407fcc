"""The core's refusals reach the Italian console in Italian (ui/widgets/refusal_words.py for
the codes, ui/widgets/core_messages.py for the sentences that are left)."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest

from carecenter.db.store import Store
from carecenter.domain import ReviewKind
from carecenter.services.customers.edit import NewCustomer, clean
from carecenter.services.decisions.authority import Limit, Meter
from carecenter.services.decisions.grants import Action, DecisionError, _state
from carecenter.services.decisions.review import add_review_note
from carecenter.services.imports.reader import ImportFileError
from ui.cases.recovery import error_text
from ui.shell import i18n
from ui.shell.ops import user_message
from ui.widgets import core_messages

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{\d*\}")


def _core_sentences() -> dict[Path, set[str]]:
    """Every string and f-string of the core, values as ``{}``."""
    out: dict[Path, set[str]] = {}
    for path in (ROOT / "carecenter").rglob("*.py"):
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
            elif isinstance(node, ast.JoinedStr):
                found.add("".join(v.value if isinstance(v, ast.Constant) else "{}"
                                  for v in node.values))
        out[path] = found
    return out


def test_every_template_is_a_sentence_the_core_writes() -> None:
    """A template that drifted from the core's wording would never match again."""
    sentences = _core_sentences()

    def written(template: str) -> bool:
        t = PLACEHOLDER.sub("{}", template)
        for found in sentences.values():
            if t in found or any(t.startswith(a) and t[len(a):] in found  # "a" + ("b" if ...)
                                 for a in found if a):
                return True
        return False

    assert [t for t in core_messages.TEMPLATES if not written(t)] == []


def _refusal(fn: object) -> BaseException:
    with pytest.raises(Exception) as caught:  # noqa: PT011 - any refusal: checked below
        fn()  # type: ignore[operator]
    return caught.value


def test_in_italian_the_core_refusals_are_shown_in_italian(store: Store) -> None:
    no_name = _refusal(lambda: clean(NewCustomer(), "IT"))
    bad_phone = _refusal(lambda: clean(NewCustomer(first_name="Anna", phones=("abc",)), "IT"))
    empty_note = _refusal(lambda: add_review_note(
        store, author_id="nobody", kind=ReviewKind.PRAISE, text=" ", decision_id="d1"))
    meter = Meter("agent", "EUR", 90_00, 50_00, 0, 100_00, 0, 200_00, date(2026, 1, 5),
                  "Europe/Rome", (Limit.DECISION, Limit.AGENT_DAY), may_override=True)
    over = _refusal(lambda: _state(Action.GRANT, meter))
    assert isinstance(over, DecisionError)
    assert user_message(over) == ("This amount is over your authority (per decision, per day): "
                                  "ask a supervisor for approval, or override it with a "
                                  "written reason.")

    i18n.set_language("it")

    assert user_message(no_name) == "Indica un nome, un cognome o un'azienda."
    assert user_message(bad_phone) == "«abc» non è un numero di telefono."
    assert error_text(empty_note) == "Scrivi l'elogio o il suggerimento: la nota è vuota."
    assert user_message(over) == (
        "Questo importo supera la tua autonomia (per decisione, al giorno): chiedi "
        "l'approvazione a un supervisore, o deroga con una motivazione scritta.")


def test_a_sentence_the_table_does_not_know_is_shown_as_the_core_wrote_it() -> None:
    i18n.set_language("it")
    assert core_messages.localize("Something new went wrong.") == "Something new went wrong."
    assert user_message(ImportFileError("Something new went wrong.")) == \
        "Something new went wrong."
