"""The grant dialog's layout: the remedies on the left; the amount (or, for a remedy that
costs nothing, the quantity in its unit), the reason, the meter and the buttons beside."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

if TYPE_CHECKING:
    from ui.decisions.grant_dialog import GrantDialog


def lay_out(d: GrantDialog) -> None:
    amount_row = QHBoxLayout()
    amount_row.setSpacing(8)
    amount_row.addWidget(d.amount, 1)
    amount_row.addWidget(d.currency)
    amount_row.addWidget(d.quantity, 1)
    form = QVBoxLayout()
    form.setSpacing(6)
    form.addWidget(d.amount_label)
    form.addLayout(amount_row)
    form.addSpacing(8)
    form.addWidget(d.reason_label)
    form.addWidget(d.reason)
    form.addSpacing(8)
    form.addWidget(d.meter)
    form.addWidget(d.reach)
    form.addWidget(d.error)
    form.addStretch(1)
    pick = QVBoxLayout()
    pick.setSpacing(6)
    pick.addWidget(d.remedy_label)
    pick.addWidget(d.remedies, 1)
    body = QHBoxLayout()
    body.setSpacing(20)
    body.addLayout(pick)
    body.addLayout(form, 1)
    buttons = QHBoxLayout()
    buttons.addWidget(d.cancel_button)
    buttons.addStretch(1)
    buttons.addWidget(d.approval_button)
    buttons.addWidget(d.override_button)
    buttons.addWidget(d.grant_button)
    col = QVBoxLayout(d)
    col.setContentsMargins(22, 18, 22, 18)
    col.setSpacing(14)
    col.addWidget(d.title)
    col.addLayout(body, 1)
    col.addLayout(buttons)
