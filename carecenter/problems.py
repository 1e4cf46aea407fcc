"""What the core's services refuse, as codes with values; the words live at the edges.

A service that refuses raises a ``Refused`` (or one of its feature's subclasses:
``DecisionError``, ``CaseError``, ``CampaignError``...) carrying a ``Problem`` and the values
its sentence needs, by name. The console says it through ``ui/widgets/refusal_words.py``
(``tr()``, English and Italian), the command line through
``carecenter/commands/refusal_words.py``; nothing parses a sentence back into meaning
(conventions 15).
"""

from __future__ import annotations

from enum import StrEnum


class Problem(StrEnum):
    """Every refusal of the services, one code each. Values, where a sentence needs them,
    are named in the comment."""

    # Who is working
    NOT_SIGNED_IN = "not_signed_in"
    AGENT_NAME_MISSING = "agent_name_missing"
    UNKNOWN_ROLE = "unknown_role"  # role, roles

    # Amounts and the authority policy
    AMOUNT_NOT_CENTS = "amount_not_cents"
    AMOUNT_NEGATIVE = "amount_negative"
    AMOUNT_CURRENCY = "amount_currency"  # currency, policy_currency

    # Granting and answering decisions
    OVERRIDE_NEEDS_REASON = "override_needs_reason"
    REASON_TOO_LONG = "reason_too_long"  # limit
    OVER_AUTHORITY = "over_authority"  # limits (tuple of Limit), may_override
    OVER_AUTHORITY_NO_OVERRIDE = "over_authority_no_override"  # limits
    AGENT_UNKNOWN_HERE = "agent_unknown_here"
    CUSTOMER_UNKNOWN_HERE = "customer_unknown_here"
    REMEDY_UNKNOWN = "remedy_unknown"  # remedy
    ONLY_SUPERVISOR_ANSWERS = "only_supervisor_answers"
    DECISION_UNKNOWN_HERE = "decision_unknown_here"
    REQUEST_NOT_WAITING = "request_not_waiting"  # state
    OWN_REQUEST = "own_request"
    REFUSAL_NEEDS_REASON = "refusal_needs_reason"
    NOTE_TOO_LONG = "note_too_long"  # limit
    CASE_NOT_THE_CUSTOMERS = "case_not_the_customers"
    QUANTITY_BAD = "quantity_bad"  # unit, limit (a remedy that costs nothing)

    # The service charter
    CHARTER_CLAUSE_UNKNOWN = "charter_clause_unknown"  # clause
    CITATION_TARGET = "citation_target"  # cite on one case or one decision
    DECISION_NOT_THE_CUSTOMERS = "decision_not_the_customers"

    # Review notes
    REVIEW_KIND = "review_kind"
    REVIEW_EMPTY = "review_empty"
    REVIEW_TARGET = "review_target"
    ONLY_SUPERVISOR_REVIEWS = "only_supervisor_reviews"
    CASE_UNKNOWN_HERE = "case_unknown_here"

    # Cases and follow-ups
    NO_CASE = "no_case"  # id
    NO_CHECKLIST = "no_checklist"  # category, categories
    BAD_SEVERITY = "bad_severity"
    NO_DESCRIPTION = "no_description"
    CASE_CLOSED_CHECKLIST = "case_closed_checklist"
    NO_STEP = "no_step"  # step
    COMPENSATE_NEEDS_NOTE = "compensate_needs_note"
    FOLLOW_UP_NEEDS_TIME = "follow_up_needs_time"
    CASE_ALREADY_CLOSED = "case_already_closed"
    CLOSE_NEEDS_REASON = "close_needs_reason"
    REOPEN_NEEDS_REASON = "reopen_needs_reason"
    REOPEN_ONLY_CLOSED = "reopen_only_closed"
    NO_CUSTOMER = "no_customer"  # id
    NO_AGENT = "no_agent"  # id
    DUE_IN_PAST = "due_in_past"
    NO_FOLLOW_UP = "no_follow_up"  # id
    PROMISE_EMPTY = "promise_empty"
    CASE_OF_ANOTHER_CUSTOMER = "case_of_another_customer"
    BAD_FOLLOW_UP_REASON = "bad_follow_up_reason"
    NO_DECISION = "no_decision"  # id
    FOLLOW_UP_DONE = "follow_up_done"
    BAD_FOLLOW_UP_OUTCOME = "bad_follow_up_outcome"
    WINDOW_BACKWARDS = "window_backwards"
    WINDOW_TOO_LONG = "window_too_long"  # limit (hours)

    # Counter appointments
    APPOINTMENT_NO_PURPOSE = "appointment_no_purpose"
    APPOINTMENT_PURPOSE_TOO_LONG = "appointment_purpose_too_long"  # limit
    NO_APPOINTMENT = "no_appointment"  # id
    APPOINTMENT_STATUS_BACK = "appointment_status_back"  # state, value (the one asked)

    # Telling the customer (message templates)
    NO_MESSAGE_TEMPLATE = "no_message_template"  # what (kind), value (language)
    CHANNEL_REFUSED = "channel_refused"  # what (channel)
    NO_ADDRESS = "no_address"  # what (channel)

    # Hand-overs and share-outs (issue 19)
    HAND_OVER_NOTHING = "hand_over_nothing"
    HAND_OVER_TO_SELF = "hand_over_to_self"
    NOT_YOURS = "not_yours"
    ONLY_SUPERVISOR_SHARES = "only_supervisor_shares"
    NO_RECEIVER = "no_receiver"

    # Skills grown, not blamed (issue 19)
    PLAYBOOK_LINK = "playbook_link"  # only a lesson points to a playbook section
    TRAINING_EMPTY = "training_empty"
    TRAINING_TARGET = "training_target"
    NO_PLAYBOOK_LINK = "no_playbook_link"
    CELEBRATE_PRAISE_ONLY = "celebrate_praise_only"
    ALREADY_CELEBRATED = "already_celebrated"

    # Campaigns and call lists
    CAMPAIGN_NAME_EMPTY = "campaign_name_empty"
    CAMPAIGN_NAME_TOO_LONG = "campaign_name_too_long"  # limit
    PRODUCT_CODE_LENGTH = "product_code_length"  # limit
    RECONTACT_DAYS_RANGE = "recontact_days_range"  # low, high
    MAX_CALLS_30D_TOO_LOW = "max_calls_30d_too_low"
    MAX_ATTEMPTS_TOO_LOW = "max_attempts_too_low"
    CAMPAIGN_EXISTS = "campaign_exists"  # name
    NO_OFFER = "no_offer"  # offer
    OFFER_OTHER_PRODUCT = "offer_other_product"  # offer, offer_product, product
    NO_CAMPAIGN = "no_campaign"  # name

    # Contacts
    UNKNOWN_CODE = "unknown_code"  # what (channel, direction, team), value
    UNKNOWN_OUTCOME = "unknown_outcome"  # outcome
    NEGATIVE_DURATION = "negative_duration"
    NAIVE_TIME = "naive_time"

    # Merges
    MERGE_ITSELF = "merge_itself"
    MERGE_NEEDS_REASON = "merge_needs_reason"
    MERGE_GONE = "merge_gone"
    MERGE_ALREADY_MERGED = "merge_already_merged"
    MERGE_CYCLE = "merge_cycle"
    NO_MERGE = "no_merge"
    MERGE_UNDONE = "merge_undone"
    MERGE_MOVED = "merge_moved"

    # An import file as a whole
    FILE_MISSING = "file_missing"  # path
    FILE_FOLDER = "file_folder"  # path
    FILE_NOT_TEXT = "file_not_text"  # file
    FILE_BAD_XLSX = "file_bad_xlsx"  # file
    FILE_NOT_ENCODED = "file_not_encoded"  # file, encoding, after_line (None: the header)
    FILE_UNREADABLE = "file_unreadable"  # file, why (the system's words)
    FILE_EMPTY = "file_empty"  # file, columns
    FILE_DUPLICATE_COLUMN = "file_duplicate_column"  # file, column
    FILE_MISSING_COLUMNS = "file_missing_columns"  # file, columns, header, one_field
    FILE_STOPPED = "file_stopped"  # file, exit_code
    FILE_READ_FAILED = "file_read_failed"  # file, why

    # Screen pops
    SCREEN_POP_OUTCOME = "screen_pop_outcome"  # outcome
    SCREEN_POP_TIME = "screen_pop_time"


class Refused(ValueError):
    """A service refused: ``code`` says why, ``values`` hold what its sentence names.

    ``str()`` is for logs only (the code and its values), never shown to a user.
    """

    def __init__(self, code: Problem, **values: object) -> None:
        super().__init__(code.value)
        self.code = code
        self.values: dict[str, object] = values

    def __str__(self) -> str:
        if not self.values:
            return self.code.value
        inner = ", ".join(f"{k}={v!r}" for k, v in self.values.items())
        return f"{self.code.value} ({inner})"
