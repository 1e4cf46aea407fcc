"""A header and two example rows for each kind of import file, as CSV or .xlsx.

``carecenter import template KIND FILE`` writes them, ``carecenter import KIND --help``
and docs/import.md show the same rows; a test imports each template.
"""

from __future__ import annotations

import csv
from pathlib import Path

TEMPLATE_KINDS = ("customers", "contacts", "holdings", "offers", "calllist")

EXAMPLES: dict[str, tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]] = {
    "customers": (
        ("customer_ref", "first_name", "last_name", "company", "phone", "email",
         "birth_date", "language", "tier", "store"),
        (("C0001", "Giulia", "Rossi", "", "+39 333 123 4567", "giulia.rossi@example.it",
          "31/12/1980", "it", "gold", "Milano Centro"),
         ("C0002", "", "", "Bar Sport srl", "02 1234 5678|333 765 4321",
          "info@barsport.example", "", "italiano", "standard", "Torino"))),
    "contacts": (
        ("contact_ref", "customer_ref", "at", "channel", "direction", "team", "campaign",
         "offer", "outcome", "agent", "duration_s", "summary"),
        (("K0001", "C0001", "2025-03-31T14:05:00", "phone", "inbound", "service", "", "",
          "resolved", "Anna Bianchi", "240", "Asked why the bill doubled; explained"),
         ("K0002", "C0002", "15/04/2025 09:30", "telefono", "uscita", "marketing", "", "",
          "nessuna risposta", "", "", ""))),
    "holdings": (
        ("customer_ref", "product", "since"),
        (("C0001", "FIBRA100", "2024-01-15"), ("C0002", "MOBILE10", "15/02/2023"))),
    "offers": (
        ("offer_code", "product", "title", "value", "valid_from", "valid_to", "channels"),
        (("FIB-2025", "FIBRA100", "Fibra 1 Gbit", "24.90", "2025-01-01", "31/12/2025",
          "phone|email"),
         ("MOB-10", "MOBILE10", "Mobile 10 GB", "9,99", "", "", "sms"))),
    "calllist": (("customer_ref",), (("C0001",), ("C0002",))),
}


def write_template(kind: str, path: Path) -> None:
    """The header and two example rows of ``kind``: .xlsx when ``path`` says so, else CSV
    (UTF-8, comma). Raises KeyError for an unknown kind, OSError when it cannot write."""
    header, rows = EXAMPLES[kind]
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet(kind)
        for row in (header, *rows):
            sheet.append(list(row))
        book.save(path)
        return
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerows((header, *rows))
