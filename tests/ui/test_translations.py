"""The Italian catalogue covers every string the console shows.

The strings are collected afresh from ``ui/`` with ``pyside6-lupdate`` into a copy of the
catalogue (the real one is not touched), the Italian waiting in
``resources/translations/pending/*.tsv`` is filled in as ``packaging/update_translations.py``
does, and no string may be left untranslated.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def untranslated(tmp_path: Path, extra_sources: tuple[Path, ...] = ()) -> list[str]:
    tool = script()
    ts = tmp_path / "carecenter_it.ts"
    shutil.copyfile(tool.TRANSLATIONS / "carecenter_it.ts", ts)
    sources = [str(p) for p in sorted((ROOT / "ui").rglob("*.py"))]
    subprocess.run([tool._tool("pyside6-lupdate"), *sources, *map(str, extra_sources),
                    "-no-obsolete", "-locations", "none", "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)
    missing: list[str] = tool._fill(ts, tool._pending(), write=False)
    return missing


def test_every_string_of_the_console_has_its_italian(tmp_path: Path) -> None:
    assert untranslated(tmp_path) == []


def test_a_new_string_without_italian_is_caught(tmp_path: Path) -> None:
    source = tmp_path / "new_panel.py"
    source.write_text(
        "from PySide6.QtWidgets import QWidget\n\n\n"
        "class NewPanel(QWidget):\n"
        "    def retranslate(self) -> None:\n"
        "        self.setToolTip(self.tr('A string nobody translated yet'))\n",
        encoding="utf-8")
    assert untranslated(tmp_path, (source,)) == ["NewPanel: 'A string nobody translated yet'"]
