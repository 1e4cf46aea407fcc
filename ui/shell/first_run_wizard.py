"""The first run welcomes the agent (issue 17): who works at this desk, which store, and
how offline work and sync behave — before the console opens, when no agent is known here.

1. Who you are: with a hub (``settings.hub_url``) a sign-in at the hub, as the sign-in
   dialog does it (``ui.signin.dialog.attempt``); without one the agent's name and role,
   kept in the settings as a local-only desk keeps them (``carecenter.services.agents``:
   the agent row is made on the first write that needs it).
2. The store: the one the console was started on, an existing file, or a new one. A typed
   path that holds no store is refused on "open an existing store": never silently a new,
   empty store. Nothing is made until the wizard is finished.
3. How offline work and sync behave, in plain words.

The wizard writes nothing itself (but the hub sign-in, which needs the store): finished,
``remember`` saves the settings and the console opens the store; cancelled, nothing is
written. Never shown with ``--screenshot`` or once an agent is known
(``first_run.nobody_here``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from carecenter.db import store as store_file
from carecenter.db.store import StoreError
from carecenter.services.agents import ROLES
from carecenter.services.signin import SignedIn, SignInError
from carecenter.settings import Settings
from ui.shell import first_run
from ui.shell.ops import OpRunner, user_message
from ui.shell.shortcuts import native
from ui.signin.dialog import attempt
from ui.signin.words import sign_in_sentence
from ui.widgets import formats
from ui.widgets.names import role_name

translate = QCoreApplication.translate
DEFAULT, EXISTING, NEW = range(3)


@dataclass(frozen=True)
class Welcome:
    agent_name: str
    agent_role: str  # the settings' role (local-only desk); with a hub, the hub's record
    store_path: Path
    create: bool  # no store there yet: the console makes it (the agent chose so)


def remember(settings: Settings, welcome: Welcome, default: Path) -> Settings:
    """The settings with the agent and the store chosen, saved (on Finish only)."""
    chosen = "" if welcome.store_path == default else str(welcome.store_path)
    new = replace(settings, agent_name=welcome.agent_name, agent_role=welcome.agent_role,
                  store_path=chosen)
    new.save()
    return new


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setProperty("tone", "error")  # coloured by the theme
    label.hide()
    return label


class WhoPage(QWizardPage):
    """Sign in at the hub (name, password), or the name and role of a local-only desk."""

    def __init__(self, hub_url: str) -> None:
        super().__init__()
        self.setObjectName("welcomeWho")
        self.hub_url = hub_url
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("welcomeName")
        self.password = QLineEdit()
        self.password.setObjectName("welcomePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        self.role.setObjectName("welcomeRole")
        self.error = _error_label("welcomeWhoError")
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        if hub_url:
            form.addRow(self.labels[0], QLabel(hub_url))
        form.addRow(self.labels[1], self.name)
        form.addRow(self.labels[2], self.password if hub_url else self.role)
        self.labels[1].setBuddy(self.name)
        self.labels[2].setBuddy(self.password if hub_url else self.role)
        (self.role if hub_url else self.password).hide()
        col = QVBoxLayout(self)
        col.addWidget(self.intro)
        col.addLayout(form)
        col.addWidget(self.error)
        col.addStretch(1)
        self.name.textChanged.connect(self.completeChanged)
        self.password.textChanged.connect(self.completeChanged)

    def agent_name(self) -> str:
        return " ".join(self.name.text().split())

    def isComplete(self) -> bool:
        return bool(self.agent_name()) and (not self.hub_url or bool(self.password.text()))

    def retranslate(self) -> None:
        self.setTitle(translate("Welcome", "Who works at this desk"))
        self.intro.setText(translate(
            "Welcome", "Sign in with your own name and password: the hub records who does "
                       "what, with your role and authority.") if self.hub_url else translate(
            "Welcome", "This desk works without a hub. Your name goes on every contact, "
                       "case and decision you record; your role sets what you may grant."))
        texts = (translate("Welcome", "Hub:"), translate("Welcome", "&Name:"),
                 translate("Welcome", "&Password:") if self.hub_url
                 else translate("Welcome", "&Role:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        role = self.role.currentData() or "agent"
        self.role.clear()
        for code in ROLES:
            self.role.addItem(role_name(code), code)
        self.role.setCurrentIndex(max(self.role.findData(role), 0))


class StorePage(QWizardPage):
    """The store: the one given (or the default), an existing file, or a new one."""

    def __init__(self, default: Path) -> None:
        super().__init__()
        self.setObjectName("welcomeStore")
        self.default = default
        self.choices = QButtonGroup(self)
        self.buttons = [QRadioButton() for _ in range(3)]
        names = ("storeDefault", "storeExisting", "storeNew")
        for i, (b, name) in enumerate(zip(self.buttons, names, strict=True)):
            b.setObjectName(name)
            self.choices.addButton(b, i)
        self.buttons[DEFAULT].setChecked(True)
        self.where = QLabel(str(default))
        self.where.setWordWrap(True)
        self.existing, self.new = QLineEdit(), QLineEdit()
        self.existing.setObjectName("storeExistingPath")
        self.new.setObjectName("storeNewPath")
        self.browse = [QPushButton(), QPushButton()]
        self.browse[0].clicked.connect(lambda: self._browse(EXISTING))
        self.browse[1].clicked.connect(lambda: self._browse(NEW))
        self.existing.textEdited.connect(lambda _t: self.buttons[EXISTING].setChecked(True))
        self.new.textEdited.connect(lambda _t: self.buttons[NEW].setChecked(True))
        self.error = _error_label("welcomeStoreError")
        grid = QGridLayout()
        grid.addWidget(self.buttons[DEFAULT], 0, 0, 1, 3)
        grid.addWidget(self.where, 1, 1, 1, 2)
        grid.addWidget(self.buttons[EXISTING], 2, 0, 1, 3)
        grid.addWidget(self.existing, 3, 1)
        grid.addWidget(self.browse[0], 3, 2)
        grid.addWidget(self.buttons[NEW], 4, 0, 1, 3)
        grid.addWidget(self.new, 5, 1)
        grid.addWidget(self.browse[1], 5, 2)
        grid.setColumnMinimumWidth(0, 20)
        grid.setColumnStretch(1, 1)
        col = QVBoxLayout(self)
        col.addLayout(grid)
        col.addWidget(self.error)
        col.addStretch(1)
        self.chosen: tuple[Path, bool] = (default, first_run.missing(default))

    def _browse(self, which: int) -> None:
        title = translate("Welcome", "Choose the store")
        kinds = translate("Welcome", "CareCenter stores (*.db);;All files (*)")
        if which == EXISTING:
            path, _ = QFileDialog.getOpenFileName(self, title, "", kinds)
        else:
            path, _ = QFileDialog.getSaveFileName(self, title, "carecenter.db", kinds)
        if path:
            (self.existing if which == EXISTING else self.new).setText(path)
            self.buttons[which].setChecked(True)

    def _problem(self, which: int, path: Path) -> str | None:
        """Why ``path`` cannot be used as chosen, or None."""
        if which == EXISTING and first_run.missing(path):
            return translate("Welcome", "There is no store at {0}: check the path, or "
                                        "choose to create a new store.").format(path)
        if which == NEW and not first_run.missing(path):
            return translate("Welcome", "{0} already exists: choose to open an existing "
                                        "store, or give a new file.").format(path)
        try:  # not ours, damaged or newer: refused here, never overwritten
            store_file.check(path)
        except StoreError as exc:
            return first_run.store_sentence(exc)
        return None

    def validatePage(self) -> bool:
        which = self.choices.checkedId()
        text = {EXISTING: self.existing.text(), NEW: self.new.text()}.get(which)
        if text is not None and not text.strip():
            self.error.setText(translate("Welcome", "Give the store's file."))
            self.error.show()
            return False
        path = Path(text.strip()).expanduser() if text is not None else self.default
        problem = self._problem(which, path)
        self.error.setText(problem or "")
        self.error.setVisible(problem is not None)
        if problem is None:
            self.chosen = (path, first_run.missing(path))
        return problem is None

    def retranslate(self) -> None:
        self.setTitle(translate("Welcome", "The store on this computer"))
        self.setSubTitle(translate(
            "Welcome", "Your work is kept in a store file on this computer, so that it goes "
                       "on when the network does not."))
        new = first_run.missing(self.default)
        self.buttons[DEFAULT].setText(translate("Welcome", "&Use this store (a new one is "
                                                           "made there)") if new else
                                      translate("Welcome", "&Use this store"))
        self.buttons[EXISTING].setText(translate("Welcome", "&Open an existing store:"))
        self.buttons[NEW].setText(translate("Welcome", "&Create a new store:"))
        for b in self.browse:
            b.setText(translate("Welcome", "&Browse…"))
        self.browse[1].setText(translate("Welcome", "B&rowse…"))


class SyncPage(QWizardPage):
    """How offline work and sync behave, in plain words."""

    def __init__(self, hub_url: str, interval_s: int) -> None:
        super().__init__()
        self.setObjectName("welcomeSync")
        self.hub_url = hub_url
        self.interval_s = max(10, interval_s)  # as ui.sync.status runs it
        self.text = QLabel()
        self.text.setObjectName("welcomeSyncText")
        self.text.setWordWrap(True)
        col = QVBoxLayout(self)
        col.addWidget(self.text)
        col.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(translate("Welcome", "Working offline, and sync"))
        lines = [
            translate("Welcome", "Work goes on when the network or the hub is down: what "
                                 "you record is kept in the store on this computer."),
            translate("Welcome", "Changes are kept and sent to the hub at the next sync: "
                                 "in the background every {0} seconds, or at once with {1}. "
                                 "The status bar shows how many are waiting.").format(
                formats.number(self.interval_s), native("F5")),
            translate("Welcome", "“Not sent” means the hub refused a change (for example, "
                                 "an amount over a limit): it is set aside with the reason, "
                                 "the rest goes on, and you can correct it and send it "
                                 "again from the list of changes not sent ({0}).").format(
                native("Ctrl+Shift+Y")),
        ]
        if not self.hub_url:
            lines.append(translate("Welcome", "This desk has no hub yet: everything stays "
                                              "here until one is set in Settings (Ctrl+,)."))
        self.text.setText("\n\n".join(lines))


class WelcomeWizard(QWizard):
    """The first-run wizard; ``welcome`` holds the answers once it is accepted."""

    def __init__(self, settings: Settings, default: Path, runner: OpRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.hub_url = settings.hub_url.strip()
        self.runner = runner
        self.running = False
        self.welcome: Welcome | None = None
        self.signed_in: SignedIn | None = None
        self.who, self.store, self.sync = (WhoPage(self.hub_url), StorePage(default),
                                           SyncPage(self.hub_url, settings.sync_interval_s))
        for page in (self.who, self.store, self.sync):
            self.addPage(page)
        self.setMinimumWidth(620)
        self.retranslate()

    def _answers(self) -> Welcome:
        path, create = self.store.chosen
        role = self.who.role.currentData() if not self.hub_url else "agent"
        return Welcome(self.who.agent_name(), str(role or "agent"), path, create)

    def accept(self) -> None:
        """Finish: the answers (with a hub, once the sign-in succeeded)."""
        if self.running:
            return
        answers = self._answers()
        if not self.hub_url or self.runner is None:
            self.welcome = answers
            super().accept()
            return
        self.running = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        url, password = self.hub_url, self.who.password.text()

        def work(_state: object) -> SignedIn:
            from ui.shell.app import open_store

            store = open_store(answers.store_path, answers.create)
            try:
                return attempt(store, url, answers.agent_name, password)
            finally:
                store.close()

        self.runner.op(self, work).on_network().success(
            lambda who: self._signed_in(answers, who)).failure(self._failed).run()

    def _signed_in(self, answers: Welcome, who: SignedIn) -> None:
        self.running = False
        self.signed_in = who
        self.welcome = replace(answers, agent_name=who.name, create=False)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        text = sign_in_sentence(exc) if isinstance(exc, SignInError) else user_message(exc)
        self.who.error.setText(text)
        self.who.error.show()
        self.restart()  # back to the sign-in, the answers kept
        self.who.password.selectAll()
        self.who.password.setFocus()

    def reject(self) -> None:
        if not self.running:
            super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Welcome", "Welcome to CareCenter"))
        for page in (self.who, self.store, self.sync):
            page.retranslate()
        for button, text in ((QWizard.WizardButton.BackButton, translate("Welcome", "< &Back")),
                             (QWizard.WizardButton.NextButton, translate("Welcome", "&Next >")),
                             (QWizard.WizardButton.FinishButton, translate("Welcome",
                                                                           "&Start working")),
                             (QWizard.WizardButton.CancelButton, translate("Welcome", "Cancel"))):
            self.setButtonText(button, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
