"""The banner's data-quality lines (issue 15 part 5): what sync found about this customer.

- ``possible_duplicate``: another live customer the hub flagged as probably the same
  person (a ``sync_conflict`` of kind ``duplicate``: same customer number or phone),
  not merged since; ``ref`` is that customer, whom the console offers to merge.
- ``changes_to_check``: field conflicts (``sync_conflict`` of kind ``field``, and
  ``delete`` for a delete that met an edit) on this customer's record, phones and
  e-mails, the losing value kept for a person to check.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from carecenter.services.customers.family import in_clause

# The tables whose field conflicts count as this customer's "changes to check", each with
# how its rows name the customer.
CHECKED_TABLES = {"customer": "id", "customer_phone": "customer_id",
                  "customer_email": "customer_id"}

Line = tuple[str, dict[str, Any], str | None]


def data_quality_lines(conn: Any, family: list[str]) -> list[Line]:
    return [*_duplicates(conn, family), *_changes(conn, family)]


def _duplicates(conn: Any, family: list[str]) -> list[Line]:
    marks, params = in_clause("c", family)
    rows = conn.execute(text(
        "SELECT sc.row_id, sc.other_row_id, sc.field, sc.kept_value FROM sync_conflict sc "
        f"WHERE sc.kind = 'duplicate' AND (sc.row_id IN ({marks}) "
        f"OR sc.other_row_id IN ({marks})) ORDER BY sc.at, sc.id"), params).all()
    others: dict[str, tuple[str, str | None]] = {}
    for a, b, key, value in rows:
        other = b if a in family else a
        if other and other not in family and other not in others:
            others[other] = (key, value)
    if not others:
        return []
    omarks, oparams = in_clause("o", sorted(others))
    live = {r[0]: r for r in conn.execute(text(
        "SELECT id, customer_ref, first_name, last_name, company FROM customer "
        f"WHERE id IN ({omarks}) AND deleted = 0 AND merged_into_id IS NULL"), oparams)}
    found = [o for o in others if o in live]
    if not found:
        return []
    first = live[found[0]]
    name = " ".join(p for p in (first[2], first[3]) if p) or first[4] or None
    key, value = others[found[0]]
    return [("possible_duplicate", {
        "count": len(found), "other_id": first[0], "other_ref": first[1], "other_name": name,
        "field": key, "value": value}, first[0])]


def _changes(conn: Any, family: list[str]) -> list[Line]:
    marks, params = in_clause("c", family)
    parts = [f"SELECT '{t}' AS t, id FROM {t} WHERE {col} IN ({marks})"
             for t, col in CHECKED_TABLES.items()]
    n = conn.execute(text(
        f"WITH mine AS ({' UNION ALL '.join(parts)}) "
        "SELECT count(*) FROM sync_conflict sc JOIN mine ON mine.t = sc.table_name "
        f"AND mine.id = sc.row_id WHERE sc.kind IN ('field', 'delete'){unresolved_condition()}"),
        params).scalar_one()
    return [("changes_to_check", {"count": int(n)}, None)] if n else []


def unresolved_condition() -> str:
    """The SQL condition (starting `` AND ``, over ``sc``, the ``sync_conflict`` row) that
    leaves out the conflicts a person has already settled in "Changes to check"."""
    return (" AND NOT EXISTS (SELECT 1 FROM conflict_resolution cr "
            "WHERE cr.conflict_id = sc.id)")
