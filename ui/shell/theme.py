"""Colour themes: light, dark and high contrast, and "system" that follows the OS.

Each theme is a file of named colour roles, ``resources/styles/themes/<name>.toml``. The
style sheets name roles (``@surface``, ``@banner_critical_fg``), never colours, and
:func:`fill` puts the theme's colours in when the style is applied; the application's
QPalette is built from the same roles (:data:`PALETTE`), and code that paints or colours
a model's cells asks :func:`colour`. Switching (:func:`apply`) sets the palette and the
style sheet again, so every widget repaints at once, no restart.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from functools import cache
from importlib import resources

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from carecenter.settings import THEME_CHOICES, THEMES

__all__ = ["THEMES", "THEME_CHOICES", "apply", "choice", "colour", "contrast", "current",
           "fill", "palette", "resolve", "roles"]

PLACEHOLDER = re.compile(r"@([a-z][a-z0-9_]*)\b(?!@)")

# QPalette role ← the theme's named role (one palette for every colour group but Disabled)
PALETTE: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.Window: "window",
    QPalette.ColorRole.WindowText: "text",
    QPalette.ColorRole.Base: "surface",
    QPalette.ColorRole.AlternateBase: "surface_alt",
    QPalette.ColorRole.Text: "text",
    QPalette.ColorRole.PlaceholderText: "text_muted",
    QPalette.ColorRole.Button: "button",
    QPalette.ColorRole.ButtonText: "text",
    QPalette.ColorRole.BrightText: "error_text",
    QPalette.ColorRole.Highlight: "highlight",
    QPalette.ColorRole.HighlightedText: "highlighted_text",
    QPalette.ColorRole.ToolTipBase: "tooltip_bg",
    QPalette.ColorRole.ToolTipText: "tooltip_fg",
    QPalette.ColorRole.Link: "link",
    QPalette.ColorRole.LinkVisited: "link",
    QPalette.ColorRole.Light: "surface",
    QPalette.ColorRole.Midlight: "border",
    QPalette.ColorRole.Mid: "border_strong",
    QPalette.ColorRole.Dark: "border_strong",
    QPalette.ColorRole.Shadow: "text_muted",
    QPalette.ColorRole.Accent: "accent",
}
DISABLED: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.WindowText: "disabled_fg",
    QPalette.ColorRole.Text: "disabled_fg",
    QPalette.ColorRole.ButtonText: "disabled_fg",
}

_state = {"choice": "system", "theme": "light"}
_followers: list[Callable[[], None]] = []


@cache
def roles(name: str) -> Mapping[str, str]:
    """The named colours of theme ``name`` (one of :data:`THEMES`)."""
    if name not in THEMES:
        raise ValueError(f"no theme {name!r}")
    text = (resources.files("resources") / "styles" / "themes" / f"{name}.toml") \
        .read_text("utf-8")
    table = tomllib.loads(text).get("roles", {})
    return {str(k): str(v) for k, v in table.items()}


def fill(qss: str, name: str | None = None) -> str:
    """``qss`` with each ``@role`` replaced by its colour in theme ``name`` (the current
    one by default); an unknown role is a mistake in the style sheet: KeyError."""
    colours = roles(name or current())
    missing = sorted({m for m in PLACEHOLDER.findall(qss) if m not in colours})
    if missing:
        raise KeyError(f"roles not in theme {name or current()!r}: {', '.join(missing)}")
    return PLACEHOLDER.sub(lambda m: colours[m.group(1)], qss)


def _channel(value: float) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#rrggbb``."""
    c = QColor(colour)
    return 0.2126 * _channel(c.red()) + 0.7152 * _channel(c.green()) \
        + 0.0722 * _channel(c.blue())


def contrast(fore: str, back: str) -> float:
    """The WCAG 2 contrast ratio of two colours, from 1 to 21."""
    a, b = sorted((luminance(fore), luminance(back)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def resolve(wanted: str, scheme: Qt.ColorScheme | None = None) -> str:
    """The theme to show for the choice ``wanted``: "system" is dark when the OS says so
    (``scheme``, by default what Qt reports), light otherwise; unknown choices: system."""
    if wanted in THEMES:
        return wanted
    if scheme is None:
        app = QGuiApplication.instance()
        scheme = QGuiApplication.styleHints().colorScheme() \
            if isinstance(app, QGuiApplication) else Qt.ColorScheme.Unknown
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def palette(name: str) -> QPalette:
    colours = roles(name)
    result = QPalette()
    for role, key in PALETTE.items():
        result.setColor(role, QColor(colours[key]))
    for role, key in DISABLED.items():
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours[key]))
    return result


def current() -> str:
    """The theme shown now (never "system")."""
    return _state["theme"]


def choice() -> str:
    """What was chosen: "system" or one of :data:`THEMES`."""
    return _state["choice"]


def colour(role: str) -> QColor:
    """The colour of ``role`` in the theme shown now."""
    return QColor(roles(current())[role])


def apply(app: QGuiApplication, wanted: str, scheme: Qt.ColorScheme | None = None,
          restyle: Callable[[], None] | None = None) -> str:
    """Show the theme chosen (``wanted``: "system" or a theme): the palette, then
    ``restyle`` (which sets the style sheets again, filled for it). Returns its name."""
    _state["choice"] = wanted if wanted in THEME_CHOICES else "system"
    _state["theme"] = resolve(_state["choice"], scheme)
    app.setPalette(palette(_state["theme"]))
    if restyle is not None:
        restyle()
    for follower in list(_followers):
        follower()
    return _state["theme"]


def on_change(follower: Callable[[], None]) -> Callable[[], None]:
    """Call ``follower`` after each switch; the returned function stops that."""
    _followers.append(follower)
    return lambda: _followers.remove(follower) if follower in _followers else None


def follow_system(app: QGuiApplication, restyle: Callable[[], None] | None = None) -> None:
    """Re-apply "system" when the OS switches between light and dark (Qt ≥ 6.5)."""
    if app.property("themeFollowsSystem"):
        return
    app.setProperty("themeFollowsSystem", True)

    def changed(scheme: Qt.ColorScheme) -> None:
        if choice() == "system":
            apply(app, "system", scheme, restyle)

    QGuiApplication.styleHints().colorSchemeChanged.connect(changed)
