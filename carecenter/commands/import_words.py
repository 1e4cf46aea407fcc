"""The command line's words for what is wrong with an imported row (one place).

The core says each problem as a code with its column and value
(carecenter/services/imports/problems.py); this module says it in English.
"""

from __future__ import annotations

from carecenter.services.imports import Code, Problem, Reject

_WORDS: dict[Code, str] = {
    Code.EMPTY: "{column} is empty",
    Code.TOO_LONG: "{column} is longer than {0} characters",
    Code.NOT_ONE_OF: "{column} {value!r} is not one of {codes}",
    Code.NOT_LANGUAGE: "language {value!r} is not a two-letter language code like it or en",
    Code.NOT_DATE: "{column} {value!r} is not a date like 31/12/1980 or 1980-12-31",
    Code.NOT_INSTANT: "{column} {value!r} is not a date and time like 05/12/2026 14:30 or "
                      "2026-12-05T14:30",
    Code.TOO_OLD: "{column} {value!r} is before {0}",
    Code.IN_FUTURE: "{column} {value!r} is more than a day in the future",
    Code.CONTROL_CHARACTER: "{column} holds a control character ({0}), which no text may hold",
    Code.NOT_WHOLE: "{column} {value!r} is not a whole number of 0 or more",
    Code.NOT_AMOUNT: "{column} {value!r} is not an amount in euro like 12.50",
    Code.NOT_PHONE: "phone {value!r} is not a phone number (region {0})",
    Code.NOT_EMAIL: "email {value!r} is not an e-mail address",
    Code.END_BEFORE_START: "{column} {value} is before valid_from {0}",
    Code.UNKNOWN_CUSTOMER: "unknown customer_ref {value}",
    Code.UNKNOWN_CAMPAIGN: "unknown campaign {value} (create it first with carecenter "
                           "campaign create)",
    Code.UNKNOWN_OFFER: "unknown offer {value} (import the offers first)",
    Code.EXISTS_DIFFERENT: "{column} {value} already exists with different data",
    Code.REPEATED: "{column} {value} appears again with different data (first on line {0})",
    Code.NOT_CSV: "not valid CSV ({value})",
    Code.FIELD_COUNT: "has {0} fields where the header has {1}",
}


def problem_words(p: Problem) -> str:
    codes = str(p.extra[0]).replace("|", ", ") if p.extra else ""
    return _WORDS[p.code].format(*p.extra, column=p.column, value=p.value, codes=codes)


def reject_words(r: Reject) -> str:
    """Every problem of a rejected row, in one line."""
    return "; ".join(problem_words(p) for p in r.problems)
