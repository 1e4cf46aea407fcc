"""Reading ahead: a large file is read and checked by a second process while this one
writes the batch before, so the two cores of a small machine both work on an import.

The child is forked after the header was read, so it shares the open file, the kind and
its lookup tables, and runs ``engine._batches`` (reading and ``Kind.parse``, which touch no
database). Each batch travels through a pipe as three lists (line numbers, parsed rows,
and each row's cells joined by NUL, which no row taken holds: a cell with a control
character is refused); the writing side makes
its ``Pending`` rows from them and splits the cells of a row only if it rejects the row.
Sending the rows themselves cost more than reading them (pickling 50,000 objects).

Forking is only safe for a process that runs nothing else at the same time, so reading
ahead is for the main thread of a single-threaded process (the ``carecenter import`` and
``bench`` commands) and platforms that fork; the console imports in a worker thread and
reads in that thread as before. Either way the same rows are read, checked and written in
the same batches.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from carecenter.problems import Problem
from carecenter.services.imports.reader import ImportFileError, Source

# Below this a file is read in a blink: a second process would cost more than it saves.
MIN_BYTES = 4 << 20
_SEP = "\0"
_PR_SET_PDEATHSIG = 1  # linux/prctl.h

Batches = Callable[..., Iterator[Any]]  # engine._batches


def worthwhile(src: Source) -> bool:
    """Whether ``src`` is read ahead: large enough, and forking is safe here."""
    return (src.size >= MIN_BYTES and "fork" in multiprocessing.get_all_start_methods()
            and threading.current_thread() is threading.main_thread()
            and threading.active_count() == 1)


def read_ahead(src: Source, kind: Any, batch_size: int, batches: Batches,
               make_pending: Callable[[int, str, Any], Any]) -> Generator[Any, None, None]:
    """``batches(src, kind, batch_size)`` run by a forked child, batch by batch; the
    child reads the next batch while the caller writes this one."""
    ctx = multiprocessing.get_context("fork")
    receiving, sending = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(sending, src, kind, batch_size, batches),
                        kwargs={"writers_end": receiving, "parent": os.getpid()},
                        daemon=True, name="carecenter-import-reader")
    child.start()
    sending.close()
    try:
        while True:
            try:
                message = receiving.recv()
            except EOFError:
                raise ImportFileError(Problem.FILE_STOPPED, file=src.path.name,
                                      exit_code=_exit_code(child)) from None
            if message is None:
                return
            if isinstance(message, _Failed):
                raise ImportFileError(Problem(message.code), **message.values)
            lines, cells, parsed, early, rows, fraction, full = message
            yield ([make_pending(*row) for row in zip(lines, cells, parsed, strict=True)],
                   early, rows, fraction, full)
    finally:
        receiving.close()  # a child still sending stops at its next batch
        child.join(timeout=5)
        if child.is_alive():
            child.kill()
            child.join()


def split_cells(cells: list[str] | str) -> tuple[str, ...]:
    """A row's cells as they came from the file, also when they crossed the pipe."""
    return tuple(cells.split(_SEP)) if isinstance(cells, str) else tuple(cells)


def _end_with_parent(parent: int) -> None:
    """This process ends when the writer does, even killed with SIGKILL (issue 16): on
    Linux the kernel sends it SIGKILL then (prctl PR_SET_PDEATHSIG); elsewhere its next
    send finds the pipe closed. A writer already gone before that was set: end now."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(0)


def _child(conn: Connection, src: Source, kind: Any, batch_size: int, batches: Batches,
           *, writers_end: Connection, parent: int) -> None:
    # The writer's end of the pipe, copied by the fork: held here, it would keep the pipe
    # open after the writer died, and a send into a full pipe would wait forever.
    writers_end.close()
    _end_with_parent(parent)
    # Ctrl+C reaches the whole process group: the writer stops and closes the pipe, and
    # this process ends quietly at its next batch instead of printing a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        for batch, early, rows, fraction, full in batches(src, kind, batch_size):
            conn.send(([p.line for p in batch], [_SEP.join(p.cells) for p in batch],
                       [p.parsed for p in batch], early, rows, fraction, full))
        conn.send(None)
    except (BrokenPipeError, ConnectionResetError):
        pass  # the writer stopped (cancelled, or failed): nothing left to do
    except ImportFileError as exc:  # the file itself: said as the writer would say it
        _tell(conn, _Failed(exc.code.value, exc.values))
    except OSError as exc:
        _tell(conn, _Failed(Problem.FILE_UNREADABLE.value,
                            {"file": src.path.name, "why": str(exc.strerror or exc)}))
    except Exception as exc:  # told to the writer, which stops with it
        _tell(conn, _Failed(Problem.FILE_READ_FAILED.value,
                            {"file": src.path.name, "why": f"{type(exc).__name__}: {exc}"}))
    finally:
        conn.close()


@dataclass(frozen=True)
class _Failed:
    """Why the reader stopped, sent to the writer as a code and its values."""

    code: str
    values: dict[str, Any]


def _tell(conn: Connection, message: _Failed) -> None:
    with contextlib.suppress(OSError):  # the writer is gone: nobody to tell
        conn.send(message)


def _exit_code(child: Any) -> str:
    child.join(timeout=5)
    return str(child.exitcode) if child.exitcode is not None else "unknown"

