"""The customer view: a header (who) above the timeline of every contact (what happened)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from carecenter.db.store import Store
from carecenter.services.customers.view import (
    CustomerHeader,
    NotFound,
    TimelineFilter,
    customer_view,
)
from carecenter.services.customers.view import CustomerView as CustomerData
from carecenter.services.uow import ChangeSet
from ui.customer.header import CustomerHeaderWidget, FilterBar
from ui.customer.timeline_model import (
    AGENT,
    CAMPAIGN,
    CHANNEL,
    DIRECTION,
    OUTCOME,
    SUMMARY,
    TEAM,
    WHEN,
    TimelineModel,
)
from ui.shell.ops import OpRunner, user_message
from ui.shell.resources import icon
from ui.widgets.access import named, named_tabs
from ui.widgets.rows_model import setup_table

# the least share of the table's width the summary keeps
SUMMARY_SHARE = 0.3
# the columns shown whole whatever the width
WHOLE = (WHEN, CHANNEL, TEAM, OUTCOME)
# the columns hidden, in this order, when the table is too narrow for all of them
SPARE = (DIRECTION, AGENT, CAMPAIGN)
# the widest each column but the summary may grow to fit its contents, in px
COLUMN_CAPS = {WHEN: 170, CHANNEL: 120, TEAM: 130, DIRECTION: 120, OUTCOME: 150,
               CAMPAIGN: 170, AGENT: 140}


class CustomerView(QWidget):
    """One open customer. ``ready`` fires once the header and first timeline page are in."""

    ready = Signal()
    title_changed = Signal(str)
    loaded = Signal(object)  # carecenter.services.customers.view.CustomerView, on every (re)load

    def __init__(self, runner: OpRunner, store: Store, customer_id: str,
                 parent: QWidget | None = None, page_size: int = 50) -> None:
        super().__init__(parent)
        self.setObjectName("customerView")
        self.runner = runner
        self.store = store
        self.customer_id = customer_id
        self.header: CustomerHeader | None = None
        self.page_size = page_size
        self._header_in = False
        self._page_in = False
        self._announced = False

        self.header_widget = CustomerHeaderWidget()
        self.filters = FilterBar()
        self.model = TimelineModel(runner, store, customer_id, page_size=page_size, parent=self)
        self.table = QTableView()
        self.table.setObjectName("timeline")
        self.table.setModel(self.model)
        self._setup_table()
        self.table.installEventFilter(self)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.detail = QLabel()
        self.detail.setObjectName("contactDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.hide()
        self.error = QLabel()
        self.error.setObjectName("errorState")
        self.error.setWordWrap(True)
        self.error.hide()

        history = QWidget()
        history.setObjectName("historySection")
        history.setFocusProxy(self.table)  # Ctrl+1 lands on the contacts, not the frame
        hist = QVBoxLayout(history)
        hist.setContentsMargins(0, 0, 0, 0)
        hist.setSpacing(0)
        hist.addWidget(self.filters)
        hist.addWidget(self.error)
        hist.addWidget(self.table, 1)
        hist.addWidget(self.empty, 1)
        hist.addWidget(self.detail)
        # Features add their panels (cases, offers, decisions) as sections beside the
        # history, and their strips (the banner) under the header: see add_section/add_strip.
        self.sections = QTabWidget()
        self.sections.setObjectName("customerSections")
        self.sections.setDocumentMode(True)
        self.sections.addTab(history, icon("person"), "")
        self.strips = QVBoxLayout()
        self.strips.setContentsMargins(0, 0, 0, 0)
        self.strips.setSpacing(0)

        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(self.header_widget)
        col.addLayout(self.strips)
        col.addWidget(self.sections, 1)

        self.filters.changed.connect(self._filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.model.modelReset.connect(self._show_detail)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.load_failed.connect(self._show_error)
        runner.operation_did_execute.connect(self._on_changes)
        self.retranslate()
        self.load()

    def add_strip(self, widget: QWidget) -> None:
        """A full-width strip under the header (the banner), in the order added."""
        self.strips.addWidget(widget)

    def add_section(self, widget: QWidget, title: str) -> int:
        """A panel beside the history (Alt+1 history, Alt+2… the sections in order)."""
        return self.sections.addTab(widget, title)

    def show_section(self, index: int) -> None:
        if 0 <= index < self.sections.count():
            self.sections.setCurrentIndex(index)
            self.sections.currentWidget().setFocus()

    def _setup_table(self) -> None:
        t = self.table
        setup_table(t, {}, stretch=SUMMARY)
        # the summary wraps and its row grows, so it reads whole at 1366 px
        t.setWordWrap(True)
        t.verticalHeader().setMinimumSectionSize(34)
        t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t.horizontalHeader().setMinimumSectionSize(60)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Every column but the summary as wide as its contents (capped), never narrower
        than its title; when together they would leave the summary less than SUMMARY_SHARE
        of the table, the widest give way first, down to one level (their text wraps, the
        tooltip has it whole). The summary takes the rest and wraps."""
        t, h = self.table, self.table.horizontalHeader()
        for c in SPARE:  # a hidden section's size hint is 0: measure each one shown
            t.setColumnHidden(c, False)
        floor = {c: h.sectionSizeHint(c) for c in COLUMN_CAPS}
        want = {c: max(floor[c], min(t.sizeHintForColumn(c), cap))
                for c, cap in COLUMN_CAPS.items()}
        for c in WHOLE:  # a date or a few words: whole on one line, they never give way
            floor[c] = want[c]
        budget = int(t.viewport().width() * (1 - SUMMARY_SHARE))
        # too narrow even for the titles (work mode's dock beside): the least needed
        # columns step aside, the detail under the table still says them
        hidden: set[int] = set()
        for c in SPARE:
            if sum(floor[k] for k in floor if k not in hidden) <= budget:
                break
            hidden.add(c)
        for c in SPARE:
            t.setColumnHidden(c, c in hidden)
        for c in hidden:
            del want[c]
        level = max(want.values())
        while level > 0 and sum(max(floor[c], min(w, level)) for c, w in want.items()) > budget:
            level -= 4
        for c, w in want.items():
            h.resizeSection(c, max(floor[c], min(w, level)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # the table's resize
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    # -- loading -----------------------------------------------------------------------
    def load(self) -> None:
        """Header and first timeline page, read together (one op, one transaction)."""
        store, cid = self.store, self.customer_id
        filt, limit = self.filters.value(), self.page_size
        self.model.cancel()
        self.runner.op(self, lambda _s: customer_view(store, cid, filt=filt, limit=limit)) \
            .success(lambda data: self._arrived(data, filt)).failure(self._header_failed).run()

    def _arrived(self, data: CustomerData, filt: TimelineFilter) -> None:
        header = data.header
        if data.header.customer_id != self.customer_id:
            self.customer_id = header.customer_id  # opened a record merged into this one
        self.header = header
        self.header_widget.set_header(header)
        self.title_changed.emit(header.name or header.customer_ref)
        self.loaded.emit(data)
        self._header_in = True
        if filt == self.model.filter:
            self.model.start_with(header.customer_id, data.first_page)
        # else: the filter changed meanwhile and the model is already loading its page

    def _header_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotFound):
            self._show_error(self.tr("This customer is no longer in the store."))
        else:
            self._show_error(user_message(exc))
        self._header_in = True
        self._maybe_ready()

    def _page_loaded(self, _rows: int) -> None:
        first = not self._page_in
        self._page_in = True
        empty = self.model.rowCount() == 0 and not self.model.loading
        self._update_empty_text()
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)
        if first:  # shown now: its header has its style's font, so the titles' true widths
            self._fit_columns()
        self._maybe_ready()

    def _maybe_ready(self) -> None:
        if self._header_in and self._page_in and not self._announced:
            self._announced = True
            self.ready.emit()

    @property
    def is_ready(self) -> bool:
        return self._announced

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _show_detail(self) -> None:
        """The whole of the highlighted contact under the table (the summary cell elides)."""
        row = self.table.currentIndex().row()
        if not 0 <= row < self.model.rowCount():
            self.detail.hide()
            return
        parts = [self.model.index(row, c).data()
                 for c in (WHEN, CHANNEL, TEAM, DIRECTION, OUTCOME, CAMPAIGN, AGENT)]
        item = self.model.item(row)
        head = "  ·  ".join(p for p in parts if p)
        text = item.summary or self.model.index(row, SUMMARY).data() or ""
        self.detail.setText(f"<b>{escape(head)}</b><br>{escape(text)}")
        self.detail.show()

    def _filter_changed(self, filt: TimelineFilter) -> None:
        self.model.set_filter(filt)

    def _on_changes(self, changes: ChangeSet) -> None:
        if self.customer_id in changes.customer_ids:
            self.load()

    def refresh(self) -> None:
        self.load()

    def stop(self) -> None:
        self.model.cancel()

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self._update_empty_text()
        self.header_widget.retranslate()
        self.filters.retranslate()
        self.model.retranslate()
        self._fit_columns()
        named(self.table, self.tr("Timeline"),
              self.tr("Every contact with the customer, newest first"))
        self.sections.setTabText(0, self.tr("History"))
        named_tabs(self.sections, self.tr("Sections of the customer"))

    def _update_empty_text(self) -> None:
        f = self.filters.value()
        self.empty.setText(self.tr("No contacts match these filters.") if f.active
                           else self.tr("No contacts with this customer yet."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
