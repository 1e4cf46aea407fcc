"""A customer's family: the customer plus every customer merged into it (at any depth).

Merges never move rows: views read the history of the whole family, so undoing a merge
is only a matter of clearing ``merged_into_id``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

MAX_DEPTH = 32


def family_ids(conn: Any, customer_id: str) -> list[str]:
    """``customer_id`` first, then the customers merged into it, breadth first."""
    rows = conn.execute(text(
        "WITH RECURSIVE fam(id, depth) AS ("
        " SELECT :c, 0"
        " UNION SELECT c.id, fam.depth + 1 FROM customer c JOIN fam ON c.merged_into_id = fam.id"
        f" WHERE fam.depth < {MAX_DEPTH})"
        " SELECT id FROM fam ORDER BY depth, id"), {"c": customer_id}).scalars().all()
    return list(dict.fromkeys(rows))


def survivor_id(conn: Any, customer_id: str) -> str:
    """The customer that ``customer_id`` was merged into, following chains (or itself)."""
    current = customer_id
    for _ in range(MAX_DEPTH):
        nxt = conn.execute(text("SELECT merged_into_id FROM customer WHERE id = :c"),
                           {"c": current}).scalar()
        if not nxt:
            return current
        current = nxt
    return current


def in_clause(prefix: str, values: list[str]) -> tuple[str, dict[str, str]]:
    """``:p0, :p1, …`` and their parameters, for an ``IN (...)``."""
    params = {f"{prefix}{n}": v for n, v in enumerate(values)}
    return ", ".join(f":{k}" for k in params), params
