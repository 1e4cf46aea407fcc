"""Icons and the stylesheet shipped in resources/, read with importlib.resources."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QWidget

from ui.shell import theme


def _read(*parts: str) -> bytes:
    ref = resources.files("resources")
    for part in parts:
        ref = ref / part
    return ref.read_bytes()


@cache
def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg`` rendered at the usual sizes (empty icon if missing)."""
    try:
        data = _read("icons", f"{name}.svg")
    except OSError:
        return QIcon()
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


def stylesheet() -> str:
    """The stylesheet, with ``@ICONS@`` pointing at the shipped icons folder."""
    qss = style_text("carecenter.qss")
    if qss is None:
        return ""
    icons = Path(str(resources.files("resources") / "icons"))
    if icons.is_dir():
        return qss.replace("@ICONS@", icons.as_posix())
    # Icons inside an archive: drop the rules that need a file path.
    return "\n".join(line for line in qss.splitlines() if "@ICONS@" not in line)


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


def status_item(icon_name: str) -> tuple[QWidget, QLabel]:
    """An icon and a text for the status bar (the agent, the store): the box and its label."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(8, 0, 8, 0)
    row.setSpacing(6)
    pic = QLabel()
    pic.setPixmap(icon(icon_name).pixmap(QSize(14, 14)))
    text = QLabel()
    text.setObjectName("statusItem")
    row.addWidget(pic)
    row.addWidget(text)
    return box, text
