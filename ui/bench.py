"""Console figures for ``carecenter bench``, measured offscreen in a process of their own
(the core never imports Qt):

    python -m ui.bench --db STORE --numbers NUMBERS.json

prints one JSON object: screen pop p50/p95 (from ``window.call`` to the customer view,
picker or form painted, over the numbers), cold start to a usable window beside a bare
QMainWindow start (each a fresh process, median of a few), and the console's peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

START_RUNS = 3


def _percentile(values: list[float], p: float) -> float:
    from carecenter.bench.stats import percentile

    return percentile(values, p)


def _rss_mb(who: int) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


def screen_pops(db: Path, numbers: list[str]) -> dict[str, float]:
    from PySide6.QtCore import QEventLoop, QTimer

    from carecenter.db.store import Store
    from carecenter.settings import Settings
    from ui.app import application, style
    from ui.main_window import MainWindow
    from ui.ops import OpRunner

    app = application()
    style(app)
    store = Store.open(db)
    runner = OpRunner()
    window = MainWindow(runner, store, Settings(), window_settings=None)
    window.show()
    app.processEvents()
    times: list[float] = []
    try:
        for n, number in enumerate([numbers[0], *numbers] if numbers else []):
            while window.tabs.count():
                window.close_tab(0)
            loop = QEventLoop()
            window.call_settled.connect(loop.quit)
            guard = QTimer()
            guard.setSingleShot(True)
            guard.timeout.connect(loop.quit)
            guard.start(30_000)
            start = time.perf_counter()
            window.call(number)
            loop.exec()
            elapsed = (time.perf_counter() - start) * 1000
            guard.stop()
            window.call_settled.disconnect(loop.quit)
            if n:  # the first pop warms up imports and caches: not counted
                times.append(elapsed)
            pop = getattr(window, "screen_pop", None)
            for dialog in (getattr(pop, "picker", None), getattr(pop, "form", None)):
                if dialog is not None:
                    dialog.close()
        # let the pops' metric writes finish
        while runner.pending:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    finally:
        runner.shutdown()
        window.close()
        window.deleteLater()
        app.processEvents()
        store.close()
    return {"screen_pop_p50_ms": round(_percentile(times, 50), 3),
            "screen_pop_p95_ms": round(_percentile(times, 95), 3),
            "screen_pops": len(times)}


def _start_child(db: Path) -> None:
    """A console start up to a usable window (search field focused, painted), then exit."""
    from carecenter.db.store import Store
    from carecenter.settings import Settings
    from ui import i18n
    from ui.app import application, style
    from ui.main_window import MainWindow
    from ui.ops import OpRunner

    app = application()
    settings = Settings.load()
    i18n.set_language(settings.language)
    style(app)
    store = Store.open(db)
    runner = OpRunner()
    window = MainWindow(runner, store, settings, window_settings=None)
    window.show()
    window.search.focus_search()
    app.processEvents()
    window.repaint()
    runner.shutdown()
    store.close()


def _bare_child() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    window.repaint()


def _timed_start(args: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "ui.bench", *args], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def cold_starts(db: Path, runs: int = START_RUNS) -> dict[str, float]:
    ours = [_timed_start(["--start-child", "--db", str(db)]) for _ in range(runs)]
    bare = [_timed_start(["--bare-child"]) for _ in range(runs)]
    return {"start_s": round(statistics.median(ours), 3),
            "raw_start_s": round(statistics.median(bare), 3)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m ui.bench")
    p.add_argument("--db", type=Path)
    p.add_argument("--numbers", type=Path, help="JSON list of the numbers to pop")
    p.add_argument("--starts", type=int, default=START_RUNS)
    p.add_argument("--start-child", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--bare-child", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.bare_child:
        _bare_child()
        return 0
    if args.db is None:
        p.error("--db is required")
    if args.start_child:
        _start_child(args.db)
        return 0
    numbers = json.loads(args.numbers.read_text(encoding="utf-8")) if args.numbers else []
    figures: dict[str, float] = {}
    figures.update(screen_pops(args.db, [str(n) for n in numbers]))
    figures["console_peak_rss_mb"] = _rss_mb(resource.RUSAGE_SELF)
    figures.update(cold_starts(args.db, max(1, args.starts)))
    figures["start_peak_rss_mb"] = _rss_mb(resource.RUSAGE_CHILDREN)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
