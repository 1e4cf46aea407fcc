"""``carecenter store encrypt``: a plain store converted in place keeps every row and its
outbox; it runs once (again: one sentence, exit 0); a failure or a kill never loses the
original; a store another program holds is refused unchanged."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from sqlalchemy import select

from carecenter.cli import main
from carecenter.db import cipher, encrypt
from carecenter.db.models import OutboxOp
from carecenter.db.store import Store
from carecenter.services.search.query import search
from tests.conftest import MemoryKeyring
from tests.factories import make_customer


def rows(con: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in a stable order."""
    names = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
    return {n: sorted(con.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}


def plain_store(path: Path) -> tuple[dict[str, list[tuple[object, ...]]], set[str]]:
    store = Store.open(path)
    try:
        for i in range(30):
            make_customer(store, f"C-{i}", "Ginevra", f"Pellicciari{i}",
                          phones=(f"+3906123456{i:02d}",))
        with store.session() as s:
            ops = set(s.scalars(select(OutboxOp.op_id)))
    finally:
        store.close()
    con = sqlite3.connect(path)
    try:
        return rows(con), ops
    finally:
        con.close()


def ring() -> MemoryKeyring:
    """The test run's keyring (tests/conftest.py)."""
    found = keyring.get_keyring()
    assert isinstance(found, MemoryKeyring)
    return found


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def plain_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """The rows of a plain store file (its journal mode aside, the store as it was)."""
    assert path.read_bytes().startswith(cipher.SQLITE_MAGIC)
    con = sqlite3.connect(path)
    try:
        return rows(con)
    finally:
        con.close()


def test_a_converted_store_keeps_every_row_and_its_outbox(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "store.db"
    before, ops = plain_store(path)
    assert len(ops) > 30 and b"Pellicciari" in path.read_bytes()
    assert main(["store", "encrypt", "--db", str(path)]) == 0
    total = sum(len(v) for v in before.values())
    out = capsys.readouterr().out
    assert out.startswith(f"Encrypted {path}: ")
    assert f", {len(ops)} changes not yet sent to the hub; its key is in this computer's " \
           "keyring.\n" in out
    assert cipher.looks_encrypted(path) and b"Pellicciari" not in path.read_bytes()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.db"]  # backup removed
    assert len(ring().secrets) == 1
    store = Store.open(path, create=False)
    try:
        assert store.key is not None
        with store.reading() as con:
            after = rows(con)
        assert after == before
        assert sum(len(v) for v in after.values()) == total
        with store.session() as s:
            assert set(s.scalars(select(OutboxOp.op_id))) == ops
        assert len(search(store, "Pellicciari29")) == 1  # the text index came along
        make_customer(store, "C-new", "Nuova", "Cliente")  # and it takes writes
    finally:
        store.close()
    # Once is enough: again, one sentence, exit 0, nothing changed.
    kept = digest(path)
    assert main(["store", "encrypt", "--db", str(path)]) == 0
    assert capsys.readouterr().out == f"The store {path} is already encrypted: nothing to do.\n"
    assert digest(path) == kept


def test_a_copy_that_does_not_check_out_leaves_the_plain_store_as_it_was(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "store.db"
    kept, _ = plain_store(path)
    real = encrypt._counts

    def one_row_short(con: object, schema: str = "main") -> dict[str, int]:
        counts = real(con, schema)
        counts["outbox"] += 1 if counts["outbox"] else 0
        return counts

    calls: list[int] = []

    def short_on_the_copy(con: object, schema: str = "main") -> dict[str, int]:
        calls.append(1)
        return real(con, schema) if len(calls) == 1 else one_row_short(con, schema)

    monkeypatch.setattr(encrypt, "_counts", short_on_the_copy)
    assert main(["store", "encrypt", "--db", str(path)]) == 2
    assert capsys.readouterr().err == (
        f"carecenter: The encrypted copy of {path} did not check out, so the store was left "
        "as it was (plain): check the disk's free space, then try again.\n")
    assert plain_rows(path) == kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.db"]
    assert ring().secrets == {}  # the unused key was not kept


def test_a_kill_mid_conversion_loses_nothing_and_the_next_run_finishes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "store.db"
    before, _ = plain_store(path)

    def killed(*_args: object) -> None:
        raise KeyboardInterrupt  # as a kill: after the backup and the copy, before the swap

    monkeypatch.setattr(encrypt, "_verify", killed)
    with pytest.raises(KeyboardInterrupt):
        encrypt.encrypt_store(path)
    assert plain_rows(path) == before
    monkeypatch.undo()
    # A copy a real kill would have left beside it is cleared by the next run.
    encrypt._work_path(path).write_bytes(b"half a copy")
    assert encrypt.encrypt_store(path).in_keyring
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.db"]
    store = Store.open(path, create=False)
    try:
        with store.reading() as con:
            assert rows(con) == before
    finally:
        store.close()


def test_a_store_open_elsewhere_is_refused_unchanged(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "store.db"
    before, _ = plain_store(path)
    # Another program (a console) has the store open: a process of its own, as SQLite's
    # locks are between processes.
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        assert main(["store", "encrypt", "--db", str(path)]) == 2
        assert capsys.readouterr().err == (
            f"carecenter: The store {path} is in use by another program that holds it "
            "locked: close that program (or wait for it to finish), then try again.\n")
    finally:
        holder.communicate("", timeout=60)
    assert plain_rows(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if "wal" not in p.name
                  and "shm" not in p.name) == ["store.db"]
    assert main(["store", "encrypt", "--db", str(tmp_path / "none.db")]) == 2
    assert capsys.readouterr().err.startswith(
        f"carecenter: There is no store at {tmp_path / 'none.db'}: ")


HOLD = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("PRAGMA journal_mode=WAL")
con.execute("SELECT count(*) FROM customer").fetchone()
print("holding", flush=True)
sys.stdin.read()
con.close()
"""
