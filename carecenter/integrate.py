"""Registering the console as the current user's handler of ``tel:`` and ``callto:`` links
(``carecenter integrate``), and undoing exactly that (``--remove``).

Linux: a desktop entry in ``$XDG_DATA_HOME/applications`` that runs this install's
command, made the default with ``xdg-mime`` when it exists, else by editing
``$XDG_CONFIG_HOME/mimeapps.list``. Windows: keys under ``HKCU\\Software\\Classes``.
macOS: nothing to write, the bundle's Info.plist declares the URL types.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources
from pathlib import Path

DESKTOP_FILE = "carecenter.desktop"
SCHEMES = ("tel", "callto")
MIME_TYPES = tuple(f"x-scheme-handler/{s}" for s in SCHEMES)
MARK = "X-CareCenter-Integrate=true"  # the desktop entry is ours to remove
DEFAULTS = "[Default Applications]"


class Method(StrEnum):
    XDG_MIME = "xdg_mime"  # the default set with xdg-mime
    MIMEAPPS = "mimeapps"  # the default written into mimeapps.list
    REGISTRY = "registry"  # HKCU\Software\Classes
    BUNDLE = "bundle"  # macOS: the app bundle's Info.plist, nothing written


@dataclass
class Outcome:
    """What integrate (or --remove) did: ``changed`` files or keys, or none."""

    method: Method
    command: list[str]
    changed: list[str] = field(default_factory=list)


def command() -> list[str]:
    """The command of the running install: the bundle's executable when frozen, else the
    ``carecenter`` script beside this Python (a virtual environment), else the one on PATH,
    else this Python with ``-m carecenter``."""
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable).resolve()
        windowed = exe.with_name("carecenter.exe")  # Windows: not the console twin
        if exe.name.lower() == "carecenter-cli.exe" and windowed.is_file():
            exe = windowed
        return [str(exe)]
    name = "carecenter.exe" if sys.platform == "win32" else "carecenter"
    beside = Path(sys.executable).parent / name
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("carecenter")
    return [found] if found else [sys.executable, "-m", "carecenter"]


def _xdg(var: str, default: str) -> Path:
    value = os.environ.get(var)
    return Path(value) if value and Path(value).is_absolute() else Path.home() / default


def applications_dir() -> Path:
    return _xdg("XDG_DATA_HOME", ".local/share") / "applications"


def mimeapps_path() -> Path:
    return _xdg("XDG_CONFIG_HOME", ".config") / "mimeapps.list"


def _quote(arg: str) -> str:
    """An Exec argument, quoted as the Desktop Entry specification wants."""
    if arg and not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`='):
        return arg
    inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return '"' + inner.replace("\\", "\\\\") + '"'


def desktop_entry(cmd: Sequence[str]) -> str:
    icon = resources.files("resources") / "icons" / "carecenter.svg"
    exec_line = " ".join(_quote(a) for a in cmd)
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=CareCenter",
        "GenericName=Customer care console",
        "GenericName[it]=Console assistenza clienti",
        "Comment=One current view of the customer, online or offline",
        "Comment[it]=La vista completa e aggiornata del cliente, online o offline",
        f"Exec={exec_line} --call %u",
        f"Icon={icon}",
        "Terminal=false",
        "Categories=Office;ContactManagement;",
        f"MimeType={';'.join(MIME_TYPES)};",
        "StartupWMClass=carecenter",
        MARK,
        "",
    ])


# -- mimeapps.list, edited line by line (every other line kept as it is) ------------------
def _with_default(lines: list[str], mime: str, add: bool) -> list[str]:
    """``lines`` with DESKTOP_FILE first among ``mime``'s defaults (``add``), or taken out
    of them (a key left empty goes); nothing else changes."""
    out: list[str] = []
    section = ""
    done = False
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("["):
            if add and section == DEFAULTS and not done:
                blanks = 0
                while out and not out[-1].strip():
                    out.pop()  # the key goes before the blank line that ends the section
                    blanks += 1
                out.append(f"{mime}={DESKTOP_FILE};")
                out.extend([""] * blanks)
                done = True
            section = stripped
        elif section == DEFAULTS and stripped.partition("=")[0].strip() == mime and "=" in line:
            apps = [a for a in line.partition("=")[2].strip().split(";")
                    if a and a != DESKTOP_FILE]
            if add:
                apps.insert(0, DESKTOP_FILE)
                done = True
            if apps:
                out.append(f"{mime}={';'.join(apps)};")
            continue
        out.append(line)
    if add and not done:
        if section != DEFAULTS:
            if out and out[-1].strip():
                out.append("")
            out.append(DEFAULTS)
        out.append(f"{mime}={DESKTOP_FILE};")
    return out


def _drop_empty_defaults(lines: list[str]) -> list[str]:
    """Without a [Default Applications] header left with no key under it (integrate adds
    the header when there was none)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if lines[i].strip() == DEFAULTS:
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j == len(lines) or lines[j].strip().startswith("["):
                while out and not out[-1].strip():
                    out.pop()  # the blank line integrate put before the header
                if out and j < len(lines):
                    out.append("")
                i = j
                continue
        out.append(lines[i])
        i += 1
    return out


def _edit_mimeapps(path: Path, add: bool) -> bool:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    lines = text.splitlines()
    new = lines
    for mime in MIME_TYPES:
        new = _with_default(new, mime, add)
    if not add:
        new = _drop_empty_defaults(new)
    if new == lines:
        return False
    if not any(line.strip() for line in new):
        path.unlink()  # nothing but what integrate wrote was in it
        return True
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".carecenter-tmp")
    tmp.write_text("\n".join(new) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return True


def _defaults_are_ours(path: Path) -> bool:
    """Whether DESKTOP_FILE is already the first default of every scheme (however the
    line was written: by us, by xdg-mime, by hand)."""
    if not path.exists():
        return False
    firsts: dict[str, str] = {}
    section = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            section = stripped
        elif section == DEFAULTS and "=" in stripped:
            key, _, value = stripped.partition("=")
            apps = [a for a in value.strip().split(";") if a]
            firsts.setdefault(key.strip(), apps[0] if apps else "")
    return all(firsts.get(mime) == DESKTOP_FILE for mime in MIME_TYPES)


def _write_if_changed(path: Path, text: str) -> bool:
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".carecenter-tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return True


def integrate_linux(cmd: Sequence[str]) -> Outcome:
    entry = applications_dir() / DESKTOP_FILE
    mimeapps = mimeapps_path()
    xdg_mime = shutil.which("xdg-mime")
    outcome = Outcome(Method.XDG_MIME if xdg_mime else Method.MIMEAPPS, list(cmd))
    if _write_if_changed(entry, desktop_entry(cmd)):
        outcome.changed.append(str(entry))
    if _defaults_are_ours(mimeapps):
        return outcome
    if xdg_mime:
        for mime in MIME_TYPES:
            subprocess.run([xdg_mime, "default", DESKTOP_FILE, mime], check=True,
                           stdin=subprocess.DEVNULL, capture_output=True)
        outcome.changed.append(str(mimeapps))
    elif _edit_mimeapps(mimeapps, add=True):
        outcome.changed.append(str(mimeapps))
    return outcome


def remove_linux(cmd: Sequence[str]) -> Outcome:
    entry = applications_dir() / DESKTOP_FILE
    outcome = Outcome(Method.MIMEAPPS, list(cmd))
    if entry.exists() and MARK in entry.read_text(encoding="utf-8").splitlines():
        entry.unlink()
        outcome.changed.append(str(entry))
    mimeapps = mimeapps_path()
    if mimeapps.exists() and _edit_mimeapps(mimeapps, add=False):
        outcome.changed.append(str(mimeapps))
    return outcome


def integrate(remove: bool = False) -> Outcome:
    """Register (or, with ``remove``, unregister) the phone links for the current user."""
    cmd = command()
    if sys.platform == "win32":
        from carecenter.integrate_windows import integrate_windows

        return Outcome(Method.REGISTRY, cmd, integrate_windows(cmd, remove))
    if sys.platform == "darwin":
        return Outcome(Method.BUNDLE, cmd)
    return remove_linux(cmd) if remove else integrate_linux(cmd)
