"""``carecenter bench`` runs end to end on a small store (its output shape, not its speed)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from carecenter.bench.core import table
from carecenter.bench.memory import own_peak_rss_mb

ROOT = Path(__file__).resolve().parents[2]
KEYS = {"customers": int, "search_p50_ms": float, "search_p95_ms": float,
        "raw_search_p95_ms": float, "view_p95_ms": float, "raw_view_p95_ms": float,
        "screen_pop_p95_ms": float, "start_s": float, "raw_start_s": float,
        "start_ready_s": float, "peak_rss_mb": float, "console_peak_rss_mb": float,
        "start_peak_rss_mb": float, "raw_start_peak_rss_mb": float,
        "bench_peak_rss_mb": float}


def test_bench_json_has_every_figure_of_the_issue(tmp_path: Path) -> None:
    db = tmp_path / "bench.db"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-m", "carecenter", "bench", "--customers", "300", "--json",
         "--db", str(db), "--samples", "10", "--starts", "1", "--import-rows", "200"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900, check=False)
    assert out.returncode == 0, out.stderr
    figures = json.loads(out.stdout)
    assert "console_error" not in figures, figures.get("console_error")
    for key, kind in KEYS.items():
        assert isinstance(figures[key], kind | int) and not isinstance(figures[key], bool), key
        assert figures[key] >= 0, key
    assert figures["customers"] == 300
    assert figures["screen_pops"] >= 1
    assert figures["import_customers"] == 200
    # The memory figure is the console's own, not the bench parent's.
    assert figures["peak_rss_mb"] == figures["console_peak_rss_mb"]


def test_text_output_names_ready_and_memory_beside_bare_qt() -> None:
    figures = {"start_s": 0.3, "start_ready_s": 0.6, "raw_start_s": 0.2,
               "console_peak_rss_mb": 150.0, "start_peak_rss_mb": 120.0,
               "raw_start_peak_rss_mb": 60.0, "machine": {}}
    lines = table(figures).splitlines()
    ready = next(line for line in lines if "0.6" in line)
    assert "0.2" in ready and "bare Qt" in ready
    memory = next(line for line in lines if "150.0" in line)
    assert "60.0" in memory and "bare Qt" in memory


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="VmHWM is Linux's")
def test_a_child_reports_its_own_peak_not_its_parents() -> None:
    """ru_maxrss is kept across fork and exec on Linux; the bench's figure must not be."""
    ballast = bytearray(200 * 2**20)
    ballast[::4096] = b"\x01" * len(range(0, len(ballast), 4096))  # resident, not just mapped
    out = subprocess.run(
        [sys.executable, "-c", "from carecenter.bench.memory import own_peak_rss_mb; "
         "print(own_peak_rss_mb())"], cwd=ROOT, capture_output=True, text=True, check=True)
    assert own_peak_rss_mb() >= 200
    assert 0 < float(out.stdout) < 150
    del ballast
