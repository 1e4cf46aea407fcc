"""Names for screen readers of the main window's own parts (issue 17, part 3): the
customer tabs and each tab's close button (Qt leaves it unnamed), and the tabs Qt makes of
docks sharing an area, named again when the language changes or Qt makes new ones."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QMainWindow, QTabBar, QTabWidget

from ui.shell.retranslate import on_language_change

translate = QCoreApplication.translate  # literal calls, so that lupdate collects them


def name_tab_buttons(tabs: QTabWidget) -> None:
    """Name each tab's close button after its tab: again whenever a tab comes or changes
    its title."""
    bar = tabs.tabBar()
    for i in range(bar.count()):
        for side in (QTabBar.ButtonPosition.RightSide, QTabBar.ButtonPosition.LeftSide):
            if (button := bar.tabButton(i, side)) is not None:
                button.setAccessibleName(translate("MainWindow", "Close {0}").format(
                    bar.tabText(i)))


def _name_bars(window: QMainWindow, tabs: QTabWidget) -> None:
    tabs.tabBar().setAccessibleName(translate("MainWindow", "Open customers"))
    name_tab_buttons(tabs)
    for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
        bar.setAccessibleName(translate("MainWindow", "Panels"))  # each tab says its dock


class _DockTabs(QObject):
    """Names the dock tabs Qt makes (as it polishes them) in the window."""

    def __init__(self, window: QMainWindow, tabs: QTabWidget) -> None:
        super().__init__(window)
        self._window, self._tabs = window, tabs
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildPolished and isinstance(
                getattr(event, "child", lambda: None)(), QTabBar):
            _name_bars(self._window, self._tabs)
        return False


def install(window: QMainWindow, tabs: QTabWidget) -> None:
    _DockTabs(window, tabs)
    on_language_change(window, lambda: _name_bars(window, tabs))
