"""What other features may ask of decisions (through the registry)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from ui.shell.registry import Key

if TYPE_CHECKING:
    from carecenter.services.decisions.rows import DecisionRow
    from ui.customer.api import CustomerView
    from ui.decisions.grant_dialog import GrantDialog


class DecisionsApi(Protocol):
    def grant_for(self, view: CustomerView, case_id: str | None = None) -> GrantDialog:
        """Open the grant dialog for the customer of ``view`` (on the case ``case_id``)."""
        ...


DECISIONS: Key[DecisionsApi] = Key("decisions")


def decision_line(row: DecisionRow) -> str:
    """A decision in one line, as other features list it: remedy, amount (or quantity in
    its unit), state, when, and the charter clauses cited on it."""
    from ui.decisions import words
    from ui.decisions.section import amount_text, clauses_text
    from ui.widgets import formats

    d = row.decision
    cited = f"  ·  {clauses_text(row)}" if row.clauses else ""
    return (f"{words.remedy(d.remedy, row.remedy_labels)} · {amount_text(row)} — "
            f"{words.state(d.authority_state)}, {formats.date_time(d.at)}{cited}")
