"""The order of the search index: documents lie in the order of their customer's last
contact, so that the search reads the newest matches first (FTS5 walks rowids down)
instead of ranking every match. A contacted customer's document has the rowid (last
contact, Unix seconds) << SLOT_BITS, or the next free one up; a never-contacted one a small
number below NEVER_TOP. Few slot bits keep the rowid steps, and so FTS5's doclists, small.
Kept by ``services/search/index.py``; set up by migration 0016."""

from __future__ import annotations

SLOT_BITS = 4
NEVER_TOP = 1 << 28


def first_slot(second: int) -> int:
    """Where the document of a customer last contacted at ``second`` goes, if free (else
    the next free one up)."""
    return second << SLOT_BITS
