"""``carecenter bench`` runs end to end on a small store (its output shape, not its speed)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KEYS = {"customers": int, "search_p50_ms": float, "search_p95_ms": float,
        "raw_search_p95_ms": float, "view_p95_ms": float, "raw_view_p95_ms": float,
        "screen_pop_p95_ms": float, "start_s": float, "raw_start_s": float,
        "peak_rss_mb": float}


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
