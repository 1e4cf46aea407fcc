"""``carecenter bench sync`` on a tiny store: it runs end to end against a pgserver hub and
prints every figure (the figures themselves are measured on real sizes, not here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from carecenter.cli import main


def test_bench_sync_prints_every_figure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["bench", "sync", "--customers", "20", "--db", str(tmp_path / "bench.db"),
                 "--replicas", "3", "--json"])
    assert code == 0
    figures = json.loads(capsys.readouterr().out)
    numbers = ["customers", "contacts", "hub_rows", "raw_rows", "raw_s", "raw_rows_per_s",
               "first_sync_rows", "first_sync_s", "first_sync_rows_per_s", "first_sync_vs_raw",
               "round_trip_ops", "round_trip_s", "round_trip_push_s", "round_trip_pull_s",
               "hub_replicas", "hub_rounds", "hub_ops_pushed", "hub_rows_pulled", "hub_s",
               "hub_ops_per_s", "hub_rounds_per_s"]
    for key in numbers:
        assert isinstance(figures[key], int | float), key
    assert figures["customers"] == 20
    assert figures["first_sync_rows"] == figures["raw_rows"] == figures["hub_rows"]
    assert figures["round_trip_ops"] == 1000
    assert figures["hub_replicas"] == 3
    assert figures["hub_ops_pushed"] == 3 * 3 * 20  # three rounds of twenty new customers
    assert figures["hub_errors"] == []
    assert set(figures["machine"]) >= {"cpu", "cores", "python"}
