"""The command line's words for the core's refusals (``carecenter.problems``), in one place.

The console has its own, translated, in ``ui/widgets/refusal_words.py``; here the sentences
may name the command's flags and sub-commands.
"""

from __future__ import annotations

from carecenter.problems import Problem, Refused

P = Problem

WORDS: dict[Problem, str] = {
    P.NOT_SIGNED_IN: "Sign in to the hub first: carecenter login.",
    P.AGENT_NAME_MISSING: (
        "Set the agent's name first: carecenter login, or the console's settings."),
    P.UNKNOWN_ROLE: "Unknown role {role}: use one of {roles}.",
    P.AMOUNT_NOT_CENTS: "The amount must be a whole number of cents.",
    P.AMOUNT_NEGATIVE: "The amount cannot be negative.",
    P.AMOUNT_CURRENCY: (
        "Amounts in {currency} cannot be granted: the authority policy counts "
        "{policy_currency} only, so enter the amount in {policy_currency}."),
    P.OVERRIDE_NEEDS_REASON: (
        "An override needs a written reason: say why this customer should have more than your"
        " authority allows."),
    P.REASON_TOO_LONG: "The reason is too long: keep it under {limit} characters.",
    P.OVER_AUTHORITY: (
        "This amount is over your authority ({limits}): ask a supervisor for approval, or "
        "override it with a written reason."),
    P.OVER_AUTHORITY_NO_OVERRIDE: (
        "This amount is over your authority ({limits}) and your role may not override it: ask"
        " a supervisor for approval."),
    P.AGENT_UNKNOWN_HERE: (
        "This agent is not known on this workstation: sync, or ask an administrator to add "
        "the agent."),
    P.CUSTOMER_UNKNOWN_HERE: "This customer is not known on this workstation.",
    P.REMEDY_UNKNOWN: "{remedy} is not in the remedy catalogue: choose a remedy from the list.",
    P.ONLY_SUPERVISOR_ANSWERS: "Only a supervisor can answer an approval request.",
    P.DECISION_UNKNOWN_HERE: "This decision is not known on this workstation.",
    P.REQUEST_NOT_WAITING: "This request is not waiting for an answer any more (it is {state}).",
    P.OWN_REQUEST: "Nobody can answer their own request: ask another supervisor.",
    P.REFUSAL_NEEDS_REASON: "Say why the request is refused: the agent will read it.",
    P.NOTE_TOO_LONG: "The note is too long: keep it under {limit} characters.",
    P.CASE_NOT_THE_CUSTOMERS: "This case is not one of this customer's cases.",
    P.QUANTITY_BAD: "The quantity of this remedy must be a whole number from 1 to {limit}.",
    P.CHARTER_CLAUSE_UNKNOWN: (
        "The service charter has no clause {clause}: choose a clause from the charter."),
    P.CITATION_TARGET: "A clause is cited on one case or one decision of the customer.",
    P.DECISION_NOT_THE_CUSTOMERS: "This decision is not one of this customer's decisions.",
    P.REVIEW_KIND: "A review note is a praise or a lesson.",
    P.REVIEW_EMPTY: "Write the praise or the lesson: the note is empty.",
    P.REVIEW_TARGET: "A review note is about one decision or one case.",
    P.ONLY_SUPERVISOR_REVIEWS: "Only a supervisor can write review notes.",
    P.CASE_UNKNOWN_HERE: "This case is not known on this workstation.",
    P.NO_CASE: "There is no case with id {id}.",
    P.NO_CHECKLIST: (
        "There is no checklist for the category \"{category}\"; choose one of: {categories}."),
    P.BAD_SEVERITY: "The severity must be low, medium or high.",
    P.NO_DESCRIPTION: "Write what happened, in the customer's words.",
    P.CASE_CLOSED_CHECKLIST: "This case is closed; reopen it to change its checklist.",
    P.NO_STEP: "The case has no step \"{step}\".",
    P.COMPENSATE_NEEDS_NOTE: "Write in the note what was offered to the customer.",
    P.FOLLOW_UP_NEEDS_TIME: "Choose when to follow up with the customer.",
    P.CASE_ALREADY_CLOSED: "This case is already closed.",
    P.CLOSE_NEEDS_REASON: "Steps were unticked meanwhile; give a reason to close the case.",
    P.REOPEN_NEEDS_REASON: "Say why the case is reopened.",
    P.REOPEN_ONLY_CLOSED: "Only a closed case can be reopened.",
    P.NO_CUSTOMER: "There is no customer with id {id}.",
    P.NO_AGENT: "There is no agent with id {id}.",
    P.DUE_IN_PAST: "The follow-up cannot be due in the past; choose a later time.",
    P.NO_FOLLOW_UP: "There is no follow-up with id {id}.",
    P.PROMISE_EMPTY: "Write what was promised to the customer.",
    P.CASE_OF_ANOTHER_CUSTOMER: "That case belongs to another customer.",
    P.BAD_FOLLOW_UP_REASON: "The reason of a follow-up must be promise, remedy_check or call_back.",
    P.NO_DECISION: "There is no decision with id {id}.",
    P.FOLLOW_UP_DONE: "This follow-up is already done.",
    P.HAND_OVER_NOTHING: "Choose at least one follow-up or case to hand over.",
    P.HAND_OVER_TO_SELF: "This work is already with that agent: choose someone else.",
    P.NOT_YOURS: "This is a colleague's work: only its holder or a supervisor can hand it over.",
    P.ONLY_SUPERVISOR_SHARES: "Only a supervisor can share out a colleague's work.",
    P.NO_RECEIVER: "Choose at least one colleague, or the team queue, to share the work with.",
    P.PLAYBOOK_LINK: "Only a lesson points to a playbook section (category#heading).",
    P.TRAINING_EMPTY: "Say what you would like to learn: the request is empty.",
    P.TRAINING_TARGET: "Ask for training about one case or one decision.",
    P.NO_PLAYBOOK_LINK: "This note does not point to a playbook section.",
    P.CELEBRATE_PRAISE_ONLY: "Only a praise is celebrated with the team.",
    P.ALREADY_CELEBRATED: "The team already celebrates this praise.",
    P.BAD_FOLLOW_UP_OUTCOME: "The outcome must be satisfied, not_satisfied or unreachable.",
    P.WINDOW_BACKWARDS: "The window must end after it starts; choose a later end.",
    P.WINDOW_TOO_LONG: "A promised window lasts at most {limit} hours; promise a shorter one.",
    P.APPOINTMENT_NO_PURPOSE: "Write what the customer is coming for.",
    P.APPOINTMENT_PURPOSE_TOO_LONG:
        "What the customer is coming for is longer than {limit} characters.",
    P.NO_APPOINTMENT: "There is no appointment with id {id}.",
    P.APPOINTMENT_STATUS_BACK: "This appointment is already {state}; it cannot become {value}.",
    P.NO_MESSAGE_TEMPLATE: "There is no {what} message in language {value}.",
    P.CHANNEL_REFUSED:
        "The customer refused service messages by {what}: copy the text or use another channel.",
    P.NO_ADDRESS: "The customer has no {what} on file: add one with Ctrl+E or copy the text.",
    P.CAMPAIGN_NAME_EMPTY: "The campaign needs a name.",
    P.CAMPAIGN_NAME_TOO_LONG: "The campaign name is longer than {limit} characters.",
    P.PRODUCT_CODE_LENGTH: "The product code must be 1 to {limit} characters.",
    P.RECONTACT_DAYS_RANGE: "--recontact-days must be between {low} and {high}.",
    P.MAX_CALLS_30D_TOO_LOW: "--max-calls-30d must be 1 or more.",
    P.MAX_ATTEMPTS_TOO_LOW: "--max-attempts must be 1 or more.",
    P.CAMPAIGN_EXISTS: "A campaign named {name} already exists; choose another name.",
    P.NO_OFFER: (
        "There is no offer {offer}; import the offers first (carecenter import offers FILE)."),
    P.OFFER_OTHER_PRODUCT: "Offer {offer} is for product {offer_product}, not {product}.",
    P.NO_CAMPAIGN: "There is no campaign named {name}; create it with carecenter campaign create.",
    P.UNKNOWN_CODE: "Unknown {what} {value}.",
    P.UNKNOWN_OUTCOME: "Unknown outcome {outcome}.",
    P.NEGATIVE_DURATION: "The duration cannot be negative.",
    P.NAIVE_TIME: "The contact time needs a time zone.",
    P.MERGE_ITSELF: "A customer cannot be merged into itself.",
    P.MERGE_NEEDS_REASON: "Say why these customers are the same person before merging them.",
    P.MERGE_GONE: "One of the two customers no longer exists.",
    P.MERGE_ALREADY_MERGED: "One of the two customers is already merged into another.",
    P.MERGE_CYCLE: "The kept customer is already part of the other one.",
    P.NO_MERGE: "There is no such merge to undo.",
    P.MERGE_UNDONE: "This merge was already undone.",
    P.MERGE_MOVED: "The merged customer has moved since; undo the later merge first.",
    P.FILE_MISSING: "{path} does not exist; check the file name.",
    P.FILE_FOLDER: "{path} is a folder, not a CSV file.",
    P.FILE_NOT_TEXT: (
        "{file} is neither a CSV text file nor an .xlsx workbook; save it as CSV or .xlsx "
        "and import it again."),
    P.FILE_BAD_XLSX: (
        "{file} cannot be opened as an .xlsx workbook; open it in Excel, save it again as "
        ".xlsx (or CSV) and import it again."),
    P.FILE_NOT_ENCODED: (
        "{file} could not be read to the end (not {encoding} text{after_line}); the rows "
        "written so far are kept, fix the file and import it again to take the rest."),
    P.FILE_UNREADABLE: (
        "{file} could not be read to the end ({why}); the rows written so far are kept, fix "
        "the file and import it again to take the rest."),
    P.FILE_EMPTY: (
        "{file} is empty; the first line must be a header naming the columns (at least "
        "{columns})."),
    P.FILE_DUPLICATE_COLUMN: (
        "{file} names the column {column} twice in its header; keep one and import it "
        "again."),
    P.FILE_MISSING_COLUMNS: (
        "{file} has no {columns} {one_field}; nothing was imported."),
    P.FILE_STOPPED: (
        "Reading {file} stopped unexpectedly (exit code {exit_code}); the rows written so "
        "far are kept, import the file again to take the rest."),
    P.FILE_READ_FAILED: "Reading {file} failed ({why}); the rows written so far are kept.",
    P.SCREEN_POP_OUTCOME: "Unknown screen pop outcome {outcome}.",
    P.SCREEN_POP_TIME: "A screen pop cannot take negative or endless time.",
}

_APPROVAL_ONLY = "This amount is over your authority ({limits}): ask a supervisor for approval."
_LIMITS = {"decision": "per decision", "customer_30_days": "per customer in 30 days",
           "agent_day": "per day"}


def _value(name: str, value: object) -> str:
    if name == "limits" and isinstance(value, tuple):
        return ", ".join(_LIMITS.get(str(v), str(v)) for v in value)
    if name == "categories" and isinstance(value, tuple):
        return ", ".join(map(str, value)) or "none is loaded"
    if isinstance(value, tuple):
        return ", ".join(map(str, value))
    if name in {"remedy", "role", "outcome", "value"}:
        return repr(value)
    return str(value)


def refusal_sentence(exc: Refused) -> str:
    """The one sentence the command line prints for a refusal of the core."""
    template = WORDS[exc.code]
    if exc.code is Problem.OVER_AUTHORITY and not exc.values.get("may_override", True):
        template = _APPROVAL_ONLY
    values = {k: _value(k, v) for k, v in exc.values.items()}
    if exc.code is Problem.FILE_NOT_ENCODED:
        line = exc.values.get("after_line")
        values["after_line"] = f" after line {line}" if line is not None else ""
    if exc.code is Problem.FILE_MISSING_COLUMNS:
        missing = exc.values.get("columns", ())
        plural = "columns" if isinstance(missing, tuple) and len(missing) > 1 else "column"
        hint = ("; columns must be separated by commas or semicolons"
                if exc.values.get("one_field") else "")
        values["one_field"] = f'{plural} (header read: "{exc.values.get("header")}"){hint}'
    return template.format(**values)
