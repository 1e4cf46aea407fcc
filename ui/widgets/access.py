"""Names for screen readers (issue 17, part 3), set where each widget is made.

A screen reader says a widget's accessible name; Qt derives one from a button's text, but
a field, a list or a table needs it set. Each widget's module sets it with the words it
already shows (through ``tr()``), again when the language changes; these helpers keep
the visible words and the spoken ones the same.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
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


def named_tabs(tabs: QTabWidget | QTabBar, name: str) -> None:
    """Name a tab bar (the tabs are named by their titles)."""
    bar = tabs.tabBar() if isinstance(tabs, QTabWidget) else tabs
    bar.setAccessibleName(name)
