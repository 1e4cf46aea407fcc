"""Build the one-folder bundle of the console with PyInstaller.

    python packaging/build_bundle.py [--dist DIR] [--work DIR]

Needs the project installed with the ``bundle`` extra (``pip install '.[bundle]'``).
The bundle lands in ``DIR/carecenter/`` (default ``dist/carecenter/``; on macOS also
``dist/CareCenter.app``); the script prints its size and the build time.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "carecenter.spec"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def executable(dist: Path) -> Path:
    return dist / "carecenter" / ("carecenter.exe" if sys.platform == "win32" else "carecenter")


def build(dist: Path, work: Path) -> tuple[Path, float, int]:
    """Build into ``dist``; the executable, the seconds it took and the folder's bytes."""
    start = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
        cwd=ROOT, check=True)
    took = time.monotonic() - start
    exe = executable(dist)
    return exe, took, folder_size(exe.parent)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args()
    try:
        exe, took, size = build(args.dist.resolve(), args.work.resolve())
    except subprocess.CalledProcessError as exc:
        print(f"build_bundle: PyInstaller failed (exit {exc.returncode}); see its output above.",
              file=sys.stderr)
        return 1
    print(f"Built {exe} in {took:.0f} s; the folder holds {size / 1e6:.0f} MB.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
