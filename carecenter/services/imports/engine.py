"""The import loop shared by every kind of file: read, check, write in whole batches.

Each batch of rows is one transaction (one ``UnitOfWork``): a kill mid-import loses at
most the batch being written, never half of it, and because every kind looks its keys up
before writing, running the same file again takes only what is missing.
"""

from __future__ import annotations

import csv
import json
from abc import ABC, abstractmethod
from collections.abc import Callable, Generator, Hashable, Iterable
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any, ClassVar

from carecenter.db.store import Store
from carecenter.services.imports import ahead, fields
from carecenter.services.imports.ahead import split_cells
from carecenter.services.imports.problems import Code, Problem, RowError, plain, problem
from carecenter.services.imports.reader import ENCODING_NAMES, Header, Source, open_source
from carecenter.services.tasks import TaskState
from carecenter.services.uow import UnitOfWork, search_moves_deferred

# Rows a transaction. Each commit writes every page the batch dirtied; the contact and
# customer indexes take rows in random key order, so small batches rewrite the same index
# pages commit after commit (at 5,000 rows a batch, commits were a fifth of an import;
# 50,000 write a contacts batch about 10% faster than 20,000 in a bare sqlite3 run).
BATCH_SIZE = 50_000
KEPT_REJECTS = 1000  # rejects kept in the result (all go to the rejects file and callback)


@dataclass(frozen=True)
class Reject:
    line: int
    problems: tuple[Problem, ...]
    cells: tuple[str, ...] = ()


Describe = Callable[[Problem], str]  # a problem in words (the CLI's, or the console's)


@dataclass(slots=True)
class Pending:
    """A row that passed its own checks and waits for its batch to be written."""

    line: int
    cells: list[str] | str  # a str when read ahead: see ahead.split_cells
    parsed: Any


@dataclass
class BatchOutcome:
    imported: int = 0
    unchanged: int = 0
    rejects: list[Reject] = field(default_factory=list)

    def reject(self, item: Pending, code: Code, column: str, value: str,
               *extra: str | int) -> None:
        self.rejects.append(Reject(item.line, (problem(code, column, value, *extra),),
                                   split_cells(item.cells)))


@dataclass
class ImportResult:
    kind: str
    path: Path
    rows: int = 0  # data rows read (blank lines not counted)
    imported: int = 0
    unchanged: int = 0  # already stored with the same content
    rejected: int = 0
    rejects: list[Reject] = field(default_factory=list)  # the first KEPT_REJECTS
    unknown_columns: tuple[str, ...] = ()
    rejects_path: Path | None = None
    created: dict[str, int] = field(default_factory=dict)  # e.g. {"agent": 2}
    read_ahead: bool = False  # read and checked by a second process (ahead.py)
    encoding: str = ""  # as a person names it: UTF-8, Windows-1252, Excel ...
    time_zone: str = ""  # the zone times without an offset were read in (fields.local_zone)

    @property
    def ok(self) -> bool:
        return self.rejected == 0


class Kind(ABC):
    """One kind of import file: its columns, the check of one row, the write of a batch."""

    name: ClassVar[str]
    columns: ClassVar[tuple[str, ...]]
    required: ClassVar[tuple[str, ...]]
    key_column: ClassVar[str]

    def __init__(self) -> None:
        self.created: dict[str, int] = {}
        self.limits = fields.Limits.now()

    def begin(self, store: Store) -> None:  # noqa: B027 - optional hook
        """Load what every batch needs (small lookup tables)."""

    @abstractmethod
    def parse(self, values: list[str]) -> Any:
        """Check one row (``values`` in the order of ``columns``, "" when absent).

        Raises RowError; touches no database."""

    @abstractmethod
    def key(self, parsed: Any) -> Hashable:
        """The key that makes a row the same row on a second import."""

    def show_key(self, parsed: Any) -> str:
        return str(self.key(parsed))

    @abstractmethod
    def write(self, uow: UnitOfWork, items: list[Pending], out: BatchOutcome) -> None:
        """Look the batch's keys up, write what is new, count or reject the rest."""

    def committed(self) -> None:  # noqa: B027 - optional hook
        """The batch's transaction committed: keep what it created in the caches."""

    def rolled_back(self) -> None:  # noqa: B027 - optional hook
        """The batch's transaction failed: forget what it created."""


def rejects_path_for(path: Path) -> Path:
    return path.with_name(path.name + ".rejects.csv")


def run_import(store: Store, kind: Kind, path: Path, *, state: TaskState | None = None,
               batch_size: int = BATCH_SIZE,
               on_reject: Callable[[Reject], None] | None = None,
               write_rejects: bool = True, read_ahead: bool | None = None,
               describe: Describe = plain) -> ImportResult:
    """Import ``path`` as ``kind``; see docs/import.md for the rules. ``read_ahead``:
    read and check the file in a second process (None: when ``ahead.worthwhile``);
    ``describe`` words each problem in the rejects file."""
    fields.new_import()
    with store.bulk_work(), search_moves_deferred(store):
        return _run_import(store, kind, Path(path), state=state, batch_size=batch_size,
                           on_reject=on_reject, write_rejects=write_rejects,
                           read_ahead=read_ahead, describe=describe)


def _run_import(store: Store, kind: Kind, path: Path, *, state: TaskState | None,
                batch_size: int, on_reject: Callable[[Reject], None] | None,
                write_rejects: bool, read_ahead: bool | None,
                describe: Describe) -> ImportResult:
    with open_source(path, kind.columns, kind.required) as src:
        header = src.header
        result = ImportResult(kind.name, path, unknown_columns=tuple(header.unknown),
                              encoding=ENCODING_NAMES.get(src.encoding, src.encoding),
                              time_zone=fields.local_zone())
        target = rejects_path_for(path)
        rejects = _RejectFile(target, header, describe) if write_rejects else None
        kind.begin(store)
        if read_ahead is None:
            read_ahead = ahead.worthwhile(src)
        result.read_ahead = read_ahead
        batches: Generator[Batch, None, None] = (
            ahead.read_ahead(src, kind, batch_size, _batches, Pending) if read_ahead
            else _batches(src, kind, batch_size))
        try:
            for batch, early, rows, fraction, full in batches:
                if state is not None:
                    state.check()
                result.rows = rows
                _flush(store, kind, batch, early, result=result, rejects=rejects,
                       on_reject=on_reject)
                if state is not None and full:  # the last: below
                    state.progress(fraction, f"{result.rows}")
        except BaseException:
            if rejects is not None:
                rejects.abandon()
            raise
        finally:
            batches.close()  # a reading child stops now, not when the frame is freed
        if rejects is not None:
            result.rejects_path = rejects.finish()
        result.created = dict(kind.created)
        if state is not None:
            state.progress(1.0, f"{result.rows}")
        return result


# rows, rejects, rows read, fraction read, whether the batch is full (else the last)
Batch = tuple[list[Pending], list[Reject], int, float, bool]


def _batches(src: Source, kind: Kind, batch_size: int) -> Generator[Batch, None, None]:
    """The file's rows checked one by one (``kind.parse``), in batches of ``batch_size``
    with the rows rejected meanwhile; the last batch may be empty. The first two batches
    are a tenth and two fifths of that: a writer reading ahead starts sooner (it waited
    half a second for a first batch of 50,000), and the first progress shows sooner. Both
    ways of reading cut the same batches, so they tell the same rejects the same way."""
    sizes = iter([max(1, batch_size // 10), max(1, 2 * batch_size // 5)])
    size = next(sizes)
    header = src.header
    width = len(header.raw)
    # A missing column reads the "" appended to each row at position ``width``.
    pick = itemgetter(*[header.index.get(c, width) for c in kind.columns])
    single = len(kind.columns) == 1
    pad = any(c not in header.index for c in kind.columns)
    names = header.names()
    control = fields.CONTROL.search if src.controls else None
    batch: list[Pending] = []
    early: list[Reject] = []
    rows = 0
    for line, cells in src.rows():
        rows += 1
        if isinstance(cells, str):
            early.append(Reject(line, (problem(Code.NOT_CSV, "", cells),)))
            continue
        if len(cells) != width:
            early.append(Reject(line, (problem(Code.FIELD_COUNT, "", "", len(cells), width),),
                                tuple(cells)))
            continue
        # Any NUL or other control character, in any cell: each is a problem of the row.
        bad = (fields.control_problems(cells, names)
               if control is not None and control("".join(cells)) else None)
        if pad:
            cells.append("")
            values = [pick(cells)] if single else list(pick(cells))
            del cells[-1]
        else:
            values = [pick(cells)] if single else list(pick(cells))
        try:
            parsed = kind.parse(values)
        except RowError as exc:
            early.append(Reject(line, (*(bad or ()), *exc.problems), tuple(cells)))
            continue
        if bad:
            early.append(Reject(line, tuple(bad), tuple(cells)))
            continue
        batch.append(Pending(line, cells, parsed))
        if len(batch) >= size:
            yield batch, early, rows, src.fraction, True
            batch, early = [], []
            size = next(sizes, batch_size)
    yield batch, early, rows, src.fraction, False


def _flush(store: Store, kind: Kind, batch: list[Pending], early: list[Reject], *,
           result: ImportResult, rejects: _RejectFile | None,
           on_reject: Callable[[Reject], None] | None) -> None:
    out = BatchOutcome()
    if batch:
        try:
            # Every kind looks up each id its rows refer to, to tell why a row is refused.
            with UnitOfWork(store, references_checked=True) as uow:
                kind.write(uow, _dedupe(kind, batch, out), out)
        except BaseException:
            kind.rolled_back()
            raise
        kind.committed()
    result.imported += out.imported
    result.unchanged += out.unchanged
    every = sorted([*early, *out.rejects], key=lambda r: r.line)
    result.rejected += len(every)
    for r in every:
        if len(result.rejects) < KEPT_REJECTS:
            result.rejects.append(r)
        if rejects is not None:
            rejects.add(r)
        if on_reject is not None:
            on_reject(r)


def _dedupe(kind: Kind, batch: list[Pending], out: BatchOutcome) -> list[Pending]:
    """The same key twice in one batch: the same content counts once, other content is
    rejected (across batches the store itself tells, because earlier batches committed)."""
    seen: dict[Hashable, Pending] = {}
    keep: list[Pending] = []
    for item in batch:
        key = kind.key(item.parsed)
        first = seen.get(key)
        if first is None:
            seen[key] = item
            keep.append(item)
        elif first.parsed == item.parsed:
            out.unchanged += 1
        else:
            out.reject(item, Code.REPEATED, kind.key_column, kind.show_key(item.parsed),
                       first.line)
    return keep


class _RejectFile:
    """``FILE.rejects.csv``: ``line,reason`` (every problem, in ``describe``'s words) then
    the row's own columns, in the file's own delimiter. Written aside and moved into
    place at the end; a stale one is removed."""

    def __init__(self, target: Path, header: Header, describe: Describe) -> None:
        self.target = target
        self.tmp = target.with_name(target.name + ".part")
        self.header = header
        self.describe = describe
        self._file: Any = None
        self._writer: Any = None

    def add(self, r: Reject) -> None:
        if self._writer is None:
            self._file = self.tmp.open("w", encoding="utf-8", newline="")
            self._writer = csv.writer(self._file, delimiter=self.header.delimiter,
                                      lineterminator="\n")
            self._writer.writerow(["line", "reason", *self.header.raw])
        self._writer.writerow([r.line, "; ".join(map(self.describe, r.problems)), *r.cells])

    def finish(self) -> Path | None:
        if self._file is None:
            self.target.unlink(missing_ok=True)
            return None
        self._file.close()
        self.tmp.replace(self.target)
        return self.target

    def abandon(self) -> None:
        if self._file is not None:
            self._file.close()
            self.tmp.unlink(missing_ok=True)


def json_list(values: Iterable[Any]) -> str:
    """Many values as one bound parameter: ``x IN (SELECT value FROM json_each(:p))``."""
    return json.dumps(list(values), ensure_ascii=False)


IN_JSON = "(SELECT value FROM json_each(:{}))"


# Ties between customers sharing a ref (made offline on two workstations): the live one
# wins, then the older id.
_BY_PREFERENCE = "ORDER BY deleted, merged_into_id IS NOT NULL, id"


def customer_ids(conn: Any, refs: Iterable[str]) -> dict[str, str]:
    """``customer_ref -> id`` for the refs that exist (see ``_BY_PREFERENCE`` for two
    customers with one ref). Read through the driver's own cursor: SQLAlchemy's rows were
    a third of the time of a batch's lookups."""
    raw = conn.connection.driver_connection
    out: dict[str, str] = {}
    for ref, cid in raw.execute(
            "SELECT customer_ref, id FROM customer WHERE customer_ref IN "
            f"(SELECT value FROM json_each(?)) {_BY_PREFERENCE}", (json_list(set(refs)),)):
        out.setdefault(ref, cid)
    return out


def every_customer_id(conn: Any, count: int) -> dict[str, str]:
    """``customer_ref -> id`` of every customer (``count`` of them): one pass over the
    table, four times quicker than looking up the refs of a batch that names most
    customers anyway."""
    raw = conn.connection.driver_connection
    out = dict(raw.execute("SELECT customer_ref, id FROM customer"))
    if len(out) < count:
        # Some refs name two customers: those take the preferred one.
        twice = [ref for ref, n in raw.execute(
            "SELECT customer_ref, count(*) FROM customer GROUP BY customer_ref "
            "HAVING count(*) > 1")]
        out.update(customer_ids(conn, twice))
    return out


def customer_count(conn: Any) -> int:
    n: int = conn.connection.driver_connection.execute(
        "SELECT count(*) FROM customer").fetchone()[0]
    return n
