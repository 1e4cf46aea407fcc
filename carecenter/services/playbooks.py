"""Playbooks: a short practical guide per case category and language, searchable (F1).

Files are ``resources/playbooks/<category>.<lang>.md`` (Markdown: a ``# title`` and
``## sections``). An administrator's override folder replaces a shipped file of the same
name or adds one. Loading never raises: unreadable or misnamed files are listed as problems.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import platformdirs

from carecenter.db.store import APP_ID

_NAME = re.compile(r"^(?P<category>[a-z][a-z0-9_]{0,39})\.(?P<lang>[a-z]{2})\.md$")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Section:
    heading: str
    body: str


@dataclass(frozen=True)
class Playbook:
    category: str
    lang: str
    title: str
    sections: tuple[Section, ...]
    text: str  # the whole Markdown, for display
    source: str


@dataclass(frozen=True)
class PlaybookHit:
    category: str
    lang: str
    title: str
    section: str  # heading of the section where the words are ("" for the intro)
    snippet: str  # the line that matched best
    score: int


def shipped_dir() -> Path:
    with resources.as_file(resources.files("resources") / "playbooks") as where:
        return Path(where)


def default_override_dir() -> Path:
    return platformdirs.user_config_path(APP_ID) / "playbooks"


def fold(text: str) -> str:
    """Lower case without accents, for matching "perche" with "perché"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def parse(category: str, lang: str, text: str, source: str) -> Playbook:
    title = category
    sections: list[Section] = []
    heading, body = "", list[str]()
    for line in text.splitlines():
        if line.startswith("# ") and title == category and not sections and not body:
            title = line[2:].strip() or category
        elif line.startswith("## "):
            if heading or any(b.strip() for b in body):
                sections.append(Section(heading, "\n".join(body).strip()))
            heading, body = line[3:].strip(), []
        else:
            body.append(line)
    if heading or any(b.strip() for b in body):
        sections.append(Section(heading, "\n".join(body).strip()))
    return Playbook(category, lang, title, tuple(sections), text, source)


@dataclass(frozen=True)
class PlaybookLibrary:
    playbooks: Mapping[tuple[str, str], Playbook]
    problems: tuple[str, ...] = ()

    def get(self, category: str, lang: str) -> Playbook | None:
        """The category's playbook in ``lang``, or in English when it has none."""
        return self.playbooks.get((category, lang)) or self.playbooks.get((category, "en"))

    def categories(self) -> tuple[str, ...]:
        return tuple(sorted({c for c, _ in self.playbooks}))

    def search(self, query: str, lang: str, *, limit: int = 20) -> tuple[PlaybookHit, ...]:
        """Sections holding every word of ``query`` (accents and case ignored), best first,
        in the playbooks of ``lang`` (English for categories without one)."""
        words = [fold(w) for w in _WORD.findall(query)]
        if not words:
            return ()
        hits: list[PlaybookHit] = []
        for category in self.categories():
            book = self.get(category, lang)
            if book is None:
                continue
            for section in (Section("", book.title), *book.sections):
                haystack = fold(f"{section.heading}\n{section.body}")
                if not all(w in haystack for w in words):
                    continue
                score = sum(haystack.count(w) for w in words)
                if any(w in fold(book.title) for w in words):
                    score += 5
                lines = [ln.strip(" -") for ln in section.body.splitlines() if ln.strip()]
                best = max(lines, key=lambda ln: sum(fold(ln).count(w) for w in words),
                           default=section.heading or book.title)
                hits.append(PlaybookHit(category, book.lang, book.title, section.heading,
                                        best, score))
        hits.sort(key=lambda h: (-h.score, h.category, h.section))
        return tuple(hits[:limit])


def _files(folder: Path, problems: list[str]) -> dict[str, Path]:
    if not folder.is_dir():
        problems.append(f"{folder}: is not a folder")
        return {}
    out: dict[str, Path] = {}
    for path in sorted(folder.glob("*.md")):
        if _NAME.match(path.name) is None:
            problems.append(f"{path}: the name must be <category>.<language>.md, "
                            "e.g. billing_error.it.md")
            continue
        out[path.name] = path
    return out


def _read(path: Path, problems: list[str]) -> str | None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{path}: cannot be read ({exc})")
        return None
    if not text.strip():
        problems.append(f"{path}: is empty")
        return None
    return text


def load_playbooks(override_dir: Path | None = None) -> PlaybookLibrary:
    """Shipped playbooks, replaced or extended by ``override_dir``; a bad override file
    leaves the shipped one in use."""
    problems: list[str] = []
    shipped = _files(shipped_dir(), problems)
    overrides = _files(override_dir, problems) if override_dir is not None else {}
    books: dict[tuple[str, str], Playbook] = {}
    for name in sorted(set(shipped) | set(overrides)):
        m = _NAME.match(name)
        assert m is not None
        for path in (overrides.get(name), shipped.get(name)):
            text = _read(path, problems) if path is not None else None
            if path is not None and text is not None:
                books[(m["category"], m["lang"])] = parse(m["category"], m["lang"], text,
                                                          str(path))
                break
    return PlaybookLibrary(books, tuple(problems))
