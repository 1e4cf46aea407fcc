"""The grant dialog's sentences: why it cannot commit as it stands, and what the status bar
says once it recorded a decision (money, or a remedy that costs nothing in its unit). They
keep the dialog's translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from carecenter.domain import AuthorityState
from carecenter.services.decisions.authority import Meter
from carecenter.services.decisions.grants import MAX_REASON, Action, GrantResult
from carecenter.services.decisions.rows import GrantContext
from carecenter.services.decisions.units import UnitMeter
from ui.decisions import words
from ui.widgets import formats

if TYPE_CHECKING:
    from ui.decisions.grant_dialog import GrantDialog

translate = QCoreApplication.translate  # literal calls, so that lupdate collects them


def outcome(r: GrantResult, ctx: GrantContext) -> str:
    d = r.decision
    spec = ctx.catalogue.get(d.remedy)
    what = words.remedy(d.remedy, dict(spec.labels) if spec else None)
    name = ctx.customer_name
    if d.quantity is not None:
        how = words.quantity(spec.unit if spec else "count", d.quantity)
        if d.authority_state == AuthorityState.PENDING:
            return translate("GrantDialog", "Asked a supervisor to approve {0} ({1}) for {2}: "
                             "you will see the answer here.").format(what, how, name)
        if d.authority_state == AuthorityState.OVERRIDE:
            return translate("GrantDialog", "Granted {0} ({1}) to {2} over your limit, with "
                             "your reason.").format(what, how, name)
        return translate("GrantDialog", "Granted {0} ({1}) to {2}; a follow-up will ask "
                         "whether it worked.").format(what, how, name)
    amount = formats.money(d.amount_cents, d.currency)
    if d.authority_state == AuthorityState.PENDING:
        return translate("GrantDialog", "Asked a supervisor to approve {0} of {1} for {2}: you "
                         "will see the answer here.").format(what, amount, name)
    if d.authority_state == AuthorityState.OVERRIDE:
        return translate("GrantDialog", "Granted {0} of {1} to {2} over your limit, with your "
                         "reason; a follow-up will ask whether it worked.").format(
                             what, amount, name)
    return translate("GrantDialog", "Granted {0} of {1} to {2}; a follow-up will ask whether "
                     "it worked.").format(what, amount, name)


def refusal(d: GrantDialog, action: Action) -> str | None:
    """Why the dialog cannot commit as it stands, in one sentence (None: it can)."""
    ctx = d.context
    if ctx is None:
        return translate("GrantDialog", "The remedy catalogue is still loading: wait a moment.")
    if d.remedy_code() is None:
        return translate("GrantDialog", "Choose a remedy from the list.")
    um = d.unit_meter()
    if um is not None:
        return _refusal_of(d, action, um)
    if d.chosen_currency() != ctx.currency:
        return words.other_currency(d.chosen_currency(), ctx.currency)
    if d.amount_cents() <= 0:
        return translate("GrantDialog", "Enter the amount of the remedy.")
    return _refusal_of(d, action, ctx.meter.with_amount(d.amount_cents()))


def _refusal_of(d: GrantDialog, action: Action, m: Meter | UnitMeter) -> str | None:
    reason = d.reason.toPlainText().strip()
    if len(reason) > MAX_REASON:
        return translate("GrantDialog", "The reason is too long: keep it under {0} "
                         "characters.").format(formats.number(MAX_REASON))
    if action is Action.OVERRIDE and not reason:
        return translate("GrantDialog", "An override needs a written reason: say why this "
                         "customer should have more than your authority allows.")
    if action is Action.OVERRIDE and not m.may_override:
        return translate("GrantDialog", "Your role may not go over a limit: ask a supervisor "
                         "for approval.")
    if action is Action.GRANT and not m.within:
        return words.verdict(m)
    return None
