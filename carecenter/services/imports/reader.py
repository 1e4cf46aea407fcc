"""Reading an import file: UTF-8 (BOM tolerated), comma or semicolon, streamed.

The file is never read whole into memory: one pass checks that it is UTF-8 (so a bad
file is refused before anything is stored), a second pass hands out rows one by one
with the file line number each starts on (the header is line 1).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

_CHUNK = 1 << 20
_BOM = codecs.BOM_UTF8
csv.field_size_limit(1 << 20)


class ImportFileError(ValueError):
    """The file as a whole cannot be imported; the message is one sentence for the user."""


@dataclass
class Header:
    """The header line: which known column sits at which position."""

    raw: list[str]
    delimiter: str
    index: dict[str, int]  # known column (lower case) -> position
    unknown: list[str] = field(default_factory=list)


def check_utf8(path: Path) -> None:
    """Raise ImportFileError naming the line of the first byte that is not UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    with path.open("rb") as f:
        while True:
            chunk = f.read(_CHUNK)
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                bad = chunk[exc.start:exc.start + 1].hex().upper()
                line += chunk.count(b"\n", 0, exc.start)
                raise ImportFileError(
                    f"{path.name} is not UTF-8 text (byte 0x{bad} on line {line}); "
                    "save it as UTF-8 (\"CSV UTF-8\") and import it again."
                ) from None
            if not chunk:
                return
            line += chunk.count(b"\n")


def sniff_delimiter(header_line: str) -> str:
    """Semicolon when the header holds more semicolons than commas, else comma."""
    return ";" if header_line.count(";") > header_line.count(",") else ","


class CsvSource:
    """Rows of one import file: ``for line, cells in source.rows():``.

    ``fraction`` tells how much of the file has been read (for progress).
    """

    def __init__(self, path: Path, columns: tuple[str, ...], required: tuple[str, ...]) -> None:
        self.path = path
        try:
            self.size = path.stat().st_size
        except FileNotFoundError:
            raise ImportFileError(f"{path} does not exist; check the file name.") from None
        if path.is_dir():
            raise ImportFileError(f"{path} is a folder, not a CSV file.")
        check_utf8(path)
        self._raw = path.open("rb")
        self._text = io.TextIOWrapper(self._raw, encoding="utf-8-sig", newline="")
        first = self._text.readline()
        if not first.strip():
            self.close()
            raise ImportFileError(
                f"{path.name} is empty; the first line must be a header naming the columns "
                f"(at least {', '.join(required)})."
            )
        delimiter = sniff_delimiter(first)
        raw = next(csv.reader([first], delimiter=delimiter))
        self.header = _header(path, raw, delimiter, columns=columns, required=required,
                              first=first)
        self._reader = csv.reader(self._text, delimiter=delimiter)

    @property
    def fraction(self) -> float:
        if not self.size:
            return 1.0
        return min(1.0, self._raw.tell() / self.size)

    def rows(self) -> Iterator[tuple[int, list[str] | str]]:
        """``(line, cells)`` per record; ``cells`` is a reason string when the record is
        not valid CSV. Blank lines are skipped."""
        reader = self._reader
        end = 1  # line where the previous record ended
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                line = end + 1
                end = 1 + reader.line_num
                yield line, f"not valid CSV ({exc})"
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


def _header(path: Path, raw: list[str], delimiter: str, *, columns: tuple[str, ...],
            required: tuple[str, ...], first: str) -> Header:
    index: dict[str, int] = {}
    unknown: list[str] = []
    known = set(columns)
    for pos, name in enumerate(raw):
        key = name.strip().lower()
        if key in known:
            if key in index:
                raise ImportFileError(
                    f"{path.name} names the column {key} twice in its header; "
                    "keep one and import it again.")
            index[key] = pos
        else:
            unknown.append(name.strip())
    missing = [c for c in required if c not in index]
    if missing:
        shown = first.strip().replace("\t", "\\t")
        if len(shown) > 80:
            shown = shown[:77] + "..."
        hint = ("; columns must be separated by commas or semicolons"
                if len(raw) == 1 else "")
        names = ", ".join(missing)
        plural = "columns" if len(missing) > 1 else "column"
        raise ImportFileError(
            f"{path.name} has no {names} {plural} (header read: \"{shown}\"){hint}; "
            "nothing was imported."
        )
    return Header(raw=raw, delimiter=delimiter, index=index, unknown=unknown)
