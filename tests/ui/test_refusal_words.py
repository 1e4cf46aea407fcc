"""Every code the hub refuses an op with has its own sentence in the console, in English
and in Italian (a code the console does not know falls back to naming it)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from carecenter.sync.refusals import Refusal, RefusalCode
from ui.shell.i18n import set_language
from ui.sync.refusal_words import refusal_sentence


@pytest.mark.parametrize("lang", ["en", "it"])
def test_each_refusal_code_has_a_sentence_of_its_own(qtbot: QtBot, lang: str) -> None:
    set_language(lang)
    try:
        values = {"table": "decision", "field": "customer_id", "target": "customer",
                  "id": "x", "kind": "x", "expected": "integer", "length": 150, "limit": 100,
                  "value": "x", "allowed": ["a"], "minutes": 10, "needed": "admin",
                  "role": "agent", "amount_cents": 1, "limit_cents": 0}
        said = {code: refusal_sentence(Refusal(code, "op", "decision", "row", values))
                for code in RefusalCode}
        fallback = refusal_sentence(Refusal.from_wire({"code": "bad_value"}))
        assert len(set(said.values())) == len(RefusalCode)
        assert all(("{" not in s and s != fallback) or c is RefusalCode.BAD_VALUE
                   for c, s in said.items())
        reference = said[RefusalCode.UNKNOWN_REFERENCE]
        assert reference == {
            "en": "This decision names a customer the hub does not have: send that one "
                  "first, then send this again.",
            "it": "Questo elemento (decisione) fa riferimento a un elemento (cliente) che "
                  "l’hub non ha: invia prima quello, poi invia di nuovo questo.",
        }[lang]
    finally:
        set_language("en")
