"""Black-box through the CLI, each command in its own process: two demo stores with
different seeds sync with one hub (twice each), then their exports are identical and hold
the union of both; the hub password comes from the keyring, or is asked for, or the
command says in one sentence why it cannot go on.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from carecenter.db.store import Store
from carecenter.services.export import export_csv
from tests.sync.conftest import new_pg_database
from tests.sync.helpers import same_dirs

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "carecenter", *args], cwd=ROOT,
                          env=env or dict(os.environ), capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=300, check=False)


def ok(*args: str, env: dict[str, str] | None = None) -> str:
    r = cli(*args, env=env)
    assert r.returncode == 0, r.stderr
    return r.stdout


@pytest.fixture(scope="module")
def demo_pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    where = tmp_path_factory.mktemp("demos")
    for seed in (1, 2):
        ok("demo", "--db", str(where / f"{seed}.db"), "--customers", "25", "--seed", str(seed))
    return where / "1.db", where / "2.db"


def ids_by_table(folder: Path) -> dict[str, set[str]]:
    out = {}
    for p in folder.glob("*.csv"):
        with p.open(encoding="utf-8", newline="") as f:
            out[p.stem] = {row["id"] for row in csv.DictReader(f)}
    return out


def no_password(url: str) -> str:
    return make_url(url)._replace(password=None).render_as_string(hide_password=False)


@pytest.fixture
def keyring_env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "PYTHON_KEYRING_BACKEND": "tests.keyring_file.FileKeyring",
            "CARECENTER_TEST_KEYRING": str(tmp_path / "keyring.json")}


@pytest.mark.parametrize("backend", ["sqlite", "pg"])
def test_two_demo_stores_converge_through_the_cli(backend: str, demo_pair: tuple[Path, Path],
                                                   tmp_path: Path, keyring_env: dict[str, str],
                                                   request: pytest.FixtureRequest) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    shutil.copy(demo_pair[0], a)
    shutil.copy(demo_pair[1], b)
    for db, out in ((a, "before-a"), (b, "before-b")):  # the inputs, exported in process
        store = Store.open(db)
        try:
            export_csv(store, tmp_path / out)
        finally:
            store.close()
    if backend == "pg":
        # No password in the URL: the commands take it from the keyring.
        raw = new_pg_database(request.getfixturevalue("pg_server_url"))
        hub = no_password(raw)
        from carecenter.sync.credentials import SERVICE, account
        from tests.keyring_file import FileKeyring

        os.environ["CARECENTER_TEST_KEYRING"] = keyring_env["CARECENTER_TEST_KEYRING"]
        try:
            FileKeyring().set_password(SERVICE, account(hub), "not-needed-by-trust-auth")
        finally:
            del os.environ["CARECENTER_TEST_KEYRING"]
    else:
        hub = f"sqlite:///{tmp_path / 'hub.db'}"

    assert "is ready" in ok("hub", "init", "--hub", hub, env=keyring_env)
    assert "is ready" in ok("hub", "init", "--hub", hub, env=keyring_env)  # again: no change
    outs = [ok("sync", "--db", str(db), "--hub", hub, env=keyring_env) for db in (a, b, a, b)]
    assert outs[0].startswith("Pushed ") and outs[-1].endswith("0 changes waiting to be sent.\n")
    assert outs[-1].startswith("Pushed 0 changes")

    ok("export", "--db", str(a), "--out", str(tmp_path / "after-a"))
    ok("export", "--db", str(b), "--out", str(tmp_path / "after-b"))
    assert same_dirs(tmp_path / "after-a", tmp_path / "after-b") == []
    before_a, before_b = ids_by_table(tmp_path / "before-a"), ids_by_table(tmp_path / "before-b")
    after = ids_by_table(tmp_path / "after-a")
    assert sum(map(len, before_a.values())) > 300 and sum(map(len, before_b.values())) > 300
    for table, ids in after.items():
        union = before_a[table] | before_b[table]
        assert not before_a[table] & before_b[table]  # the seeds share no row ids
        if table == "sync_conflict":
            # the hub may add records (duplicate customer refs and phones across stores)
            assert union <= ids
        else:
            assert ids == union, table
            assert len(ids) == len(before_a[table]) + len(before_b[table])


def test_without_keyring_or_terminal_the_sync_says_why_and_changes_nothing(
        pg_server_url: str, demo_pair: tuple[Path, Path], tmp_path: Path) -> None:
    a = tmp_path / "a.db"
    shutil.copy(demo_pair[0], a)
    hub = no_password(new_pg_database(pg_server_url))
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    before = a.read_bytes()
    r = cli("sync", "--db", str(a), "--hub", hub, env=env)
    assert r.returncode == 2
    assert r.stderr == (
        "carecenter: The hub needs a password, this computer has no keyring to keep it and "
        "there is no terminal to ask for it: run this command in a terminal, which asks for "
        "it each time and stores nothing.\n")
    assert r.stdout == ""
    assert a.read_bytes() == before
