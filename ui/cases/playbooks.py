"""Playbooks on screen: the guide of a case's category beside its checklist, and a browser
that searches every playbook as you type (F1). Playbooks are a few small Markdown files
already in memory (``Recovery.playbooks``), so searching needs no background work."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from carecenter.services.cases.playbooks import PlaybookLibrary
from ui.shell import i18n
from ui.widgets.access import named, named_icon_buttons

HIT_CATEGORY = Qt.ItemDataRole.UserRole + 1
HIT_SECTION = Qt.ItemDataRole.UserRole + 2


def _modest_headings(text: str) -> str:
    """Markdown headings one size for a side pane: the title as ###, sections as ####."""
    out = []
    for line in text.splitlines():
        if line.startswith("# "):
            out.append("### " + line[2:])
        elif line.startswith("## "):
            out.append("#### " + line[3:])
        else:
            out.append(line)
    return "\n".join(out)


class PlaybookPane(QWidget):
    """A search field, the hits while searching, and the playbook being read."""

    def __init__(self, library: PlaybookLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playbookPane")
        self.library = library
        self.category: str | None = None
        self.title = QLabel()
        self.title.setObjectName("paneTitle")
        self.search = QLineEdit()
        self.search.setObjectName("playbookSearch")
        self.search.setClearButtonEnabled(True)
        self.hits_model = QStandardItemModel(self)
        self.hits = QListView()
        self.hits.setObjectName("playbookHits")
        self.hits.setModel(self.hits_model)
        self.hits.setWordWrap(True)
        self.hits.setUniformItemSizes(False)
        self.hits.hide()
        self.text = QTextBrowser()
        self.text.setObjectName("playbookText")
        self.text.setOpenExternalLinks(False)
        col = QVBoxLayout(self)
        col.setContentsMargins(12, 10, 12, 10)
        col.setSpacing(8)
        col.addWidget(self.title)
        col.addWidget(self.search)
        col.addWidget(self.hits, 1)
        col.addWidget(self.text, 3)
        self.search.textChanged.connect(self._search)
        self.search.installEventFilter(self)
        self.hits.activated.connect(self._open_hit)
        self.hits.clicked.connect(self._open_hit)
        self.retranslate()

    def show_category(self, category: str | None) -> None:
        self.category = category
        book = self.library.get(category, i18n.current()) if category else None
        if book is None:
            self.text.setPlainText(self.tr("There is no playbook for this category yet."))
        else:
            self.text.setMarkdown(_modest_headings(book.text))
        self.text.verticalScrollBar().setValue(0)

    def _search(self, query: str) -> None:
        self.hits_model.clear()
        hits = self.library.search(query, i18n.current()) if query.strip() else ()
        for hit in hits:
            where = f"{hit.title} › {hit.section}" if hit.section else hit.title
            item = QStandardItem(f"{where}\n{hit.snippet}")
            item.setEditable(False)
            item.setData(hit.category, HIT_CATEGORY)
            item.setData(hit.section, HIT_SECTION)
            self.hits_model.appendRow(item)
        if query.strip() and not hits:
            item = QStandardItem(self.tr("Nothing found for these words."))
            item.setEnabled(False)
            self.hits_model.appendRow(item)
        self.hits.setVisible(bool(query.strip()))
        if hits:
            self.hits.setCurrentIndex(self.hits_model.index(0, 0))

    def _open_hit(self, index: QModelIndex) -> None:
        category = index.data(HIT_CATEGORY)
        if not category:
            return
        self.show_category(str(category))
        section = str(index.data(HIT_SECTION) or "")
        if section:
            self.text.find(section)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # Up/Down move through the hits while typing, Enter opens the highlighted one.
        if obj is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.hits_model.rowCount():
                row = self.hits.currentIndex().row() + (1 if key == Qt.Key.Key_Down else -1)
                row = max(0, min(row, self.hits_model.rowCount() - 1))
                self.hits.setCurrentIndex(self.hits_model.index(row, 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.hits.currentIndex().isValid():
                self._open_hit(self.hits.currentIndex())
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(obj, event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Playbook"))
        self.search.setPlaceholderText(self.tr("Search every playbook…"))
        named(self.search, self.tr("Search every playbook"))
        named_icon_buttons(self.search, self.tr("Clear the search"))
        named(self.hits, self.tr("Playbooks found"))
        named(self.text, self.tr("Playbook"))
        if self.category is not None:
            self.show_category(self.category)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PlaybookBrowser(QDialog):
    """Every playbook: pick a category or type to search (F1 with no case selected)."""

    def __init__(self, library: PlaybookLibrary, labels: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playbookBrowser")
        self.resize(760, 720)
        self.choice = QComboBox()
        for code in library.categories():
            self.choice.addItem(labels.get(code, code), code)
        self.pane = PlaybookPane(library)
        col = QVBoxLayout(self)
        col.setContentsMargins(8, 8, 8, 8)
        col.addWidget(self.choice)
        col.addWidget(self.pane, 1)
        self.choice.currentIndexChanged.connect(
            lambda _i: self.pane.show_category(self.choice.currentData()))
        self.pane.show_category(self.choice.currentData())
        self.retranslate()

    def show_category(self, category: str | None) -> None:
        i = self.choice.findData(category)
        if i >= 0:
            self.choice.setCurrentIndex(i)

    def open_search(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.pane.search.setFocus()
        self.pane.search.selectAll()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Playbooks"))
        named(self.choice, self.tr("Category"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
