"""Starting the console: ``carecenter gui [--db PATH] [--call NUMBER] [--screenshot FILE]``."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from carecenter.db.store import APP_ID, Store, StoreError, default_store_path
from carecenter.services.phones import number_from_link
from carecenter.settings import Settings
from ui import i18n
from ui.main_window import MainWindow
from ui.ops import OpRunner
from ui.resources import icon, stylesheet
from ui.single_instance import CallServer, hand_over, server_name

SCREENSHOT_SIZE = (1400, 900)


def window_settings() -> QSettings:
    """Window geometry in an ini file beside settings.json (never pickled, never a registry)."""
    path = platformdirs.user_config_path(APP_ID) / "window.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QCoreApplication.setOrganizationName("CareCenter")
    QCoreApplication.setApplicationName("CareCenter")
    return QApplication(sys.argv[:1])


def style(app: QApplication) -> None:
    app.setWindowIcon(icon("carecenter"))
    app.setStyle("Fusion")
    app.setStyleSheet(stylesheet())


def error_box(message: str, parent: QWidget | None = None) -> QMessageBox:
    """The dialog that shows a store that cannot be opened: one sentence, no traceback."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("app", "CareCenter cannot start"))
    box.setText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box


def save_screenshot(window: MainWindow, target: Path) -> bool:
    """Save the window as PNG; the window title (the open customer) goes into the PNG's
    Title text, so a script can tell what the picture shows."""
    QApplication.processEvents()
    window.repaint()
    image = window.grab().toImage()
    image.setText("Title", window.windowTitle())
    # PySide6 takes the format as str at run time; its stubs say bytes.
    return image.save(str(target), "PNG")  # type: ignore[call-overload,no-any-return]


def run(db: Path | str | None = None, call: str | None = None,
        screenshot: Path | str | None = None, lang: str | None = None) -> int:
    settings = Settings.load()
    app = application()
    call = number_from_link(call) if call else None
    server: CallServer | None = None
    if screenshot is None:
        # One console per user and store: hand the call to the running one, if any.
        name = server_name(Path(db) if db is not None else default_store_path())
        if hand_over(name, call):
            return 0
        server = CallServer(name)
        server.listen()
    i18n.set_language(lang or settings.language)
    style(app)
    try:
        store = Store.open(db)
    except StoreError as exc:
        print(f"carecenter: {exc}", file=sys.stderr)
        if screenshot is None:
            error_box(str(exc)).exec()
        return 2

    runner = OpRunner()
    window = MainWindow(runner, store, settings,
                        window_settings=None if screenshot else window_settings())
    result = {"code": 0}
    if screenshot is not None:
        target = Path(screenshot)
        window.resize(*SCREENSHOT_SIZE)

        def shoot() -> None:
            result["code"] = 2
            try:  # whatever happens, close: a screenshot run must never hang
                if save_screenshot(window, target):
                    result["code"] = 0
                else:
                    print(f"carecenter: the screenshot could not be written to {target}.",
                          file=sys.stderr)
            finally:
                window.close()

        if call:
            window.call_settled.connect(lambda: QTimer.singleShot(0, shoot))
        else:
            QTimer.singleShot(0, shoot)
    if server is not None:
        server.call_received.connect(window.take_call)
    window.show()
    if call:
        window.call(call)
    else:
        window.search.focus_search()
    try:
        app.exec()
    finally:
        if server is not None:
            server.close()
        runner.shutdown()
        window.deleteLater()
        QApplication.processEvents()
        store.close()
    return result["code"]
