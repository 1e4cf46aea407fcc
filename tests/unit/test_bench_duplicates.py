"""The duplicate-check bench on a small demo store: probes of every kind, figures present."""

from __future__ import annotations

from pathlib import Path

from carecenter.bench.duplicates import KINDS, make_probes, run_duplicates_bench
from carecenter.demo import build_demo
from carecenter.services.customers.duplicates import fold


def test_probes_and_figures(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    build_demo(db, customers=300, seed=3)
    probes = make_probes(db, 16)
    dups = [p for p in probes if p.source]
    assert len(dups) == 16 and len(probes) == 32
    assert {p.kind for p in dups} == set(KINDS)
    assert {p.kind for p in probes if not p.source} == {"one_letter", "same_name"}
    for p in dups:  # a mistake was made (the same name only where the phone is new)
        if p.kind != "new_phone":
            assert (fold(p.probe.first_name), p.probe.last_name) != ("", "")
    figures = run_duplicates_bench(300, db=db, samples=16)
    for key in ("dupcheck_p50_ms", "dupcheck_p95_ms", "raw_phone_p50_ms", "raw_phone_p95_ms",
                "dup_precision_likely", "dup_recall_likely", "dup_precision_listed",
                "dup_recall_listed"):
        assert isinstance(figures[key], float) and figures[key] >= 0, key
    assert 0 <= figures["dup_recall_likely"] <= figures["dup_recall_listed"] <= 1
    assert figures["dup_probes"] == 16 and figures["customers"] == 300
