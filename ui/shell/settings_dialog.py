"""The workstation settings (Ctrl+,): who works here, where, the hub and the language.

Saved with ``Settings.save``. No password here: agents type theirs only in the sign-in
dialog (``ui.signin``), and the hub's device token lives in the OS keyring. The role is
shown, never chosen: with a hub it is the hub's record of the signed-in agent; with a
hub set, the agent changes by signing in (Switch agent, Ctrl+Shift+U), not here.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from carecenter.settings import Settings
from ui.shell.shortcuts import native
from ui.widgets.access import labelled
from ui.widgets.names import role_name

LANGUAGES = ("", "en", "it")  # "" follows the system
HUB_PLACEHOLDER = "https://hub.example.org:8765"


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setMinimumWidth(480)
        self.settings = settings
        self.role_code = role
        self.agent_name = QLineEdit(settings.agent_name)
        self.agent_name.setObjectName("agentName")
        self.role = QLabel()
        self.role.setObjectName("agentRole")
        self.store = QLineEdit(settings.store)
        self.store.setObjectName("storeName")
        self.hub_url = QLineEdit(settings.hub_url)
        self.hub_url.setObjectName("hubUrl")
        self.hub_url.setPlaceholderText(HUB_PLACEHOLDER)
        self.hub_url.textChanged.connect(lambda _t: self._follow_hub())
        self.hub_note = QLabel()
        self.hub_note.setObjectName("hubNote")
        self.hub_note.setWordWrap(True)
        self.interval = QSpinBox()
        self.interval.setObjectName("syncInterval")
        self.interval.setRange(10, 3600)
        self.interval.setValue(max(10, min(3600, settings.sync_interval_s)))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem("", code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))

        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(6)]
        for label, field in zip(self.labels, (self.agent_name, self.role, self.store,
                                              self.hub_url, self.interval, self.language),
                                strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.insertRow(4, "", self.hub_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.setContentsMargins(20, 20, 20, 16)
        col.addLayout(self.form)
        col.addWidget(self.buttons)
        self.retranslate()
        (self.store if self.has_hub() else self.agent_name).setFocus()

    def has_hub(self) -> bool:
        return bool(self.hub_url.text().strip())

    def _follow_hub(self) -> None:
        """With a hub the agent is who signs in: the name is not typed here."""
        hub = self.has_hub()
        self.agent_name.setReadOnly(hub)
        self.agent_name.setToolTip(self.tr(
            "With a hub, agents change by signing in: Switch agent ({0}).").format(
            native("Ctrl+Shift+U")) if hub else "")
        self.hub_note.setText(self.tr(
            "Each agent signs in at the hub service with their own password; the role "
            "and the authority come from the hub.") if hub else self.tr(
            "No hub: this computer works on its own and nothing is sent anywhere."))

    def value(self) -> Settings:
        """The settings as the dialog shows them (the role is never taken from here)."""
        return replace(
            self.settings,
            agent_name=" ".join(self.agent_name.text().split()),
            store=self.store.text().strip(),
            hub_url=self.hub_url.text().strip(),
            sync_interval_s=self.interval.value(),
            language=str(self.language.currentData()),
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        texts = (self.tr("&Agent name:"), self.tr("Role:"), self.tr("&Shop or team:"),
                 self.tr("&Hub address:"), self.tr("S&ync every (seconds):"),
                 self.tr("&Language:"))
        for label, text in zip(self.labels, texts, strict=True):
            labelled(label, text)
        self.role.setText(role_name(self.role_code))
        self.role.setToolTip(self.tr("The role comes from the hub; an administrator "
                                     "changes it there."))
        langs = {"": self.tr("As the system"), "en": "English", "it": "Italiano"}
        for i in range(self.language.count()):
            self.language.setItemText(i, langs[str(self.language.itemData(i))])
        self._follow_hub()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
