"""The duplicate-check bench on a small demo store: probes of every kind, figures present."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

from carecenter.bench.duplicates import (
    KINDS,
    Labelled,
    make_probes,
    measure_quality,
    run_duplicates_bench,
)
from carecenter.db.store import Store
from carecenter.demo import build_demo
from carecenter.services.customers.duplicates import Probe, fold
from tests.factories import make_customer


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
    after = figures["after_question"]
    for key in ("dup_precision_likely", "dup_recall_likely", "dup_precision_listed",
                "dup_recall_listed"):
        assert 0 <= after[key] <= 1, key
    assert after["asked_probes"] == after["asked_dup_probes"] + after["asked_new_person_probes"]
    quality_only = run_duplicates_bench(300, db=db, samples=16, speed=False)
    assert "dupcheck_p50_ms" not in quality_only
    assert quality_only["dup_recall_likely"] == figures["dup_recall_likely"]  # same probes


def test_the_answer_to_the_question(tmp_path: Path) -> None:
    """Each probe carries the birth date its person would give: a duplicate the stored
    customer's, a new person the one typed or one of their own; the probes themselves are
    those of before the question existed (its answers are drawn apart)."""
    db = tmp_path / "demo.db"
    build_demo(db, customers=300, seed=3)
    probes = make_probes(db, 16)
    con = sqlite3.connect(db)
    try:
        born = dict(con.execute("SELECT id, birth_date FROM customer"))
    finally:
        con.close()
    for p in probes:
        if p.source:
            assert p.answer == (date.fromisoformat(born[p.source]) if born[p.source] else None)
        else:
            assert p.answer is not None
            assert p.probe.birth_date in (None, p.answer)


def test_a_question_asked_and_answered_finds_the_customer(tmp_path: Path) -> None:
    """A duplicate typed with its name only, among namesakes: asked, answered with the
    birth date, found as likely; a new namesake answering with their own is no longer
    shown anyone."""
    db = tmp_path / "demo.db"
    build_demo(db, customers=50, seed=3)
    store = Store.open(db)
    try:
        first = make_customer(store, "B1", "Ugo", "Pratesi", birth_date=date(1970, 3, 3))
        make_customer(store, "B2", "Ugo", "Pratesi", birth_date=date(1981, 9, 9))
        probes = [Labelled(Probe("Ugo", "Pratesi"), "new_phone", first, answer=date(1970, 3, 3)),
                  Labelled(Probe("Ugo", "Pratesi"), "same_name", None, answer=date(1990, 1, 1))]
        figures = measure_quality(store, probes)
    finally:
        store.close()
    assert (figures["dup_recall_likely"], figures["dup_recall_listed"]) == (0.0, 1.0)
    after = figures["after_question"]
    assert (after["asked_probes"], after["asked_dup_probes"]) == (2, 1)
    assert (after["dup_recall_likely"], after["dup_precision_likely"]) == (1.0, 1.0)
    assert after["dup_precision_listed"] == 1.0  # the namesake was dropped for both


def test_the_command_skips_the_timings_with_no_speed(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    build_demo(db, customers=300, seed=3)
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-m", "carecenter", "bench", "duplicates", "--customers", "300",
         "--db", str(db), "--samples", "8", "--json", "--no-speed"],
        cwd=root, env={**os.environ, "PYTHONPATH": str(root)}, capture_output=True,
        text=True, timeout=600, check=False)
    assert out.returncode == 0, out.stderr
    figures = json.loads(out.stdout)
    assert "dupcheck_p95_ms" not in figures
    assert {"dup_recall_likely", "after_question"} <= set(figures)
