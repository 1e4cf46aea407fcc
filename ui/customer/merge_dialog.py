"""Merging two records of the same person (Ctrl+M from a customer), and undoing a merge
(from the merge item in the timeline, its context menu, or Customer > Undo merge).

The dialog finds the other record with the usual search, shows both side by side, asks
which one to keep and why, and merges on confirmation (carecenter.services.customers.merge): the
merged record's history then shows in the kept one's timeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from carecenter.db.store import Store
from carecenter.services.customers.merge import MergeResult, merge_customers, unmerge
from carecenter.services.customers.phones import display
from carecenter.services.customers.view import CustomerHeader, customer_header
from carecenter.settings import Settings
from ui.search.api import SearchPanel
from ui.shell.ops import OpRunner, user_message
from ui.shell.retranslate import on_language_change
from ui.shell.shortcuts import native
from ui.widgets import formats, labels
from ui.widgets.access import labelled, return_focus
from ui.widgets.agent import agent_id_or_none

if TYPE_CHECKING:
    from ui.customer.view import CustomerView
    from ui.shell.main_window import MainWindow
    from ui.shell.registry import Registry


class _Card(QFrame):
    """One customer's facts, for the side-by-side comparison."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setObjectName("mergeCardText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        col = QVBoxLayout(self)
        col.addWidget(self.text)

    def show_header(self, h: CustomerHeader | None) -> None:
        if h is None:
            self.text.setText(
                QCoreApplication.translate("MergeDialog", "Find the other record on the left.")
            )
            return
        rows = [
            h.name or h.customer_ref,
            QCoreApplication.translate("MergeDialog", "Customer {0}").format(h.customer_ref),
            ", ".join(display(p) for p in h.phones)
            or QCoreApplication.translate("MergeDialog", "no phone number"),
            ", ".join(h.emails) or QCoreApplication.translate("MergeDialog", "no email"),
            " · ".join(
                x
                for x in (
                    labels.tier(h.tier),
                    h.store or "",
                    formats.date(h.birth_date) if h.birth_date else "",
                )
                if x
            ),
            QCoreApplication.translate("MergeDialog", "{0} contacts").format(
                formats.number(h.contacts)),
        ]
        self.text.setText("\n".join(rows))


class MergeDialog(QDialog):
    """``merged`` gives the id of the kept customer once the merge is stored."""

    merged = Signal(str)

    def __init__(
        self,
        runner: OpRunner,
        store: Store,
        settings: Settings,
        customer_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.runner, self.store, self.settings = runner, store, settings
        self.this_id = customer_id
        self.other_id: str | None = None
        self.headers: dict[str, CustomerHeader] = {}
        self.search = SearchPanel(runner, store, settings.region)
        self.search.customer_chosen.connect(self.choose_other)
        self.this_card = _Card()
        self.other_card = _Card()
        self.keep_this = QRadioButton()
        self.keep_other = QRadioButton()
        self.keep_this.setChecked(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("mergeReason")
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        grid = QGridLayout()
        self.this_title, self.other_title = QLabel(), QLabel()
        grid.addWidget(self.this_title, 0, 0)
        grid.addWidget(self.other_title, 0, 1)
        grid.addWidget(self.this_card, 1, 0)
        grid.addWidget(self.other_card, 1, 1)
        grid.addWidget(self.keep_this, 2, 0)
        grid.addWidget(self.keep_other, 2, 1)
        right = QVBoxLayout()
        right.addLayout(grid, 1)
        self.reason_label = QLabel()
        self.reason_label.setBuddy(self.reason)
        right.addWidget(self.reason_label)
        right.addWidget(self.reason)
        right.addWidget(self.error)
        right.addWidget(self.buttons)
        row = QGridLayout(self)
        row.addWidget(self.search, 0, 0)
        row.addLayout(right, 0, 1)
        row.setColumnStretch(1, 2)
        self.resize(1000, 460)
        self.other_card.show_header(None)
        self._load(customer_id)
        self.retranslate()
        self.search.focus_search()

    def _load(self, cid: str) -> None:
        store = self.store
        self.runner.op(self, lambda _s: customer_header(store, cid)).success(
            self._header_in
        ).failure(lambda e: self._show_error(user_message(e))).run()

    def _header_in(self, h: CustomerHeader) -> None:
        self.headers[h.customer_id] = h
        if h.customer_id == self.this_id:
            self.this_card.show_header(h)
        elif h.customer_id == self.other_id:
            self.other_card.show_header(h)
        self._update_ok()

    def choose_other(self, cid: str) -> None:
        if cid == self.this_id:
            self._show_error(
                self.tr("Choose another customer: a record cannot be merged into itself.")
            )
            return
        self.error.hide()
        self.other_id = cid
        self.other_card.show_header(None)
        self._load(cid)
        self.reason.setFocus()

    def _update_ok(self) -> None:
        self.ok.setEnabled(self.other_id is not None and self.other_id in self.headers)

    def kept_and_merged(self) -> tuple[str, str]:
        assert self.other_id is not None
        if self.keep_this.isChecked():
            return self.this_id, self.other_id
        return self.other_id, self.this_id

    def confirm(self) -> None:
        if self.other_id is None:
            return
        kept, merged = self.kept_and_merged()
        store, settings, reason = self.store, self.settings, self.reason.text()

        def work(_s: object) -> MergeResult:
            return merge_customers(
                store, kept, merged, by_agent_id=agent_id_or_none(store, settings), reason=reason
            )

        self.ok.setEnabled(False)
        self.runner.op(self, work).success(lambda _r: self._done(kept)).failure(self._failed).run()

    def _done(self, kept: str) -> None:
        self.accept()
        self.merged.emit(kept)

    def _failed(self, exc: BaseException) -> None:
        self._update_ok()
        self._show_error(user_message(exc))

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Merge two records of the same customer"))
        self.this_title.setText(self.tr("This record"))
        self.other_title.setText(self.tr("The other record"))
        self.keep_this.setText(self.tr("Keep &this one"))
        self.keep_other.setText(self.tr("Keep the &other one"))
        labelled(self.reason_label, self.tr("&Why are they the same person?"))
        self.reason.setPlaceholderText(
            self.tr("for example: same phone and birth date, confirmed on the call")
        )
        self.ok.setText(self.tr("&Merge"))
        h = self.headers.get(self.this_id)
        self.this_card.show_header(h)
        self.other_card.show_header(self.headers.get(self.other_id or ""))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def done(self, r: int) -> None:
        self.search.stop()
        super().done(r)


def merge_item_id(view: CustomerView) -> str | None:
    """The merge the timeline's current row stands for, else the customer's latest one."""
    model = view.model
    row = view.table.currentIndex().row()
    if 0 <= row < model.rowCount() and model.item(row).kind == "merge":
        return model.item(row).id
    for r in range(model.rowCount()):
        if model.item(r).kind == "merge":
            return model.item(r).id
    return None


def undo_merge(
    window: MainWindow, view: CustomerView, *, ask: bool = True, reason: str = ""
) -> bool:
    """Undo the merge under the cursor (or the latest), after a confirmation."""
    merge_id = merge_item_id(view)
    if merge_id is None:
        window.statusBar().showMessage(
            QCoreApplication.translate("MergeDialog", "This customer has no merge to undo."), 8000
        )
        return False
    if ask:
        text, ok = QInputDialog.getText(
            window,
            QCoreApplication.translate("MergeDialog", "Undo merge"),
            QCoreApplication.translate(
                "MergeDialog",
                "Undo this merge? The merged record becomes a customer of its own again.\n"
                "Why (optional):",
            ),
        )
        if not ok:
            return False
        reason = text
    store, settings = window.store, window.settings

    def work(_s: object) -> MergeResult:
        return unmerge(store, merge_id, by_agent_id=agent_id_or_none(store, settings),
                       reason=reason)

    def failed(exc: BaseException) -> None:
        message = user_message(exc)
        window.statusBar().showMessage(message, 15000)
        if ask:
            QMessageBox.warning(
                window, QCoreApplication.translate("MergeDialog", "Undo merge"), message
            )

    window.runner.op(view, work).success(
        lambda _r: window.statusBar().showMessage(
            QCoreApplication.translate("MergeDialog", "Merge undone."), 8000
        )
    ).failure(failed).run()
    return True


def open_merge(window: MainWindow) -> MergeDialog | None:
    view = window.current_view()
    if view is None:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "MergeDialog", "Open a customer first, then merge it with another."
            ),
            8000,
        )
        return None
    dialog = MergeDialog(window.runner, window.store, window.settings, view.customer_id, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.merged.connect(window.open_customer)
    return_focus(dialog)
    dialog.show()
    return dialog


def install(registry: Registry) -> None:
    window = registry.window
    merge_action = registry.add_action(["Ctrl+M"], lambda: open_merge(window))
    undo_action = registry.add_action(["Ctrl+Shift+M"], lambda: _undo_current(window))
    window.file_menu.insertAction(window.file_menu.actions()[-2], merge_action)
    window.file_menu.insertAction(window.file_menu.actions()[-2], undo_action)

    def attach(view: CustomerView) -> None:
        a = QAction(view.table)  # in the timeline's context menu (Ctrl+Shift+M is global)
        a.triggered.connect(lambda: undo_merge(window, view))
        view.table.addAction(a)
        view.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        on_language_change(
            view, lambda: a.setText(QCoreApplication.translate("MergeDialog", "Undo this merge"))
        )
        view.table.doubleClicked.connect(
            lambda index: (
                undo_merge(window, view) if view.model.item(index.row()).kind == "merge" else None
            )
        )

    window.customer_opened.connect(attach)

    def retranslate() -> None:
        merge_action.setText(
            QCoreApplication.translate("MergeDialog", "&Merge with another record…")
        )
        undo_action.setText(QCoreApplication.translate("MergeDialog", "&Undo merge…"))

    on_language_change(window, retranslate)
    registry.add_shortcuts(
        lambda: [
            (
                native("Ctrl+M"),
                QCoreApplication.translate(
                    "MergeDialog", "Merge this customer with another record"
                ),
            ),
            (
                native("Ctrl+Shift+M"),
                QCoreApplication.translate(
                    "MergeDialog", "Undo the merge (the one selected in the timeline)"
                ),
            ),
        ]
    )


def _undo_current(window: MainWindow) -> None:
    view = window.current_view()
    if view is not None:
        undo_merge(window, view)
