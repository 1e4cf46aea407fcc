"""A lesson's playbook section (issue 19, part 6): the supervisor picks it under the note
(``SectionPicker``); the agent opens it from her coaching page (``SectionDialog``), and
the read is recorded there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.access import named

Sections = Callable[[], list[tuple[str, str]]]


class SectionPicker(QComboBox):
    """"No playbook section", then every section (its reference as the item's data)."""

    def __init__(self, sections: Sections | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playbookSection")
        self.sections = sections
        self.fill()

    def fill(self) -> None:
        keep = self.ref()
        self.clear()
        self.addItem(self.tr("No playbook section"), "")
        for ref, label in (self.sections() if self.sections is not None else []):
            self.addItem(self.tr("Read: {0}").format(label), ref)
        self.choose(keep)
        self.setToolTip(self.tr("A lesson may point to the playbook section it is about"))
        named(self, self.tr("Playbook section"),
              self.tr("A lesson may point to the playbook section it is about"))

    def choose(self, ref: str | None) -> None:
        self.setCurrentIndex(max(0, self.findData(ref or "")))

    def ref(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def showPopup(self) -> None:
        if self.count() <= 1:
            self.fill()  # the playbooks were read after the view opened
        super().showPopup()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.fill()
        super().changeEvent(event)


class SectionDialog(QDialog):
    """One playbook section, to read."""

    def __init__(self, title: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playbookSectionDialog")
        self.setWindowTitle(title)
        self.text = QTextBrowser()
        self.text.setMarkdown(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addWidget(self.text)
        col.addWidget(buttons)
        self.resize(520, 360)
