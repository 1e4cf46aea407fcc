"""The F1 dialog: every keyboard shortcut of the main window, in the current language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget


def native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None,
                 extra: Callable[[], list[tuple[str, str]]] | None = None) -> None:
        super().__init__(parent)
        self._extra = extra
        self.setObjectName("shortcutsDialog")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(8)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.setContentsMargins(20, 20, 20, 16)
        col.addLayout(self.grid)
        col.addWidget(buttons)
        self.retranslate()

    def rows(self) -> list[tuple[str, str]]:
        return [
            (f"{native('Ctrl+K')}, {native('F3')}", self.tr("Find a customer")),
            (self.tr("Up, Down"), self.tr("Move through the results while typing")),
            (self.tr("Enter"), self.tr("Open the highlighted customer")),
            (self.tr("Esc"), self.tr("Clear the search")),
            (native("Ctrl+W"), self.tr("Close the customer tab")),
            (f"{native('Ctrl+Tab')}, {native('Ctrl+PgDown')}", self.tr("Next tab")),
            (f"{native('Ctrl+Shift+Tab')}, {native('Ctrl+PgUp')}", self.tr("Previous tab")),
            (f"{native('Alt+1')} … {native('Alt+9')}", self.tr("Go to tab 1 to 9")),
            (f"{native('Ctrl+1')} … {native('Ctrl+9')}",
             self.tr("Go to the customer's history (1) or another section")),
            (native("F5"), self.tr("Sync with the hub, then reload the customer")),
            (f"{native('Ctrl+/')}, {native('Shift+F1')}", self.tr("Show this list")),
            (native("Ctrl+Q"), self.tr("Quit")),
            *(self._extra() if self._extra else []),
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for row, (keys, what) in enumerate(self.rows()):
            k = QLabel(keys)
            k.setObjectName("shortcutKeys")
            k.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(k, row, 0)
            self.grid.addWidget(QLabel(what), row, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
