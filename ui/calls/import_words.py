"""The console's words for what is wrong with an imported row (one place, through tr)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carecenter.services.imports import Code, Problem, Reject

translate = QCoreApplication.translate


def problem_words(p: Problem) -> str:
    """One problem of a row in the console's language: column, value and reason."""
    t = _template(p.code)
    extra = [str(e).replace("|", ", ") for e in p.extra]
    return t.format(*extra, column=p.column, value=p.value)


def reject_words(r: Reject) -> str:
    return "; ".join(problem_words(p) for p in r.problems)


def _template(code: Code) -> str:
    return _shape_template(code) or _reference_template(code)


def _shape_template(code: Code) -> str | None:
    """A value of the wrong shape: empty, too long, not a date, a number, a phone..."""
    if code is Code.EMPTY:
        return translate("ImportWords", "{column} is empty")
    if code is Code.TOO_LONG:
        return translate("ImportWords", "{column} is longer than {0} characters")
    if code is Code.NOT_ONE_OF:
        return translate("ImportWords", "{column} “{value}” is not one of {0}")
    if code is Code.NOT_LANGUAGE:
        return translate("ImportWords", "language “{value}” is not a two-letter language code "
                                  "like it or en")
    if code is Code.NOT_DATE:
        return translate("ImportWords", "{column} “{value}” is not a date like 31/12/1980 or "
                                  "1980-12-31")
    if code is Code.NOT_INSTANT:
        return translate("ImportWords", "{column} “{value}” is not a date and time like "
                                  "05/12/2026 14:30 or 2026-12-05T14:30")
    if code is Code.TOO_OLD:
        return translate("ImportWords", "{column} “{value}” is before {0}")
    if code is Code.IN_FUTURE:
        return translate("ImportWords", "{column} “{value}” is more than a day in the future")
    if code is Code.CONTROL_CHARACTER:
        return translate("ImportWords", "{column} holds a control character ({0}), which no text "
                                  "may hold")
    if code is Code.NOT_WHOLE:
        return translate("ImportWords", "{column} “{value}” is not a whole number of 0 or more")
    if code is Code.NOT_AMOUNT:
        return translate("ImportWords", "{column} “{value}” is not an amount in euro like 12.50")
    if code is Code.NOT_PHONE:
        return translate("ImportWords", "phone “{value}” is not a phone number (region {0})")
    if code is Code.NOT_EMAIL:
        return translate("ImportWords", "email “{value}” is not an e-mail address")
    return None


def _reference_template(code: Code) -> str:
    """A value that does not fit the rest: the file, the store or another line."""
    if code is Code.END_BEFORE_START:
        return translate("ImportWords", "{column} {value} is before valid_from {0}")
    if code is Code.UNKNOWN_CUSTOMER:
        return translate("ImportWords", "unknown customer_ref {value}")
    if code is Code.UNKNOWN_CAMPAIGN:
        return translate("ImportWords", "unknown campaign {value} (create it first)")
    if code is Code.UNKNOWN_OFFER:
        return translate("ImportWords", "unknown offer {value} (import the offers first)")
    if code is Code.EXISTS_DIFFERENT:
        return translate("ImportWords", "{column} {value} already exists with different data")
    if code is Code.REPEATED:
        return translate("ImportWords", "{column} {value} appears again with different data "
                                  "(first on line {0})")
    if code is Code.NOT_CSV:
        return translate("ImportWords", "not valid CSV ({value})")
    return translate("ImportWords", "has {0} fields where the header has {1}")
