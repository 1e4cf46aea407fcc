"""A ``kill -9`` of ``carecenter import`` leaves no process behind: its read-ahead child
ends with it, and the next run completes with every row once (issue 16, part 6)."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

import carecenter
from carecenter.db.store import Store
from carecenter.services.imports import ahead, import_file
from tests.unit.test_imports import CONTACT_HEADER, CUSTOMERS, contact_row, write

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists()
                                or "fork" not in multiprocessing.get_all_start_methods(),
                                reason="needs fork and /proc (Linux)")

ROWS = 14_000
SOURCE = str(Path(carecenter.__file__).parents[1])


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _running(pid: int) -> bool:
    """Alive and not a zombie (a container's first process may never reap it)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _wait(condition: object, what: str, limit: float = 60.0) -> None:
    """Poll until ``condition()``: a limit only against hanging forever, not a figure."""
    end = time.monotonic() + limit
    while not condition():  # type: ignore[operator]
        if time.monotonic() > end:
            pytest.fail(f"still waiting for {what}")
        time.sleep(0.002)


def test_a_killed_import_leaves_no_reader_behind_and_the_next_run_completes(
        tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    store = Store.open(db)
    try:
        import_file(store, "customers", write(tmp_path, "c.csv", CUSTOMERS))
    finally:
        store.close()
    summary = "x" * 300  # a file large enough to be read ahead
    rows = [contact_row(contact_ref=f"K{n}", customer_ref=f"C{1 + n % 3}") + f",{summary}"
            for n in range(ROWS)]
    path = write(tmp_path, "k.csv", CONTACT_HEADER.rstrip("\n") + ",summary\n"
                 + "\n".join(rows) + "\n")
    assert path.stat().st_size >= ahead.MIN_BYTES
    command = [sys.executable, "-m", "carecenter", "import", "contacts", str(path),
               "--db", str(db), "--batch-size", "200"]
    env = {**os.environ, "PYTHONPATH": SOURCE}
    writer = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        readers: list[int] = []

        def reader_started() -> bool:
            readers[:] = _children(writer.pid)
            return bool(readers) or writer.poll() is not None

        _wait(reader_started, "the reading process to start")
        assert readers, "the import ended before its reader was seen"
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
    _wait(lambda: not any(_running(pid) for pid in readers), "the reader to end")

    again = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert again.returncode == 0, again.stderr
    assert "Traceback" not in again.stderr
    store = Store.open(db)
    try:
        with store.session() as s:
            stored = s.execute(text(
                "SELECT count(*), count(DISTINCT contact_ref) FROM contact")).one()
    finally:
        store.close()
    assert tuple(stored) == (ROWS, ROWS)
