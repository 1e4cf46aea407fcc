"""Refresh the translation catalogues from the sources and build the .qm files.

    python packaging/update_translations.py [--check]

1. ``pyside6-lupdate`` collects every ``tr()`` string of ``ui/`` into
   ``resources/translations/carecenter_{en,it}.ts``.
2. Italian translations waiting in ``resources/translations/pending/*.tsv`` (lines of
   ``context<TAB>source<TAB>translation``, ``\\n`` for a new line; for a ``%n`` plural the
   forms one and many separated by ``|``) are written into the Italian catalogue; the files
   are then removed.
3. ``pyside6-lrelease`` builds the .qm files the console loads.

Every Italian string must be translated: the script lists those that are not and exits 1
(with ``--check`` it only checks, changing nothing).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
PENDING = TRANSLATIONS / "pending"
LANGS = ("en", "it")


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).with_name(name))


def _pending() -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for f in sorted(PENDING.glob("*.tsv")):
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"{f}:{n}: expected context, source and translation separated by tabs")
            ctx, src, tr = (p.replace("\\n", "\n") for p in parts)
            out[(ctx, src)] = tr
    return out


def _fill(ts: Path, translations: dict[tuple[str, str], str], write: bool = True) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        ctx = context.findtext("name") or ""
        for message in context.iter("message"):
            src = message.findtext("source") or ""
            tr = message.find("translation")
            assert tr is not None
            numerus = message.get("numerus") == "yes"
            if (ctx, src) in translations:
                if numerus:  # the forms (Italian: one, many) separated by "|"
                    for form in list(tr):
                        tr.remove(form)
                    for text in translations[(ctx, src)].split("|"):
                        ET.SubElement(tr, "numerusform").text = text
                else:
                    tr.text = translations[(ctx, src)]
                tr.attrib.pop("type", None)
            elif tr.get("type") == "unfinished" and (
                    not any(f.text for f in tr) if numerus else not tr.text):
                missing.append(f"{ctx}: {src!r}")
    if write:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                      encoding="utf-8")
    return missing


def main(argv: list[str]) -> int:
    check = "--check" in argv
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    if not check:
        ts_files = [str(TRANSLATIONS / f"carecenter_{lang}.ts") for lang in LANGS]
        subprocess.run([_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none",
                        "-ts", *ts_files],
                       cwd=ROOT, check=True, capture_output=True)
        missing = _fill(TRANSLATIONS / "carecenter_it.ts", _pending())
        for f in PENDING.glob("*.tsv"):
            f.unlink()
        for lang in LANGS:
            ts = TRANSLATIONS / f"carecenter_{lang}.ts"
            subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm",
                            str(ts.with_suffix(".qm"))], check=True, capture_output=True)
    else:
        missing = _fill(TRANSLATIONS / "carecenter_it.ts", {}, write=False)
    for m in missing:
        print(f"not translated into Italian: {m}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
