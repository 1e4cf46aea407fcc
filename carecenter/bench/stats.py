"""Percentiles (the project's one convention, ``carecenter.stats``) and a stopwatch."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TypeVar

from carecenter.stats import percentile as _percentile

T = TypeVar("T")


def percentile(values: Sequence[float], p: int) -> float:
    """The ``p``-th percentile (0–100) in the project's one convention
    (``carecenter.stats``); 0.0 for no values, so a bench with nothing timed still prints."""
    return _percentile(values, p) if values else 0.0


def timed_ms(fn: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter_ns()
    result = fn()
    return (time.perf_counter_ns() - start) / 1e6, result


def round_ms(value: float) -> float:
    return round(value, 3)
