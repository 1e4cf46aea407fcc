"""The service charter in the console: F4 opens "Our promises and rules" (also in the Help
menu), for the open customer when there is one, so that a clause read to them can be
cited on their case or decision; the customer view's records then show it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from ui.cases.api import CASES
from ui.charter.dialog import CharterDialog
from ui.shell.shortcuts import native

if TYPE_CHECKING:
    from ui.shell.registry import Registry

translate = QCoreApplication.translate  # literal calls, so that lupdate collects them
KEY = "F4"


def install(registry: Registry) -> None:
    Charter(registry)


class Charter(QObject):
    def __init__(self, registry: Registry) -> None:
        window = registry.window
        super().__init__(window)
        self.setObjectName("charterFeature")
        self.window = window
        self.registry = registry
        self.dialog: CharterDialog | None = None
        self.action = registry.add_action([KEY], self.open)
        menu = window.help_menu
        if menu.actions():
            menu.insertAction(menu.actions()[0], self.action)
        else:
            menu.addAction(self.action)
        registry.add_shortcuts(lambda: [(native(KEY), translate(
            "charter", "Our promises and rules: read a clause, cite it on the case"))])
        window.installEventFilter(self)
        self.retranslate()

    def open(self) -> CharterDialog:
        w = self.window
        if self.dialog is not None:
            self.dialog.close()
        view = w.current_view()
        cases = self.registry.find(CASES)
        dialog = CharterDialog(w.runner, w.store, w.settings,
                               view.customer_id if view is not None else None, parent=w,
                               category_label=cases.category_label if cases else None)
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: CharterDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def retranslate(self) -> None:
        self.action.setText(translate("charter", "Our promises and &rules…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
