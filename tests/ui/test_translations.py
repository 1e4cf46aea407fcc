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


TRANSLATING = {"tr", "translate"}


def _runtime_strings() -> tuple[set[tuple[str, str]], list[str]]:
    """(context, source) of every ``self.tr``/``translate`` call of ``ui/`` as it runs, and
    the calls lupdate cannot read (a text or context that is not a literal). A lookup of a
    text marked elsewhere with ``QT_TRANSLATE_NOOP`` says so on its line
    (``# marked: QT_TRANSLATE_NOOP``)."""
    import ast

    found: set[tuple[str, str]] = set()
    unreadable: list[str] = []

    def literal(node: ast.expr) -> str | None:
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) \
            else None

    for path in sorted((ROOT / "ui").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        tree = ast.parse(source)
        classes: list[tuple[ast.ClassDef, set[int]]] = [
            (c, {id(n) for n in ast.walk(c)}) for c in ast.walk(tree)
            if isinstance(c, ast.ClassDef)]
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if name == "tr" and isinstance(f, ast.Attribute):
                owner = [c.name for c, inside in classes if id(node) in inside]
                text = literal(node.args[0]) if node.args else None
                if not (isinstance(f.value, ast.Name) and f.value.id == "self") or not owner \
                        or text is None:
                    unreadable.append(where)
                else:
                    found.add((owner[-1], text))
            elif name == "QT_TRANSLATE_NOOP":  # looked up later with a variable text
                args = [literal(a) for a in node.args[:2]]
                if None in args:
                    unreadable.append(where)
                else:
                    found.add((args[0], args[1]))  # type: ignore[arg-type]
            elif name == "translate" and "# marked: QT_TRANSLATE_NOOP" in lines[node.lineno - 1]:
                continue
            elif name == "translate" or (isinstance(f, ast.Name) and name == "tr"):
                args = [literal(a) for a in node.args[:2]]
                if name == "tr" or len(args) < 2 or None in args \
                        or any(isinstance(a, ast.Call) for a in node.args[2:]):
                    unreadable.append(where)
                else:
                    found.add((args[0], args[1]))  # type: ignore[arg-type]
    return found, unreadable


def test_every_translated_call_is_collected_under_the_context_it_uses(tmp_path: Path) -> None:
    """A helper such as ``def _t(text): return translate("X", text)`` hides its strings from
    lupdate (and the console would show them in English): every call names its context and
    text literally, and lupdate collects each under the context used at run time."""
    import xml.etree.ElementTree as ET

    found, unreadable = _runtime_strings()
    assert unreadable == []
    ts = tmp_path / "collected.ts"
    sources = [str(p) for p in sorted((ROOT / "ui").rglob("*.py"))]
    subprocess.run([script()._tool("pyside6-lupdate"), *sources, "-locations", "none",
                    "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)
    collected = {(c.findtext("name") or "", m.findtext("source") or "")
                 for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")}
    assert sorted(found - collected) == []
