"""Why the hub (or this workstation, before a write) refuses one op: a code and its values.

The core speaks only in these. The hub service, the CLI and the console each turn a
``Refusal`` into one sentence, in one place each (``carecenter.hub.words`` for the hub's
English sentence and the CLI; ``ui`` through ``tr()``).

``Principal`` is who sent an op, as the hub knows it from the device token: the client's
word is taken for none of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class RefusalCode(StrEnum):
    UNKNOWN_TABLE = "unknown_table"        # values: table
    BAD_KIND = "bad_kind"                  # values: kind
    BAD_ID = "bad_id"                      # values: id (a row or op id that is no UUID)
    UNKNOWN_FIELD = "unknown_field"        # field
    BAD_TYPE = "bad_type"                  # field, expected ("text", "integer", ...)
    TOO_LONG = "too_long"                  # field, limit, length
    BAD_VALUE = "bad_value"                # field, value, allowed (a list, may be empty)
    MISSING_FIELD = "missing_field"        # field (a required field of a new row)
    CLOCK_AHEAD = "clock_ahead"            # field, minutes
    BAD_CLOCK = "bad_clock"                # field (a clock that is no whole number)
    APPEND_ONLY = "append_only"            # table (an update of a row written once)
    ROLE = "role"                          # table, needed (role), role (the sender's)
    OVER_AUTHORITY = "over_authority"      # amount_cents, limit_cents
    NO_ANSWER = "no_answer"                # decision arrives approved/rejected unanswered
    UNKNOWN_DECISION = "unknown_decision"  # an answer or note for a decision not on the hub
    OWN_REQUEST = "own_request"            # a supervisor answering their own request
    DISABLED = "disabled"                  # the sending agent is disabled
    UNKNOWN_REFERENCE = "unknown_reference"  # field, target (table), id: a row nobody sent
    NOT_YOURS = "not_yours"                # table: a hand-over of work that is not the sender's
    HAND_OVER_FIELDS = "hand_over_fields"  # table, field: a hand-over changing more than who
    OVER_UNIT_LIMIT = "over_unit_limit"    # remedy, quantity, limit: a remedy that costs
                                           # nothing granted "within" over its per-grant limit


@dataclass(frozen=True)
class Refusal:
    """One op refused: ``op_id``, the table and row, the code and the values its sentence
    needs (see ``RefusalCode``)."""

    code: RefusalCode
    op_id: str = ""
    table: str = ""
    row_id: str = ""
    values: dict[str, Any] = field(default_factory=dict)

    def wire(self, message: str) -> dict[str, Any]:
        return {"op_id": self.op_id, "code": str(self.code), "table": self.table,
                "row_id": self.row_id, "values": self.values, "message": message}

    @classmethod
    def from_wire(cls, d: dict[str, Any]) -> Refusal:
        try:
            code = RefusalCode(str(d.get("code")))
        except ValueError:
            code = RefusalCode.BAD_VALUE
        values = d.get("values") if isinstance(d.get("values"), dict) else {}
        return cls(code, str(d.get("op_id", "")), str(d.get("table", "")),
                   str(d.get("row_id", "")), dict(values or {}))


@dataclass(frozen=True)
class Principal:
    """The signed-in agent behind a request, from the hub's own records."""

    agent_id: str
    name: str
    role: str
    device_id: str
    site: str
    store: str | None = None


__all__ = ["Principal", "Refusal", "RefusalCode"]
