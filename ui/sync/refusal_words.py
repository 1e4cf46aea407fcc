"""The hub's refusals in the console's language, from the code and its values (never by
reading the hub's English sentence), and the set-aside service's own refusals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from carecenter.services.set_aside import SetAsideCode, SetAsideError
from carecenter.sync.refusals import Refusal, RefusalCode
from ui.widgets import formats
from ui.widgets.names import role_name

translate = QCoreApplication.translate  # literal calls, so that lupdate collects them


def table_name(table: str) -> str:
    names = {
        "agent": translate("RefusalWords", "agent"),
        "customer": translate("RefusalWords", "customer"),
        "customer_phone": translate("RefusalWords", "phone"),
        "customer_email": translate("RefusalWords", "email"),
        "contact": translate("RefusalWords", "contact"),
        "case": translate("RefusalWords", "case"),
        "decision": translate("RefusalWords", "decision"),
        "decision_answer": translate("RefusalWords", "answer to a decision"),
        "review_note": translate("RefusalWords", "review note"),
        "follow_up": translate("RefusalWords", "follow-up"),
        "hand_over": translate("RefusalWords", "hand-over"),
        "consent_event": translate("RefusalWords", "consent"),
        "offer": translate("RefusalWords", "offer"),
        "holding": translate("RefusalWords", "holding"),
        "authority_policy": translate("RefusalWords", "authority policy"),
        "remedy": translate("RefusalWords", "remedy"),
        "charter_text": translate("RefusalWords", "service charter"),
        "charter_citation": translate("RefusalWords", "charter citation"),
    }
    return names.get(table, table)


def _shown(value: Any) -> str:
    text = str(value)
    return "“" + (text if len(text) <= 60 else text[:57] + "…") + "”"


def _count(value: Any) -> str:
    """A length or a limit the hub sent, written in the console's language; ``?`` if none."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return formats.number(value)
    return "?"


def refusal_sentence(r: Refusal) -> str:
    """One sentence: what the hub refused and, where it can be said, what to do."""
    v = r.values
    table = table_name(str(v.get("table") or r.table))
    field = _shown(v.get("field", "?"))
    # A code without a sentence here (a hub newer than this console) gets the last one.
    said = _about_values(r.code, v, r.table, table, field) or _about_rights(r.code, v, table)
    return said or translate("RefusalWords", "The hub refused this change ({0}).").format(
        str(r.code))


def _about_values(c: RefusalCode | str, v: dict[str, Any], raw_table: str, table: str,
                  field: str) -> str | None:
    """A value the hub would not store: its table, field, type, length or clock."""
    if c is RefusalCode.UNKNOWN_TABLE:
        return translate(
            "RefusalWords", "The hub does not know the table {0}: it needs an update.").format(
            _shown(v.get("table", raw_table)))
    if c is RefusalCode.BAD_KIND:
        return translate("RefusalWords", "The hub does not take this kind of change ({0}).").format(
            _shown(v.get("kind", "?")))
    if c is RefusalCode.BAD_ID:
        return translate(
            "RefusalWords", "{0} is not a valid row id.").format(_shown(v.get("id", "?")))
    if c is RefusalCode.UNKNOWN_FIELD:
        return translate("RefusalWords", "The {0} has no field {1}.").format(table, field)
    if c is RefusalCode.BAD_TYPE:
        return translate("RefusalWords", "The {0} field {1} must be {2}.").format(table, field,
                                                          _expected(str(v.get("expected"))))
    if c is RefusalCode.TOO_LONG:
        return translate(
            "RefusalWords", "The {0} field {1} is {2} characters long; it may hold at most {3}.") \
            .format(table, field, _count(v.get("length")), _count(v.get("limit")))
    if c is RefusalCode.BAD_VALUE:
        allowed = v.get("allowed") or []
        if allowed:
            return translate(
                "RefusalWords", "The {0} field {1} cannot hold {2}: use one of {3}.").format(
                table, field, _shown(v.get("value", "")), ", ".join(map(str, allowed)))
        return translate("RefusalWords", "The {0} field {1} cannot hold {2}.").format(table, field,
                                                              _shown(v.get("value", "")))
    if c is RefusalCode.MISSING_FIELD:
        return translate("RefusalWords", "This new {0} needs the field {1}.").format(table, field)
    if c is RefusalCode.CLOCK_AHEAD:  # more than the hub's five minutes: always several
        return translate(
            "RefusalWords", "This change was stamped {0} minutes ahead of the hub's clock: "
            "fix this computer's date and time, then send it again.").format(
            _count(v.get("minutes")))
    if c is RefusalCode.BAD_CLOCK:
        return translate(
            "RefusalWords", "The clock of the {0} field {1} is not valid.").format(table, field)
    return None


def _about_rights(c: RefusalCode | str, v: dict[str, Any], table: str) -> str | None:
    """A change the hub refuses for who made it or what it refers to."""
    if c is RefusalCode.APPEND_ONLY:
        return translate(
            "RefusalWords", "This {0} was written once and cannot be changed.").format(table)
    if c is RefusalCode.ROLE:
        return translate(
            "RefusalWords", "Changing this {1} needs the role {0} or higher (you are {2}): ask an "
                  "administrator, then send it again.").format(
            role_name(str(v.get("needed", "?"))), table, role_name(str(v.get("role", "?"))))
    if c is RefusalCode.OVER_AUTHORITY:
        return translate(
            "RefusalWords", "This amount is over your own authority, so you cannot answer this "
                  "request.")
    if c is RefusalCode.OVER_UNIT_LIMIT:
        return translate(
            "RefusalWords", "{0} of this remedy is over the published limit of your role ({1}) "
            "for one grant: ask a supervisor for approval.").format(
            _count(v.get("quantity")), _count(v.get("limit")))
    if c is RefusalCode.NO_ANSWER:
        return translate(
            "RefusalWords", "A decision is approved or refused only by a supervisor's answer.")
    if c is RefusalCode.UNKNOWN_DECISION:
        return translate(
            "RefusalWords", "The decision this refers to is not on the hub yet: send it "
            "again after "
                  "the next sync.")
    if c is RefusalCode.OWN_REQUEST:
        return translate(
            "RefusalWords", "Nobody can answer their own request: ask another supervisor.")
    if c is RefusalCode.UNKNOWN_REFERENCE:
        return translate(
            "RefusalWords", "This {0} names a {1} the hub does not have: send that one "
            "first, then send this again.").format(table, table_name(str(v.get("target"))))
    if c is RefusalCode.DISABLED:
        return translate("RefusalWords", "This agent was disabled by an administrator.")
    if c is RefusalCode.NOT_YOURS:
        return translate(
            "RefusalWords", "This {0} is not yours to hand over: ask a supervisor to share "
            "it out.").format(table)
    if c is RefusalCode.HAND_OVER_FIELDS:
        return translate(
            "RefusalWords", "A hand-over changes only who holds this {0} and adds a note: "
            "save your other changes apart.").format(table)
    return None


def _expected(kind: str) -> str:
    kinds = {
        "text": translate("RefusalWords", "text"),
        "a whole number": translate("RefusalWords", "a whole number"),
        "true or false": translate("RefusalWords", "true or false"),
        "a JSON value": translate("RefusalWords", "a JSON value"),
        "a date (ISO text)": translate("RefusalWords", "a date (YYYY-MM-DD)"),
        "an instant (ISO text with a time zone)": translate(
            "RefusalWords", "a date and time with its zone"),
    }
    return kinds.get(kind, kind)


def set_aside_sentence(exc: SetAsideError) -> str:
    c, v = exc.code, exc.values
    if c is SetAsideCode.UNKNOWN:
        return translate(
            "RefusalWords", "This change is no longer waiting: it was sent again or discarded.")
    if c is SetAsideCode.NO_REASON:
        return translate(
            "RefusalWords", "Say why the change is discarded: the reason stays as its record.")
    if c is SetAsideCode.REASON_TOO_LONG:
        return translate(
            "RefusalWords", "The reason is too long: keep it under {0} characters.").format(
            _count(v.get("limit", 500)))
    if c is SetAsideCode.NOT_FIXABLE:
        return translate(
            "RefusalWords", "This refusal is not about a value: send it again or discard it.")
    if c is SetAsideCode.UNKNOWN_FIELD:
        return translate(
            "RefusalWords", "The hub has no field {0} here.").format(_shown(v.get("field", "?")))
    refusal = v.get("refusal")
    if isinstance(refusal, Refusal):
        return translate("RefusalWords", "The hub would refuse this value too: {0}").format(
            refusal_sentence(refusal))
    return translate("RefusalWords", "The hub would refuse this value too.")
