"""Windows: ``tel:`` and ``callto:`` as URL protocols of the current user, under
``HKCU\\Software\\Classes`` (no administrator rights needed). Imported on Windows only."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Sequence

from carecenter.integrate import SCHEMES

ROOT = r"Software\Classes"
MARK_VALUE = "CareCenter"  # a value under the scheme's key: the key is ours to remove


def _open_command(cmd: Sequence[str]) -> str:
    return " ".join(f'"{a}"' for a in cmd) + ' --call "%1"'


def integrate_windows(cmd: Sequence[str], remove: bool) -> list[str]:
    """Write (or delete) the keys; the names of the keys changed."""
    if sys.platform == "win32":
        return _apply(cmd, remove)
    raise RuntimeError("integrate_windows runs on Windows only")


# On Windows only (mypy checks this block when it checks for Windows).
if sys.platform == "win32":
    import winreg

    def _apply(cmd: Sequence[str], remove: bool) -> list[str]:
        changed: list[str] = []
        command = _open_command(cmd)
        for scheme in SCHEMES:
            key = rf"{ROOT}\{scheme}"
            if remove:
                try:
                    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as k:
                        ours = winreg.QueryValueEx(k, MARK_VALUE)[0] == "1"
                except OSError:
                    continue
                if ours:
                    for sub in (r"shell\open\command", r"shell\open", "shell", "DefaultIcon", ""):
                        with contextlib.suppress(OSError):  # already gone
                            winreg.DeleteKey(winreg.HKEY_CURRENT_USER,
                                             f"{key}\\{sub}" if sub else key)
                    changed.append(f"HKCU\\{key}")
                continue
            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, rf"{key}\shell\open\command") as k:
                    if winreg.QueryValueEx(k, "")[0] == command:
                        continue
            except OSError:
                pass
            with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key) as k:
                winreg.SetValueEx(k, "", 0, winreg.REG_SZ, f"URL:{scheme}")
                winreg.SetValueEx(k, "URL Protocol", 0, winreg.REG_SZ, "")
                winreg.SetValueEx(k, MARK_VALUE, 0, winreg.REG_SZ, "1")
            with winreg.CreateKey(winreg.HKEY_CURRENT_USER, rf"{key}\DefaultIcon") as k:
                winreg.SetValueEx(k, "", 0, winreg.REG_SZ, f'"{cmd[0]}",0')
            with winreg.CreateKey(winreg.HKEY_CURRENT_USER, rf"{key}\shell\open\command") as k:
                winreg.SetValueEx(k, "", 0, winreg.REG_SZ, command)
            changed.append(f"HKCU\\{key}")
        return changed
