"""Consent (Ctrl+Shift+G from a customer): the current state of every channel and purpose,
and a form to record a grant or a withdrawal with its source and a note
(carecenter.services.customers.consent). The sentences for the core's refusal codes are
here, in one place (``error_sentence``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from carecenter.db.store import Store
from carecenter.domain import ConsentChannel, ConsentSource, Purpose
from carecenter.services.customers.consent import (
    NOTE_LIMIT,
    ConsentCode,
    ConsentError,
    ConsentState,
    Recorded,
    consent_states,
    record_consent,
)
from ui.shell.ops import OpRunner, user_message
from ui.shell.retranslate import on_language_change
from ui.shell.shortcuts import native
from ui.widgets.access import labelled, return_focus
from ui.widgets.formats import date, number

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow
    from ui.shell.registry import Registry

KEYS = "Ctrl+Shift+G"


translate = QCoreApplication.translate


def channel_word(code: str) -> str:
    return {
        "phone": translate("ConsentDialog", "Phone calls"),
        "sms": translate("ConsentDialog", "SMS"),
        "email": translate("ConsentDialog", "E-mail"),
        "mail": translate("ConsentDialog", "Post"),
    }.get(code, code)


def purpose_word(code: str) -> str:
    return {
        "marketing": translate("ConsentDialog", "Marketing"),
        "service": translate("ConsentDialog", "Service contact"),
    }.get(code, code)


def source_word(code: str | None) -> str:
    """Where a consent came from; a merge's own events name the merge (``merge:<id>``)."""
    kind = (code or "").partition(":")[0]
    return {
        "call": translate("ConsentDialog", "a call"),
        "counter": translate("ConsentDialog", "the counter"),
        "form": translate("ConsentDialog", "a form"),
        "import": translate("ConsentDialog", "an import"),
        "contact": translate("ConsentDialog", "a logged contact"),
        "merge": translate("ConsentDialog", "a merge"),
        "unmerge": translate("ConsentDialog", "an undone merge"),
    }.get(kind, code or "")


def state_text(s: ConsentState) -> str:
    if s.granted is None:
        return translate("ConsentDialog", "not recorded")
    when = date(s.at) if s.at is not None else ""
    text = (
        translate("ConsentDialog", "granted on {0}")
        if s.granted
        else translate("ConsentDialog", "withdrawn on {0}")
    ).format(when)
    if s.source:
        text += translate("ConsentDialog", ", from {0}").format(source_word(s.source))
    if s.note:
        text += f" — {s.note}"
    return text


def error_sentence(exc: BaseException) -> str:
    """The one sentence for a consent the core refused (or any other failure)."""
    if not isinstance(exc, ConsentError):
        return user_message(exc)
    c, v = exc.code, exc.values
    if c is ConsentCode.UNKNOWN_CUSTOMER:
        return translate(
            "ConsentDialog",
            "This customer no longer exists here (merged or deleted): open the customer again.",
        )
    if c is ConsentCode.BAD_CHANNEL:
        return translate("ConsentDialog", "Choose a channel: phone calls, SMS, e-mail or post.")
    if c is ConsentCode.BAD_PURPOSE:
        return translate(
            "ConsentDialog", "Choose what the consent is for: marketing or service contact."
        )
    if c is ConsentCode.BAD_SOURCE:
        return translate(
            "ConsentDialog",
            "Say where the consent comes from: a call, the counter, a form or an import.",
        )
    # ConsentCode.NOTE_TOO_LONG, the last code
    return translate("ConsentDialog", "The note is too long: {0} characters, at most {1}.").format(
        number(v.get("length", 0)), number(v.get("limit", 0))
    )


class ConsentDialog(QDialog):
    """``recorded`` gives the ``Recorded`` once the event is stored."""

    recorded = Signal(object)

    def __init__(
        self, runner: OpRunner, store: Store, customer_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.runner, self.store, self.customer_id = runner, store, customer_id
        self.states: list[ConsentState] = []
        self.grid = QGridLayout()
        self.state_labels: dict[tuple[str, str], QLabel] = {}
        for row, (purpose, channel) in enumerate(
            (p.value, c.value) for p in Purpose for c in ConsentChannel
        ):
            name = QLabel()
            value = QLabel()
            value.setObjectName(f"consent_{channel}_{purpose}")
            value.setWordWrap(True)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(value, row, 1)
            self.state_labels[(channel, purpose)] = value
        self.channel = QComboBox()
        self.purpose = QComboBox()
        self.source = QComboBox()
        for c in ConsentChannel:
            self.channel.addItem("", c.value)
        for p in Purpose:
            self.purpose.addItem("", p.value)
        for s in ConsentSource:
            self.source.addItem("", s.value)
        self.grant = QRadioButton()
        self.withdraw = QRadioButton()
        self.withdraw.setChecked(True)
        self.note = QLineEdit()
        self.note.setObjectName("consentNote")
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(
            self.labels,
            (self.channel, self.purpose, self.grant, self.source, self.note),
            strict=True,
        ):
            label.setBuddy(field)
        choice = QVBoxLayout()
        choice.addWidget(self.grant)
        choice.addWidget(self.withdraw)
        self.form.addRow(self.labels[0], self.channel)
        self.form.addRow(self.labels[1], self.purpose)
        self.form.addRow(self.labels[2], choice)
        self.form.addRow(self.labels[3], self.source)
        self.form.addRow(self.labels[4], self.note)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        self.now_title = QLabel()
        self.now_title.setObjectName("dialogIntro")
        self.form_title = QLabel()
        self.grid.setColumnStretch(1, 1)
        self.setMinimumWidth(520)  # room for "granted on 15 Dec 2026" beside each channel
        col = QVBoxLayout(self)
        col.addWidget(self.now_title)
        col.addLayout(self.grid)
        col.addWidget(self.form_title)
        col.addLayout(self.form)
        col.addWidget(self.error)
        col.addWidget(self.buttons)
        self.retranslate()
        self.channel.setFocus()
        self.load()

    def load(self) -> None:
        store, cid = self.store, self.customer_id
        self.runner.op(self, lambda _s: consent_states(store, cid)).success(
            self._states_in
        ).failure(self._failed).run()

    def _states_in(self, states: list[ConsentState]) -> None:
        self.states = states
        self._show_states()

    def _show_states(self) -> None:
        for s in self.states:
            self.state_labels[(s.channel, s.purpose)].setText(state_text(s))

    def choose(
        self, channel: str, purpose: str, granted: bool, source: str, note: str = ""
    ) -> None:
        """Fill the form (for tests and callers that know the answer)."""
        self.channel.setCurrentIndex(self.channel.findData(channel))
        self.purpose.setCurrentIndex(self.purpose.findData(purpose))
        (self.grant if granted else self.withdraw).setChecked(True)
        self.source.setCurrentIndex(self.source.findData(source))
        self.note.setText(note)

    def save(self) -> None:
        if not self.save_button.isEnabled():  # already saving
            return
        self.save_button.setEnabled(False)
        self.error.hide()
        store, cid = self.store, self.customer_id
        channel, purpose = str(self.channel.currentData()), str(self.purpose.currentData())
        source, note = str(self.source.currentData()), self.note.text()
        granted = self.grant.isChecked()
        if len(note.strip()) > NOTE_LIMIT:  # said at once, the same sentence as the core's
            self._failed(
                ConsentError(ConsentCode.NOTE_TOO_LONG, limit=NOTE_LIMIT, length=len(note.strip()))
            )
            return

        def work(_s: object) -> Recorded:
            return record_consent(
                store,
                cid,
                channel=channel,
                purpose=purpose,
                granted=granted,
                source=source,
                note=note,
            )

        self.runner.op(self, work).success(self._saved).failure(self._failed).run()

    def _saved(self, done: Recorded) -> None:
        self.recorded.emit(done)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(error_sentence(exc))
        self.error.show()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("ConsentDialog", "Consent"))
        self.now_title.setText(translate("ConsentDialog", "What the customer agreed to, now:"))
        self.form_title.setText(translate("ConsentDialog", "Record what the customer says:"))
        for row, (purpose, channel) in enumerate(
            (p.value, c.value) for p in Purpose for c in ConsentChannel
        ):
            item = self.grid.itemAtPosition(row, 0)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setText(f"{purpose_word(purpose)} · {channel_word(channel)}")
        for i in range(self.channel.count()):
            self.channel.setItemText(i, channel_word(str(self.channel.itemData(i))))
        for i in range(self.purpose.count()):
            self.purpose.setItemText(i, purpose_word(str(self.purpose.itemData(i))))
        for i in range(self.source.count()):
            self.source.setItemText(i, source_word(str(self.source.itemData(i))))
        self.grant.setText(translate("ConsentDialog", "&Grant: the customer agrees"))
        self.withdraw.setText(translate("ConsentDialog", "&Withdraw: the customer says no"))
        for label, text in zip(
            self.labels,
            (
                translate("ConsentDialog", "C&hannel"),
                translate("ConsentDialog", "&Purpose"),
                translate("ConsentDialog", "Answer"),
                translate("ConsentDialog", "&Source"),
                translate("ConsentDialog", "&Note"),
            ),
            strict=True,
        ):
            labelled(label, text)
        self.note.setPlaceholderText(
            translate("ConsentDialog", "for example: asked on the phone not to be called")
        )
        self.save_button.setText(translate("ConsentDialog", "&Record"))
        self._show_states()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def open_consent(window: MainWindow) -> ConsentDialog | None:
    view = window.current_view()
    if view is None:
        window.statusBar().showMessage(
            translate("ConsentDialog", "Open a customer first, then press {0}.").format(
                native(KEYS)
            ),
            8000,
        )
        return None
    dialog = ConsentDialog(window.runner, window.store, view.customer_id, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.recorded.connect(
        lambda _r: window.statusBar().showMessage(
            translate("ConsentDialog", "Consent recorded."), 5000
        )
    )
    return_focus(dialog)
    dialog.open()
    return dialog


def install(registry: Registry) -> None:
    window = registry.window
    action = registry.add_action([KEYS], lambda: open_consent(window))
    window.file_menu.insertAction(window.file_menu.actions()[-2], action)
    on_language_change(window, lambda: action.setText(translate("ConsentDialog", "C&onsent…")))
    registry.add_shortcuts(
        lambda: [
            (
                native(KEYS),
                translate(
                    "ConsentDialog", "Record the open customer's consent (grant or withdraw)"
                ),
            )
        ]
    )
