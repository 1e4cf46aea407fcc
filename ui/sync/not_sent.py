"""The "Not sent" list (Sync → Not sent, Ctrl+Shift+Y): the changes the hub refused.

Each row says, in the console's language, why the hub refused the change
(``ui.sync.refusal_words``). Keyboard first: the list has the focus, and
Fix value (Alt+F, for a refused value), Send again (Alt+S) and Discard (Alt+D, asks the
reason) act on the selected row through ``carecenter.services.set_aside`` on the store
worker; a change sent again goes with the next sync, which starts at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carecenter.services import set_aside as svc
from carecenter.services.set_aside import SetAsideError, SetAsideItem
from carecenter.sync.op_values import MODELS, specs
from ui.shell.ops import user_message
from ui.sync.refusal_words import refusal_sentence, set_aside_sentence, table_name
from ui.widgets.access import labelled, named
from ui.widgets.formats import date_time
from ui.widgets.rows_model import Column, RowsModel, setup_table

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


def wire_value(table: str, field: str, text: str) -> Any:
    """What the agent typed as the value the hub is sent: a whole number, true or false,
    nothing (an empty box, where the field may be empty), else the text itself."""
    spec = specs(table).get(field) if table in MODELS else None
    t = text.strip()
    if spec is None:
        return text
    if not t and spec.nullable:
        return None
    if spec.kind == "a whole number":
        try:
            return int(t)
        except ValueError:
            return text
    if spec.kind == "true or false":
        low = t.casefold()
        return True if low in ("true", "yes", "sì", "si", "1") else \
            False if low in ("false", "no", "0") else text
    return t if spec.kind.startswith(("a date", "an instant")) else text


class AskDialog(QDialog):
    """One line to type (a fixed value, a reason), with its refusal shown under it."""

    submitted = Signal(str)

    def __init__(self, title: str, prompt: str, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("notSentAsk")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.line = QLineEdit(text)
        self.line.setObjectName("askLine")
        self.prompt.setBuddy(self.line)
        labelled(self.prompt, prompt)  # already in the console's language
        self.error = QLabel()
        self.error.setObjectName("askError")
        self.error.setWordWrap(True)
        self.error.setProperty("tone", "error")  # coloured by the theme
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(lambda: self.submitted.emit(self.line.text()))
        self.buttons.rejected.connect(self.reject)
        self.col = col = QVBoxLayout(self)
        col.setContentsMargins(20, 20, 20, 16)
        for w in (self.prompt, self.line, self.error, self.buttons):
            col.addWidget(w)
        self.line.selectAll()
        self.line.setFocus()

    def refuse(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.error.show()
        self.col.activate()
        need = self.col.totalHeightForWidth(self.width())
        if need > self.height():
            self.resize(self.width(), need)
        self.line.setFocus()


class NotSentDialog(QDialog):
    changed = Signal()  # a change was sent again, fixed or discarded
    send_requested = Signal()  # sync now: something went back to the outbox
    loaded = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("notSentDialog")
        self.window_ = window
        self.ask: AskDialog | None = None
        self.resize(900, 420)
        self.intro = QLabel()
        self.intro.setObjectName("notSentIntro")
        self.intro.setWordWrap(True)
        self.model: RowsModel[SetAsideItem] = RowsModel([
            Column(lambda: self.tr("Refused"), lambda i: date_time(i.set_aside_at)),
            Column(lambda: self.tr("Change"), self._change),
            Column(lambda: self.tr("Why"), refusal_sentence_of,
                   tip=refusal_sentence_of),
        ], self)
        self.table = QTableView()
        self.table.setObjectName("notSentTable")
        self.table.setModel(self.model)
        setup_table(self.table, [150, 190])
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._follow())
        self.detail = QLabel()
        self.detail.setObjectName("notSentDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fix_button = QPushButton()
        self.fix_button.setObjectName("fixValue")
        self.send_button = QPushButton()
        self.send_button.setObjectName("sendAgain")
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("discard")
        self.close_button = QPushButton()
        self.fix_button.clicked.connect(self.fix)
        self.send_button.clicked.connect(self.send_again)
        self.discard_button.clicked.connect(self.discard)
        self.close_button.clicked.connect(self.close)
        for b in (self.fix_button, self.send_button, self.discard_button, self.close_button):
            b.setAutoDefault(False)
        row = QHBoxLayout()
        for b in (self.fix_button, self.send_button, self.discard_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.close_button)
        col = QVBoxLayout(self)
        col.setContentsMargins(16, 16, 16, 12)
        col.addWidget(self.intro)
        col.addWidget(self.table, 1)
        col.addWidget(self.detail)
        col.addLayout(row)
        self.retranslate()
        self.reload()
        self.table.setFocus()

    # -- data ----------------------------------------------------------------------------
    def reload(self) -> None:
        store = self.window_.store
        self.window_.runner.op(self, lambda _s: svc.waiting(store)).success(self._loaded).run()

    def _loaded(self, items: tuple[SetAsideItem, ...]) -> None:
        keep = self.current()
        self.model.set_rows(items)
        row = next((n for n, i in enumerate(items) if keep and i.op_id == keep.op_id), 0)
        if items:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectRow(row)
        self._follow()
        self.loaded.emit()

    def current(self) -> SetAsideItem | None:
        i = self.table.currentIndex()
        return self.model.item(i.row()) if i.isValid() and i.row() < self.model.rowCount() \
            else None

    def _change(self, i: SetAsideItem) -> str:
        kinds = {"insert": self.tr("new"), "update": self.tr("change"),
                 "delete": self.tr("removal")}
        return f"{table_name(i.table).capitalize()} · {kinds.get(i.kind, i.kind)}"

    def _follow(self) -> None:
        item = self.current()
        self.fix_button.setEnabled(item is not None and item.fixable)
        self.send_button.setEnabled(item is not None)
        self.discard_button.setEnabled(item is not None)
        if item is None:
            self.detail.setText(self.tr("Nothing waits here: the hub took every change."))
            return
        self.detail.setText(refusal_sentence_of(item))

    # -- acting --------------------------------------------------------------------------
    def _run(self, fn: Any, ask: AskDialog | None = None, *, send: bool = False) -> None:
        store = self.window_.store

        def done(_r: object) -> None:
            if ask is not None:
                ask.accept()
            self.reload()
            self.changed.emit()
            if send:
                self.send_requested.emit()

        def failed(exc: BaseException) -> None:
            text = set_aside_sentence(exc) if isinstance(exc, SetAsideError) \
                else user_message(exc)
            if ask is not None:
                ask.refuse(text)
            else:
                self.detail.setText(text)
            self.reload()

        self.window_.runner.op(self, lambda _s: fn(store)).success(done).failure(failed).run()

    def send_again(self) -> None:
        item = self.current()
        if item is not None:
            self._run(lambda st: svc.send_again(st, item.op_id), send=True)

    def fix(self) -> None:
        item = self.current()
        if item is None or not item.fixable or item.field is None:
            return
        field = item.field
        old = item.fields.get(field)
        d = self._ask(self.tr("Fix value"), self.tr(
            "{0}\n\nNew value of {1}:").format(refusal_sentence_of(item), field),
            "" if old is None else str(old))
        d.submitted.connect(lambda text: self._run(
            lambda st: svc.amend(st, item.op_id, field, wire_value(item.table, field, text)),
            d, send=True))

    def discard(self) -> None:
        item = self.current()
        if item is None:
            return
        w = self.window_
        by = w.who.name if w.who is not None else w.settings.agent_name
        d = self._ask(self.tr("Discard the change"), self.tr(
            "The change will never reach the hub. Why is it discarded? The reason stays "
            "on this computer as its record."), "")
        d.submitted.connect(lambda text: self._run(
            lambda st: svc.discard(st, item.op_id, text, by), d))

    def _ask(self, title: str, prompt: str, text: str) -> AskDialog:
        d = AskDialog(title, prompt, text, self)
        d.finished.connect(lambda _r: self._asked(d))
        self.ask = d
        d.open()
        return d

    def _asked(self, d: AskDialog) -> None:
        if self.ask is d:
            self.ask = None
        d.deleteLater()
        self.table.setFocus()

    # -- words ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Not sent"))
        self.intro.setText(self.tr(
            "The hub refused these changes. They stay on this computer until you fix a "
            "value, send them again (after an administrator fixed what the hub says), or "
            "discard them with a reason."))
        self.fix_button.setText(self.tr("&Fix value…"))
        self.send_button.setText(self.tr("&Send again"))
        self.discard_button.setText(self.tr("&Discard…"))
        self.close_button.setText(self.tr("Close"))
        named(self.table, self.tr("Changes the hub refused"))
        self.model.retranslate()
        self._follow()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def refusal_sentence_of(item: SetAsideItem) -> str:
    return refusal_sentence(item.refusal)
