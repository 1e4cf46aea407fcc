"""Grant a remedy in place: pick it, say how much and why, see the authority left before
committing, and grant at once, ask a supervisor, or override with a written reason. A
remedy that costs nothing (a payment extended by days, ...) is granted in its unit, and
the meter weighs it against its own limits ("30 of 45 days").

``GrantDialog(runner, store, settings, customer_id, *, case_id=None, parent=None)`` — from
the customer view (Ctrl+G) or a case's "compensate" step. The store is read once when the
dialog opens (``grant_context``); the meter then follows the amount as it is typed, with
no store work (``Meter.with_amount``). The grant itself weighs again in its transaction.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from carecenter.db.store import Store
from carecenter.services.agents import desk_agent
from carecenter.services.decisions.authority import Meter, RemedySpec
from carecenter.services.decisions.grants import Action, GrantResult, grant
from carecenter.services.decisions.rows import GrantContext, grant_context
from carecenter.services.decisions.units import MAX_QUANTITY, Unit, UnitMeter
from carecenter.services.uow import ChangeSet
from carecenter.settings import Settings
from ui.decisions import grant_layout, grant_words, remote_meter, words
from ui.decisions.authority_meter import AuthorityMeter
from ui.shell.ops import OpRunner
from ui.widgets import formats
from ui.widgets.access import labelled, named

OTHER_CURRENCIES = ("EUR", "USD", "GBP", "CHF")
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class GrantDialog(QDialog):
    """Pick a remedy, amount and reason; grant, ask for approval or override."""

    granted = Signal(object)  # GrantResult

    def __init__(self, runner: OpRunner, store: Store, settings: Settings, customer_id: str, *,
                 case_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grantDialog")
        self.runner = runner
        self.store = store
        self.settings = settings
        self.customer_id = customer_id
        self.case_id = case_id
        self.context: GrantContext | None = None
        self.recorded: GrantResult | None = None
        self._busy = False

        self.title = QLabel()
        self.title.setObjectName("dialogTitle")
        self.remedy_label = QLabel()
        self.remedy_label.setObjectName("fieldLabel")
        self.remedies = QListWidget()
        self.remedies.setObjectName("remedyList")
        self.remedies.setMinimumWidth(250)
        self.remedies.setMinimumHeight(390)
        self.remedies.currentItemChanged.connect(self._remedy_picked)
        self.amount_label = QLabel()
        self.amount_label.setObjectName("fieldLabel")
        self.amount = QDoubleSpinBox()
        self.amount.setObjectName("amountField")
        self.amount.setDecimals(2)
        self.amount.setRange(0, 99999.99)
        self.amount.setSingleStep(5)
        self.amount.setKeyboardTracking(True)
        self.amount.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
        self.amount.valueChanged.connect(self._update_meter)
        self.currency = QComboBox()
        self.currency.setObjectName("currencyField")
        self.currency.currentIndexChanged.connect(self._update_meter)
        self.quantity = QSpinBox()  # a remedy that costs nothing: how much of its unit
        self.quantity.setObjectName("quantityField")
        self.quantity.setRange(1, MAX_QUANTITY)
        self.quantity.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.quantity.valueChanged.connect(self._update_meter)
        self.quantity.hide()
        self.reason_label = QLabel()
        self.reason_label.setObjectName("fieldLabel")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reasonField")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(84)
        self.meter = AuthorityMeter()
        self.reach = QLabel()  # whether the meter counts other desks' decisions
        self.reach.setObjectName("meterReach")
        self.reach.setWordWrap(True)
        self.reach.hide()
        self.remote: bool | None = None  # None: not asked (no hub) or not answered yet
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        self.approval_button = QPushButton()
        self.approval_button.setObjectName("secondaryButton")
        self.approval_button.clicked.connect(lambda: self.commit(Action.REQUEST_APPROVAL))
        self.override_button = QPushButton()
        self.override_button.setObjectName("secondaryButton")
        self.override_button.clicked.connect(lambda: self.commit(Action.OVERRIDE))
        self.grant_button = QPushButton()
        self.grant_button.setObjectName("primaryButton")
        self.grant_button.setDefault(True)
        self.grant_button.clicked.connect(lambda: self.commit(Action.GRANT))
        QShortcut(QKeySequence("Ctrl+Return"), self, self._commit_default)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self._commit_default)

        grant_layout.lay_out(self)
        self.setMinimumWidth(1000)  # the meter's Italian rows in full (fits 1366)

        self.remedy_label.setBuddy(self.remedies)
        self.amount_label.setBuddy(self.amount)
        self.reason_label.setBuddy(self.reason)
        runner.operation_did_execute.connect(self._on_changes)
        self.retranslate()
        self._set_enabled(False)
        self.load()

    # -- loading -----------------------------------------------------------------------
    def load(self) -> None:
        store, cid, s = self.store, self.customer_id, self.settings
        self.runner.op(self, lambda _st: grant_context(store, cid, desk_agent(store, s))) \
            .success(self._loaded).failure(self._load_failed).run()

    def _loaded(self, ctx: GrantContext) -> None:
        first = self.context is None
        self.context = ctx
        if remote_meter.fetch(self.runner, self, self.store, self.settings, ctx,
                              customer_id=self.customer_id, arrived=self._remote_arrived,
                              offline=self._remote_offline):
            self.remote = None
        self.title.setText(self.tr("Grant a remedy to {0}").format(ctx.customer_name))
        if first:
            self.remedies.blockSignals(True)
            self.remedies.clear()
            for spec in ctx.catalogue.remedies:
                item = QListWidgetItem(self._remedy_text(spec))
                item.setData(CODE_ROLE, spec.code)
                self.remedies.addItem(item)
            self.remedies.blockSignals(False)
            self.currency.blockSignals(True)
            self.currency.clear()
            for code in (ctx.currency, *(c for c in OTHER_CURRENCIES if c != ctx.currency)):
                self.currency.addItem(code, code)
            self.currency.blockSignals(False)
            self._set_enabled(True)
            if self.remedies.count():
                self.remedies.setCurrentRow(0)
            self.remedies.setFocus()
        self._update_meter()

    def _remote_arrived(self, ctx: GrantContext) -> None:
        if self.context is not None and self.context.agent == ctx.agent:
            self.context = ctx
            self.remote = True
            self._show_reach()
            self._update_meter()

    def _remote_offline(self) -> None:
        self.remote = False
        self._show_reach()

    def _show_reach(self) -> None:
        self.reach.setText(self.tr("The meter counts what every desk granted.")
                           if self.remote else self.tr(
            "The hub cannot be reached: the meter counts only what this computer knows."))
        self.reach.setVisible(self.remote is not None)

    def _load_failed(self, exc: BaseException) -> None:
        self.show_error(words.message(exc))

    def _on_changes(self, changes: ChangeSet) -> None:
        if (self.context is not None and not self._busy
                and (changes.touches("decision") or changes.touches("authority_policy"))):
            self.load()  # another decision or a new policy: the meter's figures moved

    # -- the form ----------------------------------------------------------------------
    def _remedy_text(self, spec: RemedySpec) -> str:
        if not spec.costs_money:
            return f"{words.remedy(spec.code, spec.labels)}\n" \
                   f"{words.quantity(spec.unit, spec.default_quantity)}"
        return f"{words.remedy(spec.code, spec.labels)}\n" \
               f"{formats.money(spec.default_amount_cents, spec.currency)}"

    def _remedy_picked(self, item: QListWidgetItem | None) -> None:
        if item is None or self.context is None:
            return
        spec = self.context.catalogue.get(item.data(CODE_ROLE))
        if spec is None:
            return
        units = not spec.costs_money
        for w in (self.amount, self.currency):
            w.setVisible(not units)
        self.quantity.setVisible(units)
        if units:
            self.quantity.blockSignals(True)
            self.quantity.setMaximum(1 if spec.unit == Unit.YES_NO else MAX_QUANTITY)
            self.quantity.setValue(spec.default_quantity)
            self.quantity.setEnabled(spec.unit != Unit.YES_NO and not self._busy)
            self.quantity.blockSignals(False)
            self.amount_label.setText(words.unit_field(spec.unit))
            self.amount_label.setBuddy(self.quantity)
            self._update_meter()
        else:
            self.amount_label.setText(self.tr("&Amount"))
            self.amount_label.setBuddy(self.amount)
            self.amount.setValue(spec.default_amount_cents / 100)
            self._update_meter()

    def remedy_spec(self) -> RemedySpec | None:
        code = self.remedy_code()
        return None if code is None or self.context is None else self.context.catalogue.get(code)

    def unit_meter(self) -> UnitMeter | None:
        """The meter of the picked remedy that costs nothing, at the quantity entered."""
        spec = self.remedy_spec()
        if spec is None or spec.costs_money or self.context is None:
            return None
        m = self.context.unit_meters.get(spec.code)
        return m.with_quantity(self.quantity.value()) if m is not None else None

    def remedy_code(self) -> str | None:
        item = self.remedies.currentItem()
        code = item.data(CODE_ROLE) if item is not None else None
        return str(code) if code is not None else None

    def amount_cents(self) -> int:
        return round(self.amount.value() * 100)

    def set_amount_cents(self, cents: int) -> None:
        self.amount.setValue(cents / 100)

    def chosen_currency(self) -> str:
        return str(self.currency.currentData() or "")

    def current_meter(self) -> Meter | None:
        return self.meter.meter

    def _update_meter(self) -> None:
        ctx = self.context
        if ctx is None:
            return
        self.error.hide()
        um = self.unit_meter()
        if um is not None:
            self.meter.show_units(um)
            self._buttons(um)
            return
        if self.chosen_currency() != ctx.currency:
            self.meter.show_refusal(words.other_currency(self.chosen_currency(), ctx.currency))
            for b in (self.grant_button, self.approval_button, self.override_button):
                b.setEnabled(False)
            return
        m = ctx.meter.with_amount(self.amount_cents())
        self.meter.show_meter(m)
        self._buttons(m)

    def _buttons(self, m: Meter | UnitMeter) -> None:
        self.grant_button.setEnabled(m.within and not self._busy)
        self.approval_button.setEnabled(not m.within and not self._busy)
        self.override_button.setEnabled(not m.within and m.may_override and not self._busy)
        self.override_button.setVisible(m.may_override)
        self.grant_button.setDefault(m.within)
        self.approval_button.setDefault(not m.within)

    def _set_enabled(self, on: bool) -> None:
        spec = self.remedy_spec()
        for w in (self.remedies, self.amount, self.currency, self.reason):
            w.setEnabled(on)
        self.quantity.setEnabled(on and (spec is None or spec.unit != Unit.YES_NO))
        for b in (self.grant_button, self.approval_button, self.override_button):
            b.setEnabled(on)

    def show_error(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.error.show()

    # -- committing --------------------------------------------------------------------
    def _commit_default(self) -> None:
        for b in (self.grant_button, self.approval_button):
            if b.isEnabled() and b.isDefault():
                self.commit(Action.GRANT if b is self.grant_button else Action.REQUEST_APPROVAL)
                return

    def refusal(self, action: Action) -> str | None:
        """Why this cannot be committed as it stands, in one sentence (None: it can)."""
        return grant_words.refusal(self, action)

    def commit(self, action: Action) -> None:
        if self._busy:
            return
        sentence = self.refusal(action)
        if sentence is not None:
            self.show_error(sentence)
            if action is Action.OVERRIDE and not self.reason.toPlainText().strip():
                self.reason.setFocus()
            return
        ctx = self.context
        assert ctx is not None
        code, cents, currency = self.remedy_code(), self.amount_cents(), ctx.currency
        reason, store, cid, case = self.reason.toPlainText(), self.store, self.customer_id, \
            self.case_id
        agent_id = ctx.agent.id
        spec = self.remedy_spec()
        quantity = None if spec is None or spec.costs_money else self.quantity.value()
        self._busy = True
        self._set_enabled(False)
        self.runner.op(self, lambda _s: grant(
            store, agent_id=agent_id, customer_id=cid, remedy=str(code), amount_cents=cents,
            currency=currency, action=action, reason=reason, case_id=case,
            quantity=quantity)) \
            .success(self._committed).failure(self._commit_failed).run()

    def _committed(self, result: GrantResult) -> None:
        self._busy = False
        self.recorded = result
        self.granted.emit(result)
        self.accept()

    def _commit_failed(self, exc: BaseException) -> None:
        self._busy = False
        self._set_enabled(True)
        self._update_meter()
        self.show_error(words.message(exc))
        self.load()  # the figures may have moved (a decision synced in meanwhile)

    def outcome_message(self) -> str:
        """What the status bar says once the decision is recorded."""
        if self.recorded is None or self.context is None:
            return ""
        return grant_words.outcome(self.recorded, self.context)

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Grant a remedy"))
        self._show_reach()
        if self.context is not None:
            self.title.setText(self.tr("Grant a remedy to {0}").format(self.context.customer_name))
            for i in range(self.remedies.count()):
                item = self.remedies.item(i)
                spec = self.context.catalogue.get(item.data(CODE_ROLE))
                if spec is not None:
                    item.setText(self._remedy_text(spec))
        else:
            self.title.setText(self.tr("Grant a remedy"))
        labelled(self.remedy_label, self.tr("&Remedy"))
        spec = self.remedy_spec()
        labelled(self.amount_label, self.tr("&Amount") if spec is None or spec.costs_money
                 else words.unit_field(spec.unit))
        labelled(self.reason_label, self.tr("R&eason"))
        named(self.currency, self.tr("Currency"))
        self.reason.setPlaceholderText(self.tr(
            "What happened, and why this remedy. Needed to override a limit; a supervisor "
            "reads it with an approval request."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.grant_button.setText(self.tr("&Grant"))
        self.grant_button.setToolTip(self.tr("Grant at once (Ctrl+Enter)"))
        self.approval_button.setText(self.tr("Ask for a&pproval"))
        self.approval_button.setToolTip(self.tr(
            "Queue the request for a supervisor; it waits offline too (Ctrl+Enter)"))
        self.override_button.setText(self.tr("&Override with reason"))
        self.override_button.setToolTip(self.tr(
            "Grant over your limit now; the reason goes to your supervisor's review"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
