"""Reading ahead (a forked process reads and checks the file while this one writes):
the same rows, rejects, progress and stops as reading in one process."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from carecenter.commands.import_words import reject_words
from carecenter.commands.refusal_words import refusal_sentence as said
from carecenter.db.store import Store
from carecenter.services.imports import ImportFileError, ahead, import_file
from carecenter.services.imports.contacts import ContactsKind
from carecenter.services.imports.engine import run_import
from carecenter.services.imports.reader import CsvSource
from carecenter.services.tasks import Cancelled, TaskState
from tests.unit.test_imports import CONTACT_HEADER, CUSTOMERS, contact_row, counts, write

pytestmark = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                                reason="reading ahead needs fork (not on this platform)")

# Every way a row is turned down, before writing (the reading process) and while writing.
ROWS = [
    contact_row(contact_ref="K1"),
    contact_row(contact_ref="K2", channel="pigeon"),  # checked: bad channel
    "K3,C1,2024-03-01T10:00:00,phone",  # too few fields
    contact_row(contact_ref="K4", customer_ref="C404"),  # written: unknown customer
    contact_row(contact_ref="K5", customer_ref="C2", agent="Lucia", outcome="opted_out"),
    contact_row(contact_ref="K1"),  # the same row again: unchanged
    contact_row(contact_ref="K5", customer_ref="C3"),  # K5 again, other data
    contact_row(contact_ref="K6", campaign="Nowhere"),  # written: unknown campaign
    contact_row(contact_ref="K7", at="2024-02-30"),  # checked: no such day
    *[contact_row(contact_ref=f"K{n}", customer_ref=f"C{1 + n % 3}", agent=f"A{n % 2}")
      for n in range(10, 40)],
    contact_row(contact_ref="K8", duration_s="-3"),  # checked: not a whole number
]


def _import(store: Store, path: Path, read_ahead: bool, **kw: Any) -> dict[str, Any]:
    result = import_file(store, "customers", write(path.parent, "c.csv", CUSTOMERS))
    assert result.rejected == 0
    result = run_import(store, ContactsKind(), path, batch_size=7, read_ahead=read_ahead, **kw)
    with store.session() as s:
        stored = s.execute(text(
            "SELECT c.contact_ref, k.customer_ref, c.at, c.outcome, a.name FROM contact c "
            "JOIN customer k ON k.id = c.customer_id LEFT JOIN agent a ON a.id = c.agent_id "
            "ORDER BY c.contact_ref")).all()
    assert result.rejects_path is not None
    return {"counts": (result.rows, result.imported, result.unchanged, result.rejected),
            "rejects": result.rejects, "created": result.created,
            "file": result.rejects_path.read_text(encoding="utf-8"),
            "stored": [tuple(r) for r in stored], "tables": counts(store)}


def test_read_ahead_takes_and_turns_down_what_one_process_does(tmp_path: Path) -> None:
    seen = []
    for read_ahead in (False, True):
        folder = tmp_path / str(read_ahead)
        folder.mkdir()
        path = write(folder, "k.csv", CONTACT_HEADER + "\n".join(ROWS) + "\n")
        store = Store.open(folder / "store.db")
        try:
            seen.append(_import(store, path, read_ahead))
        finally:
            store.close()
    one, two = seen
    assert two == one
    assert one["counts"] == (len(ROWS), 32, 1, 7)
    assert [(r.line, reject_words(r)) for r in one["rejects"]] == [
        (3, "channel 'pigeon' is not one of phone, counter, email, sms, chat, letter"),
        (4, "has 4 fields where the header has 11"),
        (5, "unknown customer_ref C404"),
        (8, "contact_ref K5 already exists with different data"),  # a batch before
        (9, "unknown campaign Nowhere (create it first with carecenter campaign create)"),
        (10, "at '2024-02-30' is not a date and time like 05/12/2026 14:30 or "
             "2026-12-05T14:30"),
        (41, "duration_s '-3' is not a whole number of 0 or more"),
    ]
    # A row turned down while writing keeps its cells as the file had them.
    assert one["rejects"][2].cells == tuple(ROWS[3].split(","))
    assert one["created"] == {"agent": 3}
    assert multiprocessing.active_children() == []


def test_read_ahead_reports_progress_and_a_cancel_keeps_whole_batches(
        store: Store, tmp_path: Path) -> None:
    rows = [contact_row(contact_ref=f"K{n}", customer_ref=f"C{1 + n % 3}") for n in range(60)]
    path = write(tmp_path, "k.csv", CONTACT_HEADER + "\n".join(rows) + "\n")
    import_file(store, "customers", write(tmp_path, "c.csv", CUSTOMERS))
    seen: list[float] = []
    state = TaskState(lambda fraction, _what: seen.append(fraction))
    result = run_import(store, ContactsKind(), path, state=state, batch_size=20,
                        read_ahead=True)
    assert result.imported == 60
    # batches of 2, 8, 20, 20 and the last 10: progress after each full one, then 1.0
    assert len(seen) == 5 and seen == sorted(seen) and seen[-1] == 1.0

    path2 = write(tmp_path, "k2.csv", path.read_text(encoding="utf-8").replace("\nK", "\nZ"))
    stopper = TaskState()
    stopper._on_progress = lambda _f, _w: stopper.cancel()
    with pytest.raises(Cancelled):
        run_import(store, ContactsKind(), path2, state=stopper, batch_size=20,
                   read_ahead=True)
    assert counts(store)["contact"] == 60 + 2  # the first batch only, whole
    assert multiprocessing.active_children() == []


class _DyingKind(ContactsKind):
    """Its reading process dies (exit code 7) at contact K30, as if killed."""

    def parse(self, values: list[str]) -> tuple[Any, ...]:
        if values[0] == "K30":
            os._exit(7)
        return super().parse(values)


def test_a_reading_process_that_dies_stops_the_import_in_one_sentence(
        store: Store, tmp_path: Path) -> None:
    rows = [contact_row(contact_ref=f"K{n}", customer_ref=f"C{1 + n % 3}") for n in range(60)]
    path = write(tmp_path, "k.csv", CONTACT_HEADER + "\n".join(rows) + "\n")
    import_file(store, "customers", write(tmp_path, "c.csv", CUSTOMERS))
    with pytest.raises(ImportFileError) as caught:
        run_import(store, _DyingKind(), path, batch_size=20, read_ahead=True)
    assert said(caught.value) == (
        "Reading k.csv stopped unexpectedly (exit code 7); the rows written so far are "
        "kept, import the file again to take the rest.")
    assert counts(store)["contact"] == 2 + 8 + 20  # the whole batches before K30
    assert not (tmp_path / "k.csv.rejects.csv").exists()
    assert import_file(store, "contacts", path).imported == 30  # and the rest goes in


def test_only_a_large_file_in_a_lone_main_thread_is_read_ahead(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "k.csv", CONTACT_HEADER + contact_row() + "\n")
    # alone in a process of its own, as `carecenter import` is (this test process may hold
    # other libraries' threads, and forking beside them is what the rule avoids)
    alone = subprocess.run(
        [sys.executable, "-c",
         "import sys\n"
         "from pathlib import Path\n"
         "from carecenter.services.imports import ahead\n"
         "from carecenter.services.imports.contacts import ContactsKind\n"
         "from carecenter.services.imports.reader import CsvSource\n"
         "with CsvSource(Path(sys.argv[1]), ContactsKind.columns, ContactsKind.required) as src:\n"
         "    small = ahead.worthwhile(src)\n"
         "    ahead.MIN_BYTES = 1\n"
         "    print(small, ahead.worthwhile(src))\n", str(path)],
        capture_output=True, text=True, check=True, cwd=Path(__file__).parents[2])
    assert alone.stdout.split() == ["False", "True"]  # small, then large enough
    with CsvSource(path, ContactsKind.columns, ContactsKind.required) as src:
        monkeypatch.setattr(ahead, "MIN_BYTES", 1)
        answers: list[bool] = []
        worker = threading.Thread(target=lambda: answers.append(ahead.worthwhile(src)))
        worker.start()
        worker.join()
        assert answers == [False]  # not from a worker thread (the console's imports)
        stop = threading.Event()
        other = threading.Thread(target=stop.wait)
        other.start()
        try:
            assert not ahead.worthwhile(src)  # not while another thread runs
        finally:
            stop.set()
            other.join()
