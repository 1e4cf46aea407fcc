"""What other features may ask of cases (through the registry)."""

from __future__ import annotations

from typing import Protocol

from ui.shell.registry import Key


class CasesApi(Protocol):
    def category_label(self, code: str) -> str:
        """A case category's name in the console's language (its code when unknown)."""
        ...

    def playbook_sections(self) -> list[tuple[str, str]]:
        """Every playbook section: (reference ``category#heading``, its name to show)."""
        ...

    def selected_case(self, view: object) -> str | None:
        """The case selected in a customer view's cases section (None: none)."""
        ...

    def playbook_section(self, ref: str) -> tuple[str, str] | None:
        """The section a reference names: (title, Markdown body), or None when gone."""
        ...


CASES: Key[CasesApi] = Key("cases")
