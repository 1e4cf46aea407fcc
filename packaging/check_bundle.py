"""Start a built bundle the way a workstation without Python would, and check it works.

    python packaging/check_bundle.py [--exe dist/carecenter/carecenter] [--keep DIR]

From an empty environment (``env -i``: only HOME, QT_QPA_PLATFORM=offscreen and XDG
folders in a temporary place; no virtual environment, no PATH), the bundle makes a demo
store of 200 customers itself, then opens the console on it with ``--screenshot``; the
PNG must exist and show a real window (many colours, not a blank). Then it backs the
store up and restores it into a new file, and (Linux) registers itself for tel: links and
removes that again. Exit 0 when all of that works.
Run it with the project's Python (it reads the PNG with Qt); the bundle never sees it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EXE = ROOT / "dist" / "carecenter" / (
    "carecenter.exe" if sys.platform == "win32" else "carecenter")
MIN_COLOURS = 32  # a blank or a bare frame has a handful; the console has hundreds


class BundleFailed(Exception):
    pass


def clean_env(home: Path) -> dict[str, str]:
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    return {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
            "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"), "XDG_RUNTIME_DIR": str(runtime)}


def run(exe: Path, env: dict[str, str], *args: str, stdin: str | None = None) -> str:
    done = subprocess.run([str(exe), *args], env=env, capture_output=True, text=True,
                          input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL,
                          timeout=600, check=False)
    if done.returncode != 0:
        raise BundleFailed(f"{exe.name} {' '.join(args)} exited {done.returncode}:\n"
                           f"{done.stdout}{done.stderr}")
    return done.stdout + done.stderr


def colours(png: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    if image.isNull():
        raise BundleFailed(f"{png} is not a PNG Qt can read")
    seen: set[int] = set()
    step = max(1, image.width() // 200)
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def check(exe: Path, work: Path) -> tuple[Path, int]:
    """The screenshot the bundle took and its number of colours; BundleFailed if not."""
    if not exe.is_file():
        raise BundleFailed(f"there is no bundle at {exe}: build it first "
                           "(python packaging/build_bundle.py)")
    env = clean_env(work / "home")
    db, png = work / "demo.db", work / "screenshot.png"
    # Plain: the clean environment has no keyring, and the screenshot run asks nobody for
    # a passphrase; the encrypted store is checked below.
    run(exe, env, "demo", "--plain", "--db", str(db), "--customers", "200")
    out = run(exe, env, "gui", "--db", str(db), "--screenshot", str(png))
    if not png.is_file() or png.stat().st_size < 10_000:
        raise BundleFailed(f"no screenshot worth the name at {png}:\n{out}")
    n = colours(png)
    if n < MIN_COLOURS:
        raise BundleFailed(f"the screenshot {png} has only {n} colours: a blank window")
    # (The demo store was made by the migrations inside.) Backup and restore work too.
    run(exe, env, "backup", "--db", str(db), "--out", str(work / "demo.bak"))
    run(exe, env, "restore", "--backup", str(work / "demo.bak"), "--db", str(work / "r.db"))
    if (work / "demo.bak").stat().st_mode & 0o077:
        raise BundleFailed("the backup is readable by others than its owner")
    _check_encrypted(exe, env, work)
    if sys.platform.startswith("linux"):
        _check_integrate(exe, env)
    return png, n


def _check_encrypted(exe: Path, env: dict[str, str], work: Path) -> None:
    """SQLCipher is in the bundle: with no keyring, a store made under a passphrase (read
    from standard input), searched with it and refused without it."""
    enc = work / "encrypted.db"
    run(exe, env, "init", "--db", str(enc), stdin="bundle passphrase\n")
    run(exe, env, "search", "--db", str(enc), "Rossi", stdin="bundle passphrase\n")
    if enc.read_bytes().startswith(b"SQLite format 3"):
        raise BundleFailed(f"{enc} was not encrypted")
    try:
        run(exe, env, "search", "--db", str(enc), "Rossi", stdin="wrong\n")
    except BundleFailed:
        return
    raise BundleFailed(f"{enc} opened with a wrong passphrase")


def _check_integrate(exe: Path, env: dict[str, str]) -> None:
    """``integrate`` points the desktop entry at the bundle's executable; ``--remove``
    takes it away."""
    entry = Path(env["XDG_DATA_HOME"]) / "applications" / "carecenter.desktop"
    run(exe, env, "integrate")
    text = entry.read_text(encoding="utf-8") if entry.is_file() else ""
    if f"Exec={exe} --call %u" not in text and f'Exec="{exe}" --call %u' not in text:
        raise BundleFailed(f"integrate wrote no desktop entry running {exe}:\n{text}")
    run(exe, env, "integrate", "--remove")
    if entry.exists():
        raise BundleFailed("integrate --remove left the desktop entry")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exe", type=Path, default=DEFAULT_EXE)
    parser.add_argument("--keep", type=Path, help="work in DIR and keep it (the PNG)")
    args = parser.parse_args()
    try:
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            png, n = check(args.exe.resolve(), args.keep.resolve())
        else:
            with tempfile.TemporaryDirectory(prefix="carecenter-bundle-") as tmp:
                png, n = check(args.exe.resolve(), Path(tmp))
    except (BundleFailed, subprocess.TimeoutExpired) as exc:
        print(f"check_bundle: {exc}", file=sys.stderr)
        return 1
    print(f"The bundle made a demo store and a screenshot ({png.stat().st_size} bytes, "
          f"{n} colours) from an empty environment.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
