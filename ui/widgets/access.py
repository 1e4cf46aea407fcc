"""Names for screen readers (issue 17, part 3), set where each widget is made.

A screen reader says a widget's accessible name; Qt derives one from a button's text, but
a field, a list or a table needs it set. Each widget's module sets it with the words it
already shows (through ``tr()``), again when the language changes; these helpers keep
the visible words and the spoken ones the same. A dialog gives the focus back where it
was when it closes (:func:`return_focus`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)

#: the object name Qt gives the action of a line edit's clear button
CLEAR_ACTION = "_q_qlineeditclearaction"


def spoken(text: str) -> str:
    """``text`` as a screen reader should say it: no mnemonic ``&``, no closing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def labelled(label: QLabel, text: str) -> None:
    """Show ``text`` on ``label`` and give the widget it labels (its buddy) that name; a
    button keeps the name of its own text."""
    label.setText(text)
    buddy = label.buddy()
    if buddy is not None and not isinstance(buddy, QAbstractButton):
        buddy.setAccessibleName(spoken(text))


def named(widget: QWidget, name: str, description: str = "") -> None:
    """Name ``widget`` (and describe it where the name is not enough)."""
    widget.setAccessibleName(spoken(name))
    widget.setAccessibleDescription(description)


def hinted(field: QLineEdit, hint: str) -> None:
    """The placeholder ``hint`` of ``field``, also its description (a reader may not say
    a placeholder)."""
    field.setPlaceholderText(hint)
    field.setAccessibleDescription(hint)


def named_icon_buttons(field: QLineEdit, clear: str) -> None:
    """Name the buttons Qt draws inside ``field``: its clear button ``clear``, the others
    by their action's text."""
    for button in field.findChildren(QToolButton):
        action = button.defaultAction()
        if action is not None and action.objectName() == CLEAR_ACTION:
            button.setAccessibleName(clear)
        elif action is not None:
            button.setAccessibleName(action.text())


def return_focus(dialog: QDialog) -> None:
    """When ``dialog`` closes, give the focus back to the widget that had it as it opened,
    so that a keyboard user goes on where they were; whoever closed the dialog may move it
    on after (a new case puts it on its first step). The window is activated again once
    the dialog's own hiding is through: not every platform does it."""
    before = QApplication.focusWidget()
    if before is None or before.window() is dialog:  # a dialog opened from itself
        return
    held = [before]
    before.destroyed.connect(held.clear)
    owner = before.window()  # the receiver of the timer below: gone, it never fires

    def activate() -> None:
        handle = owner.windowHandle()
        if handle is not None:  # even if it says it is active: a hidden dialog may still
            handle.requestActivate()  # hold the platform's focus; its focus widget takes it

    def back(_result: int) -> None:
        if held and held[0].isVisible():
            held[0].setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, owner, activate)

    dialog.finished.connect(back)


def named_tabs(tabs: QTabWidget | QTabBar, name: str) -> None:
    """Name a tab bar (the tabs are named by their titles)."""
    bar = tabs.tabBar() if isinstance(tabs, QTabWidget) else tabs
    bar.setAccessibleName(name)
