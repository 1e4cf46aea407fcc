"""A customer's timeline as a table model, loaded a page at a time in the background.

``fetchMore`` never touches the store: it asks the op helper for the next page and the
rows are inserted when the page arrives. A filter change or a refresh starts a new
generation; pages of an older generation are dropped when they arrive.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from carecenter.db.store import Store
from carecenter.services.customers.view import (
    Cursor,
    TimelineFilter,
    TimelineItem,
    TimelinePage,
    timeline_page,
)
from carecenter.services.tasks import TaskState
from ui.customer import edit_words
from ui.shell import theme
from ui.shell.ops import OpRunner, user_message
from ui.widgets import labels
from ui.widgets.formats import call_length, date_time

Index = QModelIndex | QPersistentModelIndex

WHEN, CHANNEL, TEAM, DIRECTION, OUTCOME, CAMPAIGN, AGENT, SUMMARY = range(8)
COLUMNS = 8
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

TEAMS = ("service", "marketing", "sales", "store")  # each has a colour role team_<name>


def team_dot(team: str) -> QIcon:
    """The team's mark in the theme shown now."""
    return _team_dot(team, theme.current())


@cache
def _team_dot(team: str, theme_name: str) -> QIcon:
    pix = QPixmap(12, 12)
    pix.fill(QColor(0, 0, 0, 0))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(theme.roles(theme_name)[
        f"team_{team}" if team in TEAMS else "team_other"]))
    p.drawEllipse(1, 1, 10, 10)
    p.end()
    return QIcon(pix)


def local_time(item: TimelineItem) -> str:
    return date_time(item.at)


class TimelineModel(QAbstractTableModel):
    page_loaded = Signal(int)  # rows the page added (0 for an empty first page)
    load_failed = Signal(str)

    def __init__(self, runner: OpRunner, store: Store, customer_id: str, *,
                 page_size: int = 50, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._store = store
        self._customer_id = customer_id
        self._page_size = page_size
        self._filter = TimelineFilter()
        self._items: list[TimelineItem] = []
        self._cursor: Cursor | None = None
        self._has_more = False
        self._loading: TaskState | None = None
        self._generation = 0
        self._pages = 0
        self._titles: tuple[str, ...] | None = None  # the header, translated once

    # -- loading -----------------------------------------------------------------------
    @property
    def customer_id(self) -> str:
        return self._customer_id

    @property
    def filter(self) -> TimelineFilter:
        return self._filter

    @property
    def loading(self) -> bool:
        return self._loading is not None

    @property
    def pages_loaded(self) -> int:
        return self._pages

    def set_filter(self, filt: TimelineFilter) -> None:
        if filt != self._filter:
            self._filter = filt
            self.reload()

    def reload(self) -> None:
        """Forget the rows and load the first page again (a new generation)."""
        self.cancel()
        self._generation += 1
        self.beginResetModel()
        self._items = []
        self._cursor = None
        self._has_more = False
        self._pages = 0
        self.endResetModel()
        self._request()

    def start_with(self, customer_id: str, page: TimelinePage) -> None:
        """Show ``page`` as the first page (read together with the header)."""
        self.cancel()
        self._generation += 1
        self._customer_id = customer_id
        self.beginResetModel()
        self._items = list(page.items)
        self._cursor = page.next_cursor
        self._has_more = page.next_cursor is not None
        self._pages = 1
        self.endResetModel()
        self.page_loaded.emit(len(page.items))

    def cancel(self) -> None:
        if self._loading is not None:
            self._loading.cancel()
            self._loading = None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and self._loading is None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request()

    def _request(self) -> None:
        generation = self._generation
        store, cid, after = self._store, self._customer_id, self._cursor
        limit, filt = self._page_size, self._filter

        def load(_state: TaskState) -> TimelinePage:
            return timeline_page(store, cid, after=after, limit=limit, filt=filt)

        self._loading = (
            self._runner.op(self, load)
            .success(lambda page: self._arrived(generation, page))
            .failure(lambda exc: self._failed(generation, exc))
            .run()
        )

    def _arrived(self, generation: int, page: TimelinePage) -> None:
        if generation != self._generation:
            return
        # The cursor moves before the rows go in: a view (or the model tester) may call
        # fetchMore from rowsInserted, and must then ask for the page after this one.
        self._loading = None
        self._cursor = page.next_cursor
        self._has_more = page.next_cursor is not None
        self._pages += 1
        if page.items:
            first = len(self._items)
            self.beginInsertRows(QModelIndex(), first, first + len(page.items) - 1)
            self._items.extend(page.items)
            self.endInsertRows()
        self.page_loaded.emit(len(page.items))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = None
        self.load_failed.emit(user_message(exc))

    # -- model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def item(self, row: int) -> TimelineItem:
        return self._items[row]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # The header view asks many times a paint: translate once per language.
            if self._titles is None:
                self._titles = (self.tr("When"), self.tr("Channel"), self.tr("Team"),
                                self.tr("Direction"), self.tr("Outcome"),
                                self.tr("Campaign / offer"), self.tr("Agent"), self.tr("Summary"))
            return self._titles[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, col)
        if role == Qt.ItemDataRole.DecorationRole and col == TEAM and item.team:
            return team_dot(item.team)
        if role == Qt.ItemDataRole.ForegroundRole and col in (WHEN, AGENT):
            return theme.colour("text_secondary")
        if role == ITEM_ROLE:
            return item
        return None

    def _text(self, item: TimelineItem, col: int) -> str:
        if col == WHEN:
            return local_time(item)
        if item.kind == "change":
            return self._change_text(item, col)
        if item.kind != "contact":
            return self._event_text(item, col)
        if col == CHANNEL:
            return labels.channel(item.channel)
        if col == TEAM:
            return labels.team(item.team)
        if col == DIRECTION:
            arrow = "↙ " if item.direction == "inbound" else "↗ "
            return arrow + labels.direction(item.direction)
        if col == OUTCOME:
            return labels.outcome(item.outcome)
        if col == CAMPAIGN:
            return " · ".join(p for p in (item.campaign, item.offer_title) if p)
        if col == AGENT:
            return item.agent or ""
        return " ".join((item.summary or "").split())

    def _event_text(self, item: TimelineItem, col: int) -> str:
        """A merge or unmerge of records, shown in the history it changed."""
        if col == CHANNEL:
            return labels.event(item.kind)
        if col == OUTCOME:
            return item.outcome or ""  # the other record's customer number
        if col == AGENT:
            return item.agent or ""
        if col == SUMMARY:
            return " ".join((item.summary or "").split())
        return ""

    @staticmethod
    def _change_text(item: TimelineItem, col: int) -> str:
        """A row of the record's audit trail: which field, from which desk, old → new."""
        if col == CHANNEL:
            return edit_words.record_change()
        if col == OUTCOME:
            return edit_words.field_label(item.outcome)
        if col == CAMPAIGN:
            return item.desk or ""
        if col == AGENT:
            return item.agent or ""
        if col == SUMMARY:
            return (f"{edit_words.change_value(item.outcome, item.old_value)} → "
                    f"{edit_words.change_value(item.outcome, item.new_value)}")
        return ""

    def _tooltip(self, item: TimelineItem, col: int) -> str | None:
        if col == SUMMARY and item.summary:
            return item.summary
        if col == CAMPAIGN and (item.campaign or item.offer_code):
            # whole, as the column is capped and elides (ui.customer.view.COLUMN_CAPS)
            offer = (self.tr("Offer {0}: {1}").format(item.offer_code, item.offer_title or "")
                     if item.offer_code else "")
            return "\n".join(p for p in (item.campaign, offer) if p)
        if col == AGENT and item.agent:
            return item.agent
        if col == CHANNEL and item.duration_s:
            return self.tr("Duration {0}").format(call_length(item.duration_s))
        return None

    def retranslate(self) -> None:
        """Words and dates follow the language: repaint the header and every row."""
        self._titles = None
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, COLUMNS - 1))
