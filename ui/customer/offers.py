"""The "Offers" section of every customer view: the offers the agent may present now and,
separately, those held back with why (owned, accepted, declined within 30 days, a better
one presented)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carecenter.services.customers.offers import OfferItem, OffersPanel, Suppressed, offers_panel
from ui.customer.view import CustomerView
from ui.shell.ops import user_message
from ui.widgets.access import named
from ui.widgets.formats import date, money, number

if TYPE_CHECKING:
    from ui.shell.registry import Registry


def reason_words(reason: Suppressed, better: str | None) -> str:
    words = {
        Suppressed.OWNED: QCoreApplication.translate("OffersPanel", "already has the product"),
        Suppressed.ACCEPTED: QCoreApplication.translate(
            "OffersPanel", "accepted an offer for this product"),
        Suppressed.DECLINED_RECENTLY: QCoreApplication.translate(
            "OffersPanel", "declined it in the last 30 days"),
        Suppressed.BETTER_PRESENTED: QCoreApplication.translate(
            "OffersPanel", "a better offer was presented: {0}").format(better or ""),
    }
    return words.get(reason, str(reason))


class OffersPanelWidget(QWidget):
    """Loads in the background each time the customer view (re)loads."""

    def __init__(self, view: CustomerView) -> None:
        super().__init__()
        self.setObjectName("offersPanel")
        self.view = view
        self.data: OffersPanel | None = None
        self.eligible_title = QLabel()
        self.eligible_title.setObjectName("sectionTitle")
        self.eligible = self._tree("eligibleOffers")
        self.suppressed_title = QLabel()
        self.suppressed_title.setObjectName("sectionTitle")
        self.suppressed = self._tree("suppressedOffers")
        self.message = QLabel()
        self.message.setObjectName("emptyState")
        self.message.setWordWrap(True)
        self.message.hide()
        col = QVBoxLayout(self)
        col.setContentsMargins(20, 12, 20, 12)
        col.addWidget(self.message)
        col.addWidget(self.eligible_title)
        col.addWidget(self.eligible, 3)
        col.addWidget(self.suppressed_title)
        col.addWidget(self.suppressed, 2)
        self.setFocusProxy(self.eligible)
        view.loaded.connect(lambda _data: self.load())
        self.retranslate()

    @staticmethod
    def _tree(name: str) -> QTreeWidget:
        t = QTreeWidget()
        t.setObjectName(name)
        t.setRootIsDecorated(False)
        t.setAlternatingRowColors(True)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setColumnCount(4)
        t.header().setStretchLastSection(True)
        t.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        return t

    def load(self) -> None:
        view = self.view
        store, cid = view.store, view.customer_id
        view.runner.op(self, lambda _s: offers_panel(store, cid)) \
            .success(self.show_panel).failure(self._failed).run()

    def show_panel(self, data: OffersPanel) -> None:
        self.data = data
        self.message.hide()
        self._fill()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(user_message(exc))
        self.message.show()

    def _row(self, offer: OfferItem, last: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([offer.code, money(offer.value_cents), offer.title, last])
        item.setData(0, Qt.ItemDataRole.UserRole, offer.code)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _fill(self) -> None:
        self.eligible.clear()
        self.suppressed.clear()
        data = self.data
        if data is None:
            return
        for o in data.eligible:
            until = (self.tr("until {0}").format(date(o.valid_to))
                     if o.valid_to else "")
            self.eligible.addTopLevelItem(self._row(o, until))
        for s in data.suppressed:
            why = "; ".join(reason_words(r, s.better_code) for r in s.reasons)
            self.suppressed.addTopLevelItem(self._row(s.offer, why))
        eligible, held = number(len(data.eligible)), number(len(data.suppressed))
        self.eligible_title.setText(self.tr("May be presented ({0})").format(eligible))
        self.suppressed_title.setText(self.tr("Held back ({0})").format(held))

    def retranslate(self) -> None:
        self.eligible.setHeaderLabels(
            [self.tr("Offer"), self.tr("Value"), self.tr("Title"), self.tr("Valid")])
        self.suppressed.setHeaderLabels(
            [self.tr("Offer"), self.tr("Value"), self.tr("Title"), self.tr("Why not")])
        self.eligible_title.setText(self.tr("May be presented"))
        self.suppressed_title.setText(self.tr("Held back"))
        named(self.eligible, self.tr("Offers that may be presented"))
        named(self.suppressed, self.tr("Offers held back, with why"))
        self._fill()
        tabs = self.view.sections
        index = tabs.indexOf(self)
        if index >= 0:
            tabs.setTabText(index, self.tr("Offers"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def install(registry: Registry) -> None:
    window = registry.window

    def add(view: CustomerView) -> None:
        panel = OffersPanelWidget(view)
        view.add_section(panel, QCoreApplication.translate("OffersPanelWidget", "Offers"))
        # Loads on view.loaded, which fires once the view's own first load is in.

    window.customer_opened.connect(add)
