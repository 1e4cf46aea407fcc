"""Screen readers and keyboard (issue 17, part 3): every interactive widget of every window
has a name and can be reached with Tab.

The main window with a customer open (each section), every dock, dialog and view the
shortcuts open (``tests/ui/reach.py``) and the dialogs opened from within them are walked
in English and in Italian; the test fails listing each visible interactive widget a screen
reader would get without a name.

The rule:

* interactive: buttons, line and text edits, combo and spin boxes (dates too), item views,
  sliders and tab bars that are visible;
* a button with visible text is named by that text: Qt's accessible button gives exactly
  its text (without the ``&``) as the name on every platform. Every other interactive
  widget — a field, a list, a table, a tab bar, an icon-only button — carries an explicit
  ``accessibleName`` set through ``tr()`` (a label beside it, even its buddy, is not
  enough: it often ends in a colon or is missing on some platforms' readers);
* a tab bar is named too, and each of its tabs by its title (Qt's accessible tab bar says
  the current tab's title as its own name, so an icon-only tab would leave it mute);
* what Qt draws inside another widget is read as part of it and left out: a table's
  header, the editor inside a spin or editable combo box, a tab bar with no tab (the dock
  area's, when no two docks share it);
* and whatever the rule, the name Qt's accessibility layer reports is never empty.

Reached with the keyboard: each of them (enabled) takes the focus from Tab, but Qt's own
small buttons whose work a key does: a tab's close button (Ctrl+W), a line edit's clear
button (Esc) or icon, a dock's close and float buttons (the dock's shortcut puts it away).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from carecenter.db.store import Store
from carecenter.services.customers.duplicates import Match
from carecenter.services.search.query import search
from carecenter.settings import Settings
from tests.ui.builders import Demo
from tests.ui.reach import EVERYWHERE, settle, shown_by
from tests.ui.test_banner_strip import CASES
from ui.cases.dialogs import CloseCaseDialog, CompensateDialog, FollowUpDialog, OutcomeDialog
from ui.customer.duplicates import LikelyMatches
from ui.customer.picker import PickerDialog
from ui.shell import i18n
from ui.shell.main_window import MainWindow
from ui.shell.ops import OpRunner
from ui.signin.dialog import SignInDialog
from ui.sync.not_sent import AskDialog

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QTextEdit, QPlainTextEdit, QSlider, QTabBar)


def _drawn_inside(widget: QWidget) -> bool:
    """A part Qt draws inside another widget, read as part of that widget."""
    return (isinstance(widget, QHeaderView)
            or isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)
            or (isinstance(widget, QTabBar) and widget.count() == 0))


def _untitled_tabs(widget: QWidget) -> bool:
    return isinstance(widget, QTabBar) and not all(
        widget.tabText(i).replace("&", "") or widget.accessibleTabName(i)
        for i in range(widget.count()))


def _reader_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def _describe(widget: QWidget) -> str:
    parent = widget.parentWidget()
    owner = f"{type(parent).__name__}/{parent.objectName()}" if parent is not None else "-"
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text!r} in {owner}"


def unnamed(root: QWidget) -> list[str]:
    """Each visible interactive widget of ``root`` without a name, by the module's rule."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if (not isinstance(widget, INTERACTIVE) or not widget.isVisible()
                or _drawn_inside(widget)):
            continue
        by_text = isinstance(widget, QAbstractButton) and widget.text().replace("&", "")
        if (not (widget.accessibleName() or by_text) or not _reader_name(widget)
                or _untitled_tabs(widget)):
            missing.append(_describe(widget))
    return missing


def _every_page(root: QWidget) -> list[str]:
    """:func:`unnamed` on each page of ``root``'s tab widgets in turn (not the customer
    tabs: each step shows its own; the sections have their own shortcuts)."""
    missing = unnamed(root) + [f"not by Tab: {m}" for m in untabbable(root)]
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible() or tabs.objectName() in ("customerTabs", "customerSections"):
            continue
        current = tabs.currentIndex()
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            missing += unnamed(tabs) + [f"not by Tab: {m}" for m in untabbable(tabs)]
        tabs.setCurrentIndex(current)
    return missing


def _keyed_elsewhere(widget: QWidget) -> bool:
    """One of Qt's own small buttons whose work a key does (see the module's rule)."""
    return (isinstance(widget.parentWidget(), QTabBar | QLineEdit)
            or widget.objectName() in ("qt_dockwidget_closebutton",
                                       "qt_dockwidget_floatbutton"))


def untabbable(root: QWidget) -> list[str]:
    """Each visible, enabled interactive widget of ``root`` that Tab never reaches."""
    return [_describe(w) for w in [root, *root.findChildren(QWidget)]
            if isinstance(w, INTERACTIVE) and w.isVisible() and w.isEnabled()
            and not _drawn_inside(w) and not _keyed_elsewhere(w)
            and not w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def _direct_dialogs(runner: OpRunner, store: Store, window: MainWindow) -> Iterator[QDialog]:
    """The dialogs opened from within another (a step of a case, a follow-up's outcome,
    a call with several customers, a sign-in, a value to fix)."""
    hits = search(store, "+390611112222", limit=10, region="IT")
    yield from (FollowUpDialog(window), CompensateDialog(window),
                CloseCaseDialog(["Apologise"], window), OutcomeDialog("Call back", window),
                PickerDialog("+390611112222", hits, window),
                SignInDialog(runner, store, "https://hub.example:8443", parent=window),
                AskDialog("Fix value", "New value", "x", window))


@pytest.fixture
def settings() -> Settings:
    """A supervisor: the review of decisions opens too."""
    return Settings(agent_name="Sara Conti", agent_role="supervisor", store="Milano Centro")


@pytest.mark.qt_log_ignore("This plugin does not support raise",
                          "This plugin does not support propagateSizeHints")
@pytest.mark.parametrize("language", ["en", "it"])
def test_every_interactive_widget_of_every_window_has_a_name(
        qtbot: QtBot, window: MainWindow, runner: OpRunner, store: Store, demo: Demo,
        language: str) -> None:
    for build, _words, _severity in CASES.values():  # a case, promises: every part shows
        build(store, demo.main_id)
    i18n.set_language(language)
    window.activateWindow()
    view = window.open_customer(demo.main_id)
    qtbot.waitUntil(lambda: view.is_ready and not view.model.loading, timeout=10000)
    settle(qtbot, runner)
    missing: dict[str, None] = {}
    for keys in EVERYWHERE:
        for shown in shown_by(qtbot, window, runner, keys):
            missing.update(dict.fromkeys(f"[{keys}] {m}" for m in _every_page(shown)))
    for dialog in _direct_dialogs(runner, store, window):
        qtbot.addWidget(dialog)
        dialog.show()
        missing.update(dict.fromkeys(f"[{dialog.objectName()}] {m}" for m in _every_page(dialog)))
        dialog.close()
    matches = LikelyMatches()  # the new and edit forms' possible duplicates
    qtbot.addWidget(matches)
    matches.show_matches([Match(hit=hit, score=90, why=()) for hit in search(
        store, "+390611112222", limit=10, region="IT")])
    missing.update(dict.fromkeys(f"[likelyMatches] {m}" for m in _every_page(matches)))
    QApplication.processEvents()
    assert list(missing) == []


def test_the_walk_finds_an_unnamed_field_and_icon_button(qtbot: QtBot) -> None:
    """The rule catches what it should, and only that."""
    root = QWidget()
    root.setObjectName("root")
    qtbot.addWidget(root)
    field, icon_only, spin = QLineEdit(root), QToolButton(root), QSpinBox(root)
    QPushButton("&Save", root)  # named by its text
    spin.setAccessibleName("Copies")  # its inner editor is read with it
    root.show()
    assert unnamed(root) == ["QLineEdit '' '' in QWidget/root", "QToolButton '' '' in QWidget/root"]
    field.setAccessibleName("Note")
    icon_only.setAccessibleName("Sync now")
    assert unnamed(root) == []


def test_the_walk_finds_a_button_tab_never_reaches(qtbot: QtBot) -> None:
    root = QWidget()
    root.setObjectName("root")
    qtbot.addWidget(root)
    button = QPushButton("Sync", root)
    button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    root.show()
    assert untabbable(root) == ["QPushButton '' 'Sync' in QWidget/root"]
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    assert untabbable(root) == []
