"""Starting the console: ``carecenter gui [--db PATH] [--call NUMBER] [--screenshot FILE]
[--press KEYS] [--lang CODE] [--theme NAME]``."""

from __future__ import annotations

import contextlib
import importlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from carecenter.db.cipher import create_owner_only
from carecenter.db.store import APP_ID, Store, StoreError, default_store_path
from carecenter.services.customers.phones import number_from_link
from carecenter.settings import Settings
from ui.shell import first_run, i18n, passphrase, theme
from ui.shell import screenshot as shots
from ui.shell.main_window import MainWindow
from ui.shell.ops import OpRunner, user_message
from ui.shell.resources import icon, restyle
from ui.shell.single_instance import CallServer, hand_over, server_name

SCREENSHOT_SIZE = (1366, 768)  # a common laptop (issue 17)


def window_settings(path: Path | None = None) -> QSettings:
    """Window geometry in an ini file beside settings.json (never pickled, never a
    registry), readable by its owner only as the settings are: made so before QSettings
    first writes it (it keeps the mode of the file it rewrites)."""
    path = path or platformdirs.user_config_path(APP_ID) / "window.ini"
    with contextlib.suppress(OSError):  # unwritable: QSettings says so when it saves
        path.parent.mkdir(parents=True, exist_ok=True)
        create_owner_only(path)
    return QSettings(str(path), QSettings.Format.IniFormat)


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QCoreApplication.setOrganizationName("CareCenter")
    QCoreApplication.setApplicationName("CareCenter")
    return QApplication(sys.argv[:1])


def style(app: QApplication, wanted: str | None = None) -> str:
    """The console's look: Fusion, the theme chosen (``wanted``: "system" or a theme of
    ``ui.shell.theme``; by default the one already chosen) as palette and stylesheet, and
    "system" following the OS when it switches between light and dark. Returns the theme
    shown."""
    app.setWindowIcon(icon("carecenter"))
    app.setStyle("Fusion")
    shown = theme.apply(app, wanted if wanted is not None else theme.choice(),
                        restyle=lambda: restyle(app, force=True))
    theme.follow_system(app, lambda: restyle(app, force=True))
    return shown


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
    image = shots.compose(window)  # with what --press opened over it
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
                       result: dict[str, int], keys: Sequence[str] = ()) -> None:
    """Save the window to ``target`` once it is ready (the call settled, or else the store
    open) and ``keys`` were pressed, then close it; ``result["code"]`` tells whether the
    PNG was written."""
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

    def pressed() -> None:
        for missing in shots.press(window, keys):
            print(f"carecenter: no shortcut {missing} in the console.", file=sys.stderr)
        shots.when_idle(window, shoot)

    ready = window.call_settled if after_call else window.store_attached
    ready.connect(lambda: QTimer.singleShot(0, pressed))


def welcome_desk(settings: Settings, path: Path, runner: OpRunner
                 ) -> tuple[Settings, Path, bool] | None:
    """The first-run wizard (no agent known here): the settings saved with the agent and
    the store chosen, that store and whether to make it; None when cancelled (nothing
    written)."""
    from ui.shell.first_run_wizard import WelcomeWizard, remember

    wizard = WelcomeWizard(settings, path, runner)
    try:
        if not wizard.exec() or wizard.welcome is None:
            return None
        w = wizard.welcome
        return remember(settings, w, default_store_path()), w.store_path, w.create
    finally:
        wizard.deleteLater()


def choose_store(settings: Settings, path: Path, runner: OpRunner, screenshot: bool
                 ) -> tuple[Settings, Path, bool] | int:
    """The settings, the store to open and whether to make it, or the exit code: the
    first-run wizard when no agent is known here (never for a screenshot), else the
    first-run dialog when there is no store at ``path`` (a screenshot: said, none made)."""
    if not screenshot and first_run.nobody_here(settings):
        welcomed = welcome_desk(settings, path, runner)
        return 1 if welcomed is None else welcomed  # cancelled: nothing written or made
    create = first_run.missing(path)
    if create and (screenshot or not first_run.FirstRunDialog(path).ask()):
        if screenshot:  # nobody to ask: said, and nothing made
            refuse(first_run.missing_error(path), dialog=False)
        return 2 if screenshot else 1
    return settings, path, create


def _listen(path: Path) -> CallServer:
    server = CallServer(server_name(path))
    server.listen()
    return server


def run(db: Path | str | None = None, call: str | None = None,
        screenshot: Path | str | None = None, lang: str | None = None,
        *, theme_name: str | None = None, press: Sequence[str] = ()) -> int:
    settings = Settings.load()
    app = application()
    call = number_from_link(call) if call else None
    path = Path(db) if db is not None else \
        Path(settings.store_path) if settings.store_path else default_store_path()
    server: CallServer | None = None
    if screenshot is None:
        # One console per user and store: hand the call to the running one, if any.
        name = server_name(path)
        if hand_over(name, call):
            return 0
        server = _listen(path)
    i18n.set_language(lang or settings.language)
    style(app, theme_name or settings.theme)
    result = {"code": 0}
    try:  # not ours, damaged or newer: refused before any window shows (cheap, no SQL layer)
        passphrase.unlock(path, ask=screenshot is None)  # encrypted, no keyring: asked
    except StoreError as exc:
        refuse(exc, dialog=screenshot is None)
        if server is not None:
            server.close()
        return 2
    runner = OpRunner()
    chosen = choose_store(settings, path, runner, screenshot is not None)
    if not isinstance(chosen, int) and chosen[2] and not passphrase.for_new_store(chosen[1]):
        chosen = 1  # a new encrypted store with no keyring and no passphrase: nothing made
    if isinstance(chosen, int):
        runner.shutdown()
        if server is not None:
            server.close()
        return chosen
    if chosen[1] != path and server is not None:  # calls for this desk reach its store
        server.close()
        server = _listen(chosen[1])
    settings, path, create = chosen

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
        arrange_screenshot(window, Path(screenshot), bool(call), result, press)
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
