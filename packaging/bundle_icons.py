"""The program icon for Windows (.ico) and macOS (.icns), drawn from
``resources/icons/carecenter.svg`` with Qt (its ico and icns image plugins write them), at
build time: no binary icon is kept in the repository. Linux needs none (the .desktop file
names the SVG)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def platform_icon(root: Path, work: Path) -> str | None:
    suffix = {"win32": ".ico", "darwin": ".icns"}.get(sys.platform)
    if suffix is None:
        return None
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(root / "resources" / "icons" / "carecenter.svg"))
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    work.mkdir(parents=True, exist_ok=True)
    target = work / f"carecenter{suffix}"
    if not image.save(str(target)):
        print(f"note: no {suffix} icon written (Qt lacks the image plugin); the default is used")
        return None
    return str(target)
