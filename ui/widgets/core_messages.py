"""The core's one-sentence errors in the console's language.

The core (``carecenter/``) has no Qt and says why it refused something in English
(``DecisionError``, ``CaseError``, ``InvalidCustomer``, ``InvalidContact``, ``MergeError``,
import rejections...). Each sentence it can say is listed here once as a template, ``{0}``
standing for a value it fills in (a name, an amount, a column); ``localize`` finds the
template a sentence was made from and gives it back translated, with the same values. A
sentence not listed (a new one in the core) is shown as the core wrote it.

``QT_TRANSLATE_NOOP`` marks the templates for lupdate (context ``CoreMessages``); the Italian
is in the catalogue like any other string. Keep the English exactly as the core writes it:
``tests/ui/test_core_messages.py`` checks every template against the core's sources.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication

from carecenter.services.agents import NotSignedIn
from carecenter.services.calls.campaigns import CampaignError
from carecenter.services.cases.casework import CaseError
from carecenter.services.customers.contacts import InvalidContact
from carecenter.services.customers.edit import InvalidCustomer
from carecenter.services.customers.merge import MergeError
from carecenter.services.customers.screen_pops import InvalidScreenPop
from carecenter.services.decisions.authority import AuthorityError
from carecenter.services.imports.reader import ImportFileError

CONTEXT = "CoreMessages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate (which reads this name) under ``context``; typed, unlike
    PySide6's own. Translated later by ``localize``."""
    return text


# The core's refusals: their text is one sentence meant for the user (DecisionError is an
# AuthorityError).
REFUSALS: tuple[type[BaseException], ...] = (
    AuthorityError, CampaignError, CaseError, ImportFileError, InvalidContact, InvalidCustomer,
    InvalidScreenPop, MergeError, NotSignedIn)

TEMPLATES: tuple[str, ...] = (
    # carecenter.services.agents
    QT_TRANSLATE_NOOP("CoreMessages",
                      "Set the agent's name in the settings before recording work."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown role {0}: use one of {1}."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "Sign in to the hub before recording work (Ctrl+Shift+U)."),
    # carecenter.services.decisions.authority
    QT_TRANSLATE_NOOP("CoreMessages", "The amount must be a whole number of cents."),
    QT_TRANSLATE_NOOP("CoreMessages", "The amount cannot be negative."),
    QT_TRANSLATE_NOOP("CoreMessages", "Amounts in {0} cannot be granted: the authority policy "
                      "counts {1} only, so enter the amount in {1}."),
    # carecenter.services.decisions.grants, decision_rows, review
    QT_TRANSLATE_NOOP("CoreMessages", "An override needs a written reason: say why this "
                      "customer should have more than your authority allows."),
    QT_TRANSLATE_NOOP("CoreMessages", "The reason is too long: keep it under {0} characters."),
    QT_TRANSLATE_NOOP("CoreMessages", "This amount is over your authority ({0}): ask a "
                      "supervisor for approval, or override it with a written reason."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "This amount is over your authority ({0}): ask a supervisor for approval."),
    QT_TRANSLATE_NOOP("CoreMessages", "This amount is over your authority ({0}) and your role "
                      "may not override it: ask a supervisor for approval."),
    QT_TRANSLATE_NOOP("CoreMessages", "This agent is not known on this workstation: sync, or "
                      "ask an administrator to add the agent."),
    QT_TRANSLATE_NOOP("CoreMessages", "This customer is not known on this workstation."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{0} is not in the remedy catalogue: choose a remedy from the list."),
    QT_TRANSLATE_NOOP("CoreMessages", "Only a supervisor can answer an approval request."),
    QT_TRANSLATE_NOOP("CoreMessages", "This decision is not known on this workstation."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "This request is not waiting for an answer any more (it is {0})."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "Nobody can answer their own request: ask another supervisor."),
    QT_TRANSLATE_NOOP("CoreMessages", "Say why the request is refused: the agent will read it."),
    QT_TRANSLATE_NOOP("CoreMessages", "The note is too long: keep it under {0} characters."),
    QT_TRANSLATE_NOOP("CoreMessages", "This case is not one of this customer's cases."),
    QT_TRANSLATE_NOOP("CoreMessages", "A review note is a praise or a lesson."),
    QT_TRANSLATE_NOOP("CoreMessages", "Write the praise or the lesson: the note is empty."),
    QT_TRANSLATE_NOOP("CoreMessages", "A review note is about one decision or one case."),
    QT_TRANSLATE_NOOP("CoreMessages", "Only a supervisor can write review notes."),
    QT_TRANSLATE_NOOP("CoreMessages", "This case is not known on this workstation."),
    QT_TRANSLATE_NOOP("CoreMessages", "This agent is not known on this workstation."),
    # carecenter.services.cases.lifecycle, casework, followups
    QT_TRANSLATE_NOOP("CoreMessages", "The case has no step \"{0}\"."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no checklist for the category \"{0}\"; choose "
                      "one of: {1}."),
    QT_TRANSLATE_NOOP("CoreMessages", "The severity must be low, medium or high."),
    QT_TRANSLATE_NOOP("CoreMessages", "Write what happened, in the customer's words."),
    QT_TRANSLATE_NOOP("CoreMessages", "This case is closed; reopen it to change its checklist."),
    QT_TRANSLATE_NOOP("CoreMessages", "This case is already closed."),
    QT_TRANSLATE_NOOP("CoreMessages", "Say why the case is reopened."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no case with id {0}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Write in the note what was offered to the customer."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "Steps were unticked meanwhile; give a reason to close the case."),
    QT_TRANSLATE_NOOP("CoreMessages", "Only a closed case can be reopened."),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose when to follow up with the customer."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no customer with id {0}."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no agent with id {0}."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "The follow-up cannot be due in the past; choose a later time."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no follow-up with id {0}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Write what was promised to the customer."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "The reason of a follow-up must be promise, remedy_check or call_back."),
    QT_TRANSLATE_NOOP("CoreMessages", "This follow-up is already done."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "The outcome must be satisfied, not_satisfied or unreachable."),
    QT_TRANSLATE_NOOP("CoreMessages", "That case belongs to another customer."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no decision with id {0}."),
    # carecenter.services.customers.contacts, customer_edit
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown outcome {0}."),
    QT_TRANSLATE_NOOP("CoreMessages", "The duration cannot be negative."),
    QT_TRANSLATE_NOOP("CoreMessages", "The contact time needs a time zone."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown {0} {1}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Give a first name, a last name or a company."),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} is not a phone number."),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} is not an e-mail address."),
    # carecenter.services.customers.merge
    QT_TRANSLATE_NOOP("CoreMessages", "A customer cannot be merged into itself."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "Say why these customers are the same person before merging them."),
    QT_TRANSLATE_NOOP("CoreMessages", "One of the two customers no longer exists."),
    QT_TRANSLATE_NOOP("CoreMessages", "One of the two customers is already merged into another."),
    QT_TRANSLATE_NOOP("CoreMessages", "The kept customer is already part of the other one."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no such merge to undo."),
    QT_TRANSLATE_NOOP("CoreMessages", "This merge was already undone."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "The merged customer has moved since; undo the later merge first."),
    # carecenter.services.imports: the file, then the reasons a row is rejected
    QT_TRANSLATE_NOOP("CoreMessages", "{0} is a folder, not a CSV file."),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} is empty; the first line must be a header naming "
                      "the columns (at least {1})."),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} does not exist; check the file name."),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} names the column {1} twice in its header; keep one "
                      "and import it again."),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} is not UTF-8 text (byte 0x{1} on line {2}); save it "
                      "as UTF-8 (\"CSV UTF-8\") and import it again."),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} is longer than {1} characters"),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} is empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} {1} is not one of {2}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} {1} is before {2}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} {1} is not a whole number of 0 or more"),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} {1} is not an amount in euro like 12.50"),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} {1} is not a date like 2024-03-31"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{0} {1} is not an ISO 8601 date or date-time like 2024-03-31T14:05:00"),
    QT_TRANSLATE_NOOP("CoreMessages", "phone {0} is not a phone number (region {1})"),
    QT_TRANSLATE_NOOP("CoreMessages", "email {0} is not an e-mail address"),
    QT_TRANSLATE_NOOP("CoreMessages", "valid_to {0} is before valid_from {1}"),
    QT_TRANSLATE_NOOP("CoreMessages", "unknown customer_ref {0}"),
    QT_TRANSLATE_NOOP("CoreMessages", "offer_code {0} already exists with different data"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "unknown campaign {0} (create it first with carecenter campaign create)"),
    QT_TRANSLATE_NOOP("CoreMessages", "unknown offer {0} (import the offers first)"),
    QT_TRANSLATE_NOOP("CoreMessages", "contact_ref {0} already exists with different data"),
    QT_TRANSLATE_NOOP("CoreMessages", "customer_ref {0} already exists with different data"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{0} {1} appears again with different data (first on line {2})"),
)

# Words the core puts inside its sentences (the limits a decision goes over).
WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("CoreMessages", "per decision"),
    QT_TRANSLATE_NOOP("CoreMessages", "per customer in 30 days"),
    QT_TRANSLATE_NOOP("CoreMessages", "per day"),
)

_PLACEHOLDER = re.compile(r"\{(\d+)\}")


def _pattern(template: str) -> re.Pattern[str]:
    """``"{0} is empty"`` -> ``(?P<p0>.+?) is empty``; a value named twice must repeat."""
    out, seen, at = [], set(), 0
    for m in _PLACEHOLDER.finditer(template):
        out.append(re.escape(template[at:m.start()]))
        n = m.group(1)
        out.append(f"(?P=p{n})" if n in seen else f"(?P<p{n}>.+?)")
        seen.add(n)
        at = m.end()
    out.append(re.escape(template[at:]))
    return re.compile("".join(out), re.DOTALL)


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    # The most specific first: "{0} {1} is before {2}" before "{0} is empty"-like ones.
    ordered = sorted(TEMPLATES, key=lambda t: -len(_PLACEHOLDER.sub("", t)))
    return tuple((t, _pattern(t)) for t in ordered)


def _word(value: str) -> str:
    """A value the core built from its own words ("per decision, per day"), translated."""
    parts = value.split(", ")
    if all(p in WORDS for p in parts):
        return ", ".join(QCoreApplication.translate(CONTEXT, p)  # marked: QT_TRANSLATE_NOOP
                         for p in parts)
    return value


def localize(sentence: str) -> str:
    """``sentence`` from the core in the console's language (itself if it is not known)."""
    for template, pattern in _patterns():
        m = pattern.fullmatch(sentence)
        if m is None:
            continue
        values = {int(k[1:]): _word(v) for k, v in m.groupdict().items()}
        translated = QCoreApplication.translate(CONTEXT, template)  # marked: QT_TRANSLATE_NOOP
        return translated.format(*(values[i] for i in range(len(values))))
    return sentence
