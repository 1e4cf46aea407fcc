"""``carecenter remedies|policy export|import``: the catalogue and the policy as data in
the store, all or nothing, idempotent, broken files reported with their line."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from carecenter.cli import main
from carecenter.db.models import AuthorityPolicy, OutboxOp, Remedy
from carecenter.db.store import Store
from carecenter.services.decisions.authority_files import (
    default_catalogue,
    default_policy,
    parse_catalogue,
    parse_policy,
)
from carecenter.services.decisions.catalogue import catalogue, policy, remedy_row_id


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """A store made with `carecenter init`: no other command makes one."""
    path = tmp_path / "store.db"
    assert main(["init", "--db", str(path)]) == 0
    return path


def ops(store_path: Path) -> int:
    s = Store.open(store_path)
    try:
        with s.session() as ses:
            return ses.scalar(select(func.count()).select_from(OutboxOp)) or 0
    finally:
        s.close()


def rows(store_path: Path) -> list[tuple[str, int, bool]]:
    s = Store.open(store_path)
    try:
        with s.session() as ses:
            return [(r.code, r.default_amount_cents, r.active)
                    for r in ses.scalars(select(Remedy).order_by(Remedy.code))]
    finally:
        s.close()


def test_a_new_store_exports_the_shipped_defaults(tmp_path: Path, store_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["remedies", "export", "--db", str(store_path), str(tmp_path / "r.toml")]) == 0
    assert main(["policy", "export", "--db", str(store_path), str(tmp_path / "p.toml")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [f"Exported the remedy catalogue to {tmp_path / 'r.toml'}.",
                   f"Exported the authority policy to {tmp_path / 'p.toml'}."]
    text = (tmp_path / "r.toml").read_text(encoding="utf-8")
    assert parse_catalogue(text, "r.toml") == default_catalogue()
    text = (tmp_path / "p.toml").read_text(encoding="utf-8")
    assert parse_policy(text, "p.toml") == default_policy()
    assert ops(store_path) == 0  # the defaults apply without being written


def test_an_imported_catalogue_is_synced_data_and_a_second_import_changes_nothing(
        tmp_path: Path, store_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["remedies", "export", "--db", str(store_path), str(tmp_path / "r.toml")])
    text = (tmp_path / "r.toml").read_text(encoding="utf-8")
    start = text.index("[remedy.gift]")
    end = text.index("[remedy.", start + 1)
    edited = (text[:start] + text[end:]).replace("default_amount_cents = 2000",
                                                 "default_amount_cents = 2500")
    edited += '\n[remedy.voucher]\ndefault_amount_cents = 1200\nlabel = { en = "Shop ' \
              'voucher", it = "Buono d\'acquisto" }\n'
    (tmp_path / "mine.toml").write_text(edited, encoding="utf-8")
    capsys.readouterr()
    assert main(["remedies", "import", "--db", str(store_path), str(tmp_path / "mine.toml")]) == 0
    assert capsys.readouterr().out == (f"Imported {tmp_path / 'mine.toml'}: remedies 12 added, "
                                       "0 changed, 0 retired, 0 unchanged.\n")
    n = ops(store_path)
    assert n == 13  # twelve remedies and the gift kept as retired: one op each
    s = Store.open(store_path)
    try:
        cat = catalogue(s)
        assert [r.code for r in cat.remedies] == [
            "fee_waiver", "credit", "discount", "upgrade", "replacement", "free_shipping",
            "payment_extension", "cutoff_moved", "late_fee_waived", "priority_handling",
            "redelivery_slot", "voucher"]
        assert cat.get("credit").default_amount_cents == 2500  # type: ignore[union-attr]
        assert cat.get("voucher").labels == {  # type: ignore[union-attr]
            "en": "Shop voucher", "it": "Buono d'acquisto"}
        with s.session() as ses:
            assert ses.get(Remedy, remedy_row_id("credit")) is not None
    finally:
        s.close()
    assert ("gift", 1500, False) in rows(store_path)  # retired, never deleted

    assert main(["remedies", "import", "--db", str(store_path), str(tmp_path / "mine.toml")]) == 0
    assert capsys.readouterr().out == (f"Imported {tmp_path / 'mine.toml'}: the remedy "
                                       "catalogue was already the same; nothing changed.\n")
    assert ops(store_path) == n


def test_the_gift_comes_back_when_imported_again(tmp_path: Path, store_path: Path) -> None:
    main(["remedies", "export", "--db", str(store_path), str(tmp_path / "all.toml")])
    text = (tmp_path / "all.toml").read_text(encoding="utf-8")
    start = text.index("[remedy.gift]")
    (tmp_path / "less.toml").write_text(
        text[:start] + text[text.index("[remedy.", start + 1):], encoding="utf-8")
    main(["remedies", "import", "--db", str(store_path), str(tmp_path / "less.toml")])
    main(["remedies", "import", "--db", str(store_path), str(tmp_path / "all.toml")])
    assert ("gift", 1500, True) in rows(store_path)


def test_a_broken_file_is_reported_with_its_line_and_nothing_changes(
        tmp_path: Path, store_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["policy", "export", "--db", str(store_path), str(tmp_path / "p.toml")])
    good = (tmp_path / "p.toml").read_text(encoding="utf-8")
    main(["policy", "import", "--db", str(store_path), str(tmp_path / "p.toml")])
    before = ops(store_path)
    bad = good.replace("max_per_customer_30_days_cents = 25000",
                       "max_per_customer_30_days_cents = 250.00")
    line = next(i for i, ln in enumerate(bad.splitlines(), 1) if "250.00" in ln)
    (tmp_path / "bad.toml").write_text(bad, encoding="utf-8")
    capsys.readouterr()
    assert main(["policy", "import", "--db", str(store_path), str(tmp_path / "bad.toml")]) == 2
    err = capsys.readouterr().err
    assert err == (f"carecenter: {tmp_path / 'bad.toml'}, line {line}: "
                   "max_per_customer_30_days_cents of role senior must be a whole number of "
                   "cents from 0 to 100000000, not 250.0; nothing was imported.\n")
    assert ops(store_path) == before
    s = Store.open(store_path)
    try:
        assert policy(s) == parse_policy(good, "p.toml")
    finally:
        s.close()


def test_a_file_that_is_not_text_or_not_there_is_reported(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store_path = tmp_path / "store.db"  # none there: the file is checked first
    (tmp_path / "latin1.toml").write_bytes(b'currency = "EUR"\n# caf\xe9\n')
    assert main(["remedies", "import", "--db", str(store_path),
                 str(tmp_path / "latin1.toml")]) == 2
    assert capsys.readouterr().err == (
        f"carecenter: {tmp_path / 'latin1.toml'}, line 2: the file is not UTF-8 text; save it "
        "as UTF-8; nothing was imported.\n")
    assert main(["remedies", "import", "--db", str(store_path),
                 str(tmp_path / "missing.toml")]) == 2
    assert capsys.readouterr().err == (
        f"carecenter: {tmp_path / 'missing.toml'} cannot be read (No such file or directory); "
        "nothing was imported.\n")
    assert not store_path.exists()  # the file is checked before the store is even opened


def test_an_imported_policy_is_what_the_store_weighs_with(tmp_path: Path,
                                                          store_path: Path) -> None:
    main(["policy", "export", "--db", str(store_path), str(tmp_path / "p.toml")])
    text = (tmp_path / "p.toml").read_text(encoding="utf-8")
    text = text.replace('day_time_zone = "Europe/Rome"', 'day_time_zone = "Europe/Lisbon"')
    text = text.replace("max_per_agent_day_cents = 30000", "max_per_agent_day_cents = 40000")
    (tmp_path / "p.toml").write_text(text, encoding="utf-8")
    assert main(["policy", "import", "--db", str(store_path), str(tmp_path / "p.toml")]) == 0
    s = Store.open(store_path)
    try:
        got = policy(s)
        assert got["agent"].max_per_agent_day_cents == 40000
        assert {p.day_time_zone for p in got.values()} == {"Europe/Lisbon"}
        with s.session() as ses:
            assert ses.scalar(select(func.count()).select_from(AuthorityPolicy)) == 3
    finally:
        s.close()
