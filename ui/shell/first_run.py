"""The console's first run: nobody known at this desk yet (the wizard of
``first_run_wizard`` asks), or no store at the path yet. Only here (and in ``carecenter init``
and ``demo``) is a store made, once the person at the desk said so; a mistyped ``--db``
is never silently a new, empty store. Also the console's words for a store that cannot be
used (the codes of ``carecenter.db.store.StoreCode``), in one place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from carecenter.db.store import StoreCode, StoreError
from carecenter.settings import Settings

translate = QCoreApplication.translate  # literal calls, so that lupdate collects them


def missing(path: Path) -> bool:
    """No store at ``path`` yet (nothing there, or an empty file)."""
    return not path.is_dir() and (not path.exists() or path.stat().st_size == 0)


def nobody_here(settings: Settings) -> bool:
    """No agent known at this desk (nobody named, nor signed in last with a hub): the
    first-run wizard welcomes them (``ui.shell.first_run_wizard``)."""
    return not settings.agent_name.strip()


def store_sentence(exc: StoreError) -> str:
    """One sentence, in the console's language, for a store that cannot be used."""
    path = str(exc.path) if exc.path is not None else ""
    if exc.code is StoreCode.MISSING:
        return translate("FirstRun", "There is no store at {0}: open the console without "
                                     "--db, or create one with carecenter init.").format(path)
    if exc.code is StoreCode.FOLDER:
        return translate("FirstRun", "{0} is a folder, not a store: give the store's file "
                                     "with --db.").format(path)
    if exc.code is StoreCode.READ_ONLY:
        return translate("FirstRun", "The store {0} cannot be written (it or its folder is "
                                     "read-only): ask for write permission.").format(path)
    if exc.code is StoreCode.LOCKED:
        return translate("FirstRun", "The store {0} is in use by another program: close it, "
                                     "then start the console again.").format(path)
    if exc.code is StoreCode.FULL:
        return translate("FirstRun", "The disk holding {0} is full: free some space, then "
                                     "start the console again.").format(path)
    if exc.code is StoreCode.CANNOT_OPEN:
        return translate("FirstRun", "The store {0} cannot be opened: check that its folder "
                                     "exists and can be written.").format(path)
    return _key_sentence(exc, path)


def _key_sentence(exc: StoreError, path: str) -> str:
    """An encrypted store's key faults (db/cipher.py)."""
    if exc.code is StoreCode.KEY_MISSING:
        return translate("FirstRun", "The store {0} is encrypted and this computer's keyring "
                                     "holds no key for it: open it where it was made, or "
                                     "restore a backup made here.").format(path)
    if exc.code is StoreCode.KEY_NEEDED:
        return translate("FirstRun", "The store {0} is encrypted and this computer has no "
                                     "keyring: start the console again and give its "
                                     "passphrase.").format(path)
    if exc.code is StoreCode.KEY_WRONG:
        return translate("FirstRun", "The passphrase does not open the encrypted store {0}; "
                                     "it was left untouched: start the console again and give "
                                     "the right one.").format(path)
    return str(exc)


def missing_error(path: Path) -> StoreError:
    return StoreError(f"There is no store at {path}.", StoreCode.MISSING, path)


class FirstRunDialog(QMessageBox):
    """"There is no store here yet": Create store, or Quit."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(translate("FirstRun", "CareCenter: first start"))
        self.setText(translate("FirstRun", "There is no store at {0} yet.").format(path))
        self.setInformativeText(translate(
            "FirstRun", "Create a new, empty store there? If the path is wrong, quit and "
                        "start the console with --db and the store's file."))
        self.create_button = self.addButton(translate("FirstRun", "&Create store"),
                                     QMessageBox.ButtonRole.AcceptRole)
        self.quit_button = self.addButton(translate("FirstRun", "&Quit"),
                                   QMessageBox.ButtonRole.RejectRole)
        self.create_button.setObjectName("createStore")
        self.quit_button.setObjectName("quitFirstRun")
        self.setDefaultButton(self.create_button)
        self.setEscapeButton(self.quit_button)

    def ask(self) -> bool:
        """Shown modal: whether to create the store."""
        self.exec()
        return self.clickedButton() is self.create_button
