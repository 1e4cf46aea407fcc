"""The window's geometry file is readable by its owner only, as the settings are (issue 18,
part 3), whatever the umask, and stays so when Qt rewrites it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ui.shell.app import window_settings


def test_the_window_ini_is_made_and_kept_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "config" / "window.ini"
    old = os.umask(0o022)
    try:
        ini = window_settings(path)
        ini.setValue("geometry", b"\x01\x02")
        ini.sync()
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert window_settings(path).value("geometry") == b"\x01\x02"


def test_a_window_ini_left_readable_by_others_is_made_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "window.ini"
    path.write_text("[General]\n")
    path.chmod(0o644)
    window_settings(path).sync()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
