"""View → Theme: follow the system, light, dark or high contrast; Ctrl+Shift+D steps
through them. The switch shows at once (``ui.shell.theme.apply``) and is kept in the
settings for the next start."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from carecenter.settings import THEME_CHOICES, Settings
from ui.shell import theme
from ui.shell.resources import restyle
from ui.shell.shortcuts import native

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

NEXT_KEYS = "Ctrl+Shift+D"


def choice_name(code: str) -> str:
    names = {
        "system": QCoreApplication.translate("ThemeMenu", "Follow the &system"),
        "light": QCoreApplication.translate("ThemeMenu", "&Light"),
        "dark": QCoreApplication.translate("ThemeMenu", "&Dark"),
        "high_contrast": QCoreApplication.translate("ThemeMenu", "&High contrast"),
    }
    return names[code]


class ThemeMenu(QMenu):
    """The themes, one checked: the one chosen (not the one "system" resolved to)."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("themeMenu")
        self.window_ = window
        group = QActionGroup(self)
        self.actions_: dict[str, QAction] = {}
        for code in THEME_CHOICES:
            a = group.addAction("")
            a.setCheckable(True)
            a.triggered.connect(lambda _=False, c=code: self.choose(c))
            self.addAction(a)
            self.actions_[code] = a
        self.addSeparator()
        self.next_action = window.registry.add_action([NEXT_KEYS], self.step)
        self.addAction(self.next_action)
        self.destroyed.connect(theme.on_change(self.show_choice))  # e.g. a switch by the OS
        window.registry.add_shortcuts(lambda: [(native(NEXT_KEYS), QCoreApplication.translate(
            "ThemeMenu", "Next colour theme: system, light, dark, high contrast"))])
        self.retranslate()

    def choose(self, code: str) -> None:
        """Show theme ``code`` now and keep it for the next start."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, code, restyle=lambda: restyle(app))
        window = self.window_
        window.settings = replace(window.settings, theme=code)
        try:  # the file's own fields but the theme (as the language does)
            replace(Settings.load(), theme=code).save()
        except OSError as exc:
            window.statusBar().showMessage(QCoreApplication.translate(
                "ThemeMenu", "The theme could not be kept for the next start ({0}).")
                .format(exc.strerror or exc), 15000)
        self.show_choice()

    def step(self) -> None:
        at = THEME_CHOICES.index(theme.choice()) if theme.choice() in THEME_CHOICES else 0
        self.choose(THEME_CHOICES[(at + 1) % len(THEME_CHOICES)])

    def show_choice(self) -> None:
        for code, a in self.actions_.items():
            a.setChecked(code == theme.choice())

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("ThemeMenu", "&Theme"))
        for code, a in self.actions_.items():
            a.setText(choice_name(code))
        self.next_action.setText(QCoreApplication.translate("ThemeMenu", "&Next theme"))
        self.show_choice()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
