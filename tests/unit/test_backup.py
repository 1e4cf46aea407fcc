"""carecenter backup / restore: a consistent copy taken while a writer runs, owner-only
files, and every refusal one sentence with nothing changed."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from carecenter.db.backup import BackupProblem, BackupRefused, backup, read_backup, restore
from carecenter.db.store import Store
from tests.factories import make_customer


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "carecenter", *args], capture_output=True,
                          text=True, check=False, stdin=subprocess.DEVNULL)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def counts(path: Path) -> tuple[int, int, int]:
    """Customers, their phones, and the outbox ops that made customers."""
    con = sqlite3.connect(path)
    try:
        return (con.execute("SELECT count(*) FROM customer").fetchone()[0],
                con.execute("SELECT count(*) FROM customer_phone").fetchone()[0],
                con.execute("SELECT count(*) FROM outbox WHERE \"table\" = 'customer'")
                .fetchone()[0])
    finally:
        con.close()


def set_meta(path: Path, key: str, value: str) -> None:
    con = sqlite3.connect(path)
    with con:
        con.execute("INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)", (key, value))
    con.close()


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_a_backup_taken_while_a_writer_runs_is_consistent(store: Store, tmp_path: Path) -> None:
    written = [0]
    started = threading.Event()
    stop = threading.Event()
    failed: list[BaseException] = []

    def writer() -> None:
        try:
            while not stop.is_set():
                n = written[0]
                make_customer(store, f"W{n}", "Anna", f"Rossi{n}",
                              phones=(f"+39061{n:07d}",))
                written[0] = n + 1
                if n == 5:
                    started.set()
        except BaseException as exc:  # reported by the test, never lost in the thread
            failed.append(exc)
            started.set()

    thread = threading.Thread(target=writer, name="backup-test-writer")
    thread.start()
    try:
        assert started.wait(60)
        # Until a backup began and ended while the writer committed in between.
        out = tmp_path / "during.bak"
        for _ in range(100):
            before = written[0]
            info = backup(store.path, out)
            if written[0] > before:
                break
        else:
            pytest.fail("the writer never wrote during a backup")
    finally:
        stop.set()
        thread.join(60)
    assert not failed, failed
    assert mode(out) == 0o600
    customers, phones, ops = counts(out)
    assert 0 < customers < written[0]
    assert customers == phones == ops  # each customer whole, with its outbox op, or absent
    assert info.outbox >= ops
    assert not any(p.name.endswith(("-wal", "-shm", ".tmp")) for p in tmp_path.iterdir()
                   if p.name.startswith((out.name, f".{out.name}")))
    restored = tmp_path / "restored.db"
    result = restore(out, restored)
    assert result.replaced is None
    assert counts(restored) == (customers, phones, ops)
    again = Store.open(restored)
    try:
        assert again.site_id == store.site_id
    finally:
        again.close()


def test_backup_and_restore_from_the_command_line(store_path: Path, tmp_path: Path) -> None:
    store = Store.open(store_path)
    make_customer(store, "C1", "Anna", "Bianchi", phones=("+390612345678",))
    store.close()
    out = tmp_path / "nightly.bak"
    r = cli("backup", "--db", str(store_path), "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert r.stdout == (f"Backed up {store_path} to {out} (2 changes not yet sent to the hub);"
                        " only you can read the file.\n")
    assert mode(out) == 0o600
    # More work after the backup, then the backup put back: the later work is gone, the
    # store it replaced is kept beside it (owner-only), the clock does not go back.
    store = Store.open(store_path)
    make_customer(store, "C2", "Bruno", "Verdi")
    clock = store.clock.last
    store.close()
    r = cli("restore", "--backup", str(out), "--db", str(store_path))
    assert r.returncode == 0, r.stderr
    kept = [p for p in tmp_path.iterdir() if ".before-restore-" in p.name]
    assert len(kept) == 1
    assert mode(kept[0]) == 0o600
    assert r.stdout.startswith(f"Restored {store_path} from the backup of ")
    assert r.stdout.endswith(f"; the store it replaced is kept as {kept[0]}. "
                             "Sync to bring it up to date.\n")
    assert counts(store_path) == (1, 1, 1)
    assert counts(kept[0])[0] == 2
    store = Store.open(store_path)
    try:
        assert store.clock.last == clock
        with store.session() as s, s.begin():
            pass
        con = sqlite3.connect(store_path)
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert con.execute(
            "SELECT count(*) FROM store_meta WHERE key LIKE 'backup.%'").fetchone()[0] == 0
        con.close()
    finally:
        store.close()


@pytest.fixture
def target(tmp_path: Path) -> Path:
    """A store that syncs with hub-A, closed."""
    path = tmp_path / "target.db"
    s = Store.open(path)
    make_customer(s, "T1", "Tina", "Neri")
    s.close()
    set_meta(path, "sync.hub_id", "hub-A")
    return path


@pytest.fixture
def good_backup(tmp_path: Path) -> Path:
    source = tmp_path / "source.db"
    s = Store.open(source)
    make_customer(s, "S1", "Sara", "Blu")
    s.close()
    out = tmp_path / "good.bak"
    backup(source, out)
    return out


def _refused(backup_file: Path, target: Path, message: str) -> None:
    folder = sorted(p.name for p in target.parent.iterdir())
    before = digest(target)
    r = cli("restore", "--backup", str(backup_file), "--db", str(target))
    assert (r.returncode, r.stdout, r.stderr) == (2, "", f"carecenter: {message}\n")
    assert digest(target) == before
    assert sorted(p.name for p in target.parent.iterdir()) == folder


def test_restore_refuses_a_file_that_is_not_a_backup(target: Path, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a database\n")
    _refused(text, target, f"{text} is not a CareCenter backup; nothing was changed: choose a "
                           "file made by carecenter backup.")
    plain = tmp_path / "plain.db"  # a store, but not a backup
    Store.open(plain).close()
    _refused(plain, target, f"{plain} is not a CareCenter backup; nothing was changed: "
                            "choose a file made by carecenter backup.")
    missing = tmp_path / "missing.bak"
    _refused(missing, target,
             f"There is no backup file at {missing}: check the --backup path.")


def test_restore_refuses_a_backup_of_a_newer_schema(target: Path, good_backup: Path) -> None:
    con = sqlite3.connect(good_backup)
    with con:
        con.execute("UPDATE alembic_version SET version_num = 'f00dfeedbeef'")
    con.close()
    _refused(good_backup, target,
             f"{good_backup} was written by a newer version of CareCenter (schema "
             "f00dfeedbeef); nothing was changed: update CareCenter to restore it.")


def test_restore_refuses_a_backup_from_another_hub(target: Path, good_backup: Path,
                                                   tmp_path: Path) -> None:
    set_meta(good_backup, "sync.hub_id", "hub-B")
    _refused(good_backup, target,
             f"{good_backup} is a backup from another hub (hub-B) than the one {target} "
             "syncs with (hub-A); nothing was changed: restore a backup of this hub's store,"
             " or into a new --db file.")
    # The same backup into a store that belongs to no hub yet is taken.
    fresh = tmp_path / "fresh.db"
    assert restore(good_backup, fresh).backup.hub_id == "hub-B"


def test_backup_refuses_a_missing_store_and_writing_over_itself(store_path: Path,
                                                               tmp_path: Path) -> None:
    missing = tmp_path / "nothing.db"
    with pytest.raises(BackupRefused) as exc:
        backup(missing, tmp_path / "x.bak")
    assert exc.value.code is BackupProblem.NO_STORE
    assert not (tmp_path / "x.bak").exists()
    Store.open(store_path).close()
    before = digest(store_path)
    r = cli("backup", "--db", str(store_path), "--out", str(store_path))
    assert (r.returncode, r.stderr) == (
        2, f"carecenter: {store_path} is the store itself: write the backup to another file.\n")
    assert digest(store_path) == before
    with pytest.raises(BackupRefused):
        read_backup(store_path)


def test_every_backup_refusal_has_command_line_words() -> None:
    from carecenter.commands.backup_words import WORDS

    assert set(WORDS) == set(BackupProblem)
