"""UI test fixtures: a populated store, the op runner, and strict leftover-work checks.

Like napari's conftest, every UI test fails if it leaves a QThread, a thread-pool task
or a QTimer running: the widgets under test must stop their own work when closed.
"""

from __future__ import annotations

import shutil
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import pytest
import shiboken6
from PySide6.QtCore import QSettings, QThread, QThreadPool, QTimer

from carecenter.db.store import Store
from carecenter.settings import Settings
from tests.ui.builders import Demo, populate
from ui.shell import i18n
from ui.shell.ops import OpRunner
from ui.sync.status import SyncController

# The offscreen platform warns about window size hints it cannot pass on: not our fault.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


def _where() -> str:
    frames = traceback.extract_stack()[:-2]
    ours = [f for f in frames if "/ui/" in f.filename or "/tests/" in f.filename]
    f = (ours or frames)[-1]
    return f"{f.filename}:{f.lineno}"


def _alive(obj: Any) -> bool:
    return shiboken6.isValid(obj)


class WorkTracker:
    """Records where each QThreadPool task, QTimer and QThread was started."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.pools: WeakKeyDictionary[QThreadPool, str] = WeakKeyDictionary()
        self.timers: WeakKeyDictionary[QTimer, str] = WeakKeyDictionary()
        self.threads: WeakKeyDictionary[QThread, str] = WeakKeyDictionary()
        for cls, table in ((QThreadPool, self.pools), (QTimer, self.timers),
                           (QThread, self.threads)):
            monkeypatch.setattr(cls, "start", self._tracking(cls.start, table))

    @staticmethod
    def _tracking(original: Any, table: WeakKeyDictionary[Any, str]) -> Any:
        def start(self: Any, *args: Any, **kw: Any) -> Any:
            table[self] = _where()
            return original(self, *args, **kw)
        return start

    def leftovers(self) -> list[str]:
        left = [f"thread-pool task started at {w}" for p, w in list(self.pools.items())
                if _alive(p) and p.activeThreadCount()]
        left += [f"timer started at {w}" for t, w in list(self.timers.items())
                 if _alive(t) and t.isActive()]
        left += [f"thread started at {w}" for t, w in list(self.threads.items())
                 if _alive(t) and t.isRunning()]
        return left


@pytest.fixture(autouse=True)
def _no_leftover_work(monkeypatch: pytest.MonkeyPatch) -> Iterator[WorkTracker]:
    """Fail the test if a thread, pool task or timer it started is still running."""
    tracker = WorkTracker(monkeypatch)
    yield tracker
    left = tracker.leftovers()
    if left:
        pytest.fail("left running after the test: " + "; ".join(left), pytrace=False)


@pytest.fixture(autouse=True)
def _english(qapp: Any) -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture(scope="session")
def _template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Demo]:
    """Built once (a new store runs every migration): each test gets its own copy."""
    path = tmp_path_factory.mktemp("template") / "demo.db"
    s = Store.open(path)
    try:
        demo = populate(s, customers=16, main_contacts=75)
    finally:
        s.close()
    return path, demo


@pytest.fixture
def store(_template: tuple[Path, Demo], store_path: Path) -> Iterator[Store]:
    """A copy of the populated template store (overrides the empty one of tests/)."""
    shutil.copyfile(_template[0], store_path)
    s = Store.open(store_path)
    yield s
    s.close()


@pytest.fixture
def demo(_template: tuple[Path, Demo], store: Store) -> Demo:
    return _template[1]


@pytest.fixture
def runner() -> Iterator[OpRunner]:
    r = OpRunner()
    yield r
    r.shutdown()


@pytest.fixture
def settings() -> Settings:
    return Settings(agent_name="Giulia Bianchi", store="Milano Centro")


@pytest.fixture
def window_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: Any, runner: OpRunner, store: Store, settings: Settings,
           window_settings: QSettings) -> Iterator[Any]:
    """The main window on the test store, shown (features installed at once)."""
    from ui.shell.main_window import MainWindow

    w = MainWindow(runner, store, settings, window_settings=window_settings)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


@pytest.fixture
def hub_service(tmp_path: Path) -> Iterator[Any]:
    """A real hub service (uvicorn, free port, SQLite hub file): ``tests/hub_service.py``."""
    from tests.hub_service import HubService

    svc = HubService(tmp_path / "hub.db")
    svc.start()
    yield svc
    svc.close()


@pytest.fixture
def console(qtbot: Any, runner: OpRunner, store: Store,
            window_settings: QSettings) -> Iterator[Any]:
    """Opens main windows on the test store (the first sync left to the test); closes them."""
    windows: list[Any] = []

    from ui.shell.main_window import MainWindow

    def make(s: Settings) -> Any:
        w = MainWindow(runner, store, s, window_settings)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        w.findChild(SyncController).soon.stop()
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.close()
