"""Parts of the review view: the columns of its three tables (approval requests, the
review queue, the team's figures), the detail of a request or a decision, what one load
brings, and how a page is stacked. Their words are the review view's (context
``ReviewView``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

from carecenter.services.agents import AgentRef
from carecenter.services.decisions.authority import Catalogue
from carecenter.services.decisions.figures import DecisionFigures, Figures
from carecenter.services.decisions.grants import ApprovalRequest, DecisionInfo
from carecenter.services.decisions.review import Flag, NoteInfo, ReviewItem
from ui.decisions import words
from ui.widgets import formats
from ui.widgets.rows_model import Column, RowsModel

FILTER_FLAGS = (Flag.OVERRIDE, Flag.EXCEEDS_CAP, Flag.OUTLIER, Flag.REPEAT, Flag.PENDING)

translate = QCoreApplication.translate  # literal calls, so that lupdate collects them


@dataclass(frozen=True)
class Loaded:
    me: AgentRef
    catalogue: Catalogue
    requests: tuple[ApprovalRequest, ...]
    items: tuple[ReviewItem, ...]
    figures: Figures
    queued: int  # decisions in the queue in all; ``items`` holds the newest of them


def remedy_label(cat: Catalogue, code: str) -> str:
    spec = cat.get(code)
    return words.remedy(code, dict(spec.labels) if spec else None)


def amount_label(cat: Catalogue, d: DecisionInfo) -> str:
    """Money, or the quantity of a remedy that costs nothing in its unit ("30 days")."""
    if d.quantity is not None:
        spec = cat.get(d.remedy)
        return words.quantity(spec.unit if spec else "count", d.quantity)
    return formats.money(d.amount_cents, d.currency)


def over_limits(r: ApprovalRequest) -> str:
    over = r.unit_meter.over if r.unit_meter is not None else r.meter.over
    return ", ".join(words.limit(x) for x in over)


def request_columns(cat: Callable[[], Catalogue]) -> list[Column[ApprovalRequest]]:
    return [
        Column(lambda: translate("ReviewView", "Asked"),
               lambda r: formats.date_time(r.decision.at)),
        Column(lambda: translate("ReviewView", "Agent"), lambda r: r.agent_name or ""),
        Column(lambda: translate("ReviewView", "Customer"), lambda r: r.customer_name),
        Column(lambda: translate("ReviewView", "Remedy"),
               lambda r: remedy_label(cat(), r.decision.remedy)),
        Column(lambda: translate("ReviewView", "Amount"),
               lambda r: amount_label(cat(), r.decision), right=True),
        Column(lambda: translate("ReviewView", "Over the limit"),
               over_limits),
        Column(lambda: translate("ReviewView", "Reason"),
               lambda r: (r.decision.reason or "").replace("\n", " "),
               tip=lambda r: r.decision.reason or ""),
    ]


def queue_columns(cat: Callable[[], Catalogue]) -> list[Column[ReviewItem]]:
    return [
        Column(lambda: translate("ReviewView", "When"),
               lambda r: formats.date_time(r.decision.at)),
        Column(lambda: translate("ReviewView", "Agent"), lambda r: r.agent_name or ""),
        Column(lambda: translate("ReviewView", "Customer"), lambda r: r.customer_name),
        Column(lambda: translate("ReviewView", "Remedy"),
               lambda r: remedy_label(cat(), r.decision.remedy)),
        Column(lambda: translate("ReviewView", "Amount"),
               lambda r: amount_label(cat(), r.decision), right=True),
        Column(lambda: translate("ReviewView", "State"),
               lambda r: words.state(r.decision.authority_state),
               tip=lambda r: words.state_tip(r.decision.authority_state),
               colors=lambda r: words.STATE_COLORS.get(r.decision.authority_state)),
        Column(lambda: translate("ReviewView", "Notes"),
               lambda r: str(r.notes) if r.notes else "", right=True),
        Column(lambda: translate("ReviewView", "Worth a look"),
               lambda r: ", ".join(words.flag(f) for f in FILTER_FLAGS if f in r.flags)),
    ]


def figure_columns(currency: Callable[[], str]) -> list[Column[DecisionFigures]]:
    def bold(r: DecisionFigures) -> bool:
        return r.agent_id is None

    return [
        Column(lambda: translate("ReviewView", "Agent"),
               lambda r: r.agent_name if r.agent_id else translate("ReviewView", "Everybody"),
               bold=bold),
        Column(lambda: translate("ReviewView", "Decisions"), lambda r: str(r.decisions),
               right=True, bold=bold),
        Column(lambda: translate("ReviewView", "Money granted"),
               lambda r: formats.money(r.money_granted_cents, currency()), right=True,
               bold=bold),
        Column(lambda: translate("ReviewView", "Within authority"),
               lambda r: formats.percent(r.share_within), right=True, bold=bold,
               tip=lambda r: translate("ReviewView", "{0} of {1} granted").format(
                   formats.number(r.within), formats.number(r.granted))),
        Column(lambda: translate("ReviewView", "Satisfied at follow-up"),
               lambda r: formats.percent(r.share_satisfied), right=True, bold=bold,
               tip=lambda r: translate(
                   "ReviewView", "{0} satisfied, {1} checked, of {2} granted").format(
                   formats.number(r.satisfied), formats.number(r.checked),
                   formats.number(r.granted))),
        Column(lambda: translate("ReviewView", "Customers kept"),
               lambda r: formats.percent(r.share_kept), right=True, bold=bold,
               tip=lambda r: translate("ReviewView", "{0} of {1} customers").format(
                   formats.number(r.customers_kept), formats.number(r.customers))),
    ]


def request_html(r: ApprovalRequest, cat: Catalogue) -> str:
    """What was asked, by whom, and what was left of the limits when asked."""
    m, d, um = r.meter, r.decision, r.unit_meter
    if um is not None:  # a remedy that costs nothing: its own limits, in its unit
        lines = [translate("ReviewView", "<b>{0}</b> asks for {1} ({2}) for {3}.").format(
            escape(r.agent_name or "?"), escape(remedy_label(cat, d.remedy)),
            escape(amount_label(cat, d)), escape(r.customer_name)),
            translate("ReviewView", "When asked: {0} for this customer in 30 days; at most {1} "
                      "per grant.").format(escape(words.of_cap(um.unit, um.period_used,
                                                               um.period_cap)),
                                           escape(words.quantity(um.unit, um.per_grant)))]
        if d.reason:
            lines.append(translate("ReviewView", "Reason: {0}").format(escape(d.reason)))
        return "<br>".join(lines)
    lines = [translate("ReviewView", "<b>{0}</b> asks for {1} of {2} for {3}.").format(
        escape(r.agent_name or "?"), escape(remedy_label(cat, d.remedy)),
        formats.money(d.amount_cents, d.currency), escape(r.customer_name)),
        translate("ReviewView", "When asked: {0} left for this customer in 30 days, {1} left "
                  "that day; {2} per decision.").format(
            formats.money(m.left_for_customer_cents, m.currency),
            formats.money(m.left_today_cents, m.currency),
            formats.money(m.max_per_decision_cents, m.currency))]
    if d.reason:
        lines.append(translate("ReviewView", "Reason: {0}").format(escape(d.reason)))
    return "<br>".join(lines)


def item_html(item: ReviewItem, notes: tuple[NoteInfo, ...]) -> str:
    """A decision's state, its reason, and the notes on it."""
    d = item.decision
    lines = [f"<b>{escape(words.state(d.authority_state))}</b> — "
             f"{escape(words.state_tip(d.authority_state))}"]
    if d.reason:
        lines.append(translate("ReviewView", "Reason: {0}").format(escape(d.reason)))
    for n in notes:
        lines.append(f"<i>{escape(words.note_kind(n.kind))}</i> · "
                     f"{escape(n.author_name or '')} · {formats.date_time(n.at)}: "
                     f"{escape(n.text)}")
    return "<br>".join(lines)


def page_of(*rows: tuple[QWidget, int]) -> QWidget:
    """A page of the review: ``rows`` (widget, stretch) one under the other, edge to edge."""
    page = QWidget()
    col = QVBoxLayout(page)
    col.setContentsMargins(0, 0, 0, 0)
    col.setSpacing(0)
    for widget, stretch in rows:
        col.addWidget(widget, stretch)
    return page


def reselect(table: QTableView, model: RowsModel[Any], rows: tuple[Any, ...]) -> None:
    """Show ``rows`` in ``table``, the decision chosen before still chosen (else the first)."""
    row = table.currentIndex().row()
    chosen = getattr(model.item(row), "decision", None) if 0 <= row < model.rowCount() \
        else None
    model.set_rows(rows)
    for i, r in enumerate(rows):
        if chosen is not None and r.decision.id == chosen.id:
            table.selectRow(i)
            return
    if rows:
        table.selectRow(0)
