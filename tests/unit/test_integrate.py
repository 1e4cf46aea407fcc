"""carecenter integrate: tel: and callto: registered for the user in a temporary XDG home,
exactly its own entries, twice the same as once, and --remove takes exactly them away."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from carecenter.integrate import _quote, command, desktop_entry

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the XDG desktop of Linux")

OTHERS = """[Added Associations]
text/plain=gedit.desktop;

[Default Applications]
x-scheme-handler/http=firefox.desktop;
x-scheme-handler/tel=softphone.desktop;
text/html=firefox.desktop
"""


def run(home: Path, *args: str, xdg_mime: bool = False) -> subprocess.CompletedProcess[str]:
    """The real command, in an environment whose XDG folders are under ``home``; PATH has
    xdg-mime only when asked (the machine's own is hidden otherwise)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"))
    if not xdg_mime:
        env["PATH"] = str(Path(sys.executable).parent)
    return subprocess.run([sys.executable, "-m", "carecenter", "integrate", *args],
                          capture_output=True, text=True, env=env, check=False,
                          stdin=subprocess.DEVNULL)


def snapshot(home: Path) -> dict[str, str]:
    return {str(p.relative_to(home)): p.read_text(encoding="utf-8")
            for p in sorted(home.rglob("*")) if p.is_file()}


def test_integrate_writes_its_entries_once_and_remove_takes_exactly_them(
        tmp_path: Path) -> None:
    home = tmp_path / "home"
    mimeapps = home / "config" / "mimeapps.list"
    mimeapps.parent.mkdir(parents=True)
    mimeapps.write_text(OTHERS, encoding="utf-8")
    other_app = home / "data" / "applications" / "softphone.desktop"
    other_app.parent.mkdir(parents=True)
    other_app.write_text("[Desktop Entry]\nType=Application\nName=Softphone\n")
    before = snapshot(home)

    r = run(home)
    assert r.returncode == 0, r.stderr
    entry = home / "data" / "applications" / "carecenter.desktop"
    after = snapshot(home)
    assert set(after) == {*before, "data/applications/carecenter.desktop"}
    assert after["data/applications/softphone.desktop"] == before[
        "data/applications/softphone.desktop"]
    assert after["config/mimeapps.list"] == OTHERS.replace(
        "x-scheme-handler/tel=softphone.desktop;",
        "x-scheme-handler/tel=carecenter.desktop;softphone.desktop;").replace(
        "text/html=firefox.desktop\n",
        "text/html=firefox.desktop\nx-scheme-handler/callto=carecenter.desktop;\n")
    text = entry.read_text(encoding="utf-8")
    cmd = command()
    assert cmd == [str(Path(sys.executable).parent / "carecenter")]
    assert f"Exec={_quote(cmd[0])} --call %u\n" in text
    assert "MimeType=x-scheme-handler/tel;x-scheme-handler/callto;\n" in text
    assert r.stdout == (f"tel: and callto: links now open CareCenter ({cmd[0]}), set as "
                        f"default in mimeapps.list ({entry}, {mimeapps}).\n")

    mtimes = {p: p.stat().st_mtime_ns for p in (entry, mimeapps)}
    r = run(home)
    assert r.returncode == 0, r.stderr
    assert snapshot(home) == after
    assert {p: p.stat().st_mtime_ns for p in (entry, mimeapps)} == mtimes
    assert r.stdout.endswith(", set as default in mimeapps.list, as it already was.\n")

    r = run(home, "--remove")
    assert r.returncode == 0, r.stderr
    assert snapshot(home) == before
    assert r.stdout == ("Removed CareCenter as the handler of tel: and callto: links "
                        f"({entry}, {mimeapps}).\n")
    r = run(home, "--remove")
    assert (r.returncode, r.stdout) == (
        0, "Removed CareCenter as the handler of tel: and callto: links: it was not "
           "registered.\n")
    assert snapshot(home) == before


def test_integrate_in_an_empty_home_and_back(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    assert run(home).returncode == 0
    assert (home / "config" / "mimeapps.list").read_text(encoding="utf-8") == (
        "[Default Applications]\n"
        "x-scheme-handler/tel=carecenter.desktop;\n"
        "x-scheme-handler/callto=carecenter.desktop;\n")
    assert run(home, "--remove").returncode == 0
    assert [p for p in home.rglob("*") if p.is_file()] == []


def test_a_key_goes_into_the_section_before_its_blank_line(tmp_path: Path) -> None:
    home = tmp_path / "home"
    mimeapps = home / "config" / "mimeapps.list"
    mimeapps.parent.mkdir(parents=True)
    mimeapps.write_text("[Default Applications]\ntext/html=firefox.desktop\n\n"
                        "[Added Associations]\ntext/plain=gedit.desktop;\n")
    assert run(home).returncode == 0
    assert mimeapps.read_text() == (
        "[Default Applications]\ntext/html=firefox.desktop\n"
        "x-scheme-handler/tel=carecenter.desktop;\nx-scheme-handler/callto=carecenter.desktop;"
        "\n\n[Added Associations]\ntext/plain=gedit.desktop;\n")
    assert run(home, "--remove").returncode == 0
    assert mimeapps.read_text() == ("[Default Applications]\ntext/html=firefox.desktop\n\n"
                                    "[Added Associations]\ntext/plain=gedit.desktop;\n")


def test_remove_leaves_a_desktop_file_it_did_not_write(tmp_path: Path) -> None:
    home = tmp_path / "home"
    mine = home / "data" / "applications" / "carecenter.desktop"
    mine.parent.mkdir(parents=True)
    mine.write_text("[Desktop Entry]\nType=Application\nName=CareCenter (by hand)\n")
    assert run(home, "--remove").returncode == 0
    assert mine.read_text() == "[Desktop Entry]\nType=Application\nName=CareCenter (by hand)\n"


@pytest.mark.skipif(not any((Path(d) / "xdg-mime").exists()
                            for d in os.environ.get("PATH", "").split(os.pathsep)),
                    reason="xdg-mime (xdg-utils) is not installed")
def test_integrate_sets_the_default_with_xdg_mime(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    r = run(home, xdg_mime=True)
    assert r.returncode == 0, r.stderr
    assert "set as default with xdg-mime" in r.stdout
    query = subprocess.run(
        ["xdg-mime", "query", "default", "x-scheme-handler/tel"], capture_output=True,
        text=True, check=False, env={**os.environ, "HOME": str(home),
                                     "XDG_DATA_HOME": str(home / "data"),
                                     "XDG_CONFIG_HOME": str(home / "config")})
    assert query.stdout.strip() == "carecenter.desktop"
    assert run(home, xdg_mime=True).stdout.endswith(", as it already was.\n")
    assert run(home, "--remove", xdg_mime=True).returncode == 0
    assert not (home / "data" / "applications" / "carecenter.desktop").exists()
    mimeapps = home / "config" / "mimeapps.list"
    assert not mimeapps.exists() or "carecenter" not in mimeapps.read_text()


def test_a_command_with_spaces_is_quoted_for_the_desktop_entry() -> None:
    text = desktop_entry(["/opt/Care Center/carecenter"])
    assert 'Exec="/opt/Care Center/carecenter" --call %u\n' in text
