"""What the customer view reads of a record's address and its audit trail (issue 15)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

ADDRESS_COLUMNS = ("street, house_number, postcode, town, province, country, "
                   "primary_phone, primary_email")

# The audit trail as timeline items (the columns of view._CONTACTS): kind "change", the
# field's code as the outcome.
CHANGES = (
    "SELECT x.id, 'change' AS kind, x.at, '' AS channel, '' AS direction, '' AS team, "
    "x.field AS outcome, NULL AS duration_s, NULL AS summary, NULL AS campaign, "
    "NULL AS offer_code, NULL AS offer_title, a.name AS agent, x.old_value, x.new_value, "
    "x.desk FROM customer_change x LEFT JOIN agent a ON a.id = x.agent_id "
)


@dataclass(frozen=True)
class PostalAddress:
    street: str | None
    house_number: str | None
    postcode: str | None
    town: str | None
    province: str | None
    country: str | None


def postal_address(row: Mapping[str, Any]) -> PostalAddress | None:
    """The address of a customer row (its ``ADDRESS_COLUMNS``), None when it has none."""
    address = PostalAddress(row["street"], row["house_number"], row["postcode"], row["town"],
                            row["province"], row["country"])
    return address if any(vars(address).values()) else None


def primary_first(values: Sequence[str], primary: str | None) -> tuple[str, ...]:
    """``values`` once each, ``primary`` (when among them) first."""
    ordered = list(dict.fromkeys(values))
    if primary in ordered:
        ordered.remove(primary)
        ordered.insert(0, primary)
    return tuple(ordered)
