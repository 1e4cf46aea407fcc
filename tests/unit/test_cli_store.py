"""The store refuses to be wrong (issue 16, part 4), through the real command in its own
process: only `init` and `demo` make a store; a missing store, a folder, a read-only,
locked or full store, an unknown language, a closed pipe each end in one sentence (or
quietly), with the exit code said, no traceback, and no file made or changed."""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from carecenter.cli import build_parser, main
from carecenter.sync import credentials

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "carecenter", *args], cwd=ROOT,
                          capture_output=True, text=True, check=False, input=stdin,
                          stdin=None if stdin is not None else subprocess.DEVNULL,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def refused(r: subprocess.CompletedProcess[str], sentence: str) -> None:
    assert (r.returncode, r.stdout, r.stderr) == (2, "", f"carecenter: {sentence}\n")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    # Plain: these subprocesses have no keyring (encrypted stores: test_encrypted_store.py)
    r = cli("demo", "--plain", "--db", str(db), "--customers", "30")
    assert r.returncode == 0, r.stderr
    return db


def files(folder: Path) -> set[Path]:
    return set(folder.rglob("*"))


# -- a missing store ---------------------------------------------------------------------
COMMANDS = {
    "search": ("search", "--db", "{db}", "Anna"),
    "export": ("export", "--db", "{db}", "--out", "{tmp}/out"),
    "import": ("import", "customers", "{tmp}/c.csv", "--db", "{db}"),
    "campaign": ("campaign", "create", "--db", "{db}", "--name", "Spring", "--product", "P"),
    "calllist": ("calllist", "show", "--db", "{db}", "--campaign", "Spring"),
    "remedies": ("remedies", "export", "--db", "{db}", "{tmp}/r.toml"),
    "checklists": ("checklists", "export", "--db", "{db}", "--out", "{tmp}/out"),
}


@pytest.mark.parametrize("argv", COMMANDS.values(), ids=COMMANDS.keys())
def test_a_command_on_a_missing_store_says_so_and_makes_nothing(
        tmp_path: Path, argv: tuple[str, ...]) -> None:
    (tmp_path / "c.csv").write_text("customer_ref,first_name\nC1,Anna\n", encoding="utf-8")
    db = tmp_path / "nowhere" / "store.db"  # a mistyped folder, as in the issue
    before = files(tmp_path)
    r = cli(*(a.format(db=db, tmp=tmp_path) for a in argv))
    refused(r, f"There is no store at {db}: check the path given with --db, or create a "
               f"store there with `carecenter init --db {db}`.")
    assert files(tmp_path) == before


def test_init_makes_an_empty_store_once_and_then_the_commands_use_it(tmp_path: Path) -> None:
    db = tmp_path / "new" / "store.db"
    # Plain: no keyring in this subprocess (encrypted init: tests/unit/test_encrypted_store.py)
    r = cli("init", "--plain", "--db", str(db))
    assert (r.returncode, r.stdout, r.stderr) == (0, f"Created an empty store at {db}.\n", "")
    made = db.read_bytes()
    r = cli("init", "--db", str(db))
    assert (r.returncode, r.stdout) == (0, f"{db} is already a CareCenter store: left as it is.\n")
    assert db.read_bytes() == made
    r = cli("search", "--db", str(db), "Anna")
    assert (r.returncode, r.stdout, r.stderr) == (0, "No customer found.\n", "")


@pytest.mark.parametrize("argv", [("search", "--db", "{db}", "Anna"), ("init", "--db", "{db}"),
                                  ("demo", "--db", "{db}", "--customers", "3")],
                         ids=["search", "init", "demo"])
def test_a_folder_given_as_the_store_is_refused(tmp_path: Path,
                                                argv: tuple[str, ...]) -> None:
    folder = tmp_path / "stores"
    folder.mkdir()
    r = cli(*(a.format(db=folder) for a in argv))
    refused(r, f"{folder} is a folder, not a store: give the store's file with --db "
               f"(for example {folder}/carecenter.db).")
    assert files(tmp_path) == {folder}


# -- a store that cannot be written ------------------------------------------------------
@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """The file truly read-only, even for root (the immutable flag), else skipped."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        try:
            yield
        finally:
            path.chmod(0o644)
        return
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True,
                      check=False).returncode != 0:
        pytest.skip("cannot make a file read-only for root here (chattr +i)")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_a_read_only_store_is_one_sentence_and_stays_as_it_was(
        tmp_path: Path, demo_db: Path) -> None:
    db = tmp_path / "store.db"
    db.write_bytes(demo_db.read_bytes())
    csv = tmp_path / "c.csv"
    csv.write_text("customer_ref,first_name\nZ1,Zed\n", encoding="utf-8")
    before = db.read_bytes()
    with read_only(db):
        r = cli("import", "customers", str(csv), "--db", str(db))
        refused(r, f"The store {db} cannot be written (it or its folder is read-only): ask "
                   "for write permission, or copy it somewhere writable.")
        assert cli("search", "--db", str(db), "Zed").stdout == "No customer found.\n"
    assert db.read_bytes() == before


def test_a_locked_store_is_one_sentence(tmp_path: Path, demo_db: Path) -> None:
    db = tmp_path / "store.db"
    db.write_bytes(demo_db.read_bytes())
    csv = tmp_path / "c.csv"
    csv.write_text("customer_ref,first_name\nZ1,Zed\n", encoding="utf-8")
    holder = sqlite3.connect(db, isolation_level=None)
    try:  # another program holds the store: it has begun writing and does not let go
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("INSERT INTO store_meta (key, value) VALUES ('held', 'yes')")
        r = cli("import", "customers", str(csv), "--db", str(db))
        refused(r, f"The store {db} is in use by another program that holds it locked: "
                   "close that program (or wait for it to finish), then try again.")
        holder.execute("ROLLBACK")
    finally:
        holder.close()
    r = cli("search", "--db", str(db), "Zed")
    assert (r.returncode, r.stdout) == (0, "No customer found.\n")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 8 MB file system (tmpfs), or skipped where it cannot be mounted."""
    where = tmp_path / "disk"
    where.mkdir()
    if os.geteuid() != 0 or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(where)],
            capture_output=True, check=False).returncode != 0:
        pytest.skip("cannot mount a small file system here")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_a_full_disk_is_one_sentence(small_disk: Path, tmp_path: Path) -> None:
    db = small_disk / "store.db"
    assert cli("init", "--plain", "--db", str(db)).returncode == 0
    csv = tmp_path / "c.csv"
    csv.write_text("customer_ref,first_name,last_name\n" + "".join(
        f"C{n},Name{n},{'x' * 100}\n" for n in range(3000)), encoding="utf-8")
    # the rest of the disk, filled up
    with (small_disk / "filler").open("wb", buffering=0) as f, contextlib.suppress(OSError):
        while True:
            f.write(b"\0" * 65536)
    r = cli("import", "customers", str(csv), "--db", str(db))
    (small_disk / "filler").unlink()
    refused(r, f"The disk holding {db} is full, so nothing was written: free some space, "
               "then try again.")
    r = cli("search", "--db", str(db), "Name1")
    assert (r.returncode, r.stdout) == (0, "No customer found.\n")


# -- options, output, failures -----------------------------------------------------------
def test_an_unknown_language_is_refused(tmp_path: Path) -> None:
    r = cli("gui", "--db", str(tmp_path / "store.db"), "--lang", "de")
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.endswith("carecenter gui: error: argument --lang: invalid choice: 'de' "
                             "(choose from 'en', 'it')\n")
    assert "Traceback" not in r.stderr
    assert files(tmp_path) == set()


def test_a_closed_pipe_ends_quietly(demo_db: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "carecenter", "search", "--db", str(demo_db),
                             "a", "--limit", "100"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # `| head` gone before the first line: every write finds no reader
    err = proc.stderr.read()
    assert (proc.wait(), err) == (0, b"")


def test_a_failed_sync_prints_its_error_and_no_line_of_success(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "store.db"
    assert main(["init", "--db", str(db)]) == 0
    capsys.readouterr()
    hub = "http://127.0.0.1:9"  # nothing listens there
    credentials.save_token(hub, "Ada", "a-device-token")
    before = db.read_bytes()
    assert main(["sync", "--db", str(db), "--hub", hub, "--agent", "Ada"]) == 2
    out, err = capsys.readouterr()
    assert (out, err) == ("", "carecenter: The hub cannot be reached: work goes on offline "
                              "and will be sent at the next sync.\n")
    assert db.read_bytes() == before


def _options(parser: argparse.ArgumentParser, name: str) -> Iterator[tuple[str, argparse.Action]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub, p in action.choices.items():
                yield from _options(p, f"{name} {sub}")
        elif not isinstance(action, argparse._HelpAction | argparse._VersionAction):
            yield name, action


def test_every_option_has_help_and_no_default_on_a_required_one() -> None:
    seen = list(_options(build_parser(), "carecenter"))
    assert len(seen) > 50
    missing = [(n, a.dest) for n, a in seen if not a.help]
    assert missing == []
    defaulted = [(n, a.dest) for n, a in seen
                 if a.required and a.help and "default" in a.help]
    assert defaulted == []


def test_the_default_install_reaches_a_postgresql_hub() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(d.replace(" ", "").startswith("psycopg[binary]")
               for d in project["dependencies"])
