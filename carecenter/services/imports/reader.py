"""Reading an import file as offices write it: CSV or an .xlsx workbook, streamed.

CSV: the encoding is found first (UTF-8 with or without BOM, UTF-16 with BOM, else
Windows-1252 or Latin-1 as charset-normalizer tells), then the separator (comma,
semicolon or tab, whichever the header holds most), then rows are handed out one by one
with the file line each starts on (the header is line 1). A workbook is read in
openpyxl's read-only mode, first sheet, row by row. Header cells may be the English
column names or their Italian names (vocabulary.COLUMNS).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from carecenter.problems import Problem, Refused
from carecenter.services.imports.vocabulary import COLUMNS, fold

_CHUNK = 1 << 20
_HEAD = 1 << 16
_BOM = codecs.BOM_UTF8
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_ZIP = b"PK\x03\x04"
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 13))
_ANY_CONTROL = re.compile(b"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
csv.field_size_limit(16 << 20)  # a longer field is "not valid CSV"; shorter, "too long"
# The names a person reads for the encodings found.
ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16",
                  "cp1252": "Windows-1252", "latin-1": "Latin-1", "xlsx": "Excel"}


class ImportFileError(Refused):
    """The file as a whole cannot be imported: a ``Problem`` (``FILE_...``) and its values."""


@dataclass
class Header:
    """The header line: which known column sits at which position."""

    raw: list[str]
    delimiter: str
    index: dict[str, int]  # known column -> position
    unknown: list[str] = field(default_factory=list)

    def names(self) -> list[str]:
        """Each position's column: ours where known, else as the file names it."""
        ours = {pos: name for name, pos in self.index.items()}
        return [ours.get(pos, raw.strip()) for pos, raw in enumerate(self.raw)]


def _first_bad_utf8(path: Path) -> int | None:
    """The offset of the first byte that is not UTF-8, or None when all are."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    with path.open("rb") as f:
        while True:
            chunk = f.read(_CHUNK)
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                return offset + exc.start
            if not chunk:
                return None
            offset += len(chunk)


def _not_text(path: Path) -> ImportFileError:
    return ImportFileError(Problem.FILE_NOT_TEXT, file=path.name)


def detect_encoding(path: Path) -> str:
    """The codec to read ``path`` with; ImportFileError when it is no text at all."""
    with path.open("rb") as f:
        head = f.read(_HEAD)
    if head.startswith(_BOM):
        encoding = "utf-8-sig"
    elif head.startswith(_UTF16_BOMS):
        return "utf-16"
    else:
        encoding = "utf-8"
    # A text file may hold a stray NUL (that row is refused); a binary file holds many.
    if sum(head.count(b) for b in _CONTROL_BYTES) * 10 > len(head):
        raise _not_text(path)
    bad = _first_bad_utf8(path)
    if bad is None:
        return encoding
    with path.open("rb") as f:
        f.seek(max(0, bad - _HEAD // 2))
        sample = head + b"\n" + f.read(_HEAD)
    from charset_normalizer import from_bytes  # here: not loaded for UTF-8 files

    found = from_bytes(sample, cp_isolation=["cp1252", "latin_1"]).best()
    if found is None:
        raise _not_text(path)
    try:  # Windows-1252 leaves five bytes undefined: a file holding one is Latin-1
        with path.open("rb") as f:
            decoder = codecs.getincrementaldecoder("cp1252")()
            while chunk := f.read(_CHUNK):
                decoder.decode(chunk)
    except UnicodeDecodeError:
        return "latin-1"
    return "cp1252"


def has_control_bytes(path: Path) -> bool:
    """Whether any byte of the file is a control character (NUL and the like): when none
    is, no row needs checking for one (a check a row was a quarter of reading it)."""
    with path.open("rb") as f:
        return any(_ANY_CONTROL.search(chunk) for chunk in iter(lambda: f.read(_CHUNK), b""))


def sniff_delimiter(header_line: str) -> str:
    """The separator the header holds most of: semicolon, tab or comma (ties: comma)."""
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


class CsvSource:
    """Rows of one CSV file: ``for line, cells in source.rows():``.

    ``fraction`` tells how much of the file has been read (for progress).
    """

    def __init__(self, path: Path, columns: tuple[str, ...], required: tuple[str, ...],
                 encoding: str | None = None) -> None:
        self.path = path
        self.size = path.stat().st_size
        self.encoding = encoding or detect_encoding(path)
        # In these encodings a control character is its own byte; in UTF-16 check rows.
        self.controls = self.encoding == "utf-16" or has_control_bytes(path)
        self._raw = path.open("rb")
        self._text = io.TextIOWrapper(self._raw, encoding=self.encoding, newline="")
        try:
            first = self._text.readline()
        except UnicodeDecodeError:
            self.close()
            raise ImportFileError(Problem.FILE_NOT_ENCODED, file=path.name,
                                  encoding=ENCODING_NAMES[self.encoding],
                                  after_line=None) from None
        if not first.strip():
            self.close()
            raise _empty(path, required)
        delimiter = sniff_delimiter(first)
        raw = next(csv.reader([first], delimiter=delimiter))
        self.header = make_header(path, raw, delimiter, columns=columns, required=required,
                                  first=first)
        self._reader = csv.reader(self._text, delimiter=delimiter)

    @property
    def fraction(self) -> float:
        if not self.size:
            return 1.0
        return min(1.0, self._raw.tell() / self.size)

    def rows(self) -> Iterator[tuple[int, list[str] | str]]:
        """``(line, cells)`` per record; ``cells`` is what the CSV reader said when the
        record is not valid CSV. Blank lines are skipped."""
        reader = self._reader
        end = 1  # line where the previous record ended
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError:
                raise ImportFileError(Problem.FILE_NOT_ENCODED, file=self.path.name,
                                      encoding=ENCODING_NAMES[self.encoding],
                                      after_line=end) from None
            except csv.Error as exc:
                line = end + 1
                end = 1 + reader.line_num
                yield line, str(exc)
                continue
            line = end + 1
            end = 1 + reader.line_num
            if not cells or (len(cells) == 1 and not cells[0].strip()):
                continue
            yield line, cells

    def close(self) -> None:
        self._text.close()

    def __enter__(self) -> CsvSource:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def cell_text(value: Any) -> str:
    """A workbook cell as the text a CSV would hold (dates ISO, whole numbers bare)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        if value.time() == time():
            return value.date().isoformat()
        return value.isoformat(timespec="seconds" if not value.microsecond else "auto")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class XlsxSource:
    """Rows of the first sheet of an .xlsx workbook, read streamed (read-only mode)."""

    def __init__(self, path: Path, columns: tuple[str, ...], required: tuple[str, ...]) -> None:
        import zipfile

        from openpyxl import load_workbook
        from openpyxl.utils.exceptions import InvalidFileException

        self.path = path
        self.size = path.stat().st_size
        self.encoding = "xlsx"
        self.controls = True  # cells are checked one by one
        try:
            self._book = load_workbook(path, read_only=True, data_only=True)
            sheet = self._book.worksheets[0]
            self._rows = sheet.iter_rows(values_only=True)
            first = next(self._rows, None)
        except (zipfile.BadZipFile, InvalidFileException, KeyError, IndexError, OSError,
                ValueError, SyntaxError):
            raise ImportFileError(Problem.FILE_BAD_XLSX, file=path.name) from None
        self._total = max(1, sheet.max_row or 1)
        self._read = 1
        header = [cell_text(v) for v in first or ()]
        while header and not header[-1].strip():
            header.pop()
        if not header:
            self.close()
            raise _empty(path, required)
        self.header = make_header(path, header, ",", columns=columns, required=required,
                                  first=", ".join(header))

    @property
    def fraction(self) -> float:
        return min(1.0, self._read / self._total)

    def rows(self) -> Iterator[tuple[int, list[str] | str]]:
        width = len(self.header.raw)
        try:
            yield from self._cells(width)
        except (OSError, ValueError, KeyError, SyntaxError) as exc:  # XML errors are both
            raise _unreadable(self.path, str(exc) or type(exc).__name__) from None

    def _cells(self, width: int) -> Iterator[tuple[int, list[str] | str]]:
        for line, values in enumerate(self._rows, start=2):
            self._read = line
            cells = [cell_text(v) for v in values]
            while len(cells) > width and not cells[-1].strip():
                cells.pop()  # a sheet's rows run as wide as its widest
            if not any(c.strip() for c in cells):
                continue
            if len(cells) < width:
                cells.extend([""] * (width - len(cells)))  # empty cells at the end
            yield line, cells

    def close(self) -> None:
        self._book.close()

    def __enter__(self) -> XlsxSource:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


Source = CsvSource | XlsxSource


def open_source(path: Path, columns: tuple[str, ...], required: tuple[str, ...]) -> Source:
    """The file as rows: a workbook when it is one (whatever its name), else CSV."""
    try:
        with path.open("rb") as f:
            signature = f.read(4)
    except FileNotFoundError:
        raise ImportFileError(Problem.FILE_MISSING, path=str(path)) from None
    except IsADirectoryError:
        raise ImportFileError(Problem.FILE_FOLDER, path=str(path)) from None
    if path.is_dir():
        raise ImportFileError(Problem.FILE_FOLDER, path=str(path))
    if signature == _ZIP or path.suffix.lower() in (".xlsx", ".xlsm"):
        return XlsxSource(path, columns, required)
    return CsvSource(path, columns, required)


def _unreadable(path: Path, why: str) -> ImportFileError:
    return ImportFileError(Problem.FILE_UNREADABLE, file=path.name, why=why)


def _empty(path: Path, required: tuple[str, ...]) -> ImportFileError:
    return ImportFileError(Problem.FILE_EMPTY, file=path.name, columns=tuple(required))


def make_header(path: Path, raw: list[str], delimiter: str, *, columns: tuple[str, ...],
                required: tuple[str, ...], first: str) -> Header:
    index: dict[str, int] = {}
    unknown: list[str] = []
    known = set(columns)
    for pos, name in enumerate(raw):
        key = fold(name)
        if key not in known:
            key = COLUMNS.get(key, key)
        if key in known:
            if key in index:
                raise ImportFileError(Problem.FILE_DUPLICATE_COLUMN, file=path.name,
                                      column=key)
            index[key] = pos
        else:
            unknown.append(name.strip())
    missing = [c for c in required if c not in index]
    if missing:
        shown = first.strip().replace("\t", "\\t")
        if len(shown) > 80:
            shown = shown[:77] + "..."
        raise ImportFileError(Problem.FILE_MISSING_COLUMNS, file=path.name,
                              columns=tuple(missing), header=shown, one_field=len(raw) == 1)
    return Header(raw=raw, delimiter=delimiter, index=index, unknown=unknown)
