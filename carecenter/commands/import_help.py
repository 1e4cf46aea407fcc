"""The command line's words for the columns of each kind of import file (one place):
``carecenter import KIND --help`` and docs/import.md say the same."""

from __future__ import annotations

import csv
import io

from carecenter.services.imports.templates import EXAMPLES
from carecenter.services.imports.vocabulary import COLUMNS

_REQUIRED = {
    "customers": ("customer_ref",),
    "contacts": ("contact_ref", "customer_ref", "at", "channel", "direction", "team"),
    "holdings": ("customer_ref", "product", "since"),
    "offers": ("offer_code", "product", "title", "value"),
    "calllist": ("customer_ref",),
}

COLUMN_WORDS = {
    "customer_ref": "your key for the customer (up to 64 characters)",
    "first_name": "up to 120 characters", "last_name": "up to 120 characters",
    "company": "up to 200 characters",
    "phone": "any format, several separated by |; national numbers in the region's format",
    "email": "several separated by |",
    "birth_date": "31/12/1980 or 1980-12-31",
    "language": "it, en, de, fr, es (or italiano, inglese ...), any two-letter code",
    "tier": "standard, silver (argento), gold (oro), platinum (platino)",
    "store": "the customer's home store (up to 80 characters)",
    "contact_ref": "your key for the contact (up to 64 characters)",
    "at": "05/12/2026 14:30 or 2026-12-05T14:30 (a time without offset is the "
          "workstation's local time; nothing more than a day ahead)",
    "channel": ("phone (telefono), counter (sportello, negozio), email, sms, chat, "
                "letter (lettera)"),
    "direction": "inbound (entrata) or outbound (uscita)",
    "team": "service (assistenza), marketing, sales (vendite), store (negozio)",
    "campaign": "the name of an existing campaign", "offer": "the code of an imported offer",
    "outcome": "reached, no_answer, busy, declined, accepted, callback, wrong_number, "
               "opted_out, resolved, info, merged (or raggiunto, nessuna risposta, "
               "occupato, rifiutato, accettato, richiamare, numero errato, disiscritto, "
               "risolto, informazioni)",
    "agent": "the agent's name (created when new)", "duration_s": "seconds",
    "summary": "up to 4000 characters", "product": "the product's code (created when new)",
    "since": "31/12/2024 or 2024-12-31", "offer_code": "your key for the offer",
    "title": "up to 200 characters", "value": "euro: 24.90, 24,90 or € 24",
    "valid_from": "a date", "valid_to": "a date, not before valid_from",
    "channels": "channels separated by | or spaces",
}

_ITALIAN: dict[str, str] = {}
for _alias, _column in COLUMNS.items():
    _ITALIAN.setdefault(_column, _alias)


def columns_help(kind: str) -> str:
    """The columns of ``kind``, each with its Italian name and what it holds, then an
    example file; for an argparse description (RawDescriptionHelpFormatter)."""
    header, rows = EXAMPLES[kind]
    required = _REQUIRED[kind]
    lines = ["Columns (in any order; the header may use the Italian names):"]
    for column in header:
        need = "required" if column in required else "optional"
        italian = f" / {_ITALIAN[column]}" if column in _ITALIAN else ""
        lines.append(f"  {column}{italian} ({need}): {COLUMN_WORDS[column]}")
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows((header, *rows))
    lines += ["", "Example:", *("  " + line for line in out.getvalue().splitlines())]
    return "\n".join(lines)


READING = (
    "The file may be CSV (UTF-8 with or without BOM, Windows-1252 or Latin-1, found by "
    "itself; comma, semicolon or tab) or an .xlsx workbook (its first sheet). Dates and "
    "times may be written 31/12/1980 and 05/12/2026 14:30 or in ISO form; a time without "
    "an offset is taken in this workstation's time zone ({zone}). Every problem of a "
    "rejected row is reported with its line number and written to FILE.rejects.csv; "
    "importing the same file again changes nothing. Exit code 1 when some rows were "
    "rejected.")
