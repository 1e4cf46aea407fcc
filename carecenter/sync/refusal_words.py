"""A refusal in one English sentence: what the hub puts beside the code in its answer and
what ``carecenter sync`` prints. The console says the same in its own language from the
code and values (``ui``); nothing parses these sentences back."""

from __future__ import annotations

from carecenter.sync.refusals import Refusal, RefusalCode

_WORDS: dict[RefusalCode, str] = {
    RefusalCode.UNKNOWN_TABLE: "The hub does not know the table {table!r}: update the hub.",
    RefusalCode.BAD_KIND: "{kind!r} is not a kind of change the hub takes "
                          "(insert, update or delete).",
    RefusalCode.BAD_ID: "{id!r} is not a valid row id.",
    RefusalCode.UNKNOWN_FIELD: "The {table} table has no field {field!r}.",
    RefusalCode.BAD_TYPE: "The {table} field {field!r} must be {expected}.",
    RefusalCode.TOO_LONG: "The {table} field {field!r} is {length} characters long; "
                          "the most it may hold is {limit}.",
    RefusalCode.BAD_VALUE: "The {table} field {field!r} cannot hold {value!r}.",
    RefusalCode.MISSING_FIELD: "A new {table} row needs the field {field!r}.",
    RefusalCode.CLOCK_AHEAD: "The {table} field {field!r} was stamped {minutes} minutes ahead "
                             "of the hub's clock: fix this workstation's date and time.",
    RefusalCode.BAD_CLOCK: "The clock of the {table} field {field!r} is not a valid clock.",
    RefusalCode.APPEND_ONLY: "{table} rows are written once and cannot be changed.",
    RefusalCode.ROLE: "Only {needed} may change {table} rows (you are {role}).",
    RefusalCode.OVER_AUTHORITY: "{amount_cents} cents is over your own authority "
                                "({limit_cents} cents), so you cannot answer this request.",
    RefusalCode.NO_ANSWER: "A decision can only be approved or refused by a supervisor's "
                           "answer.",
    RefusalCode.UNKNOWN_DECISION: "The decision this refers to is not on the hub.",
    RefusalCode.OWN_REQUEST: "Nobody can answer their own request: ask another supervisor.",
    RefusalCode.DISABLED: "This agent was disabled by an administrator.",
    RefusalCode.UNKNOWN_REFERENCE: "The {table} field {field!r} names a {target} row the hub "
                                   "does not have: send that row first.",
    RefusalCode.NOT_YOURS: "This {table} is not the sender's to hand over: only whoever holds "
                           "it, the team queue's work, or a supervisor may move it.",
    RefusalCode.HAND_OVER_FIELDS: "A hand-over may change only who holds the {table} and add "
                                  "a note, not the field {field!r}.",
    RefusalCode.OVER_UNIT_LIMIT: "{quantity} of {remedy} is over the published limit of your "
                                 "role ({limit}) for one grant: ask a supervisor for "
                                 "approval.",
}


class _Blank(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "?"


def refusal_sentence(r: Refusal) -> str:
    values = _Blank(r.values)
    values.setdefault("table", r.table)
    if r.code is RefusalCode.ROLE:
        values["needed"] = {"admin": "an administrator", "supervisor": "a supervisor"}.get(
            str(values.get("needed")), str(values.get("needed")))
    if r.code is RefusalCode.BAD_VALUE and values.get("allowed"):
        allowed = ", ".join(str(a) for a in values["allowed"])  # type: ignore[attr-defined]
        return (f"The {r.table} field {values.get('field')!r} cannot hold "
                f"{values.get('value')!r}: use one of {allowed}.")
    try:
        return _WORDS[r.code].format_map(values)
    except (KeyError, ValueError, IndexError):
        return f"The hub refused this change ({r.code})."
