"""``carecenter bench hub`` runs tiny (5 workstations, a second a phase) against a real
PostgreSQL (pgserver) and real service processes, prints every figure, and loses nothing.
No wall-clock thresholds: the figures are the bench's business, not the suite's."""

from __future__ import annotations

import json

import pytest

from carecenter.bench.hub_report import table
from carecenter.cli import main

pytest.importorskip("pgserver")

CONFIG = {"instances": int, "pull_p50_ms": float, "pull_p95_ms": float, "pulls": int,
          "push_p50_ms": float, "push_p95_ms": float, "pushes": int, "ops_per_s": float,
          "ops_acked": int, "errors": int, "refused": int, "lost_ops": int, "lost_rows": int,
          "acked_checked": int, "capacity_ops_per_s": float, "cpu_s": dict}
RAW = ("raw_pull_p50_ms", "raw_pull_p95_ms", "raw_push_p50_ms", "raw_push_p95_ms",
       "inproc_pull_p95_ms", "inproc_push_p95_ms")


def test_bench_hub_runs_tiny_and_loses_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["bench", "hub", "--workstations", "5", "--seconds", "1", "--interval", "1",
                 "--capacity-seconds", "1", "--signins", "2", "--customers", "100", "--json"])
    assert code == 0
    figures = json.loads(capsys.readouterr().out)
    for key in ("one", "two"):
        config = figures[key]
        for name, kind in CONFIG.items():
            assert isinstance(config[name], kind), (key, name, config[name])
        assert config["instances"] == (1 if key == "one" else 2)
        assert config["errors"] == 0, config["error_samples"]
        assert config["refused"] == 0, config["refused_samples"]
        assert config["acked_checked"] > 0
        assert config["lost_ops"] == config["lost_rows"] == 0
    for name in RAW:
        assert isinstance(figures["raw"][name], float)
    assert figures["lost"] == 0
    assert figures["goals"]["none_lost"] is True
    assert figures["signin"]["over_http"] == 2
    assert figures["signin"]["written_directly"] == 3
    assert isinstance(figures["two_vs_one"], float)
    text = table(figures)  # what the command prints without --json
    for words in ("pull p50 / p95", "push p50 / p95", "ops lost", "closed loop", "sign-in"):
        assert words in text
