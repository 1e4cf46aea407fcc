"""Console figures for ``carecenter bench``, measured offscreen in a process of their own
(the core never imports Qt):

    python -m ui.shell.bench --db STORE --numbers NUMBERS.json

prints one JSON object: screen pop p50/p95 (from ``window.call`` to the customer view,
picker or form painted, over the numbers), cold start to a usable window beside a bare
QMainWindow start (each a fresh process, median of a few), and each process's own peak
memory (``VmHWM``, read by the process itself: ``carecenter.bench.memory``).

A start is timed from launching the process to the window painted with the search field
focused (``start_s``; the console shows it before the store is open, keystrokes wait for
the store) and, for the console, to the store open with the features plugged in and
searches running (``start_ready_s``); the bare start to its window painted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

START_RUNS = 3
PEAK = "peak_rss_mb"  # a mark that is megabytes, not a moment


def _percentile(values: list[float], p: int) -> float:
    from carecenter.stats import percentile

    return percentile(values, p)


def screen_pops(db: Path, numbers: list[str]) -> dict[str, float]:
    from PySide6.QtCore import QEventLoop, QTimer

    from carecenter.db.store import Store
    from carecenter.settings import Settings
    from ui.customer.api import SCREEN_POP
    from ui.shell.app import application, style
    from ui.shell.main_window import MainWindow
    from ui.shell.ops import OpRunner

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
            pop = window.registry.find(SCREEN_POP)
            for dialog in (pop.picker, pop.form) if pop is not None else ():
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


def _mark(name: str) -> None:
    """A moment of a timed start, on the wall clock the launching process also reads."""
    print(json.dumps({name: time.time()}), flush=True)


def _mark_peak() -> None:
    """The process's own peak memory so far, for the launching process."""
    from carecenter.bench.memory import own_peak_rss_mb

    print(json.dumps({PEAK: own_peak_rss_mb()}), flush=True)


def _start_child(db: Path) -> None:
    """A console start as ``carecenter gui`` does it: marks the window usable (painted,
    search field focused), then the store open and the features in, then exits."""
    from PySide6.QtCore import QEventLoop

    from carecenter.db import store as store_file
    from carecenter.settings import Settings
    from ui.shell import i18n
    from ui.shell.app import application, open_console, style
    from ui.shell.ops import OpRunner

    app = application()
    settings = Settings.load()
    i18n.set_language(settings.language)
    style(app)
    path = Path(db)
    store_file.check(path)
    runner = OpRunner()
    failed: list[BaseException] = []
    loop = QEventLoop()

    def refused(exc: BaseException) -> None:
        failed.append(exc)
        loop.quit()

    window = open_console(runner, path, settings, refused, window_settings=None)
    window.search_ready.connect(loop.quit)
    app.processEvents()
    window.repaint()
    _mark("usable")
    if not window.search_ready_now and not failed:
        loop.exec()
    if failed:
        raise failed[0]
    _mark("ready")
    _mark_peak()
    runner.shutdown()
    window.store.close()


def _bare_child() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    window.repaint()
    _mark("usable")
    _mark_peak()


def _timed_start(args: list[str]) -> dict[str, float]:
    """Seconds from launching a child to each moment it marks."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.time()
    out = subprocess.run([sys.executable, "-m", "ui.shell.bench", *args], check=True, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    marks: dict[str, float] = {}
    for line in out.stdout.splitlines():
        if line.startswith("{"):
            marks.update({k: v if k == PEAK else v - start for k, v in json.loads(line).items()})
    return marks


def cold_starts(db: Path, runs: int = START_RUNS) -> dict[str, float]:
    ours = [_timed_start(["--start-child", "--db", str(db)]) for _ in range(runs)]
    bare = [_timed_start(["--bare-child"]) for _ in range(runs)]
    return {"start_s": round(statistics.median(m["usable"] for m in ours), 3),
            "start_ready_s": round(statistics.median(m["ready"] for m in ours), 3),
            "raw_start_s": round(statistics.median(m["usable"] for m in bare), 3),
            "start_peak_rss_mb": round(statistics.median(m[PEAK] for m in ours), 1),
            "raw_start_peak_rss_mb": round(statistics.median(m[PEAK] for m in bare), 1)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m ui.shell.bench")
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
    from carecenter.bench.memory import own_peak_rss_mb

    figures["console_peak_rss_mb"] = own_peak_rss_mb()
    figures.update(cold_starts(args.db, max(1, args.starts)))
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
