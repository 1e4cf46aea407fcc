"""What is wrong with a row of an import file: codes with values, never words.

A row may have several problems; each names its column and the value found (shortened to
``SHOWN`` characters), so that the command line (carecenter/commands/import_words.py) and
the console (ui/calls/import_words.py) can each say it in their own words.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

SHOWN = 40  # characters of a value a problem keeps (a field may hold megabytes)


class Code(StrEnum):
    EMPTY = "empty"                        # a required column is empty
    TOO_LONG = "too_long"                  # extra: (the store's length,)
    NOT_ONE_OF = "not_one_of"              # extra: (allowed codes, "|"-joined,)
    NOT_LANGUAGE = "not_language"          # not a two-letter language code or name
    NOT_DATE = "not_date"
    NOT_INSTANT = "not_instant"
    TOO_OLD = "too_old"                    # extra: (first year taken,)
    IN_FUTURE = "in_future"                # more than a day ahead of the workstation
    CONTROL_CHARACTER = "control_character"  # extra: (code point as U+XXXX,)
    NOT_WHOLE = "not_whole"
    NOT_AMOUNT = "not_amount"
    NOT_PHONE = "not_phone"                # extra: (region,)
    NOT_EMAIL = "not_email"
    END_BEFORE_START = "end_before_start"  # extra: (the start,)
    UNKNOWN_CUSTOMER = "unknown_customer"
    UNKNOWN_CAMPAIGN = "unknown_campaign"
    UNKNOWN_OFFER = "unknown_offer"
    EXISTS_DIFFERENT = "exists_different"  # the key is stored with other data
    REPEATED = "repeated"                  # extra: (line of the first row with this key,)
    NOT_CSV = "not_csv"                    # value: what the CSV reader said
    FIELD_COUNT = "field_count"            # extra: (fields found, fields in the header)


@dataclass(frozen=True, slots=True)
class Problem:
    code: Code
    column: str = ""
    value: str = ""
    extra: tuple[str | int, ...] = ()


def problem(code: Code, column: str = "", value: str = "", *extra: str | int) -> Problem:
    if len(value) > SHOWN:
        value = value[:SHOWN - 1] + "…"
    return Problem(code, column, value, extra)


class RowError(Exception):
    """This row cannot be imported; ``problems`` says every reason found."""

    def __init__(self, *problems: Problem) -> None:
        super().__init__(", ".join(p.code.value for p in problems))
        self.problems: tuple[Problem, ...] = problems

    def __reduce__(self) -> tuple[type[RowError], tuple[Problem, ...]]:
        return RowError, self.problems


def plain(p: Problem) -> str:
    """A problem as its code and values (the rejects file when no words are given)."""
    parts = [p.code.value, p.column, repr(p.value) if p.value else "",
             *(str(e) for e in p.extra)]
    return " ".join(x for x in parts if x)
