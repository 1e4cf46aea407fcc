"""A process's own peak memory, as the bench reports it.

``getrusage(...).ru_maxrss`` is no good for a process the bench starts: on Linux it is
kept across fork and exec, so a child reports the larger of its own peak and its
parent's resident size when it was forked (the bench parent, after timing searches on a
large store, is the bigger one). ``VmHWM`` in ``/proc/self/status`` is the high-water
mark of the process's own address space, which exec replaces, so each process reads its
own figure and hands it to the bench.
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path


def own_peak_rss_mb() -> float:
    """This process's peak resident memory in MB (``VmHWM``; elsewhere ``ru_maxrss``)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)  # "VmHWM:  123456 kB"
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (2**20 if sys.platform == "darwin" else 1024), 1)
