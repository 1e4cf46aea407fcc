"""Times and the hybrid logical clock.

Times are UTC in storage and in the core; only ``ui/`` turns them into local time.
The hybrid logical clock is a 64-bit integer ``(ms << 16) | counter``: it follows the
wall clock, never goes back, and orders events from several sites when paired with the
site id as tie-break (design.md section 4).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1


def utcnow() -> datetime:
    return datetime.now(UTC)


def hlc_ms(hlc: int) -> int:
    """The wall-clock milliseconds part of a clock value."""
    return hlc >> COUNTER_BITS


def hlc_of(ms: int, counter: int = 0) -> int:
    return (ms << COUNTER_BITS) | counter


@dataclass
class HybridClock:
    """A hybrid logical clock. ``last`` is the latest value handed out or observed."""

    last: int = 0
    wall_ms: Callable[[], int] = lambda: time.time_ns() // 1_000_000

    def tick(self) -> int:
        """A new value, greater than every value handed out or observed before."""
        now = hlc_of(self.wall_ms())
        self.last = now if now > self.last else self.last + 1
        return self.last

    def observe(self, remote: int) -> None:
        """Take in a value seen from another site so later ticks come after it."""
        self.last = max(self.last, remote)
