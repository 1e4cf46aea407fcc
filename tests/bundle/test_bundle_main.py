"""The bundle's entry point turns a link the system hands over into ``--call``."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_link_given_alone_becomes_a_call() -> None:
    spec = importlib.util.spec_from_file_location("bundle_main",
                                                  ROOT / "packaging" / "bundle_main.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.link_to_call(["tel:+390612345678"]) == ["--call", "tel:+390612345678"]
    assert module.link_to_call(["CALLTO:0612"]) == ["--call", "CALLTO:0612"]
    assert module.link_to_call(["gui", "--db", "x.db"]) == ["gui", "--db", "x.db"]
    assert module.link_to_call([]) == []
