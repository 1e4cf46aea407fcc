"""Icons and the stylesheet shipped in resources/, read with importlib.resources."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QWidget

from ui.shell import theme


def _read(*parts: str) -> bytes:
    ref = resources.files("resources")
    for part in parts:
        ref = ref / part
    return ref.read_bytes()


# The ink of the shipped line icons (resources/icons/*.svg): drawn in the theme's "icon"
# colour instead, at paint time, so that a theme switch recolours every icon shown.
INK = (b"#4a5563", b"#6b7785")


@cache
def _renderer(name: str, colour: str) -> QSvgRenderer:
    data = _read("icons", f"{name}.svg")
    for ink in INK:
        data = data.replace(ink, colour.encode("ascii"))
    return QSvgRenderer(QByteArray(data))


class _InkIcon(QIconEngine):
    """A line icon drawn in the current theme's icon colour."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def _current(self) -> QSvgRenderer:
        return _renderer(self.name, theme.colour("icon").name())

    def paint(self, painter: QPainter, rect: QRect, _mode: QIcon.Mode,
              _state: QIcon.State) -> None:
        self._current().render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return QPixmap.fromImage(image)

    def clone(self) -> QIconEngine:
        return _InkIcon(self.name)


@cache
def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg`` rendered at the usual sizes (empty icon if missing);
    a line icon in the theme's icon colour, whatever the theme is when it is painted."""
    try:
        data = _read("icons", f"{name}.svg")
    except OSError:
        return QIcon()
    if any(ink in data for ink in INK):
        return QIcon(_InkIcon(name))
    renderer = QSvgRenderer(QByteArray(data))
    result = QIcon()
    for size in (16, 20, 24, 32, 48, 64, 128):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(QPixmap.fromImage(image))
    return result


def style_text(name: str) -> str | None:
    """``resources/styles/<name>`` with its colour roles filled in from the current theme
    (``ui.shell.theme``); None when it is not shipped."""
    try:
        qss = _read("styles", name).decode("utf-8")
    except OSError:
        return None
    return theme.fill(qss)


INKED = re.compile(r"@INKED_([A-Z_]+)@")


def inked_icons(role: str) -> Path | None:
    """A folder of the line icons drawn in the current theme's colour ``role`` (a style
    sheet's ``url(@INKED_ON_ACCENT@/check.svg)``), written once per colour to the user's
    cache folder; None when that cannot be."""
    colour = theme.roles(theme.current())[role]
    folder = platformdirs.user_cache_path("carecenter") / "icons" / colour.lstrip("#")
    try:
        for svg in resources.files("resources").joinpath("icons").iterdir():
            target = folder / svg.name
            if not svg.name.endswith(".svg") or target.exists():
                continue
            data = svg.read_bytes()
            if any(ink in data for ink in INK):
                for ink in INK:
                    data = data.replace(ink, colour.encode("ascii"))
                folder.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
    except OSError:
        return None
    return folder


def stylesheet() -> str:
    """The stylesheet, with ``@ICONS@`` pointing at the shipped icons folder and
    ``@INKED_ROLE@`` at the line icons drawn in the theme's colour ``role``."""
    qss = style_text("carecenter.qss")
    if qss is None:
        return ""
    icons = Path(str(resources.files("resources") / "icons"))
    if icons.is_dir():
        qss = qss.replace("@ICONS@", icons.as_posix())
    for role in set(INKED.findall(qss)):
        folder = inked_icons(role.lower())
        if folder is not None:
            qss = qss.replace(f"@INKED_{role}@", folder.as_posix())
    # Icons inside an archive, or no cache folder: drop the rules that need a file path.
    return "\n".join(line for line in qss.splitlines()
                     if "@ICONS@" not in line and not INKED.search(line))


# The features' stylesheets, set with the console's before the first paint: each
# setStyleSheet on the application re-polishes every widget, so setting them all at once
# saves a pass per feature; each feature then finds its own already in (by its mark).
RECOVERY_STYLE = "recovery.qss"  # apply_recovery_style: application property recoveryStyle
# ui.decisions.feature._add_style: STYLE_MARK
DECISIONS_STYLE = ("decisions.qss", "/* decisions */")


def console_stylesheet() -> str:
    """The console's stylesheet with the features' (recovery, decisions), in the current
    theme's colours."""
    qss = stylesheet()
    if qss and (recovery := style_text(RECOVERY_STYLE)) is not None:
        qss += "\n" + recovery
    name, mark = DECISIONS_STYLE
    if qss and (decisions := style_text(name)) is not None:
        qss += "\n" + mark + "\n" + decisions
    return qss


def restyle(app: QApplication, force: bool = False) -> None:
    """Set the console's stylesheet again, in the current theme (``force``: even on an
    application that has none yet)."""
    if not (force or app.styleSheet()):
        return
    qss = console_stylesheet()
    if qss:
        app.setProperty("recoveryStyle", True)
    if qss != app.styleSheet():  # each setting re-polishes every widget: only a change
        app.setStyleSheet(qss)


def apply_recovery_style() -> None:
    """Add ``resources/styles/recovery.qss`` (cases, follow-ups, the supervisor view) to the
    application's stylesheet, once."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or app.property("recoveryStyle"):
        return
    qss = style_text(RECOVERY_STYLE)
    if qss is None:
        return
    app.setProperty("recoveryStyle", True)
    app.setStyleSheet(app.styleSheet() + "\n" + qss)


class _IconLabel(QLabel):
    """A small icon that follows the theme (a QLabel's pixmap is painted once)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self._draw()

    def _draw(self) -> None:
        self.setPixmap(icon(self.name).pixmap(QSize(14, 14)))

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            self._draw()
        return super().event(event)


def status_item(icon_name: str) -> tuple[QWidget, QLabel]:
    """An icon and a text for the status bar (the agent, the store): the box and its label."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(8, 0, 8, 0)
    row.setSpacing(6)
    pic = _IconLabel(icon_name)
    text = QLabel()
    text.setObjectName("statusItem")
    row.addWidget(pic)
    row.addWidget(text)
    return box, text
