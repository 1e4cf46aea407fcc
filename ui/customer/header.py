"""The customer view's header (name, reference, tier, store, phones, emails, consent) and
the filter bar above the timeline."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from carecenter.services.customers.phones import display
from carecenter.services.customers.record_view import PostalAddress
from carecenter.services.customers.view import (
    CustomerHeader,
    TimelineFilter,
)
from ui.customer import edit_words
from ui.shell.resources import icon
from ui.widgets import labels
from ui.widgets.flow import FlowLayout


def _chip(kind: str) -> QLabel:
    label = QLabel()
    label.setObjectName("chip")
    label.setProperty("kind", kind)
    return label


class _IconText(QWidget):
    """An icon and a line of selectable text (phones, emails)."""

    def __init__(self, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        pic = QLabel()
        pic.setPixmap(icon(icon_name).pixmap(QSize(16, 16)))
        self.text = QLabel()
        self.text.setObjectName("headerDetail")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(pic)
        row.addWidget(self.text)


class CustomerHeaderWidget(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerHeader")
        self._header: CustomerHeader | None = None
        self.name = QLabel()
        self.name.setObjectName("customerName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ref = QLabel()
        self.ref.setObjectName("customerRef")
        self.ref.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tier = _chip("tier")
        self.language = _chip("language")
        self.store = _chip("store")
        self.contacts = QLabel()
        self.contacts.setObjectName("contactCount")
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.hide()
        self.phones = _IconText("phone")
        self.emails = _IconText("mail")
        self.address = _IconText("home")
        self.address.setObjectName("customerAddress")

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.name)
        top.addStretch(1)
        top.addWidget(self.contacts, 0, Qt.AlignmentFlag.AlignBottom)
        self._top = top
        chips = QHBoxLayout()
        chips.setSpacing(8)
        chips.addWidget(self.ref)
        chips.addSpacing(6)
        for chip in (self.tier, self.language, self.store):
            chips.addWidget(chip)
        chips.addStretch(1)
        reach = FlowLayout(h_spacing=28)
        reach.addWidget(self.phones)
        reach.addWidget(self.emails)
        reach.addWidget(self.address)
        col = QVBoxLayout(self)
        col.setContentsMargins(20, 12, 20, 12)  # 768 px high screens: every pixel counts
        col.setSpacing(8)
        col.addLayout(top)
        col.addLayout(chips)
        col.addLayout(reach)
        col.addWidget(self.notice)

    def add_button(self, button: QWidget) -> None:
        """A button of a feature at the end of the name's row (Edit…)."""
        self._top.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)

    def set_header(self, h: CustomerHeader) -> None:
        self._header = h
        self.retranslate()

    def retranslate(self) -> None:
        h = self._header
        if h is None:
            return
        self.name.setText(h.name or h.customer_ref)
        self.ref.setText(self.tr("Customer {0}").format(h.customer_ref))
        for chip, text, tip in (
            (self.tier, labels.tier(h.tier), self.tr("Tier")),
            (self.language, labels.language(h.language), self.tr("Language")),
            (self.store, h.store or "", self.tr("Home store")),
        ):
            chip.setText(text)
            chip.setToolTip(tip)
            chip.setVisible(bool(text))
        if h.tier:
            self.tier.setProperty("tier", h.tier)
            self.tier.style().unpolish(self.tier)
            self.tier.style().polish(self.tier)
        self.phones.text.setText("    ".join(display(p) for p in h.phones)
                                 or self.tr("no phone number"))
        self.emails.text.setText("    ".join(h.emails) or self.tr("no email"))
        self.address.text.setText(address_line(h.address))
        self.address.setVisible(h.address is not None)
        self.contacts.setText(self.tr("%Ln contact(s) in total", "", h.contacts))
        self.notice.setVisible(bool(h.merged_refs))
        self.notice.setText(self.tr("Also shows the history of merged records: {0}").format(
            ", ".join(h.merged_refs)))


def address_line(a: PostalAddress | None) -> str:
    """``Via Roma 12, 20121 Milano (MI)``; abroad ``10 High Street, Leeds LS1 4AP, GB``."""
    if a is None:
        return ""
    if a.country in (None, "IT"):
        street = " ".join(p for p in (a.street, a.house_number) if p)
        town = " ".join(p for p in (a.postcode, a.town, f"({a.province})" if a.province else "")
                        if p)
        return ", ".join(p for p in (street, town) if p)
    street = " ".join(p for p in (a.house_number, a.street) if p)
    town = " ".join(p for p in (a.town, a.province, a.postcode) if p)
    return ", ".join(p for p in (street, town, a.country) if p)


class FilterBar(QWidget):
    """Toggle buttons for teams and channels; none pressed in a group means all of it."""

    changed = Signal(object)  # TimelineFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.team_label = QLabel()
        self.channel_label = QLabel()
        for label in (self.team_label, self.channel_label):
            label.setObjectName("filterLabel")
        self.teams: dict[str, QToolButton] = {t: self._toggle(t) for t in labels.TEAMS}
        self.channels: dict[str, QToolButton] = {c: self._toggle(c) for c in labels.CHANNELS}
        self.record_changes = self._toggle("record_changes")
        self.record_changes.setObjectName("recordChangesFilter")
        self.reset = QToolButton()
        self.reset.setObjectName("resetFilter")
        self.reset.clicked.connect(self.clear)
        # wraps onto more lines rather than widen the window (1366 px laptops, Italian)
        row = FlowLayout(self)
        row.setContentsMargins(20, 8, 20, 8)
        row.addWidget(self.team_label)
        for b in self.teams.values():
            row.addWidget(b)
        row.addSpacing(24)
        row.addWidget(self.channel_label)
        for b in self.channels.values():
            row.addWidget(b)
        row.addSpacing(24)
        row.addWidget(self.record_changes)
        row.addSpacing(12)
        row.addWidget(self.reset)
        self.retranslate()

    def _toggle(self, code: str) -> QToolButton:
        b = QToolButton()
        b.setObjectName("filterToggle")
        b.setCheckable(True)
        b.setProperty("code", code)
        b.toggled.connect(self._emit)
        return b

    def value(self) -> TimelineFilter:
        return TimelineFilter(
            teams=frozenset(c for c, b in self.teams.items() if b.isChecked()),
            channels=frozenset(c for c, b in self.channels.items() if b.isChecked()),
            record_changes=self.record_changes.isChecked(),
        )

    def clear(self) -> None:
        for b in [*self.teams.values(), *self.channels.values(), self.record_changes]:
            b.blockSignals(True)
            b.setChecked(False)
            b.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        f = self.value()
        self.reset.setEnabled(f.active)
        self.changed.emit(f)

    def retranslate(self) -> None:
        self.team_label.setText(self.tr("Team"))
        self.channel_label.setText(self.tr("Channel"))
        self.reset.setText(self.tr("Show all"))
        for code, b in self.teams.items():
            b.setText(labels.team(code))
        for code, b in self.channels.items():
            b.setText(labels.channel(code))
        self.record_changes.setText(edit_words.record_changes_filter())
        self.record_changes.setToolTip(self.tr("Only the changes of the customer's record: "
                                               "who changed which field, from which desk"))
        self.reset.setEnabled(self.value().active)
