"""``LIMIT`` written into the statement, never bound.

The SQLite inside the SQLCipher driver (3.53) takes a bound ``LIMIT ?`` into account when
it plans and so marks the statement to be compiled again whenever that parameter is bound:
every execution parses and plans it anew. On the search's main statement that cost 40 µs
of its 50 (``docs/performance.md``, encrypted stores). A literal limit keeps the compiled
statement in the driver's cache, as the system's SQLite does for both forms; the handful of
limits the code uses make a handful of cached statements.
"""

from __future__ import annotations


def sql_limit(n: int) -> str:
    """``LIMIT n`` for a statement's text; ``n`` must be an int (never text from outside)."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"a LIMIT is an int, not {type(n).__name__}")
    return f"LIMIT {max(0, n)}"
