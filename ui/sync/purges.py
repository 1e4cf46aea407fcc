"""Deletions waiting for a supervisor (Sync → Deletions waiting, Ctrl+Shift+P).

A sync that would delete more than a fifth of the customers (or of the phone numbers, or
of the e-mail addresses) here holds those deletions back (``carecenter.sync.purge``) and
syncs the rest on. A supervisor sees them in the status bar ("Deletions wait: 3
customers") and in this list, one row per table with its count, and confirms them with
Delete here (Alt+D): only then are the rows deleted on this workstation. Anyone may open
the list; the store refuses the confirmation of any other role, said in one sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from carecenter.services import purges as svc
from carecenter.services.purges import HeldPurge, PurgeCode, PurgeError
from ui.shell.ops import user_message
from ui.shell.shortcuts import native
from ui.widgets import formats
from ui.widgets.access import named
from ui.widgets.rows_model import Column, RowsModel, setup_table

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow
    from ui.shell.registry import Registry
    from ui.sync.status import SyncController

PURGES_KEY = "Ctrl+Shift+P"


translate = QCoreApplication.translate  # literal calls, so that lupdate collects them


def table_words(table: str) -> str:
    """The rows of ``table``, in the console's language: "Customers"."""
    if table == "customer_phone":
        return translate("Purges", "Phone numbers")
    if table == "customer_email":
        return translate("Purges", "E-mail addresses")
    return translate("Purges", "Customers")


def held_text(h: HeldPurge) -> str:
    return translate("Purges", "{0}: {1} of {2} deleted at the hub").format(
        table_words(h.table), formats.number(h.rows), formats.number(h.live))


def refusal(exc: BaseException) -> str:
    """The console's words for a confirmation the store refused (one place)."""
    if isinstance(exc, PurgeError):
        if exc.code is PurgeCode.NOT_SUPERVISOR:
            return translate("Purges", "Only a supervisor can confirm these deletions: ask "
                                       "one to open this list.")
        return translate("Purges", "Nothing waits in this list any more: it was confirmed "
                                   "meanwhile.")
    return user_message(exc)


class PurgeDialog(QDialog):
    """The deletions held, a row per table; Delete here confirms the one selected."""

    changed = Signal()  # a purge was confirmed
    loaded = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("purgeDialog")
        self.window_ = window
        self.resize(640, 300)
        self.intro = QLabel()
        self.intro.setObjectName("purgeIntro")
        self.intro.setWordWrap(True)
        self.model: RowsModel[HeldPurge] = RowsModel([
            Column(lambda: translate("Purges", "Waiting for a supervisor"), held_text),
        ], self)
        self.table = QTableView()
        self.table.setObjectName("purgeTable")
        self.table.setModel(self.model)
        setup_table(self.table, [])
        self.error = QLabel()
        self.error.setObjectName("purgeError")
        self.error.setWordWrap(True)
        self.error.setProperty("tone", "error")  # coloured by the theme
        self.error.hide()
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("confirmPurge")
        self.close_button = QPushButton()
        self.delete_button.clicked.connect(self.confirm)
        self.close_button.clicked.connect(self.close)
        for b in (self.delete_button, self.close_button):
            b.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        col = QVBoxLayout(self)
        col.setContentsMargins(16, 16, 16, 12)
        col.addWidget(self.intro)
        col.addWidget(self.table, 1)
        col.addWidget(self.error)
        col.addLayout(row)
        self.retranslate()
        self.reload()
        self.table.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Purges", "Deletions waiting"))
        self.intro.setText(translate(
            "Purges", "The hub deleted more than a fifth of these rows: they are kept on "
                      "this workstation until a supervisor confirms. Everything else keeps "
                      "syncing."))
        self.delete_button.setText(translate("Purges", "&Delete here"))
        self.close_button.setText(translate("Purges", "Close"))
        named(self.table, translate("Purges", "Deletions waiting"))

    def reload(self) -> None:
        store = self.window_.store
        self.window_.runner.op(self, lambda _s: svc.pending(store)).success(self._loaded).run()

    def _loaded(self, items: list[HeldPurge]) -> None:
        self.model.set_rows(items)
        if items:
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.selectRow(0)
        self.delete_button.setEnabled(bool(items))
        self.loaded.emit()

    def current(self) -> HeldPurge | None:
        i = self.table.currentIndex()
        return self.model.item(i.row()) if i.isValid() and i.row() < self.model.rowCount() \
            else None

    def confirm(self) -> None:
        item = self.current()
        if item is None:
            return
        store, role = self.window_.store, self.window_.role()
        self.error.hide()
        self.window_.runner.op(self, lambda _s: svc.confirm(store, item.table, role)) \
            .success(self._confirmed).failure(self._refused).run()

    def _confirmed(self, _changes: object) -> None:
        self.changed.emit()
        self.reload()

    def _refused(self, exc: BaseException) -> None:
        self.error.setText(refusal(exc))
        self.error.show()


class PurgeNotice:
    """The status bar's "Deletions wait" button (supervisors only) and the menu action."""

    def __init__(self, controller: SyncController) -> None:
        self.controller = controller
        self.window = controller.window
        self.held: list[HeldPurge] = []
        self.button = QToolButton()
        self.button.setObjectName("purgesWaiting")
        self.button.setIcon(self.button.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.button.setIconSize(QSize(14, 14))
        self.button.setAutoRaise(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setProperty("tone", "danger")  # coloured by the theme
        self.button.hide()
        self.button.clicked.connect(self.open)

    def count(self) -> None:
        store = self.window.store
        self.window.runner.op(self.controller, lambda _s: svc.pending(store)) \
            .success(self._counted).run()

    def _counted(self, held: list[HeldPurge]) -> None:
        self.held = held
        self.show()

    def show(self) -> None:
        supervisor = self.window.role() in svc.CONFIRMING_ROLES
        self.button.setVisible(bool(self.held) and supervisor)
        self.button.setText(translate("Purges", "Deletions waiting: {0}").format(
            formats.number(sum(h.rows for h in self.held))))
        self.button.setToolTip(translate(
            "Purges", "Deletions from the hub wait for your confirmation ({0})").format(
            native(PURGES_KEY)))

    def open(self) -> QWidget:
        found = self.window.findChild(PurgeDialog, "purgeDialog")
        if isinstance(found, PurgeDialog):
            found.reload()
            found.show()
            found.raise_()
            return found
        dialog = PurgeDialog(self.window)
        dialog.changed.connect(self.count)
        dialog.changed.connect(self.controller.count_pending)
        dialog.show()
        return dialog


def install(registry: Registry, controller: SyncController) -> PurgeNotice:
    notice = controller.purge_notice = PurgeNotice(controller)
    row = controller.status.layout()
    assert isinstance(row, QHBoxLayout)
    row.insertWidget(0, notice.button)
    action = registry.add_action([PURGES_KEY], notice.open)
    action.setObjectName("purgesAction")
    controller.sync_menu.addAction(action)
    controller.finished.connect(lambda _r: notice.count())
    controller.window.agent_changed.connect(notice.show)
    registry.add_shortcuts(lambda: [(native(PURGES_KEY), translate(
        "Purges", "Deletions waiting: confirm the hub's large deletions (supervisor)"))])

    def retranslate() -> None:
        action.setText(translate("Purges", "&Deletions waiting…"))
        notice.show()

    controller.retranslated.connect(retranslate)
    retranslate()
    notice.count()
    return notice
