"""Every refusal code of the core has words in the console and on the command line."""

from __future__ import annotations

import re
import string
from collections.abc import Callable

import pytest

from carecenter.commands import refusal_words as cli_words
from carecenter.db.store import Store
from carecenter.domain import ReviewKind
from carecenter.problems import Problem, Refused
from carecenter.services.calls.campaigns import CampaignError
from carecenter.services.customers.contacts import NewContact, validate
from carecenter.services.customers.edit import NewCustomer, clean
from carecenter.services.decisions.authority import Limit
from carecenter.services.decisions.grants import DecisionError
from carecenter.services.decisions.review import add_review_note
from carecenter.services.imports.reader import ImportFileError
from ui.shell import i18n
from ui.shell.ops import user_message
from ui.widgets import refusal_words

POSITIONAL = re.compile(r"\{(\d+)\}")


def test_every_code_has_console_words_naming_each_value_it_shows() -> None:
    assert set(refusal_words.WORDS) == set(Problem)
    for code, (template, names) in refusal_words.WORDS.items():
        used = {int(n) for n in POSITIONAL.findall(template)}
        assert used == set(range(len(names))), code


def test_every_code_has_command_line_words() -> None:
    assert set(cli_words.WORDS) == set(Problem)
    for code, template in cli_words.WORDS.items():
        fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
        assert fields <= {"limit", "limits", "id", "category", "categories", "step", "state",
                          "remedy", "role", "roles", "currency", "policy_currency", "low",
                          "high", "name", "offer", "offer_product", "product", "outcome",
                          "what", "value", "path", "file", "encoding", "after_line", "why",
                          "columns", "column", "one_field", "exit_code", "clause"}, code


@pytest.mark.parametrize(("exc", "english", "italian"), [
    (DecisionError(Problem.OVER_AUTHORITY, limits=(Limit.DECISION, Limit.AGENT_DAY),
                   may_override=False),
     "This amount is over your authority (per decision, per day): ask a supervisor for "
     "approval.",
     "Questo importo supera la tua autonomia (per decisione, al giorno): chiedi "
     "l'approvazione a un supervisore."),
    (DecisionError(Problem.NOTE_TOO_LONG, limit=2000),
     "The note is too long: keep it under 2,000 characters.",
     "La nota è troppo lunga: resta sotto i 2.000 caratteri."),
    (CampaignError(Problem.OFFER_OTHER_PRODUCT, offer="O1", offer_product="FIBRA",
                   product="MOBILE"),
     "Offer O1 is for product FIBRA, not MOBILE.",
     "L'offerta O1 è per il prodotto FIBRA, non MOBILE."),
    (Refused(Problem.UNKNOWN_ROLE, role="boss", roles=("agent", "senior", "supervisor")),
     "Unknown role 'boss': use one of agent, senior, supervisor.",
     "Ruolo sconosciuto 'boss': usa uno di questi: agent, senior, supervisor."),
])
def test_a_refusal_is_said_in_the_console_language(exc: Refused, english: str,
                                                     italian: str) -> None:
    i18n.set_language("en")
    assert user_message(exc) == english
    i18n.set_language("it")
    assert user_message(exc) == italian


def test_the_command_line_names_its_flags_where_the_console_does_not() -> None:
    exc = CampaignError(Problem.MAX_ATTEMPTS_TOO_LOW)
    assert cli_words.refusal_sentence(exc) == "--max-attempts must be 1 or more."
    i18n.set_language("en")
    assert user_message(exc) == "The most attempts must be 1 or more."


def test_the_core_refusals_reach_the_italian_console_in_italian(store: Store) -> None:
    """Each kind of refusal the core raises, said by user_message in Italian: a customer's
    field (the customer feature's words), a review note, an import file, a contact."""
    no_name = _refused(lambda: clean(NewCustomer(), "IT"))
    bad_phone = _refused(lambda: clean(NewCustomer(first_name="Anna", phones=("abc",)), "IT"))
    empty_note = _refused(lambda: add_review_note(
        store, author_id="nobody", kind=ReviewKind.PRAISE, text=" ", decision_id="d1"))
    folder = ImportFileError(Problem.FILE_FOLDER, path="/tmp/x")
    fax = _refused(lambda: validate(NewContact(channel="fax", direction="inbound",
                                               team="service")))
    i18n.set_language("it")
    assert user_message(no_name) == "Indica un nome, un cognome o un'azienda."
    assert user_message(bad_phone) == "«abc» non è un numero di telefono."
    assert user_message(empty_note) == "Scrivi l'elogio o il suggerimento: la nota è vuota."
    assert user_message(folder) == "/tmp/x è una cartella, non un file CSV."
    assert user_message(fax) == "Valore sconosciuto per channel: 'fax'."


def _refused(fn: Callable[[], object]) -> BaseException:
    with pytest.raises(Exception) as caught:  # noqa: PT011 - any refusal: checked after
        fn()
    return caught.value
