"""Parts of the work mode's panel: the words for why an entry is left out and what to do
with it, the campaign listed, the strip under the worked customer's header, the layout."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
)

from carecenter.services.calls.calllist import (
    EntryState,
    Reason,
    Status,
)
from carecenter.services.calls.campaigns import CampaignInfo
from carecenter.services.customers.contact_log import Choice

if TYPE_CHECKING:
    from ui.calls.work_mode import WorkModePanel

translate = QCoreApplication.translate  # literal calls, so that lupdate collects them


def reason_words(reason: Reason) -> str:
    words = {
        Reason.DO_NOT_CALL: translate("WorkMode", "do not call (consent denied)"),
        Reason.ALREADY_HAS_PRODUCT: translate("WorkMode", "already has the product"),
        Reason.RECENTLY_CONTACTED: translate("WorkMode", "reached by marketing recently"),
        Reason.CONTACT_CAP: translate("WorkMode", "too many marketing calls in 30 days"),
        Reason.ATTEMPTS_EXHAUSTED: translate("WorkMode", "attempts for this campaign used up"),
        Reason.OPEN_COMPLAINT: translate("WorkMode", "open complaint"),
        Reason.BETTER_OFFER: translate("WorkMode", "a better offer was presented"),
    }
    return words.get(reason, str(reason))


def status_words(status: Status) -> str:
    return {
        Status.CALL: translate("WorkMode", "call"),
        Status.SKIP: translate("WorkMode", "skip"),
        Status.RECOVER_FIRST: translate("WorkMode", "recover first"),
    }.get(status, str(status))


@dataclass(frozen=True)
class Listed:
    info: CampaignInfo
    entries: tuple[EntryState, ...]
    offers: tuple[Choice, ...]


class WorkStrip(QLabel):
    """Under the customer's header while it is worked: campaign and offer to present."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("workStrip")
        self.setWordWrap(True)
        self.setContentsMargins(20, 6, 20, 6)


def lay_out(panel: WorkModePanel) -> None:
    """The campaign and Next on top, the counts, who is called, the wrap-up form, Log and
    Export, the message, and the entries left out below."""
    top = QHBoxLayout()
    top.addWidget(panel.campaign, 1)
    top.addWidget(panel.next_button)
    buttons = QHBoxLayout()
    buttons.addWidget(panel.log_button)
    buttons.addStretch(1)
    buttons.addWidget(panel.export_button)
    col = QVBoxLayout(panel)
    col.addLayout(top)
    col.addWidget(panel.counts)
    col.addWidget(panel.now_calling)
    col.addWidget(panel.wrap_up)
    col.addLayout(buttons)
    col.addWidget(panel.message)
    col.addWidget(panel.skipped_title)
    col.addWidget(panel.skipped_list, 1)
