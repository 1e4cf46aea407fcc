"""How a feature plugs into the main window, and how features find one another.

Each feature package has an ``install(registry: Registry) -> None`` (listed in
``ui.shell.features``). Through the registry it adds its actions, menus, docks, pages
among the customer tabs and rows of the shortcuts help, and offers its public api under a
typed :class:`Key` that other features look up. Nothing is hung on the window, and no
feature imports another's modules but its ``api``::

    # ui/decisions/api.py
    DECISIONS: Key[DecisionsApi] = Key("decisions")
    # ui/decisions/feature.py
    registry.provide(DECISIONS, self)
    # ui/cases/feature.py
    decisions = registry.find(DECISIONS)  # None when the feature is not installed
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

from ui.shell.window_access import name_tab_buttons

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

T = TypeVar("T")

#: rows of the shortcuts help: (keys, what they do), already translated
ShortcutRows = Callable[[], list[tuple[str, str]]]


class Key(Generic[T]):
    """The name under which a feature offers its api, typed by that api."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"Key({self.name!r})"


class Registry:
    """The main window's features: what they add to it and the apis they offer."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._apis: dict[Key[Any], object] = {}
        self._shortcuts: list[ShortcutRows] = []

    # -- plugging in ---------------------------------------------------------------------
    def add_action(self, keys: Sequence[str], slot: Callable[..., object]) -> QAction:
        """An action of the whole window, on ``keys``; the caller puts it in a menu and
        gives it its text (and re-words it when the language changes)."""
        a = QAction(self.window)
        a.setShortcuts([QKeySequence(k) for k in keys])
        a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        a.triggered.connect(slot)
        self.window.addAction(a)
        return a

    def add_menu(self) -> QMenu:
        """A menu of its own in the menu bar, before Help (the caller names it)."""
        menu = QMenu(self.window)
        self.window.menuBar().insertMenu(self.window.help_menu.menuAction(), menu)
        return menu

    def add_dock(self, name: str, widget: QWidget,
                 area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea
                 ) -> QDockWidget:
        """``widget`` in a dock of the window (object name ``name``), hidden at first.

        Docks of one area share it as tabs, and the right area takes the full height
        beside the bottom one, so that docks open together never make the window larger
        than a 1366×768 laptop (issue 17)."""
        w = self.window
        dock = QDockWidget()
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.hide()
        w.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        w.setCorner(Qt.Corner.TopRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        neighbours = [d for d in w.findChildren(QDockWidget) if w.dockWidgetArea(d) == area]
        w.addDockWidget(area, dock)
        if neighbours:
            w.tabifyDockWidget(neighbours[0], dock)
        return dock

    def add_tab(self, page: QWidget, icon: QIcon, title: str) -> None:
        """Show ``page`` among the customer tabs (added the first time), current."""
        tabs = self.window.tabs
        index = tabs.indexOf(page)
        if index < 0:
            index = tabs.addTab(page, icon, title)
            name_tab_buttons(self.window.tabs)
        tabs.setCurrentIndex(index)
        self.window.right.setCurrentWidget(tabs)
        page.setFocus()

    def set_tab_title(self, page: QWidget, title: str) -> None:
        if (i := self.window.tabs.indexOf(page)) >= 0:
            self.window.tabs.setTabText(i, title)
            name_tab_buttons(self.window.tabs)

    def close_tab(self, page: QWidget) -> None:
        if (i := self.window.tabs.indexOf(page)) >= 0:
            self.window.close_tab(i)

    def add_shortcuts(self, rows: ShortcutRows) -> None:
        """Rows for the keyboard-shortcuts help, asked for each time it opens."""
        self._shortcuts.append(rows)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        return [row for rows in self._shortcuts for row in rows()]

    # -- finding one another -------------------------------------------------------------
    def provide(self, key: Key[T], api: T) -> None:
        """Offer ``api`` to the other features under ``key`` (once per window)."""
        if key in self._apis:
            raise ValueError(f"{key!r} is already provided")
        self._apis[key] = api

    def find(self, key: Key[T]) -> T | None:
        """The api offered under ``key``; None when its feature is not installed."""
        return cast("T | None", self._apis.get(key))

    def get(self, key: Key[T]) -> T:
        """The api offered under ``key``; LookupError when its feature is not installed."""
        api = self.find(key)
        if api is None:
            raise LookupError(f"no feature provides {key!r}")
        return api
