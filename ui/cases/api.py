"""What other features may ask of cases (through the registry)."""

from __future__ import annotations

from typing import Protocol

from ui.shell.registry import Key


class CasesApi(Protocol):
    def category_label(self, code: str) -> str:
        """A case category's name in the console's language (its code when unknown)."""
        ...


CASES: Key[CasesApi] = Key("cases")
