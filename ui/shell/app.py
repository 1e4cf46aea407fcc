"""Starting the console: ``carecenter gui [--db PATH] [--call NUMBER] [--screenshot FILE]``."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from carecenter.db.store import APP_ID, Store, StoreError, default_store_path
from carecenter.services.customers.phones import number_from_link
from carecenter.settings import Settings
from ui.shell import first_run, i18n, passphrase
from ui.shell.main_window import MainWindow
from ui.shell.ops import OpRunner, user_message
from ui.shell.resources import icon, stylesheet
from ui.shell.single_instance import CallServer, hand_over, server_name

SCREENSHOT_SIZE = (1366, 768)  # a common laptop (issue 17)


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


# The features' stylesheets, added to the console's before the first paint: each
# setStyleSheet on the application re-polishes every widget, so setting them all at once
# saves a pass per feature; each feature then finds its own already in (by its mark).
RECOVERY_STYLE = "recovery.qss"  # ui.shell.resources.apply_recovery_style: property recoveryStyle
# ui.decisions.feature._add_style: STYLE_MARK
DECISIONS_STYLE = ("decisions.qss", "/* decisions */")


def _feature_qss(name: str) -> str | None:
    from importlib import resources

    try:
        return (resources.files("resources") / "styles" / name).read_text("utf-8")
    except OSError:
        return None


def style(app: QApplication) -> None:
    app.setWindowIcon(icon("carecenter"))
    app.setStyle("Fusion")
    qss = stylesheet()
    if qss and (recovery := _feature_qss(RECOVERY_STYLE)) is not None:
        qss += "\n" + recovery
        app.setProperty("recoveryStyle", True)
    name, mark = DECISIONS_STYLE
    if qss and mark not in qss and (decisions := _feature_qss(name)) is not None:
        qss += "\n" + mark + "\n" + decisions
    app.setStyleSheet(qss)


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


def refuse(exc: BaseException, dialog: bool) -> None:
    """A store that cannot be opened: one sentence on stderr and in a dialog."""
    message = first_run.store_sentence(exc) if isinstance(exc, StoreError) \
        else user_message(exc)
    print(f"carecenter: {message}", file=sys.stderr)
    if dialog:
        error_box(message).exec()


def open_store(path: Path, create: bool = False) -> Store:
    """On the store worker: open the store (made only with ``create``: the first-run
    dialog said so) and load the search, the only thing the console needs before it is
    ready; the features load after (``MainWindow.attach_store``)."""
    store = Store.open(path, create=create, encrypt=create)  # new stores are encrypted
    try:
        importlib.import_module("carecenter.services.search.query")
    except BaseException:
        store.close()
        raise
    return store


def open_console(runner: OpRunner, path: Path, settings: Settings,
                 refused: Callable[[BaseException], None],
                 window_settings: QSettings | None = None, *,
                 ask_sign_in: bool = True, create: bool = False) -> MainWindow:
    """The console window, shown at once with the search field focused and usable; the
    store opens on the worker meanwhile and is attached when it arrives (what is typed
    or called before waits for it). ``refused`` gets a store that cannot be opened.
    ``ask_sign_in`` False (``--screenshot``): never a sign-in dialog to wait on."""
    window = MainWindow(runner, None, settings, window_settings=window_settings,
                        store_path=path)
    window.ask_sign_in = ask_sign_in
    window.show()
    window.search.focus_search()

    def start() -> None:  # after the first paint: the worker's imports would slow it
        runner.op(window, lambda _state: open_store(path, create)) \
            .success(window.attach_store).failure(refused).run()

    QTimer.singleShot(0, start)
    return window


def arrange_screenshot(window: MainWindow, target: Path, after_call: bool,
                       result: dict[str, int]) -> None:
    """Save the window to ``target`` once it is ready (the call settled, or else the store
    open), then close it; ``result["code"]`` tells whether the PNG was written."""
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

    ready = window.call_settled if after_call else window.store_attached
    ready.connect(lambda: QTimer.singleShot(0, shoot))


def run(db: Path | str | None = None, call: str | None = None,
        screenshot: Path | str | None = None, lang: str | None = None) -> int:
    settings = Settings.load()
    app = application()
    call = number_from_link(call) if call else None
    path = Path(db) if db is not None else default_store_path()
    server: CallServer | None = None
    if screenshot is None:
        # One console per user and store: hand the call to the running one, if any.
        name = server_name(path)
        if hand_over(name, call):
            return 0
        server = CallServer(name)
        server.listen()
    i18n.set_language(lang or settings.language)
    style(app)
    result = {"code": 0}
    try:  # not ours, damaged or newer: refused before any window shows (cheap, no SQL layer)
        passphrase.unlock(path, ask=screenshot is None)  # encrypted, no keyring: asked
    except StoreError as exc:
        refuse(exc, dialog=screenshot is None)
        if server is not None:
            server.close()
        return 2
    create = first_run.missing(path)
    if create and (screenshot is not None or not first_run.FirstRunDialog(path).ask()
                   or not passphrase.for_new_store(path)):
        if screenshot is not None:  # nobody to ask: said, and nothing made
            refuse(first_run.missing_error(path), dialog=False)
        if server is not None:
            server.close()
        return 2 if screenshot is not None else 1

    runner = OpRunner()

    def refused(exc: BaseException) -> None:  # the store failed to open after the check
        window.hide()
        refuse(exc, dialog=screenshot is None)
        result["code"] = 2
        window.close()
        app.quit()

    window = open_console(runner, path, settings, refused,
                          window_settings=None if screenshot else window_settings(),
                          ask_sign_in=screenshot is None, create=create)
    if screenshot is not None:
        arrange_screenshot(window, Path(screenshot), bool(call), result)
    if server is not None:
        server.call_received.connect(window.take_call)
    if call:
        window.call(call)
    try:
        app.exec()
    finally:
        if server is not None:
            server.close()
        runner.shutdown()
        store = window.store if window.search_ready_now else None
        window.deleteLater()
        QApplication.processEvents()
        if store is not None:
            store.close()
    return result["code"]
