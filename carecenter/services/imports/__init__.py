"""Imports of customers, contacts, holdings and offers from CSV files (docs/imports.md).

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
    ImportResult,
    Kind,
    Reject,
    rejects_path_for,
    run_import,
)
from carecenter.services.imports.fields import RowError
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
                on_reject: Callable[[Reject], None] | None = None) -> ImportResult:
    """Import ``path`` as ``kind`` (customers, contacts, holdings or offers).

    Raises ImportFileError (nothing imported) when the file as a whole is unusable.
    """
    return run_import(store, make_kind(kind, region), Path(path), state=state,
                      batch_size=batch_size, on_reject=on_reject)


__all__ = [
    "BATCH_SIZE", "KINDS", "ImportFileError", "ImportResult", "Kind", "Reject", "RowError",
    "import_file",
    "make_kind", "product_id", "rejects_path_for",
]
