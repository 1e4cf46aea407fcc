"""The sign-in dialog: agent name and password, the hub's address shown; Enter signs in.

The sign-in runs on the network pool (``attempt``): at the hub service when it answers
(the device token goes to the keyring, the hub's record of the agent and a verifier of
the password to this store), or, when the hub cannot be reached, offline with the
verifier cached by an earlier sign-in here (``carecenter.services.signin.unlock_offline``);
the dialog then says the console works offline. A failure is one sentence, from its code.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from carecenter.db.store import Store
from carecenter.services.signin import (
    SignedIn,
    SignInCode,
    SignInError,
    sign_in,
    unlock_offline,
)
from carecenter.services.tasks import TaskState
from carecenter.sync import credentials
from ui.shell.ops import OpRunner, user_message
from ui.signin.words import sign_in_sentence
from ui.widgets.access import labelled


def attempt(store: Store, hub_url: str, name: str, password: str) -> SignedIn:
    """Sign in at the hub, or offline when it cannot be reached (worker thread)."""
    try:
        who, token = sign_in(store, hub_url, name, password)
    except SignInError as exc:
        if exc.code is not SignInCode.UNREACHABLE:
            raise
        return unlock_offline(store, name, password)
    credentials.save_token(hub_url, who.name, token)
    return who


class SignInDialog(QDialog):
    signed_in = Signal(object)  # SignedIn

    def __init__(self, runner: OpRunner, store: Store, hub_url: str, name: str = "", *,
                 switching: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setMinimumWidth(460)
        self.runner, self.store, self.hub_url = runner, store, hub_url
        self.switching = switching
        self.running = False
        self.result_who: SignedIn | None = None
        self.intro = QLabel()
        self.intro.setObjectName("signInIntro")
        self.intro.setWordWrap(True)
        self.hub = QLabel(hub_url)
        self.hub.setObjectName("signInHub")
        self.hub.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name = QLineEdit(name)
        self.name.setObjectName("signInName")
        self.password = QLineEdit()
        self.password.setObjectName("signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.note = QLabel()
        self.note.setObjectName("signInNote")
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("signInError")
        self.error.setWordWrap(True)
        self.error.setProperty("tone", "error")  # coloured by the theme
        self.error.hide()
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        form.addRow(self.labels[0], self.hub)
        form.addRow(self.labels[1], self.name)
        form.addRow(self.labels[2], self.password)
        self.labels[1].setBuddy(self.name)
        self.labels[2].setBuddy(self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("signInButton")
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)  # Enter signs in, whatever has the focus
        self.name.returnPressed.connect(self.submit)
        self.password.returnPressed.connect(self.submit)
        self.col = col = QVBoxLayout(self)
        col.setContentsMargins(20, 20, 20, 16)
        col.setSpacing(10)
        col.addWidget(self.intro)
        col.addLayout(form)
        col.addWidget(self.note)
        col.addWidget(self.error)
        col.addWidget(self.buttons)
        self.retranslate()
        (self.password if name else self.name).setFocus()

    def submit(self) -> None:
        """Sign in with what is typed (Enter or the button)."""
        if self.running:
            return
        name, password = " ".join(self.name.text().split()), self.password.text()
        if not name or not password:
            self.show_error(self.tr("Type your name and your password."))
            (self.name if not name else self.password).setFocus()
            return
        self.running = True
        self._busy(True)
        store, url = self.store, self.hub_url

        def work(_state: TaskState) -> SignedIn:
            return attempt(store, url, name, password)

        self.runner.op(self, work).on_network().success(self._done) \
            .failure(self._failed).run()

    def _busy(self, busy: bool) -> None:
        for w in (self.name, self.password, self.ok):
            w.setEnabled(not busy)
        if busy:
            self.error.hide()
            self.note.setText(self.tr("Signing in…"))
            self.note.show()
        else:
            self._note()

    def _done(self, who: SignedIn) -> None:
        self.running = False
        self._busy(False)
        self.result_who = who
        if who.offline:
            self.note.setText(self.tr(
                "The hub cannot be reached: you are signed in offline, and your work "
                "is sent when the hub is back."))
        self.signed_in.emit(who)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self._busy(False)
        self.show_error(sign_in_sentence(exc) if isinstance(exc, SignInError)
                        else user_message(exc))
        self.password.selectAll()
        self.password.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self._fit()

    def _fit(self) -> None:
        """Grow to what the wrapped texts need now (an error, a note, another language)."""
        self.col.activate()
        need = self.col.totalHeightForWidth(self.width())
        if need > self.height():
            self.resize(self.width(), need)

    def reject(self) -> None:
        if not self.running:
            super().reject()

    def _note(self) -> None:
        self.note.setText("" if credentials.keyring_status().available else self.tr(
            "This computer has no keyring: you sign in again each time CareCenter "
            "starts."))
        self.note.setVisible(bool(self.note.text()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Switch agent") if self.switching else self.tr("Sign in"))
        self.intro.setText(self.tr(
            "Sign in with your own name and password: the hub records who does what, "
            "with your role and authority."))
        for label, text in zip(self.labels, (self.tr("Hub:"), self.tr("&Name:"),
                                             self.tr("&Password:")), strict=True):
            labelled(label, text)
        self.ok.setText(self.tr("&Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        if not self.running:
            self._note()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
