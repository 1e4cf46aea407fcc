"""``carecenter hub agent|device|serve`` as an administrator types them (in process, on a
SQLite hub file): what they print, and one sentence with nothing changed when refused."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from carecenter.cli import main
from carecenter.hub.identity import Identity
from carecenter.ids import new_id
from carecenter.sync.hub import Hub, init_hub


@pytest.fixture
def hub_file(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    init_hub(url)
    return url


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        *argv: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_an_admin_adds_lists_promotes_and_disables_agents(
        hub_file: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(capsys, monkeypatch, "hub", "agent", "add", "Anna", "--role", "admin",
                       "--hub", hub_file, "--password-stdin", stdin="first-password\n")
    assert code == 0 and out.startswith("Agent Anna (admin) added; id ")
    run(capsys, monkeypatch, "hub", "agent", "add", "Bruno", "--store", "Roma", "--hub",
        hub_file, "--password-stdin", stdin="second-password\n")
    code, out, _ = run(capsys, monkeypatch, "hub", "agent", "role", "Bruno", "senior",
                       "--hub", hub_file)
    assert code == 0
    assert out == "Bruno is now senior; every workstation learns it at its next sync.\n"
    run(capsys, monkeypatch, "hub", "agent", "disable", "Bruno", "--hub", hub_file)
    code, out, _ = run(capsys, monkeypatch, "hub", "agent", "list", "--hub", hub_file)
    lines = [line.split("\t")[:4] for line in out.splitlines()]
    assert lines == [["Anna", "admin", "-", "active"], ["Bruno", "senior", "Roma", "disabled"]]


def test_a_short_password_is_refused_in_one_sentence_and_nothing_added(
        hub_file: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(capsys, monkeypatch, "hub", "agent", "add", "Anna", "--hub",
                         hub_file, "--password-stdin", stdin="short\n")
    assert (code, out) == (2, "")
    assert err == ("carecenter: The password is too short: use at least 8 characters.\n")
    hub = Hub(hub_file)
    try:
        assert Identity(hub).agents() == []
    finally:
        hub.close()


def test_devices_are_listed_and_revoked(
        hub_file: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    hub = Hub(hub_file)
    try:
        ident = Identity(hub)
        ident.add_agent("Carla", "password-1")
        session = ident.login("Carla", "password-1", new_id(), "counter 1")
        code, out, _ = run(capsys, monkeypatch, "hub", "device", "revoke", session.device_id,
                           "--hub", hub_file)
        assert code == 0
        assert out == f"Device {session.device_id} of Carla is revoked: its next request " \
                      "is refused.\n"
        assert ident.authenticate(session.token) is None
        code, out, _ = run(capsys, monkeypatch, "hub", "device", "list", "--hub", hub_file)
        assert code == 0
        assert out.startswith(f"{session.device_id}\tCarla\tcounter 1\tlast seen ")
        assert "\trevoked " in out
    finally:
        hub.close()


@pytest.mark.parametrize(("argv", "message"), [
    (["--listen", "nowhere"],
     "--listen 'nowhere' is not HOST:PORT (for example 0.0.0.0:8765)."),
    (["--tls-cert", "cert.pem"], "HTTPS needs both --tls-cert and --tls-key."),
])
def test_serve_refuses_what_it_cannot_use(
        hub_file: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        argv: list[str], message: str) -> None:
    code, _, err = run(capsys, monkeypatch, "hub", "serve", "--hub", hub_file, *argv)
    assert (code, err) == (2, f"carecenter: {message}\n")


def test_admin_commands_want_the_database_not_the_service(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run(capsys, monkeypatch, "hub", "agent", "list", "--hub",
                       "https://hub.example.org:8765")
    assert code == 2
    assert err == ("carecenter: https://hub.example.org:8765 is the hub service's address: "
                   "these commands take the hub database's URL (sqlite:///hub.db or "
                   "postgresql+psycopg://host/db) and run where the service runs.\n")


def test_a_password_in_a_database_url_is_never_printed(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    url = "postgresql+psycopg://carecenter:Sup3rSecret@127.0.0.1:1/nowhere"
    for argv in (["hub", "init", "--hub", url], ["hub", "agent", "list", "--hub", url]):
        code, out, err = run(capsys, monkeypatch, *argv)
        assert code == 2
        assert "Sup3rSecret" not in out + err
        assert "***" in err


def test_a_desk_cannot_sync_with_the_database_url(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    url = "postgresql+psycopg://carecenter:Sup3rSecret@127.0.0.1:1/hub"
    code, out, err = run(capsys, monkeypatch, "sync", "--db", str(tmp_path / "s.db"),
                         "--hub", url)
    assert (code, out) == (2, "")
    assert err == ("carecenter: Workstations sync through the hub service, never with the "
                   "hub database's own address: give the service's address "
                   "(https://HOST:PORT) that IT gave you.\n")
    assert not (tmp_path / "s.db").exists()
