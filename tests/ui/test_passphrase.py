"""The console makes encrypted stores (issue 18, part 3): under a key in the keyring, or,
where there is no keyring, under a passphrase asked in a dialog (twice for a new store),
kept in memory only; a wrong passphrase is refused with one sentence, the store unchanged."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from carecenter.db import cipher
from carecenter.db.store import Store, StoreCode, StoreError
from carecenter.settings import Settings
from ui.shell import app
from ui.shell.first_run import FirstRunDialog, store_sentence
from ui.shell.main_window import MainWindow
from ui.shell.passphrase import PassphraseDialog, unlock


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())  # type: ignore[no-untyped-call]
    yield
    keyring.set_keyring(previous)
    cipher._given.clear()


def when_shown(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    """Answer a modal dialog of ``kind`` once it is up (it runs its own loop)."""
    box = QApplication.activeModalWidget()
    if not isinstance(box, kind):
        QTimer.singleShot(20, lambda: when_shown(kind, act))
        return
    act(box)


def close_when_open() -> None:
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, MainWindow) and w.store_ready]
    if not windows:
        QTimer.singleShot(20, close_when_open)
        return
    windows[0].close()


@pytest.fixture(autouse=True)
def agent_known() -> None:
    """An agent known at this desk: no first-run wizard (test_first_run_wizard.py), only
    the question about the missing store and the passphrase."""
    Settings(agent_name="Giulia Bianchi").save()


def ok_button(box: PassphraseDialog) -> QWidget:
    return box.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_first_run_makes_an_encrypted_store_with_its_key_in_the_keyring(
        qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "store.db"

    def create(box: QWidget) -> None:
        box.create_button.click()  # type: ignore[attr-defined]
        QTimer.singleShot(0, close_when_open)

    QTimer.singleShot(0, lambda: when_shown(FirstRunDialog, create))
    assert app.run(db=db) == 0
    assert cipher.looks_encrypted(db)
    store = Store.open(db, create=False)  # by the keyring's key
    try:
        assert store.key is not None and store.key.raw is not None
    finally:
        store.close()


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_the_first_run_asks_a_passphrase_twice(
        qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    seen: list[bool] = []

    def choose(box: QWidget) -> None:
        assert isinstance(box, PassphraseDialog) and box.second is not None
        box.first.setText("tre tigri")
        box.second.setText("tre tigr")
        seen.append(ok_button(box).isEnabled())  # a slip: OK stays off
        box.second.setText("tre tigri")
        seen.append(ok_button(box).isEnabled())
        ok_button(box).click()  # type: ignore[attr-defined]
        QTimer.singleShot(0, close_when_open)

    def create(box: QWidget) -> None:
        box.create_button.click()  # type: ignore[attr-defined]
        QTimer.singleShot(0, lambda: when_shown(PassphraseDialog, choose))

    QTimer.singleShot(0, lambda: when_shown(FirstRunDialog, create))
    assert app.run(db=db) == 0
    assert seen == [False, True]
    assert cipher.looks_encrypted(db)
    assert b"tre tigri" not in db.read_bytes()
    cipher._given.clear()
    with pytest.raises(StoreError) as refused:
        Store.open(db, create=False)
    assert refused.value.code is StoreCode.KEY_NEEDED  # never written down
    cipher.provide_passphrase(db, "tre tigri")
    Store.open(db, create=False).close()


@pytest.mark.usefixtures("no_keyring")
def test_a_wrong_passphrase_at_start_is_refused_in_one_sentence(
        qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    cipher.provide_passphrase(db, "tre tigri")
    Store.open(db, encrypt=True).close()
    cipher._given.clear()
    before = hashlib.sha256(db.read_bytes()).hexdigest()

    def answer(text: str) -> Callable[[QWidget], None]:
        def act(box: QWidget) -> None:
            assert isinstance(box, PassphraseDialog) and box.second is None
            box.first.setText(text)
            ok_button(box).click()  # type: ignore[attr-defined]
        return act

    QTimer.singleShot(0, lambda: when_shown(PassphraseDialog, answer("tre tigre")))
    with pytest.raises(StoreError) as refused:
        unlock(db, ask=True)
    assert refused.value.code is StoreCode.KEY_WRONG
    assert store_sentence(refused.value) == (
        f"The passphrase does not open the encrypted store {db}; it was left untouched: "
        "start the console again and give the right one.")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    cipher._given.clear()
    QTimer.singleShot(0, lambda: when_shown(PassphraseDialog, answer("tre tigri")))
    unlock(db, ask=True)  # the right one: the store checks out
    cipher._given.clear()
    with pytest.raises(StoreError) as refused:
        unlock(db, ask=False)  # nobody to ask (--screenshot)
    assert refused.value.code is StoreCode.KEY_NEEDED
