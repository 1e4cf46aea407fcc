"""The workstation settings (Ctrl+,): who works here, where, the hub and the language.

Saved with ``Settings.save``; the hub password never goes into the settings file: it is
handed to the keyring, or (no keyring on this computer) kept in memory for the session.
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

ROLES = ("agent", "senior", "supervisor")
LANGUAGES = ("", "en", "it")  # "" follows the system


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, keyring_available: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setMinimumWidth(480)
        self.settings = settings
        self.keyring_available = keyring_available
        self.agent_name = QLineEdit(settings.agent_name)
        self.agent_name.setObjectName("agentName")
        self.role = QComboBox()
        self.role.setObjectName("agentRole")
        for code in ROLES:
            self.role.addItem("", code)
        self.role.setCurrentIndex(max(0, self.role.findData(settings.agent_role)))
        self.store = QLineEdit(settings.store)
        self.store.setObjectName("storeName")
        self.hub_url = QLineEdit(settings.hub_url)
        self.hub_url.setObjectName("hubUrl")
        self.hub_url.setPlaceholderText("postgresql+psycopg://hub.example.org/carecenter")
        self.password = QLineEdit()
        self.password.setObjectName("hubPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_note = QLabel()
        self.password_note.setObjectName("passwordNote")
        self.password_note.setWordWrap(True)
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
        self.labels = [QLabel() for _ in range(7)]
        for label, field in zip(self.labels, (self.agent_name, self.role, self.store,
                                              self.hub_url, self.password, self.interval,
                                              self.language), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.insertRow(5, "", self.password_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.setContentsMargins(20, 20, 20, 16)
        col.addLayout(self.form)
        col.addWidget(self.buttons)
        self.retranslate()
        self.agent_name.setFocus()

    def value(self) -> Settings:
        """The settings as the dialog shows them."""
        return replace(
            self.settings,
            agent_name=self.agent_name.text().strip(),
            agent_role=str(self.role.currentData()),
            store=self.store.text().strip(),
            hub_url=self.hub_url.text().strip(),
            sync_interval_s=self.interval.value(),
            language=str(self.language.currentData()),
        )

    def new_password(self) -> str:
        return self.password.text()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        texts = (self.tr("&Agent name:"), self.tr("&Role:"), self.tr("&Shop or team:"),
                 self.tr("&Hub address:"), self.tr("Hub &password:"),
                 self.tr("S&ync every (seconds):"), self.tr("&Language:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        names = {"agent": self.tr("Agent"), "senior": self.tr("Senior agent"),
                 "supervisor": self.tr("Supervisor")}
        for i in range(self.role.count()):
            self.role.setItemText(i, names[str(self.role.itemData(i))])
        langs = {"": self.tr("As the system"), "en": "English", "it": "Italiano"}
        for i in range(self.language.count()):
            self.language.setItemText(i, langs[str(self.language.itemData(i))])
        self.password.setPlaceholderText(self.tr("unchanged"))
        self.password_note.setText(
            self.tr("Kept in the system keyring, never in the settings file.")
            if self.keyring_available else
            self.tr("This computer has no keyring: the password is kept only until "
                    "CareCenter closes."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
