"""Imports of customers, contacts, holdings and offers from CSV or .xlsx files
(docs/import.md).

``import_file(store, "contacts", path)`` reads the file streamed, takes every valid row
in whole-batch transactions, and returns an ImportResult; rejected rows are listed with
their line and reason and written to ``FILE.rejects.csv``. Importing a file again
changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from carecenter.db.store import Store
from carecenter.services.imports.catalog import HoldingsKind, OffersKind, product_id
from carecenter.services.imports.contacts import ContactsKind
from carecenter.services.imports.customers import CustomersKind
from carecenter.services.imports.engine import (
    BATCH_SIZE,
    Describe,
    ImportResult,
    Kind,
    Reject,
    rejects_path_for,
    run_import,
)
from carecenter.services.imports.problems import Code, Problem, RowError, plain
from carecenter.services.imports.reader import ImportFileError
from carecenter.services.tasks import TaskState

KINDS = ("customers", "contacts", "holdings", "offers")


def make_kind(kind: str, region: str = "IT") -> Kind:
    if kind == "customers":
        return CustomersKind(region)
    if kind == "contacts":
        return ContactsKind()
    if kind == "holdings":
        return HoldingsKind()
    if kind == "offers":
        return OffersKind()
    raise ValueError(f"unknown import kind {kind!r} (one of {', '.join(KINDS)})")


def import_file(store: Store, kind: str, path: Path | str, *, region: str = "IT",
                state: TaskState | None = None, batch_size: int = BATCH_SIZE,
                on_reject: Callable[[Reject], None] | None = None,
                describe: Describe = plain) -> ImportResult:
    """Import ``path`` (CSV or .xlsx) as ``kind`` (customers, contacts, holdings or
    offers); ``describe`` words each problem in the rejects file.

    Raises ImportFileError (nothing imported) when the file as a whole is unusable.
    """
    return run_import(store, make_kind(kind, region), Path(path), state=state,
                      batch_size=batch_size, on_reject=on_reject, describe=describe)


__all__ = [
    "BATCH_SIZE",
    "KINDS",
    "Code",
    "Describe",
    "ImportFileError",
    "ImportResult",
    "Kind",
    "Problem",
    "Reject",
    "RowError",
    "import_file",
    "make_kind",
    "product_id",
    "rejects_path_for",
]
