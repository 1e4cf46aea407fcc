"""File → Import…: customers, contacts, holdings or offers from a CSV or .xlsx file, in the
background with progress and cancel; then the summary and the rejected rows with their line numbers.

Each batch of rows is its own transaction: a cancelled import keeps the whole batches it
wrote, and importing the same file again takes only what is missing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carecenter.db.store import Store
from carecenter.services.imports import KINDS, ImportResult, import_file
from carecenter.services.tasks import TaskState
from ui.calls.import_words import problem_words, reject_words
from ui.shell.ops import OpRunner, user_message
from ui.shell.retranslate import on_language_change
from ui.shell.shortcuts import native
from ui.widgets import formats
from ui.widgets.access import named

if TYPE_CHECKING:
    from ui.shell.registry import Registry

translate = QCoreApplication.translate


def kind_words(kind: str) -> str:
    return {
        "customers": translate("ImportDialog", "Customers"),
        "contacts": translate("ImportDialog", "Contacts"),
        "holdings": translate("ImportDialog", "Holdings (products owned)"),
        "offers": translate("ImportDialog", "Offers"),
    }.get(kind, kind)


class ImportDialog(QDialog):
    def __init__(
        self, runner: OpRunner, store: Store, region: str = "IT", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.runner, self.store, self.region = runner, store, region
        self.state: TaskState | None = None
        self.outcome: ImportResult | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("importKind")
        for k in KINDS:
            self.kind.addItem("", k)
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.browse = QPushButton()
        self.browse.clicked.connect(self.choose_file)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.rejects = QTreeWidget()
        self.rejects.setObjectName("importRejects")
        self.rejects.setRootIsDecorated(False)
        self.rejects.setColumnCount(2)
        self.rejects.hide()
        self.start_button = QPushButton()
        self.start_button.setObjectName("startImport")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)

        self._lay_out()
        self.resize(720, 460)
        self.retranslate()

    def _lay_out(self) -> None:
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        self.form = QFormLayout()
        self.kind_label, self.file_label = QLabel(), QLabel()
        self.form.addRow(self.kind_label, self.kind)
        self.form.addRow(self.file_label, where)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.start_button, self.cancel_button, self.close_button):
            buttons.addWidget(b)
        col = QVBoxLayout(self)
        col.addLayout(self.form)
        col.addWidget(self.progress)
        col.addWidget(self.summary)
        col.addWidget(self.rejects, 1)
        col.addLayout(buttons)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("ImportDialog", "Choose the CSV or Excel file"),
            "",
            translate("ImportDialog",
                      "CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)"),
        )
        if path:
            self.path.setText(path)

    def start(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.summary.setText(translate("ImportDialog", "Choose the file to import."))
            return
        path, kind, store, region = Path(text), self.kind.currentData(), self.store, self.region
        self.outcome = None
        self.rejects.clear()
        self.rejects.hide()
        self.progress.setValue(0)
        self.progress.show()
        self.summary.setText(translate("ImportDialog", "Importing {0}…").format(path.name))
        self._running(True)
        self.state = (
            self.runner.op(
                self, lambda state: import_file(store, kind, path, region=region, state=state,
                                                describe=problem_words)
            )
            .progress(self._progress)
            .success(self._done)
            .failure(self._failed)
            .run()
        )

    def _running(self, on: bool) -> None:
        self.start_button.setEnabled(not on)
        self.cancel_button.setEnabled(on)
        self.kind.setEnabled(not on)
        self.path.setEnabled(not on)
        self.browse.setEnabled(not on)

    def _progress(self, fraction: float, rows: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.summary.setText(translate("ImportDialog", "{0} rows read…").format(rows))

    def cancel(self) -> None:
        if self.state is not None:
            self.state.cancel()
            self.state = None
        self._running(False)
        self.progress.hide()
        self.summary.setText(
            translate(
                "ImportDialog",
                "Import cancelled. The rows written so far are kept; import "
                "the same file again to take the rest.",
            )
        )

    def _done(self, result: ImportResult) -> None:
        self.state = None
        self.outcome = result
        self._running(False)
        self.progress.setValue(1000)
        self.summary.setText(self.summary_text(result))
        for r in result.rejects:
            self.rejects.addTopLevelItem(QTreeWidgetItem([str(r.line), reject_words(r)]))
        self.rejects.setVisible(bool(result.rejects))

    @staticmethod
    def summary_text(result: ImportResult) -> str:
        text = translate(
            "ImportDialog", "{0} rows read: {1} imported, {2} already there, {3} rejected."
        ).format(*(formats.number(n) for n in (result.rows, result.imported, result.unchanged,
                                          result.rejected)))
        if result.encoding and result.encoding not in ("UTF-8", "Excel"):
            text += " " + translate("ImportDialog", "Read as {0} text.").format(result.encoding)
        if result.kind == "contacts" and result.time_zone:
            text += " " + translate(
                "ImportDialog", "Times without an offset were taken as local time ({0})."
            ).format(result.time_zone)
        if result.unknown_columns:
            text += " " + translate("ImportDialog", "Unknown columns ignored: {0}.").format(
                ", ".join(result.unknown_columns)
            )
        if result.rejects_path is not None:
            text += " " + translate("ImportDialog", "The rejected rows are also in {0}.").format(
                result.rejects_path
            )
        return text

    def _failed(self, exc: BaseException) -> None:
        self.state = None
        self._running(False)
        self.progress.hide()
        self.summary.setText(user_message(exc))

    def reject(self) -> None:
        if self.state is not None:
            self.cancel()
        super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("ImportDialog", "Import"))
        for n in range(self.kind.count()):
            self.kind.setItemText(n, kind_words(self.kind.itemData(n)))
        self.kind_label.setText(translate("ImportDialog", "What"))
        self.file_label.setText(translate("ImportDialog", "File"))
        named(self.kind, translate("ImportDialog", "What to import"))
        named(self.path, translate("ImportDialog", "File to import"),
              translate("ImportDialog", "A CSV or .xlsx file; Browse… picks one."))
        self.browse.setText(translate("ImportDialog", "Browse…"))
        self.start_button.setText(translate("ImportDialog", "Import"))
        self.cancel_button.setText(translate("ImportDialog", "Cancel import"))
        self.close_button.setText(translate("ImportDialog", "Close"))
        self.rejects.setHeaderLabels(
            [translate("ImportDialog", "Line"), translate("ImportDialog", "Why it was rejected")]
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def install(registry: Registry) -> None:
    window = registry.window
    made: list[ImportDialog] = []  # one dialog, made on first use, kept for the next

    def open_dialog() -> ImportDialog:
        if not made:
            made.append(ImportDialog(window.runner, window.store, window.settings.region,
                                     window))
        dialog = made[0]
        if dialog.isVisible():
            dialog.raise_()
        dialog.show()
        return dialog

    action = registry.add_action(["Ctrl+Shift+I"], open_dialog)
    window.file_menu.insertAction(window.quit_action, action)

    def retranslate() -> None:
        action.setText(translate("ImportDialog", "&Import…"))

    registry.add_shortcuts(
        lambda: [
            (
                native("Ctrl+Shift+I"),
                translate("ImportDialog", "Import customers, contacts, holdings or offers"),
            )
        ]
    )
    retranslate()
    on_language_change(window, retranslate, now=False)
