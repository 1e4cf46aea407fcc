"""Imports: the rejection reasons test_imports.py leaves out, and the command's exit code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from carecenter.commands.import_words import reject_words
from carecenter.commands.refusal_words import refusal_sentence as said
from carecenter.db.store import Store
from carecenter.services.imports import ImportFileError, import_file
from tests.unit.test_imports import (
    CONTACT_HEADER,
    CUSTOMERS,
    contact_row,
    counts,
    customers,  # noqa: F401  (fixture)
    snapshot,
    write,
)

OFFER_HEADER = "offer_code,product,title,value,valid_from,valid_to,channels\n"


@pytest.mark.parametrize(("row", "reason"), [
    (",FIBRA,Fibra,9,,,", "offer_code is empty"),
    ("F1,,Fibra,9,,,", "product is empty"),
    ("F1,FIBRA,Fibra,,,,", "value is empty"),
    ("F1,FIBRA,Fibra,9,1/15/2024,,", "valid_from '1/15/2024' is not a date like 31/12/1980 "
                                     "or 1980-12-31"),
    ("F1,FIBRA,Fibra,9,,2024-13-01,", "valid_to '2024-13-01' is not a date like 31/12/1980 "
                                      "or 1980-12-31"),
    ("F" + "1" * 40 + ",FIBRA,Fibra,9,,,", "offer_code is longer than 40 characters"),
    ("F1,FIBRA,Fibra,9,,,phone|pigeon",
     "channels 'pigeon' is not one of phone, counter, email, sms, chat, letter"),
])
def test_offer_rejections(customers: Store, tmp_path: Path, row: str,  # noqa: F811
                          reason: str) -> None:
    before = counts(customers)
    result = import_file(customers, "offers", write(tmp_path, "o.csv", OFFER_HEADER + row + "\n"))
    assert [(r.line, reject_words(r)) for r in result.rejects] == [(2, reason)]
    assert counts(customers) == before


def test_an_offer_code_again_with_other_data(customers: Store, tmp_path: Path) -> None:  # noqa: F811
    first = OFFER_HEADER + "F1,FIBRA,Fibra,9,,,\n"
    import_file(customers, "offers", write(tmp_path, "a.csv", first))
    before = snapshot(customers)
    again = OFFER_HEADER + "F1,FIBRA,Fibra,9.50,,,\nF2,FIBRA,Two,1,,,\nF2,FIBRA,Two,2,,,\n"
    result = import_file(customers, "offers", write(tmp_path, "b.csv", again))
    assert [(r.line, reject_words(r)) for r in result.rejects] == [
        (2, "offer_code F1 already exists with different data"),
        (4, "offer_code F2 appears again with different data (first on line 3)")]
    assert result.imported == 1
    assert len(snapshot(customers)) == len(before) + 1  # F2 only


def test_holding_without_customer_and_a_contact_before_1900(customers: Store,  # noqa: F811
                                                             tmp_path: Path) -> None:
    before = counts(customers)
    result = import_file(customers, "holdings", write(
        tmp_path, "h.csv", "customer_ref,product,since\n,FIBRA,2024-01-01\n"))
    assert [(r.line, reject_words(r)) for r in result.rejects] == [(2, "customer_ref is empty")]
    result = import_file(customers, "contacts", write(
        tmp_path, "k.csv", CONTACT_HEADER + contact_row(at="1899-12-31") + "\n"))
    assert [(r.line, reject_words(r)) for r in result.rejects] == [
        (2, "at '1899-12-31' is before 1900")]
    assert counts(customers) == before


def test_a_folder_is_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as err:
        import_file(store, "customers", tmp_path)
    assert said(err.value) == f"{tmp_path} is a folder, not a CSV file."


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "carecenter", *args], capture_output=True,
                          text=True, check=False, cwd=Path(__file__).parents[2])


def test_the_command_reports_rejects_and_exits_1_then_0_on_a_clean_rerun(
        store_path: Path, tmp_path: Path) -> None:
    good = write(tmp_path, "c.csv", CUSTOMERS + "C4,Dario,Blu,,,,\n")
    assert cli("init", "--plain", "--db", str(store_path)).returncode == 0
    done = cli("import", "customers", str(good), "--db", str(store_path))
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == ("customers: 4 rows read, 4 imported, 0 already there, "
                           "0 rejected.\n")
    bad = write(tmp_path, "d.csv", "customer_ref,tier,Colour\nC5,gold,red\nC6,diamond,blue\n")
    done = cli("import", "customers", str(bad), "--db", str(store_path))
    assert done.returncode == 1
    assert done.stderr == "line 3: tier 'diamond' is not one of standard, silver, gold, platinum\n"
    assert done.stdout == (
        "customers: 2 rows read, 1 imported, 0 already there, 1 rejected. Unknown columns "
        f"ignored: Colour. Rejected rows are in {tmp_path / 'd.csv.rejects.csv'}.\n")
    done = cli("import", "customers", str(good), "--db", str(store_path))
    assert done.stdout == ("customers: 4 rows read, 0 imported, 4 already there, "
                           "0 rejected.\n")
    missing = cli("import", "offers", str(tmp_path / "none.csv"), "--db", str(store_path))
    assert missing.returncode != 0
    assert "Traceback" not in missing.stderr
    assert f"{tmp_path / 'none.csv'} does not exist; check the file name." in missing.stderr
