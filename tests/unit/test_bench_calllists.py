"""The call-list bench: its raw SQL flags the same entries as the service, and it reuses
its campaign on a second run."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from carecenter.bench.calllists import bench_calllists
from carecenter.bench.core import table
from carecenter.db.store import Store
from carecenter.demo import build_demo
from carecenter.services.imports_bench import bench_imports


def test_raw_and_service_agree_and_the_campaign_is_reused(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    build_demo(path, customers=300, seed=1)
    first = bench_calllists(path, entries=250, imports=False)
    assert first["calllist_entries"] == 250
    # No merges in the demo: the raw SQL flags exactly the entries not to call.
    assert first["raw_calllist_flagged"] == 250 - first["calllist_to_call"]
    assert 0 < first["calllist_to_call"] < 250
    again = bench_calllists(path, entries=250, imports=False)
    assert (again["calllist_entries"], again["raw_calllist_flagged"]) == (
        250, first["raw_calllist_flagged"])
    store = Store.open(path)
    try:
        with store.session() as s:
            assert s.execute(text("SELECT count(*) FROM campaign WHERE name = "
                                  "'bench-calllist-250'")).scalar_one() == 1
    finally:
        store.close()
    # A list at least that long already in the store is measured as it is.
    small = bench_calllists(path, entries=100, imports=False)
    assert small["calllist_entries"] == 250


def test_the_import_bench_times_the_same_contacts_as_cp1252_and_xlsx(tmp_path: Path) -> None:
    got = bench_imports(tmp_path, customers=200, contacts=800, entries=100, formats=True)
    assert (got["contacts_imported"], got["contacts_cp1252_imported"],
            got["contacts_xlsx_imported"]) == (800, 800, 800)
    assert got["contacts_cp1252_rows_per_s"] > 0
    assert got["contacts_xlsx_rows_per_s"] > 0
    line = next(x for x in table({"contacts_import_xlsx_rows_per_s": 5,
                                  "raw_contacts_import_rows_per_s": 9}).splitlines()
                if ".xlsx" in x)
    assert line.split()[:5] == [".xlsx", "workbook", "(rows/s)", "5", "9"]
