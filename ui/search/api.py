"""What other features may use of search: the type-ahead panel (the merge dialog picks the
other record with one)."""

from __future__ import annotations

from ui.search.panel import SearchPanel

__all__ = ["SearchPanel"]
