"""Playbooks: a short practical guide per case category and language, searchable (F1).

Files are ``resources/playbooks/<category>.<lang>.md`` (Markdown: a ``# title`` and
``## sections``). Playbooks an administrator published into the store (synced to every
workstation, ``carecenter.services.published``) replace a shipped one of the same name or
add one; this workstation's override folder replaces both. Loading never raises:
unreadable, empty or misnamed ones are listed as problems (``store:<name>`` for a
published one) and the next one in line stays in use.
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


SYNCED_PREFIX = "store:"


def file_name(category: str, lang: str) -> str:
    return f"{category}.{lang}.md"


def name_problem(name: str) -> str | None:
    """What is wrong with a playbook's file name, or None."""
    if _NAME.match(name) is None:
        return "the name must be <category>.<language>.md, e.g. billing_error.it.md"
    return None


def split_name(name: str) -> tuple[str, str]:
    m = _NAME.match(name)
    if m is None:
        raise ValueError(name)
    return m["category"], m["lang"]


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


def load_playbooks(override_dir: Path | None = None,
                   synced: Mapping[tuple[str, str], str] | None = None) -> PlaybookLibrary:
    """Shipped playbooks, replaced or extended by ``synced`` (published ones,
    (category, lang) -> Markdown), then by ``override_dir``; a bad one leaves the next in
    line (published, then shipped) in use."""
    problems: list[str] = []
    shipped = _files(shipped_dir(), problems)
    overrides = _files(override_dir, problems) if override_dir is not None else {}
    published = {file_name(c, lang): text for (c, lang), text in (synced or {}).items()}
    books: dict[tuple[str, str], Playbook] = {}
    for name in sorted(set(shipped) | set(overrides) | set(published)):
        shown = f"{SYNCED_PREFIX}{name}"
        problem = name_problem(name)
        if problem is not None:
            problems.append(f"{shown}: {problem}")
            continue
        category, lang = split_name(name)
        for path, given in ((overrides.get(name), None), (None, published.get(name)),
                            (shipped.get(name), None)):
            if path is not None:
                text, source = _read(path, problems), str(path)
            elif given is not None:
                text, source = given, shown
                if not text.strip():
                    problems.append(f"{shown}: is empty")
                    text = None
            else:
                continue
            if text is not None:
                books[(category, lang)] = parse(category, lang, text, source)
                break
    return PlaybookLibrary(books, tuple(problems))
