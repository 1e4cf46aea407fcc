"""Themes (issue 17 part 2): no colour literal in any style sheet, every text colour of
every theme at WCAG AA contrast on its background, and the View menu switching the theme
of a running console (palette, style sheets and the banner) at once."""

from __future__ import annotations

import ast
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from carecenter.db.store import Store
from carecenter.settings import THEMES, Settings
from tests.ui.builders import Demo
from tests.ui.test_banner_strip import CASES
from ui.customer.banner import strip_of
from ui.shell import theme
from ui.shell.app import style
from ui.shell.main_window import MainWindow
from ui.shell.ops import OpRunner

ROOT = Path(__file__).resolve().parents[2]
STYLES = sorted((ROOT / "resources" / "styles").glob("*.qss"))

HEX = re.compile(r"#[0-9a-fA-F]{3,8}\b")
FUNCTION = re.compile(r"\b(?:rgba?|hsla?|hsva?)\s*\(", re.IGNORECASE)
WORD = re.compile(r"@?[A-Za-z_][A-Za-z0-9_-]*")
NOT_COLOURS = {"transparent"}  # a keyword, not a colour

# (text, background) roles drawn together by the code and the palette, besides the style
# sheets' own rules (which test_every_rule_with_text_and_background_reads_in_every_theme reads)
TEXT_PAIRS = [
    ("text", "window"), ("text", "surface"), ("text", "surface_alt"), ("text", "button"),
    ("text", "surface_sunken"), ("text", "accent_soft"), ("text_secondary", "surface"),
    ("text_secondary", "surface_alt"), ("text_muted", "surface"), ("text_muted", "window"),
    ("text_muted", "surface_alt"), ("accent_text", "surface"), ("accent_text", "surface_alt"),
    ("link", "surface"), ("link", "window"), ("highlighted_text", "highlight"),
    ("selection_fg", "selection_bg"), ("tooltip_fg", "tooltip_bg"),
    ("error_fg", "surface"), ("error_fg", "surface_alt"), ("error_text", "window"),
    ("error_text", "surface"), ("notice_text", "window"), ("notice_text", "surface"),
    # the decisions' states and coaching notes in tables (ui/decisions/words.py)
    ("ok_fg", "ok_bg"), ("accent_text", "info_bg"), ("chip_gold_fg", "chip_gold_bg"),
    ("notice_fg", "notice_bg"), ("error_fg", "error_bg"),
]
SEVERITIES = ("critical", "warning", "info")
# lines and rings that must stand out (WCAG 1.4.11, non-text contrast: 3:1)
MARK_PAIRS = [("focus", "surface"), ("focus", "window"), ("selection_focus", "selection_bg"),
              ("icon", "surface"), ("icon", "window"), ("control_border", "surface"),
              ("control_border", "window"), ("on_accent", "accent"),
              *((f"banner_{s}_border", f"banner_{s}_bg") for s in SEVERITIES)]


def colour_literals(sheet: str) -> list[str]:
    """The colour literals in a style sheet's declarations: #rgb, #rrggbb, rgb(), hsl(),
    and named colours ('white'), in values only (selectors may say [tier="gold"])."""
    found = HEX.findall(sheet) + FUNCTION.findall(sheet)
    names = {n.lower() for n in QColor.colorNames()} - NOT_COLOURS
    body = re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)
    blocks = re.findall(r"\{([^}]*)\}", body) or [body]
    for block in blocks:
        for declaration in block.split(";"):
            _, _, value = declaration.partition(":")
            found += [w for w in WORD.findall(value) if w.lower() in names]  # not @roles
    return found


def set_style_sheet_strings() -> list[tuple[str, str]]:
    """Each literal string (or literal part of an f-string) given to setStyleSheet in ui/."""
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr == "setStyleSheet":
                for part in ast.walk(node):
                    if isinstance(part, ast.Constant) and isinstance(part.value, str):
                        found.append((f"{path.relative_to(ROOT)}:{node.lineno}", part.value))
    return found


def test_the_checker_finds_each_kind_of_colour_literal() -> None:
    for sheet in ("QLabel { color: #fff; }", "a { background: #1a2b3c }",
                  "b { color: rgb(1, 2, 3); }", "c { border: 1px solid rgba(0,0,0,10%) }",
                  "d { color: white; }", "e { selection-background-color: DarkRed; }"):
        assert colour_literals(sheet), sheet
    assert colour_literals('QLabel#chip[tier="gold"] { color: @chip_gold_fg; }') == []
    assert colour_literals("f { background: transparent; border: 1px solid @border; }") == []


def test_no_style_sheet_holds_a_colour_literal() -> None:
    assert [p.name for p in STYLES] == ["carecenter.qss", "decisions.qss", "recovery.qss"]
    for path in STYLES:
        assert colour_literals(path.read_text("utf-8")) == [], path.name
    for where, text in set_style_sheet_strings():
        assert colour_literals(text) == [], where


def test_every_theme_names_every_role_the_style_sheets_use() -> None:
    used = {m for p in STYLES for m in theme.PLACEHOLDER.findall(p.read_text("utf-8"))}
    assert {"surface", "banner_critical_bg", "focus"} <= used
    light = set(theme.roles("light"))
    for name in THEMES:
        colours = theme.roles(name)
        assert set(colours) == light, name  # the same roles everywhere
        assert used <= set(colours), name
        assert all(QColor(c).isValid() and c.startswith("#") for c in colours.values()), name
        assert all(theme.PLACEHOLDER.search(theme.fill(p.read_text("utf-8"), name)) is None
                   for p in STYLES)
    with pytest.raises(KeyError, match="no_such_role"):
        theme.fill("QLabel { color: @no_such_role; }", "light")


def test_contrast_is_the_wcag_ratio() -> None:
    assert theme.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert theme.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("name", THEMES)
def test_the_banners_severities_and_the_text_colours_meet_wcag_aa(name: str) -> None:
    colours = theme.roles(name)
    low = []
    for severity in SEVERITIES:
        fore, back = colours[f"banner_{severity}_fg"], colours[f"banner_{severity}_bg"]
        if theme.contrast(fore, back) < 4.5:
            low.append(f"banner {severity}")
    for fore, back in TEXT_PAIRS:
        if (ratio := theme.contrast(colours[fore], colours[back])) < 4.5:
            low.append(f"{fore} on {back}: {ratio:.2f}")
    for fore, back in MARK_PAIRS:
        if (ratio := theme.contrast(colours[fore], colours[back])) < 3:
            low.append(f"{fore} on {back}: {ratio:.2f}")
    assert low == []


def _rules(sheet: str) -> Iterator[tuple[str, dict[str, str]]]:
    body = re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)
    for selector, block in re.findall(r"([^{}]+)\{([^}]*)\}", body):
        props = {}
        for declaration in block.split(";"):
            key, _, value = declaration.partition(":")
            props[key.strip()] = value.strip()
        yield selector.strip(), props


@pytest.mark.parametrize("name", THEMES)
def test_every_rule_with_text_and_background_reads_in_every_theme(name: str) -> None:
    """Each style rule that sets both a text colour and a background (the chips, notices,
    errors, buttons, selected rows, the banner) keeps 4.5:1 (disabled states aside)."""
    colours, checked, low = theme.roles(name), 0, []
    role = re.compile(r"@([a-z0-9_]+)")
    for path in STYLES:
        for selector, props in _rules(path.read_text("utf-8")):
            if ":disabled" in selector:
                continue
            for fore_key, back_keys in (("color", ("background", "background-color")),
                                        ("selection-color", ("selection-background-color",))):
                fore = role.search(props.get(fore_key, ""))
                back = next((m for k in back_keys if (m := role.search(props.get(k, "")))),
                            None)
                if fore and back:
                    checked += 1
                    ratio = theme.contrast(colours[fore[1]], colours[back[1]])
                    if ratio < 4.5:
                        low.append(f"{path.name} {selector}: {ratio:.2f}")
    assert checked >= 20 and low == []


# -- the View menu switches a running console ---------------------------------------------
@pytest.fixture
def console(qtbot: QtBot, qapp: QApplication, runner: OpRunner, store: Store,
            settings: Settings, window_settings: QSettings, demo: Demo,
            ) -> Iterator[MainWindow]:
    before_sheet, before_style, before_palette = (qapp.styleSheet(), qapp.style().name(),
                                                  qapp.palette())
    before_choice = theme.choice()
    style(qapp, "light")
    for build, _words, _severity in CASES.values():  # a customer of few contacts: quick
        build(store, demo.ids[-1])
    w = MainWindow(runner, store, settings, window_settings=window_settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    w.deleteLater()  # gone before the next test restyles the application
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    theme.apply(qapp, before_choice)
    qapp.setStyleSheet(before_sheet)
    qapp.setStyle(before_style)
    qapp.setPalette(before_palette)


def _window_colour(app: QApplication) -> str:
    return str(app.palette().color(QPalette.ColorRole.Window).name())


def test_the_view_menu_switches_the_theme_at_once_and_keeps_it(
        qtbot: QtBot, qapp: QApplication, console: MainWindow, demo: Demo) -> None:
    view = console.open_customer(demo.ids[-1])
    qtbot.waitUntil(lambda: view.is_ready and not view.model.loading, timeout=10000)
    strip = strip_of(view)
    assert strip is not None and strip.buttons
    critical = next(b for b in strip.buttons if b.property("severity") == "critical")
    light = theme.roles("light")
    assert _window_colour(qapp) == light["window"]
    assert critical.palette().color(critical.foregroundRole()).name() \
        == light["banner_critical_fg"]

    menu = console.theme_menu
    assert menu.menuAction() in console.view_menu.actions()
    menu.actions_["dark"].trigger()
    dark = theme.roles("dark")
    assert theme.current() == "dark" and menu.actions_["dark"].isChecked()
    assert _window_colour(qapp) == dark["window"]
    assert dark["surface"] in qapp.styleSheet() and light["surface"] not in qapp.styleSheet()
    qtbot.waitUntil(lambda: critical.palette().color(critical.foregroundRole()).name()
                    == dark["banner_critical_fg"])
    assert Settings.load().theme == "dark" and console.settings.theme == "dark"

    # The shortcut steps on: dark → high contrast. (Its action is triggered: a key press
    # reaches it only in the active window, which the offscreen platform may not give.)
    assert menu.next_action.shortcuts() == [QKeySequence("Ctrl+Shift+D")]
    menu.next_action.trigger()
    assert theme.current() == "high_contrast" == Settings.load().theme
    assert _window_colour(qapp) == theme.roles("high_contrast")["window"]
    assert menu.actions_["high_contrast"].isChecked()


def test_following_the_system_takes_its_light_or_dark(
        qapp: QApplication, console: MainWindow) -> None:
    console.theme_menu.actions_["system"].trigger()
    assert theme.choice() == "system" and Settings.load().theme == "system"
    hints = qapp.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current() == "dark"
    assert _window_colour(qapp) == theme.roles("dark")["window"]
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert theme.current() == "light"
    console.theme_menu.actions_["light"].trigger()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # a chosen theme stays
    assert theme.current() == "light"



def test_a_screenshot_in_a_theme_after_pressing_shortcuts(
        _template: tuple[Path, Demo], tmp_path: Path) -> None:  # noqa: PT019 - its path
    """``gui --theme X --press KEYS --screenshot``, as packaging/screens.py runs it."""
    from tests.ui.test_gui_command import errors, gui
    db, png = tmp_path / "demo.db", tmp_path / "shot.png"
    shutil.copyfile(_template[0], db)
    done = gui("--db", str(db), "--call", "0039 333 1234567", "--screenshot", str(png),
               "--theme", "high_contrast", "--lang", "it", "--press", "Ctrl+4",
               "--press", "Ctrl+Alt+F12")
    assert done.returncode == 0, done.stderr
    assert errors(done) == ["carecenter: no shortcut Ctrl+Alt+F12 in the console."]
    image = QImage(str(png))
    assert image.text("Title") == "Maria Rossi — CareCenter"
    # the search panel's empty list, in the high-contrast surface colour
    assert QColor(image.pixel(150, 500)).name() == theme.roles("high_contrast")["surface"]


@pytest.mark.parametrize("name", THEMES)
def test_focus_shows_as_a_ring_in_every_theme(qtbot: QtBot, qapp: QApplication,
                                             name: str) -> None:
    """An input, a button and a table's current row each draw the theme's focus colour
    when they have the keyboard focus, and not before."""
    from PySide6.QtCore import QItemSelectionModel, QStringListModel
    from PySide6.QtWidgets import QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget

    before = (qapp.styleSheet(), qapp.style().name(), qapp.palette(), theme.choice())
    style(qapp, name)
    try:
        box = QWidget()
        qtbot.addWidget(box)
        field, button, table = QLineEdit("text"), QPushButton("Button"), QTableView()
        table.setModel(QStringListModel(["one", "two"], table))
        table.selectionModel().setCurrentIndex(  # current, not selected: only the ring
            table.model().index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        col = QVBoxLayout(box)
        for w in (field, button, table):
            col.addWidget(w)
        box.show()
        qtbot.waitExposed(box)
        box.activateWindow()
        ring = QColor(theme.roles(name)["focus"]).rgb()

        def shows_ring(w: QWidget) -> bool:
            image = w.grab().toImage()
            return any(image.pixel(x, y) == ring for x in range(image.width())
                       for y in range(0, image.height(), 2))

        for w in (field, button, table):
            assert not shows_ring(w), type(w).__name__
            w.setFocus()
            qtbot.waitUntil(w.hasFocus)
            assert shows_ring(w), type(w).__name__
    finally:
        theme.apply(qapp, before[3])
        qapp.setStyleSheet(before[0])
        qapp.setStyle(before[1])
        qapp.setPalette(before[2])
