"""The project's one percentile.

Convention, stated once: ``statistics.quantiles(values, n=100, method="inclusive")``,
i.e. linear interpolation between the two closest ranks over ``(len - 1)`` gaps (what
numpy calls "linear" and spreadsheets PERCENTILE.INC). The 0th percentile is the
smallest value, the 100th the largest, the 50th the median; a percentile never lies
outside the values measured. One value is its own every percentile.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable


def percentile(values: Iterable[float], p: int) -> float:
    """The ``p``-th percentile (an integer 0–100) of ``values``, which must not be empty."""
    if not 0 <= p <= 100:
        raise ValueError(f"a percentile is between 0 and 100, not {p}")
    data = sorted(values)
    if not data:
        raise ValueError("no values to take a percentile of")
    if p == 0 or len(data) == 1:
        return data[0]
    if p == 100:
        return data[-1]
    return statistics.quantiles(data, n=100, method="inclusive")[p - 1]
