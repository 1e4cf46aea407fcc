"""``carecenter bench cipher`` runs end to end on tiny stores (its output shape, not its
speed): every figure on both stores, the encrypted store really encrypted, and no key left
in the keyring."""

from __future__ import annotations

import keyring
import pytest

from carecenter.bench import cipher_figures
from carecenter.bench.cipher_figures import ROWS, run_cipher_bench, table
from carecenter.db import cipher
from tests.conftest import MemoryKeyring


def test_the_cipher_bench_prints_every_figure_for_both_stores(
        monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[bool] = []
    real = cipher_figures._open

    def watched(path, kind):  # type: ignore[no-untyped-def]
        store = real(path, kind)
        opened.append(store.key is not None)
        assert (store.key is not None) is (kind == "encrypted")
        return store

    monkeypatch.setattr(cipher_figures, "_open", watched)
    figures = run_cipher_bench(20, samples=4, import_rows=10, rounds=1)
    # lookups (built, then opened again as a console starts), import, first sync
    assert opened.count(True) == opened.count(False) == 4
    for _label, name, _lower in ROWS:
        for kind in cipher_figures.KINDS:
            value = figures[f"{kind}_{name}"]
            assert isinstance(value, int | float) and value >= 0, (kind, name)
    assert figures["hub_rows"] > 20
    lines = table(figures).splitlines()
    assert lines[0].split() == ["figure", "plain", "encrypted", "cost"]
    assert len(lines) == len(ROWS) + 2
    ring = keyring.get_keyring()
    assert isinstance(ring, MemoryKeyring) and ring.secrets == {}
    assert cipher._given == {}
