"""Row ids: UUIDv7 made by whoever creates the row, so offline creation never collides."""

from __future__ import annotations

import uuid6


def new_id() -> str:
    """A new UUIDv7 as its canonical 36-character text (sorts by creation time)."""
    return str(uuid6.uuid7())
