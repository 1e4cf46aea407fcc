"""The tail of a dialog that moves work with a note (hand-over, share-out): the note with
its label, a hidden error line, OK and Cancel, and Ctrl+Return to submit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit


def note_and_buttons(dialog: QDialog, name: str, height: int, submit: Callable[[], None]
                     ) -> tuple[QLabel, QPlainTextEdit, QLabel, QDialogButtonBox]:
    """The note's label, the note (object name ``name``, ``height`` px, Tab leaves it), the
    error line (hidden) and the buttons, wired to ``submit`` and the dialog's reject."""
    label = QLabel()
    note = QPlainTextEdit()
    note.setObjectName(name)
    note.setTabChangesFocus(True)
    note.setFixedHeight(height)
    label.setBuddy(note)
    error = QLabel()
    error.setObjectName("caseMessage")
    error.setWordWrap(True)
    error.hide()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(submit)
    buttons.rejected.connect(dialog.reject)
    QShortcut(QKeySequence("Ctrl+Return"), dialog, submit)
    return label, note, error, buttons
