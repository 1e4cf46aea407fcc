"""Outbound work mode (menu Calls): work a campaign's call list customer after customer.

Pick a campaign: its list is reconciled and the entries not to call are listed with their
reasons. F6 (next customer) takes the next ``call`` entry, reconciled again at that
moment (an entry that became ``skip`` since joins the skipped list), opens the customer
view with a strip saying which offer to present, and puts the focus on the wrap-up: a digit
picks the outcome and Enter logs the contact and moves on to the next customer. The entry
shown is taken for this workstation (services.call_claims): an agent at another workstation
pressing F6 on the same list is given the next one, and an entry wrapped up a short while
ago is not offered again."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from carecenter.services.calls.calllist import (
    EntryState,
    ExportCounts,
    NextCall,
    Status,
    calling_order,
    evaluate,
    export_list,
    next_to_call,
)
from carecenter.services.calls.campaigns import find_campaign
from carecenter.services.calls.claims import finish
from carecenter.services.customers.contact_log import Choice, ContactLogged, choices, log_contact
from ui.calls.parts import Listed, WorkStrip, lay_out, reason_words, status_words
from ui.widgets import formats
from ui.widgets.access import named
from ui.widgets.agent import agent_id
from ui.widgets.contact_form import ContactForm, error_message

if TYPE_CHECKING:
    from ui.customer.api import CustomerView
    from ui.shell.main_window import MainWindow

WRAP_UP_DEFAULTS = ("phone", "outbound", "marketing")


translate = QCoreApplication.translate


class WorkModePanel(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.setObjectName("workModePanel")
        self.window_ = window
        self.runner = window.runner
        self.store = window.store
        self.settings = window.settings
        self.listed: Listed | None = None
        self.candidates: list[str] = []
        self.at_position = 0
        self.current: EntryState | None = None
        self.skipped: dict[str, EntryState] = {}
        self.message_text = ""
        self.campaigns_loaded = False
        self.start_when_loaded = False
        self.next_when_listed = False

        self.campaign = QComboBox()
        self.campaign.setObjectName("workCampaign")
        self.campaign.activated.connect(lambda _i: self.start())
        self.counts = QLabel()
        self.counts.setObjectName("workCounts")
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextCustomer")
        self.next_button.clicked.connect(self.next_customer)
        self.now_calling = QLabel()
        self.now_calling.setObjectName("nowCalling")
        self.now_calling.setWordWrap(True)
        self.wrap_up = ContactForm(wrap_up=True)
        self.wrap_up.setObjectName("wrapUp")
        self.wrap_up.submitted.connect(self.log_and_next)
        self.wrap_up.setEnabled(False)
        self.log_button = QPushButton()
        self.log_button.setObjectName("logAndNext")
        self.log_button.clicked.connect(self.log_and_next)
        self.log_button.setEnabled(False)
        self.message = QLabel()
        self.message.setObjectName("workMessage")
        self.message.setWordWrap(True)
        self.skipped_title = QLabel()
        self.skipped_title.setObjectName("sectionTitle")
        self.skipped_list = QTreeWidget()
        self.skipped_list.setObjectName("skippedEntries")
        self.skipped_list.setRootIsDecorated(False)
        self.skipped_list.setColumnCount(3)
        self.skipped_list.itemActivated.connect(self._open_skipped)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportList")
        self.export_button.clicked.connect(self.choose_export)

        lay_out(self)
        self.retranslate()

    # -- campaigns and the list --------------------------------------------------------
    def load_campaigns(self) -> None:
        store = self.store
        self.runner.op(self, lambda _s: choices(store)).success(self._campaigns).run()

    def _campaigns(self, got: tuple[tuple[Choice, ...], tuple[Choice, ...]]) -> None:
        keep = self.campaign.currentData()
        self.campaign.clear()
        for c in got[0]:
            self.campaign.addItem(c.label, c.code)
        self.campaign.setCurrentIndex(max(self.campaign.findData(keep), 0))
        self.wrap_up.set_choices((), got[1])
        self.campaigns_loaded = True
        if self.start_when_loaded:
            self.start_when_loaded = False
            self.start()

    def start(self, name: str | None = None) -> None:
        """Reconcile the campaign's list (the one chosen, or ``name``)."""
        if name is not None:
            self.campaign.setCurrentIndex(max(self.campaign.findData(name), 0))
        name = name or self.campaign.currentData()
        if not name:
            self._say(
                translate(
                    "WorkMode",
                    "There is no campaign yet: create one with carecenter campaign create.",
                )
            )
            return
        store = self.store
        left = self.current.entry_id if self.current is not None else None
        self.current = None
        self._show_current()

        def work(_s: object) -> Listed:
            if left is not None:  # another list now: the entry shown was not called
                finish(store, left, called=False)
            info = find_campaign(store, name)
            return Listed(info, tuple(evaluate(store, info.id)), choices(store)[1])

        self._say(translate("WorkMode", "Checking the list against the history…"))
        self.runner.op(self, work).success(self._listed).failure(self._failed).run()

    def _listed(self, listed: Listed) -> None:
        self.listed = listed
        self.wrap_up.set_choices((), listed.offers)
        self.candidates = [e.entry_id for e in calling_order(list(listed.entries))
                           if e.status is Status.CALL]  # due call-back windows first
        self.at_position = 0
        self.current = None
        self.skipped = {e.entry_id: e for e in listed.entries if e.status is not Status.CALL}
        self._fill_skipped()
        self._show_current()
        self._say(translate("WorkMode", "Press F6 for the next customer."))
        if self.next_when_listed:
            self.next_when_listed = False
            self.next_customer()

    def _fill_skipped(self) -> None:
        self.skipped_list.clear()
        for e in sorted(self.skipped.values(), key=lambda e: e.position):
            item = QTreeWidgetItem(
                [
                    e.customer_ref,
                    status_words(e.status),
                    "; ".join(reason_words(r) for r in e.reasons),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, e.customer_id)
            item.setToolTip(2, item.text(2))
            self.skipped_list.addTopLevelItem(item)
        self._update_counts()

    def _update_counts(self) -> None:
        if self.listed is None:
            self.counts.setText("")
            self.skipped_title.setText(translate("WorkMode", "Not to call"))
            return
        left = sum(
            1
            for e in self.listed.entries
            if e.status is Status.CALL
            and e.position > self.at_position
            and e.entry_id not in self.skipped
        )
        self.counts.setText(
            translate("WorkMode", "{0}: {1} entries, {2} still to call, {3} not to call").format(
                self.listed.info.name, formats.number(len(self.listed.entries)),
                formats.number(left), formats.number(len(self.skipped)),
            )
        )
        self.skipped_title.setText(
            translate("WorkMode", "Not to call, with why ({0})").format(
                formats.number(len(self.skipped)))
        )

    # -- next customer -----------------------------------------------------------------
    def next_customer(self) -> None:
        if self.listed is None:  # F6 first: list the chosen campaign, then go on
            self.next_when_listed = True
            if self.campaigns_loaded:
                self.start()
            else:
                self.start_when_loaded = True
            return
        store, cid, after = self.store, self.listed.info.id, self.at_position
        candidates = list(self.candidates)
        # Moving on without a wrap-up: the entry was not called, others may take it.
        left = self.current.entry_id if self.current is not None else None
        self.current = None
        self._show_current()
        self.next_button.setEnabled(False)

        def work(_s: object) -> NextCall:
            if left is not None:
                finish(store, left, called=False)
            return next_to_call(store, cid, after, candidates, claim=True)

        self.runner.op(self, work).success(self._next).failure(self._failed).run()

    def _next(self, got: NextCall) -> None:
        self.next_button.setEnabled(True)
        for e in got.passed:
            self.skipped[e.entry_id] = e
        self._fill_skipped()
        self.current = got.entry
        # Only what comes after the entry shown is left to try next time.
        done = {e.entry_id for e in got.passed} | {e.entry_id for e in got.taken}
        if got.entry is not None:
            done.add(got.entry.entry_id)
        self.candidates = [c for c in self.candidates if c not in done]
        if got.entry is None:
            self.candidates = []
            if self.listed is not None and self.listed.entries:
                self.at_position = max(e.position for e in self.listed.entries)
            self._show_current()
            self._update_counts()
            self._say(translate("WorkMode", "Nobody left to call on this list."))
            return
        if got.entry.window_until is None:  # a due window is called out of the list's order
            self.at_position = got.entry.position
        self._update_counts()
        view = self.window_.open_customer(got.entry.customer_id)
        self._strip(view, got.entry)
        self._show_current()
        self.wrap_up.outcome.setFocus()
        self._say(
            translate(
                "WorkMode",
                "Passed over, being called at another workstation or called a short while"
                " ago: {0}.",
            ).format(", ".join(e.customer_ref for e in got.taken))
            if got.taken
            else ""
        )

    def _offer_for(self, entry: EntryState) -> str | None:
        if self.listed is None:
            return None
        return entry.better_offer_code or self.listed.info.offer_code

    def _strip(self, view: CustomerView, entry: EntryState) -> None:
        strip = view.findChild(WorkStrip)
        if strip is None:
            strip = WorkStrip()
            view.add_strip(strip)
        assert self.listed is not None
        offer = self._offer_for(entry)
        text = translate("WorkMode", "Campaign {0}").format(self.listed.info.name)
        if offer:
            text += " · " + translate("WorkMode", "present the offer {0}").format(offer)
        if entry.better_offer_code:
            text += (
                " (" + translate("WorkMode", "better than the campaign's, presented before") + ")"
            )
        if entry.window_until is not None:  # called first: a call-back window is due
            text += " · " + translate("WorkMode", "call-back promised by {0}").format(
                formats.time(entry.window_until))
        strip.setText(text)
        strip.show()

    def _show_current(self) -> None:
        e = self.current
        on = e is not None
        self.wrap_up.setEnabled(on)
        self.log_button.setEnabled(on)
        if e is None:
            self.now_calling.setText("")
            return
        self.now_calling.setText(
            translate("WorkMode", "Calling customer {0}").format(e.customer_ref)
        )
        offer = self._offer_for(e)
        ids = {c.code: c.id for c in self.listed.offers} if self.listed else {}
        offer_id = ids.get(offer) if offer else None
        self.wrap_up.reset(outcome="no_answer", offer_id=offer_id)

    # -- wrap-up -----------------------------------------------------------------------
    def log_and_next(self) -> None:
        entry, listed = self.current, self.listed
        if entry is None or listed is None or not self.log_button.isEnabled():
            return  # nobody being called, or already logging
        value = self.wrap_up.value(
            agent_id=None, campaign_id=listed.info.id, defaults=WRAP_UP_DEFAULTS
        )
        store, settings = self.store, self.settings
        self.log_button.setEnabled(False)
        self.wrap_up.setEnabled(False)

        def work(_s: object) -> ContactLogged:
            from dataclasses import replace

            contact = replace(value.contact, agent_id=agent_id(store, settings))
            logged = log_contact(store, entry.customer_id, contact, call_back=value.call_back)
            finish(store, entry.entry_id, called=True)
            return logged

        self.runner.op(self, work).success(self._logged).failure(self._log_failed).run()

    def _logged(self, _logged: ContactLogged) -> None:
        self.current = None
        self._show_current()
        self.next_customer()

    def _log_failed(self, exc: BaseException) -> None:
        self._show_current()
        self._say(error_message(exc))

    # -- export ------------------------------------------------------------------------
    def choose_export(self) -> None:
        if self.listed is None:
            self._say(translate("WorkMode", "Pick a campaign first."))
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("WorkMode", "Export the call list"),
            f"{self.listed.info.name}.csv",
            translate("WorkMode", "CSV files (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        if self.listed is None:
            return
        store, cid = self.store, self.listed.info.id
        self.runner.op(self, lambda _s: export_list(store, cid, path)).success(
            lambda c: self._exported(c, path)
        ).failure(self._failed).run()

    def _exported(self, counts: ExportCounts, path: Path) -> None:
        self._say(
            translate(
                "WorkMode", "Wrote {0} of {1} entries to {2} ({3} not to call left out)."
            ).format(formats.number(counts.written), formats.number(counts.entries), path,
                     formats.number(counts.skipped))
        )

    # -- misc --------------------------------------------------------------------------
    def _open_skipped(self, item: QTreeWidgetItem) -> None:
        self.window_.open_customer(item.data(0, Qt.ItemDataRole.UserRole))

    def _failed(self, exc: BaseException) -> None:
        self.next_button.setEnabled(True)
        self._say(error_message(exc))

    def _say(self, text: str) -> None:
        self.message_text = text
        self.message.setText(text)

    def retranslate(self) -> None:
        self.next_button.setText(translate("WorkMode", "Next customer (F6)"))
        self.log_button.setText(translate("WorkMode", "Log and next (Enter)"))
        self.export_button.setText(translate("WorkMode", "Export for the dialer…"))
        named(self.campaign, translate("WorkMode", "Campaign"))
        named(self.skipped_list, translate("WorkMode", "Customers skipped, with why"))
        self.skipped_list.setHeaderLabels(
            [
                translate("WorkMode", "Customer"),
                translate("WorkMode", "Status"),
                translate("WorkMode", "Why"),
            ]
        )
        self._fill_skipped()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
