"""The core never imports Qt or the UI."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import carecenter


def test_core_imports_without_pyside6() -> None:
    # A fresh interpreter: this test process may already hold Qt from the UI tests.
    modules = [m.name for m in pkgutil.walk_packages(carecenter.__path__, "carecenter.")
               if "migrations" not in m.name and not m.name.endswith("__main__")]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'ui'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert len(modules) > 20
    assert out.stdout.strip() == ""


def test_import_linter_contract_holds() -> None:
    lint = importlib.import_module("importlinter.cli")
    assert lint.lint_imports(config_filename="pyproject.toml") == 0
