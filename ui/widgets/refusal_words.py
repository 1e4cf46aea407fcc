"""The console's words for the core's refusals (``carecenter.problems``), in one place.

Each ``Problem`` has one template here, marked for lupdate under the context
``CoreMessages`` (the Italian is in the catalogue like any other string), and the names of
the values it shows, in order. ``tests/ui/test_refusal_sentences.py`` checks that every code
has words and that each template takes as many values as it names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication

from carecenter.problems import Problem, Refused
from carecenter.services.decisions.authority import Limit
from ui.widgets.formats import number

CONTEXT = "CoreMessages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate (which reads this name) under ``context``."""
    return text


P = Problem

# code -> (English template, the names of the values it shows in order)
WORDS: dict[Problem, tuple[str, tuple[str, ...]]] = {
    P.NOT_SIGNED_IN: (QT_TRANSLATE_NOOP("CoreMessages",
        "Sign in to the hub before recording work (Ctrl+Shift+U)."), ()),
    P.AGENT_NAME_MISSING: (QT_TRANSLATE_NOOP("CoreMessages",
        "Set the agent's name in the settings before recording work."), ()),
    P.UNKNOWN_ROLE: (QT_TRANSLATE_NOOP("CoreMessages",
        "Unknown role {0}: use one of {1}."), ("role", "roles")),
    P.AMOUNT_NOT_CENTS: (QT_TRANSLATE_NOOP("CoreMessages",
        "The amount must be a whole number of cents."), ()),
    P.AMOUNT_NEGATIVE: (QT_TRANSLATE_NOOP("CoreMessages", "The amount cannot be negative."), ()),
    P.AMOUNT_CURRENCY: (QT_TRANSLATE_NOOP("CoreMessages",
        "Amounts in {0} cannot be granted: the authority policy counts {1} only, so enter"
        " the amount in {1}."), ("currency", "policy_currency")),
    P.OVERRIDE_NEEDS_REASON: (QT_TRANSLATE_NOOP("CoreMessages",
        "An override needs a written reason: say why this customer should have more than "
        "your authority allows."), ()),
    P.REASON_TOO_LONG: (QT_TRANSLATE_NOOP("CoreMessages",
        "The reason is too long: keep it under {0} characters."), ("limit",)),
    P.OVER_AUTHORITY: (QT_TRANSLATE_NOOP("CoreMessages",
        "This amount is over your authority ({0}): ask a supervisor for approval, or "
        "override it with a written reason."), ("limits",)),
    P.OVER_AUTHORITY_NO_OVERRIDE: (QT_TRANSLATE_NOOP("CoreMessages",
        "This amount is over your authority ({0}) and your role may not override it: ask "
        "a supervisor for approval."), ("limits",)),
    P.AGENT_UNKNOWN_HERE: (QT_TRANSLATE_NOOP("CoreMessages",
        "This agent is not known on this workstation: sync, or ask an administrator to "
        "add the agent."), ()),
    P.CUSTOMER_UNKNOWN_HERE: (QT_TRANSLATE_NOOP("CoreMessages",
        "This customer is not known on this workstation."), ()),
    P.REMEDY_UNKNOWN: (QT_TRANSLATE_NOOP("CoreMessages",
        "{0} is not in the remedy catalogue: choose a remedy from the list."), ("remedy",)),
    P.ONLY_SUPERVISOR_ANSWERS: (QT_TRANSLATE_NOOP("CoreMessages",
        "Only a supervisor can answer an approval request."), ()),
    P.DECISION_UNKNOWN_HERE: (QT_TRANSLATE_NOOP("CoreMessages",
        "This decision is not known on this workstation."), ()),
    P.REQUEST_NOT_WAITING: (QT_TRANSLATE_NOOP("CoreMessages",
        "This request is not waiting for an answer any more (it is {0})."), ("state",)),
    P.OWN_REQUEST: (QT_TRANSLATE_NOOP("CoreMessages",
        "Nobody can answer their own request: ask another supervisor."), ()),
    P.REFUSAL_NEEDS_REASON: (QT_TRANSLATE_NOOP("CoreMessages",
        "Say why the request is refused: the agent will read it."), ()),
    P.NOTE_TOO_LONG: (QT_TRANSLATE_NOOP("CoreMessages",
        "The note is too long: keep it under {0} characters."), ("limit",)),
    P.CASE_NOT_THE_CUSTOMERS: (QT_TRANSLATE_NOOP("CoreMessages",
        "This case is not one of this customer's cases."), ()),
    P.QUANTITY_BAD: (QT_TRANSLATE_NOOP("CoreMessages",
        "The quantity of this remedy must be a whole number from 1 to {0}."), ("limit",)),
    P.CHARTER_CLAUSE_UNKNOWN: (QT_TRANSLATE_NOOP("CoreMessages",
        "The service charter has no clause {0}: choose a clause from the charter."),
        ("clause",)),
    P.CITATION_TARGET: (QT_TRANSLATE_NOOP("CoreMessages",
        "A clause is cited on one case or one decision of the customer."), ()),
    P.DECISION_NOT_THE_CUSTOMERS: (QT_TRANSLATE_NOOP("CoreMessages",
        "This decision is not one of this customer's decisions."), ()),
    P.REVIEW_KIND: (QT_TRANSLATE_NOOP("CoreMessages",
        "A review note is a praise or a lesson."), ()),
    P.REVIEW_EMPTY: (QT_TRANSLATE_NOOP("CoreMessages",
        "Write the praise or the lesson: the note is empty."), ()),
    P.REVIEW_TARGET: (QT_TRANSLATE_NOOP("CoreMessages",
        "A review note is about one decision or one case."), ()),
    P.ONLY_SUPERVISOR_REVIEWS: (QT_TRANSLATE_NOOP("CoreMessages",
        "Only a supervisor can write review notes."), ()),
    P.CASE_UNKNOWN_HERE: (QT_TRANSLATE_NOOP("CoreMessages",
        "This case is not known on this workstation."), ()),
    P.NO_CASE: (QT_TRANSLATE_NOOP("CoreMessages", "There is no case with id {0}."), ("id",)),
    P.NO_CHECKLIST: (QT_TRANSLATE_NOOP("CoreMessages",
        "There is no checklist for the category \"{0}\"; choose one of: "
        "{1}."), ("category", "categories")),
    P.BAD_SEVERITY: (QT_TRANSLATE_NOOP("CoreMessages",
        "The severity must be low, medium or high."), ()),
    P.NO_DESCRIPTION: (QT_TRANSLATE_NOOP("CoreMessages",
        "Write what happened, in the customer's words."), ()),
    P.CASE_CLOSED_CHECKLIST: (QT_TRANSLATE_NOOP("CoreMessages",
        "This case is closed; reopen it to change its checklist."), ()),
    P.NO_STEP: (QT_TRANSLATE_NOOP("CoreMessages", "The case has no step \"{0}\"."), ("step",)),
    P.COMPENSATE_NEEDS_NOTE: (QT_TRANSLATE_NOOP("CoreMessages",
        "Write in the note what was offered to the customer."), ()),
    P.FOLLOW_UP_NEEDS_TIME: (QT_TRANSLATE_NOOP("CoreMessages",
        "Choose when to follow up with the customer."), ()),
    P.CASE_ALREADY_CLOSED: (QT_TRANSLATE_NOOP("CoreMessages", "This case is already closed."), ()),
    P.CLOSE_NEEDS_REASON: (QT_TRANSLATE_NOOP("CoreMessages",
        "Steps were unticked meanwhile; give a reason to close the case."), ()),
    P.REOPEN_NEEDS_REASON: (QT_TRANSLATE_NOOP("CoreMessages", "Say why the case is reopened."), ()),
    P.REOPEN_ONLY_CLOSED: (QT_TRANSLATE_NOOP("CoreMessages",
        "Only a closed case can be reopened."), ()),
    P.NO_CUSTOMER: (QT_TRANSLATE_NOOP("CoreMessages",
        "There is no customer with id {0}."), ("id",)),
    P.NO_AGENT: (QT_TRANSLATE_NOOP("CoreMessages", "There is no agent with id {0}."), ("id",)),
    P.DUE_IN_PAST: (QT_TRANSLATE_NOOP("CoreMessages",
        "The follow-up cannot be due in the past; choose a later time."), ()),
    P.NO_FOLLOW_UP: (QT_TRANSLATE_NOOP("CoreMessages",
        "There is no follow-up with id {0}."), ("id",)),
    P.PROMISE_EMPTY: (QT_TRANSLATE_NOOP("CoreMessages",
        "Write what was promised to the customer."), ()),
    P.CASE_OF_ANOTHER_CUSTOMER: (QT_TRANSLATE_NOOP("CoreMessages",
        "That case belongs to another customer."), ()),
    P.BAD_FOLLOW_UP_REASON: (QT_TRANSLATE_NOOP("CoreMessages",
        "The reason of a follow-up must be promise, remedy_check or call_back."), ()),
    P.NO_DECISION: (QT_TRANSLATE_NOOP("CoreMessages",
        "There is no decision with id {0}."), ("id",)),
    P.FOLLOW_UP_DONE: (QT_TRANSLATE_NOOP("CoreMessages", "This follow-up is already done."), ()),
    P.HAND_OVER_NOTHING: (QT_TRANSLATE_NOOP("CoreMessages",
        "Tick at least one follow-up or case to hand over."), ()),
    P.HAND_OVER_TO_SELF: (QT_TRANSLATE_NOOP("CoreMessages",
        "This work is already with that colleague: choose someone else."), ()),
    P.NOT_YOURS: (QT_TRANSLATE_NOOP("CoreMessages",
        "This is a colleague's work: only she or a supervisor can hand it over."), ()),
    P.ONLY_SUPERVISOR_SHARES: (QT_TRANSLATE_NOOP("CoreMessages",
        "Only a supervisor can share out a colleague's work."), ()),
    P.NO_RECEIVER: (QT_TRANSLATE_NOOP("CoreMessages",
        "Tick at least one colleague, or the team queue, to share the work with."), ()),
    P.PLAYBOOK_LINK: (QT_TRANSLATE_NOOP("CoreMessages",
        "Only a lesson points to a playbook section: choose Lesson, or no section."), ()),
    P.TRAINING_EMPTY: (QT_TRANSLATE_NOOP("CoreMessages",
        "Say what you would like to learn: the request is empty."), ()),
    P.TRAINING_TARGET: (QT_TRANSLATE_NOOP("CoreMessages",
        "Ask for training from a case or a decision: select one first."), ()),
    P.NO_PLAYBOOK_LINK: (QT_TRANSLATE_NOOP("CoreMessages",
        "This note does not point to a playbook section."), ()),
    P.CELEBRATE_PRAISE_ONLY: (QT_TRANSLATE_NOOP("CoreMessages",
        "Only a praise is celebrated with the team; a lesson stays between you two."), ()),
    P.ALREADY_CELEBRATED: (QT_TRANSLATE_NOOP("CoreMessages",
        "The team already celebrates this praise."), ()),
    P.BAD_FOLLOW_UP_OUTCOME: (QT_TRANSLATE_NOOP("CoreMessages",
        "The outcome must be satisfied, not_satisfied or unreachable."), ()),
    P.WINDOW_BACKWARDS: (QT_TRANSLATE_NOOP("CoreMessages",
        "The window must end after it starts; choose a later end."), ()),
    P.WINDOW_TOO_LONG: (QT_TRANSLATE_NOOP("CoreMessages",
        "A promised window lasts at most {0} hours; promise a shorter one."), ("limit",)),
    P.APPOINTMENT_NO_PURPOSE: (QT_TRANSLATE_NOOP("CoreMessages",
        "Write what the customer is coming for."), ()),
    P.APPOINTMENT_PURPOSE_TOO_LONG: (QT_TRANSLATE_NOOP("CoreMessages",
        "What the customer is coming for is longer than {0} characters."), ("limit",)),
    P.NO_APPOINTMENT: (QT_TRANSLATE_NOOP("CoreMessages",
        "There is no appointment with id {0}."), ("id",)),
    P.APPOINTMENT_STATUS_BACK: (QT_TRANSLATE_NOOP("CoreMessages",
        "This appointment is already {0}; it cannot become {1}."), ("state", "value")),
    P.NO_MESSAGE_TEMPLATE: (QT_TRANSLATE_NOOP("CoreMessages",
        "There is no {0} message in language {1}."), ("what", "value")),
    P.CHANNEL_REFUSED: (QT_TRANSLATE_NOOP("CoreMessages",
        "The customer refused service messages by {0}: copy the text or use another "
        "channel."), ("what",)),
    P.NO_ADDRESS: (QT_TRANSLATE_NOOP("CoreMessages",
        "The customer has no {0} on file: add one with Ctrl+E or copy the text."),
        ("what",)),
    P.CAMPAIGN_NAME_EMPTY: (QT_TRANSLATE_NOOP("CoreMessages", "The campaign needs a name."), ()),
    P.CAMPAIGN_NAME_TOO_LONG: (QT_TRANSLATE_NOOP("CoreMessages",
        "The campaign name is longer than {0} characters."), ("limit",)),
    P.PRODUCT_CODE_LENGTH: (QT_TRANSLATE_NOOP("CoreMessages",
        "The product code must be 1 to {0} characters."), ("limit",)),
    P.RECONTACT_DAYS_RANGE: (QT_TRANSLATE_NOOP("CoreMessages",
        "The days before calling a customer again must be between {0} and {1}."), ("low", "high")),
    P.MAX_CALLS_30D_TOO_LOW: (QT_TRANSLATE_NOOP("CoreMessages",
        "The most calls in 30 days must be 1 or more."), ()),
    P.MAX_ATTEMPTS_TOO_LOW: (QT_TRANSLATE_NOOP("CoreMessages",
        "The most attempts must be 1 or more."), ()),
    P.CAMPAIGN_EXISTS: (QT_TRANSLATE_NOOP("CoreMessages",
        "A campaign named {0} already exists; choose another name."), ("name",)),
    P.NO_OFFER: (QT_TRANSLATE_NOOP("CoreMessages",
        "There is no offer {0}; import the offers first."), ("offer",)),
    P.OFFER_OTHER_PRODUCT: (QT_TRANSLATE_NOOP("CoreMessages",
        "Offer {0} is for product {1}, not {2}."), ("offer", "offer_product", "product")),
    P.NO_CAMPAIGN: (QT_TRANSLATE_NOOP("CoreMessages",
        "There is no campaign named {0}; create it first."), ("name",)),
    P.UNKNOWN_CODE: (QT_TRANSLATE_NOOP("CoreMessages", "Unknown {0} {1}."), ("what", "value")),
    P.UNKNOWN_OUTCOME: (QT_TRANSLATE_NOOP("CoreMessages", "Unknown outcome {0}."), ("outcome",)),
    P.NEGATIVE_DURATION: (QT_TRANSLATE_NOOP("CoreMessages",
        "The duration cannot be negative."), ()),
    P.NAIVE_TIME: (QT_TRANSLATE_NOOP("CoreMessages", "The contact time needs a time zone."), ()),
    P.MERGE_ITSELF: (QT_TRANSLATE_NOOP("CoreMessages",
        "A customer cannot be merged into itself."), ()),
    P.MERGE_NEEDS_REASON: (QT_TRANSLATE_NOOP("CoreMessages",
        "Say why these customers are the same person before merging them."), ()),
    P.MERGE_GONE: (QT_TRANSLATE_NOOP("CoreMessages",
        "One of the two customers no longer exists."), ()),
    P.MERGE_ALREADY_MERGED: (QT_TRANSLATE_NOOP("CoreMessages",
        "One of the two customers is already merged into another."), ()),
    P.MERGE_CYCLE: (QT_TRANSLATE_NOOP("CoreMessages",
        "The kept customer is already part of the other one."), ()),
    P.NO_MERGE: (QT_TRANSLATE_NOOP("CoreMessages", "There is no such merge to undo."), ()),
    P.MERGE_UNDONE: (QT_TRANSLATE_NOOP("CoreMessages", "This merge was already undone."), ()),
    P.MERGE_MOVED: (QT_TRANSLATE_NOOP("CoreMessages",
        "The merged customer has moved since; undo the later merge first."), ()),
    P.FILE_MISSING: (QT_TRANSLATE_NOOP("CoreMessages",
        "{0} does not exist; check the file name."), ("path",)),
    P.FILE_FOLDER: (QT_TRANSLATE_NOOP("CoreMessages",
        "{0} is a folder, not a CSV file."), ("path",)),
    P.FILE_NOT_TEXT: (QT_TRANSLATE_NOOP("CoreMessages",
        "{0} is neither a CSV text file nor an .xlsx workbook; save it as CSV or .xlsx "
        "and import it again."), ("file",)),
    P.FILE_BAD_XLSX: (QT_TRANSLATE_NOOP("CoreMessages",
        "{0} cannot be opened as an .xlsx workbook; open it in Excel, save it again as "
        ".xlsx (or CSV) and import it again."), ("file",)),
    P.FILE_NOT_ENCODED: (QT_TRANSLATE_NOOP("CoreMessages",
        "{0} could not be read to the end (not {1} text); the rows written so far are "
        "kept, fix the file and import it again to take the rest."), ("file", "encoding")),
    P.FILE_UNREADABLE: (QT_TRANSLATE_NOOP("CoreMessages",
        "{0} could not be read to the end ({1}); the rows written so far are kept, fix "
        "the file and import it again to take the rest."), ("file", "why")),
    P.FILE_EMPTY: (QT_TRANSLATE_NOOP("CoreMessages",
        "{0} is empty; the first line must be a header naming the columns (at least"
        " {1})."), ("file", "columns")),
    P.FILE_DUPLICATE_COLUMN: (QT_TRANSLATE_NOOP("CoreMessages",
        "{0} names the column {1} twice in its header; keep one and import it "
        "again."), ("file", "column")),
    P.FILE_MISSING_COLUMNS: (QT_TRANSLATE_NOOP("CoreMessages",
        "{0} has no column {1} (header read: \"{2}\"); nothing was "
        "imported."), ("file", "columns", "header")),
    P.FILE_STOPPED: (QT_TRANSLATE_NOOP("CoreMessages",
        "Reading {0} stopped unexpectedly (exit code {1}); the rows written so far are "
        "kept, import the file again to take the rest."), ("file", "exit_code")),
    P.FILE_READ_FAILED: (QT_TRANSLATE_NOOP("CoreMessages",
        "Reading {0} failed ({1}); the rows written so far are kept."), ("file", "why")),
    P.SCREEN_POP_OUTCOME: (QT_TRANSLATE_NOOP("CoreMessages",
        "Unknown screen pop outcome {0}."), ("outcome",)),
    P.SCREEN_POP_TIME: (QT_TRANSLATE_NOOP("CoreMessages",
        "A screen pop cannot take negative or endless time."), ()),
}

# Variants of a file's sentences: a line named, several columns, one field in the header.
_NOT_ENCODED_AFTER = QT_TRANSLATE_NOOP(
    "CoreMessages", "{0} could not be read to the end (not {1} text after line {2}); the rows "
    "written so far are kept, fix the file and import it again to take the rest.")
_MISSING_COLUMNS = QT_TRANSLATE_NOOP(
    "CoreMessages", "{0} has no columns {1} (header read: \"{2}\"); nothing was imported.")
_ONE_FIELD = QT_TRANSLATE_NOOP(
    "CoreMessages", "{0} has no column {1} (header read: \"{2}\"); columns must be separated "
    "by commas or semicolons; nothing was imported.")
_ONE_FIELD_COLUMNS = QT_TRANSLATE_NOOP(
    "CoreMessages", "{0} has no columns {1} (header read: \"{2}\"); columns must be "
    "separated by commas or semicolons; nothing was imported.")

# Over-authority with no override allowed has its own sentence (OVER_AUTHORITY, may_override
# False): ask for approval only.
_APPROVAL_ONLY = QT_TRANSLATE_NOOP("CoreMessages",
                    "This amount is over your authority ({0}): ask a supervisor for approval.")

_LIMITS = {
    Limit.DECISION: QT_TRANSLATE_NOOP("CoreMessages", "per decision"),
    Limit.CUSTOMER_30_DAYS: QT_TRANSLATE_NOOP("CoreMessages", "per customer in 30 days"),
    Limit.AGENT_DAY: QT_TRANSLATE_NOOP("CoreMessages", "per day"),
}
_NONE_LOADED = QT_TRANSLATE_NOOP("CoreMessages", "none is loaded")


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)  # marked: QT_TRANSLATE_NOOP


def _join(values: Iterable[object], word: Callable[[object], str] = str) -> str:
    return ", ".join(word(v) for v in values)


# Values that are counts (characters, hours, days, a line of a file): written with the
# language's digit grouping, unlike ids and codes.
COUNTS = frozenset({"limit", "low", "high", "after_line"})


def _value(name: str, value: object) -> str:
    if name == "limits" and isinstance(value, tuple):
        return _join(value, lambda x: _translate(_LIMITS[Limit(str(x))]))
    if name == "categories" and isinstance(value, tuple):
        return _join(value) or _translate(_NONE_LOADED)
    if isinstance(value, tuple):
        return _join(value)
    if name in {"remedy", "role", "outcome", "value"}:
        return repr(value)
    if name in COUNTS and isinstance(value, int) and not isinstance(value, bool):
        return number(value)
    return str(value)


def refusal_sentence(exc: Refused) -> str:
    """The one sentence for a refusal of the core, in the console's language."""
    template, names = WORDS[exc.code]
    v = exc.values
    if exc.code is Problem.OVER_AUTHORITY and not v.get("may_override", True):
        template = _APPROVAL_ONLY
    elif exc.code is Problem.FILE_NOT_ENCODED and v.get("after_line") is not None:
        template, names = _NOT_ENCODED_AFTER, (*names, "after_line")
    elif exc.code is Problem.FILE_MISSING_COLUMNS:
        columns = v.get("columns")
        several = isinstance(columns, tuple) and len(columns) > 1
        template = ((_ONE_FIELD_COLUMNS if several else _ONE_FIELD) if v.get("one_field")
                    else (_MISSING_COLUMNS if several else template))
    return _translate(template).format(*(_value(n, v.get(n, "")) for n in names))
