"""Columns a user can find (issue 16 part 3): the help lists them with an example, the
templates import as they are, and ``export --for-import`` writes files that import back
unchanged."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from carecenter.commands.import_help import columns_help
from carecenter.db.store import Store
from carecenter.services.calls.campaigns import CampaignSpec, create_campaign, import_call_list
from carecenter.services.customers.contacts import NewContact, add_contact
from carecenter.services.export_for_import import export_for_import
from carecenter.services.imports import import_file
from carecenter.services.imports.templates import TEMPLATE_KINDS, write_template
from carecenter.services.uow import UnitOfWork
from tests.unit.test_imports import counts, snapshot
from tests.unit.test_imports_more import cli

ORDER = ("customers", "offers", "holdings", "contacts")


def test_import_kind_help_lists_the_columns_and_an_example() -> None:
    done = cli("import", "contacts", "--help")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "  contact_ref / codice_contatto (required): your key for the contact" in out
    assert "  outcome / esito (optional): reached, no_answer" in out
    assert "Example:\n  contact_ref,customer_ref,at,channel,direction,team," in out
    assert "K0002,C0002,15/04/2025 09:30,telefono,uscita,marketing" in out
    assert "workstation's time zone" in " ".join(out.split())
    calllist = cli("calllist", "import", "--help")
    assert calllist.returncode == 0, calllist.stderr
    assert f"\n\n{columns_help('calllist')}\n\n" in calllist.stdout


def test_docs_import_md_says_what_the_help_says() -> None:
    doc = (Path(__file__).parents[2] / "docs" / "import.md").read_text(encoding="utf-8")
    for kind in TEMPLATE_KINDS:
        assert f"```text\n{columns_help(kind)}\n```" in doc, kind


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_every_template_imports_as_it_is(store: Store, tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"contacts{suffix}"
    done = cli("import", "template", "contacts", str(target))
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == f"Wrote the contacts columns and two example rows to {target}.\n"
    for kind in TEMPLATE_KINDS:
        if kind != "contacts":
            write_template(kind, tmp_path / f"{kind}{suffix}")
    for kind in ORDER:
        result = import_file(store, kind, tmp_path / f"{kind}{suffix}")
        assert (result.rows, result.imported, result.rejected) == (2, 2, 0), kind
    create_campaign(store, CampaignSpec(name="Prova", product="FIBRA100"))
    assert import_call_list(store, "Prova", tmp_path / f"calllist{suffix}").imported == 2
    assert counts(store)["customer"] == 2
    assert counts(store)["contact"] == 2


def test_a_template_that_cannot_be_written_is_one_sentence(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "c.csv"
    done = cli("import", "template", "customers", str(target))
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.endswith(f"{target} cannot be written (No such file or directory); "
                                "choose another place.\n")
    assert "Traceback" not in done.stderr


def _filled(store: Store, tmp_path: Path) -> None:
    tmp_path.mkdir()
    for kind in ORDER:
        write_template(kind, tmp_path / f"{kind}.csv")
        assert import_file(store, kind, tmp_path / f"{kind}.csv").rejected == 0
    with store.session() as s:
        cid = s.execute(text("SELECT id FROM customer WHERE customer_ref = 'C0002'")).scalar()
    with UnitOfWork(store) as uow:  # logged in the console: no contact_ref
        add_contact(uow, str(cid), NewContact(
            channel="counter", direction="inbound", team="store", outcome="info",
            at=datetime(2025, 6, 1, 9, 30, 12, 345678, tzinfo=UTC), summary="Orari\r\nnegozio"))


def test_export_for_import_imports_back_unchanged(store: Store, tmp_path: Path) -> None:
    _filled(store, tmp_path / "in")
    first = tmp_path / "first"
    done = cli("export", "--db", str(store.path), "--out", str(first), "--for-import")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == (f"Wrote 2 customers, 2 offers, 2 holdings, 3 contacts to {first}; "
                           "import them in that order.\n")
    # Into the same store: nothing changes.
    before, ops = counts(store), snapshot(store)
    for kind in ORDER:
        result = import_file(store, kind, first / f"{kind}.csv")
        assert (result.imported, result.rejected) == (0, 0), kind
    assert (counts(store), snapshot(store)) == (before, ops)
    # Into an empty store: the same files come out again.
    other = Store.open(tmp_path / "other.db")
    try:
        for kind in ORDER:
            assert import_file(other, kind, first / f"{kind}.csv").rejected == 0, kind
        export_for_import(other, tmp_path / "second")
    finally:
        other.close()
    for kind in ORDER:
        assert ((tmp_path / "second" / f"{kind}.csv").read_bytes()
                == (first / f"{kind}.csv").read_bytes()), kind
