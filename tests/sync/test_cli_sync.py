"""Black-box through the CLI, each command in its own process, the way IT and a desk use
it: `carecenter hub init`, `hub agent add`, `hub serve` (the real service, in its own
process), then on each desk `carecenter login` and `carecenter sync`. Two demo stores with
different seeds sync through the service (twice each), then their exports are identical
and hold the union of both. A desk that is not signed in, or has no keyring to keep its
token, is told in one sentence what to do, and its store is left as it was.
"""

from __future__ import annotations

import csv
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from carecenter.db.store import Store
from carecenter.services.export import export_csv
from tests.sync.conftest import new_pg_database
from tests.sync.helpers import same_dirs

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery"


def cli(*args: str, env: dict[str, str] | None = None,
        stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "carecenter", *args], cwd=ROOT,
                          env=env or dict(os.environ), capture_output=True, text=True,
                          input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL,
                          timeout=300, check=False)


def ok(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> str:
    r = cli(*args, env=env, stdin=stdin)
    assert r.returncode == 0, r.stderr
    return r.stdout


@pytest.fixture(scope="module")
def demo_pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    where = tmp_path_factory.mktemp("demos")
    for seed in (1, 2):
        ok("demo", "--plain", "--db", str(where / f"{seed}.db"), "--customers", "25",
           "--seed", str(seed))
    return where / "1.db", where / "2.db"


def ids_by_table(folder: Path) -> dict[str, set[str]]:
    out = {}
    for p in folder.glob("*.csv"):
        with p.open(encoding="utf-8", newline="") as f:
            out[p.stem] = {row["id"] for row in csv.DictReader(f)}
    return out


def desk_env(home: Path, keyring: str = "tests.keyring_file.FileKeyring") -> dict[str, str]:
    """A workstation of its own: settings, data folder and keyring."""
    home.mkdir(parents=True, exist_ok=True)
    return {**os.environ, "PYTHON_KEYRING_BACKEND": keyring,
            "CARECENTER_TEST_KEYRING": str(home / "keyring.json"),
            "CARECENTER_CONFIG": str(home / "settings.json"),
            "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config")}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(hub_url: str, tmp_path: Path) -> Iterator[str]:
    """`carecenter hub serve` in its own process over ``hub_url`` (both hubs), with an
    admin added by `carecenter hub agent add`; yields the service's address."""
    env = desk_env(tmp_path / "it")
    assert "is ready" in ok("hub", "init", "--hub", hub_url, env=env)
    assert "is ready" in ok("hub", "init", "--hub", hub_url, env=env)  # again: no change
    assert ok("hub", "agent", "add", "Ada", "--role", "admin", "--password-stdin",
              "--hub", hub_url, env=env, stdin=PASSWORD + "\n").startswith("Agent Ada (admin)")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "carecenter", "hub", "serve", "--hub",
                             hub_url, "--listen", f"127.0.0.1:{port}"], cwd=ROOT, env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, proc.communicate()
            try:
                if httpx.get(f"{url}/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "the hub service did not start"
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()


def test_two_demo_stores_converge_through_the_service(
        served: str, demo_pair: tuple[Path, Path], tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    shutil.copy(demo_pair[0], a)
    shutil.copy(demo_pair[1], b)
    for db, out in ((a, "before-a"), (b, "before-b")):  # the inputs, exported in process
        store = Store.open(db)
        try:
            export_csv(store, tmp_path / out)
        finally:
            store.close()
    envs = {a: desk_env(tmp_path / "desk-a"), b: desk_env(tmp_path / "desk-b")}
    for db, env in envs.items():
        assert ok("login", "--db", str(db), "--hub", served, "--agent", "Ada",
                  "--password-stdin", env=env, stdin=PASSWORD + "\n") == (
            f"Signed in as Ada (admin) at {served}.\n")
    # the address and the agent come from the settings `login` wrote
    outs = [ok("sync", "--db", str(db), env=envs[db]) for db in (a, b, a, b)]
    # nothing of a demo store is refused by the hub's checks
    assert [o for o in outs if "set aside" in o] == []
    assert outs[0].startswith("Pushed ") and outs[-1].endswith("0 changes waiting to be sent.\n")
    assert outs[-1].startswith("Pushed 0 changes")

    ok("export", "--db", str(a), "--out", str(tmp_path / "after-a"))
    ok("export", "--db", str(b), "--out", str(tmp_path / "after-b"))
    # The demo's "Changes to check" examples (carecenter/demo/conflicts.py) are written on
    # their own desk as a pull would bring them: they have no op and never travel. Every
    # other row, and every finding the hub made, is the same on both desks.
    assert same_dirs(tmp_path / "after-a", tmp_path / "after-b") == ["sync_conflict.csv"]
    before_a, before_b = ids_by_table(tmp_path / "before-a"), ids_by_table(tmp_path / "before-b")
    after, after_b = ids_by_table(tmp_path / "after-a"), ids_by_table(tmp_path / "after-b")
    assert after["sync_conflict"] - before_a["sync_conflict"] == (
        after_b["sync_conflict"] - before_b["sync_conflict"])
    assert before_a["sync_conflict"] <= after["sync_conflict"]
    assert sum(map(len, before_a.values())) > 300 and sum(map(len, before_b.values())) > 300
    for table, ids in after.items():
        union = before_a[table] | before_b[table]
        assert not before_a[table] & before_b[table]  # the seeds share no row ids
        if table == "sync_conflict":
            continue  # above
        if table == "agent":
            assert union <= ids  # the hub holds the agents that sign in (Ada)
        else:
            assert ids == union, table
            assert len(ids) == len(before_a[table]) + len(before_b[table])


@pytest.mark.parametrize("hub_url", ["sqlite"], indirect=True)
def test_a_desk_not_signed_in_is_told_to_sign_in_and_changes_nothing(
        served: str, demo_pair: tuple[Path, Path], tmp_path: Path) -> None:
    a = tmp_path / "a.db"
    shutil.copy(demo_pair[0], a)
    env = desk_env(tmp_path / "desk")
    before = a.read_bytes()
    r = cli("sync", "--db", str(a), "--hub", served, "--agent", "Ada", env=env)
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr == (f"carecenter: This workstation is not signed in to {served} as Ada: "
                        "run `carecenter login` first.\n")
    assert a.read_bytes() == before


@pytest.mark.parametrize("hub_url", ["sqlite"], indirect=True)
def test_without_a_keyring_the_token_is_not_kept_and_sync_says_why(
        served: str, demo_pair: tuple[Path, Path], tmp_path: Path) -> None:
    a = tmp_path / "a.db"
    shutil.copy(demo_pair[0], a)
    env = desk_env(tmp_path / "desk", keyring="keyring.backends.fail.Keyring")
    r = cli("login", "--db", str(a), "--hub", served, "--agent", "Ada", "--password-stdin",
            env=env, stdin=PASSWORD + "\n")
    assert r.returncode == 0, r.stderr
    assert r.stderr == ("This computer has no keyring, so the token is not kept: the console "
                        "asks for the password each session, and `carecenter sync` cannot run "
                        "on its own.\n")
    before = a.read_bytes()
    r = cli("sync", "--db", str(a), env=env)
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr == (f"carecenter: This workstation is not signed in to {served} as Ada: "
                        "run `carecenter login` first.\n")
    assert a.read_bytes() == before


@pytest.mark.parametrize("hub_url", ["sqlite"], indirect=True)
def test_a_wrong_password_signs_nobody_in(served: str, tmp_path: Path) -> None:
    env = desk_env(tmp_path / "desk")
    ok("init", "--plain", "--db", str(tmp_path / "a.db"), env=env)  # no store key either
    r = cli("login", "--db", str(tmp_path / "a.db"), "--hub", served, "--agent", "Ada",
            "--password-stdin", env=env, stdin="not the password\n")
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr == ("carecenter: The name or the password is wrong: check both and try "
                        "again.\n")
    assert not (tmp_path / "desk" / "keyring.json").exists()


def test_a_pg_hub_needs_no_password_on_any_desk(pg_server_url: str, tmp_path: Path) -> None:
    """The database URL (and its password) stays where the service runs: a desk's sync
    names only the service."""
    url = new_pg_database(pg_server_url)
    env = desk_env(tmp_path / "desk")
    r = cli("sync", "--db", str(tmp_path / "a.db"), "--hub", url, env=env)
    assert r.returncode == 2
    assert r.stderr.startswith("carecenter: Workstations sync through the hub service")
