"""The passphrase of an encrypted store, asked at start where the computer has no keyring
(carecenter/db/cipher.py). Kept in the process's memory only, never written down; a new
store's is typed twice, so that a slip does not lock the store for ever."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from carecenter.db import cipher
from carecenter.db import store as store_file
from carecenter.db.store import StoreCode, StoreError

translate = QCoreApplication.translate  # literal calls, so that lupdate collects them


class PassphraseDialog(QDialog):
    """The passphrase (twice for a new store); OK only once it is given (and matches)."""

    def __init__(self, path: Path, new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(translate("Passphrase", "CareCenter: encrypted store"))
        layout = QFormLayout(self)
        intro = translate(
            "Passphrase", "This computer has no keyring, so the store {0} is encrypted under "
                          "a passphrase that is asked at each start and never written down."
        ).format(path)
        if new:
            intro += " " + translate(
                "Passphrase", "Choose it now and keep it safe: without it the store cannot "
                              "be opened.")
        note = QLabel(intro)
        note.setWordWrap(True)
        layout.addRow(note)
        self.first = self._field("passphrase")
        layout.addRow(translate("Passphrase", "&Passphrase:"), self.first)
        self.second: QLineEdit | None = None
        if new:
            self.second = self._field("passphraseAgain")
            layout.addRow(translate("Passphrase", "&Again:"), self.second)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addRow(self.buttons)
        self._update()

    def _field(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.textChanged.connect(self._update)
        return edit

    def _update(self) -> None:
        given = bool(self.first.text())
        same = self.second is None or self.second.text() == self.first.text()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(given and same)

    def ask(self) -> str | None:
        """Shown modal: the passphrase, or None when cancelled."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.first.text()


def unlock(path: Path, ask: bool) -> None:
    """``store.check(path)``; an encrypted store on a computer with no keyring: its
    passphrase asked (``ask``) and checked. StoreError (one sentence) when it cannot be
    used: refused, wrong passphrase, or the dialog cancelled."""
    try:
        store_file.check(path)
    except StoreError as exc:
        if exc.code is not StoreCode.KEY_NEEDED or not ask:
            raise
        answer = PassphraseDialog(path, new=False).ask()
        if answer is None:
            raise
        cipher.provide_passphrase(path, answer)
        store_file.check(path)  # a wrong one: KEY_WRONG


def for_new_store(path: Path) -> bool:
    """Before a new store is made: nothing to do with a keyring (a random key goes there);
    without one, the passphrase chosen now (False: cancelled, make nothing)."""
    if cipher.keyring_usable():
        return True
    answer = PassphraseDialog(path, new=True).ask()
    if answer is None:
        return False
    cipher.provide_passphrase(path, answer)
    return True
