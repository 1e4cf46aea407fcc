"""What the right side of the main window shows with no customer open, or when a call
matched nobody."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.shell.resources import icon


class WelcomePage(QWidget):
    """What the right side shows with no customer open, or when a call matched nobody."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.number: str | None = None
        self.picture = QLabel()
        self.picture.setPixmap(icon("carecenter").pixmap(QSize(72, 72)))
        self.title = QLabel()
        self.title.setObjectName("welcomeTitle")
        self.text = QLabel()
        self.text.setObjectName("welcomeText")
        self.text.setWordWrap(True)
        for label in (self.picture, self.title, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        col = QVBoxLayout(self)
        col.addStretch(2)
        col.addWidget(self.picture)
        col.addSpacing(12)
        col.addWidget(self.title)
        col.addWidget(self.text)
        col.addStretch(3)
        self.retranslate()

    def show_unknown_number(self, number: str | None) -> None:
        self.number = number
        self.retranslate()

    def retranslate(self) -> None:
        if self.number:
            self.title.setText(self.tr("No customer for this number"))
            self.text.setText(self.tr(
                "Nobody in the store has the number {0}. Check it, or search by name."
            ).format(self.number))
        else:
            self.title.setText(self.tr("Find a customer"))
            self.text.setText(self.tr(
                "Press Ctrl+K or F3, then type part of a name, a phone number, "
                "an email or a customer number."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
