"""The hub's refusals in the console's language, from the code and its values (never by
reading the hub's English sentence), and the set-aside service's own refusals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from carecenter.services.set_aside import SetAsideCode, SetAsideError
from carecenter.sync.refusals import Refusal, RefusalCode
from ui.signin.words import role_name


def _t(text: str) -> str:
    return QCoreApplication.translate("RefusalWords", text)


def table_name(table: str) -> str:
    names = {
        "agent": _t("agent"), "customer": _t("customer"), "customer_phone": _t("phone"),
        "customer_email": _t("email"), "contact": _t("contact"), "case": _t("case"),
        "decision": _t("decision"), "decision_answer": _t("answer to a decision"),
        "review_note": _t("review note"), "follow_up": _t("follow-up"),
        "consent_event": _t("consent"), "offer": _t("offer"), "holding": _t("holding"),
        "authority_policy": _t("authority policy"), "remedy": _t("remedy"),
    }
    return names.get(table, table)


def _shown(value: Any) -> str:
    text = str(value)
    return "“" + (text if len(text) <= 60 else text[:57] + "…") + "”"


def refusal_sentence(r: Refusal) -> str:
    """One sentence: what the hub refused and, where it can be said, what to do."""
    v = r.values
    table = table_name(str(v.get("table") or r.table))
    field = _shown(v.get("field", "?"))
    c = r.code
    if c is RefusalCode.UNKNOWN_TABLE:
        return _t("The hub does not know the table {0}: it needs an update.").format(
            _shown(v.get("table", r.table)))
    if c is RefusalCode.BAD_KIND:
        return _t("The hub does not take this kind of change ({0}).").format(
            _shown(v.get("kind", "?")))
    if c is RefusalCode.BAD_ID:
        return _t("{0} is not a valid row id.").format(_shown(v.get("id", "?")))
    if c is RefusalCode.UNKNOWN_FIELD:
        return _t("The {0} has no field {1}.").format(table, field)
    if c is RefusalCode.BAD_TYPE:
        return _t("The {0} field {1} must be {2}.").format(table, field,
                                                          _expected(str(v.get("expected"))))
    if c is RefusalCode.TOO_LONG:
        return _t("The {0} field {1} is {2} characters long; it may hold at most {3}.") \
            .format(table, field, v.get("length", "?"), v.get("limit", "?"))
    if c is RefusalCode.BAD_VALUE:
        allowed = v.get("allowed") or []
        if allowed:
            return _t("The {0} field {1} cannot hold {2}: use one of {3}.").format(
                table, field, _shown(v.get("value", "")), ", ".join(map(str, allowed)))
        return _t("The {0} field {1} cannot hold {2}.").format(table, field,
                                                              _shown(v.get("value", "")))
    if c is RefusalCode.MISSING_FIELD:
        return _t("This new {0} needs the field {1}.").format(table, field)
    if c is RefusalCode.CLOCK_AHEAD:
        minutes = v.get("minutes")
        return QCoreApplication.translate(
            "RefusalWords", "This change was stamped %n minute(s) ahead of the hub's clock: "
            "fix this computer's date and time, then send it again.", "",
            minutes if isinstance(minutes, int) else 0)
    if c is RefusalCode.BAD_CLOCK:
        return _t("The clock of the {0} field {1} is not valid.").format(table, field)
    if c is RefusalCode.APPEND_ONLY:
        return _t("This {0} was written once and cannot be changed.").format(table)
    if c is RefusalCode.ROLE:
        return _t("Changing this {1} needs the role {0} or higher (you are {2}): ask an "
                  "administrator, then send it again.").format(
            role_name(str(v.get("needed", "?"))), table, role_name(str(v.get("role", "?"))))
    if c is RefusalCode.OVER_AUTHORITY:
        return _t("This amount is over your own authority, so you cannot answer this "
                  "request.")
    if c is RefusalCode.NO_ANSWER:
        return _t("A decision is approved or refused only by a supervisor's answer.")
    if c is RefusalCode.UNKNOWN_DECISION:
        return _t("The decision this refers to is not on the hub yet: send it again after "
                  "the next sync.")
    if c is RefusalCode.OWN_REQUEST:
        return _t("Nobody can answer their own request: ask another supervisor.")
    return _t("This agent was disabled by an administrator.")


def _expected(kind: str) -> str:
    kinds = {"text": _t("text"), "a whole number": _t("a whole number"),
             "true or false": _t("true or false"), "a JSON value": _t("a JSON value"),
             "a date (ISO text)": _t("a date (YYYY-MM-DD)"),
             "an instant (ISO text with a time zone)": _t("a date and time with its zone")}
    return kinds.get(kind, kind)


def set_aside_sentence(exc: SetAsideError) -> str:
    c, v = exc.code, exc.values
    if c is SetAsideCode.UNKNOWN:
        return _t("This change is no longer waiting: it was sent again or discarded.")
    if c is SetAsideCode.NO_REASON:
        return _t("Say why the change is discarded: the reason stays as its record.")
    if c is SetAsideCode.REASON_TOO_LONG:
        return _t("The reason is too long: keep it under {0} characters.").format(
            v.get("limit", 500))
    if c is SetAsideCode.NOT_FIXABLE:
        return _t("This refusal is not about a value: send it again or discard it.")
    if c is SetAsideCode.UNKNOWN_FIELD:
        return _t("The hub has no field {0} here.").format(_shown(v.get("field", "?")))
    refusal = v.get("refusal")
    if isinstance(refusal, Refusal):
        return _t("The hub would refuse this value too: {0}").format(
            refusal_sentence(refusal))
    return _t("The hub would refuse this value too.")
