"""Checklist templates: the recovery steps of each case category, from TOML files.

``resources/checklists/default.toml`` holds the five steps every case gets; each other
``<category>.toml`` names a category (its file name is the code) and may add steps after
one of the default ones. An administrator publishes templates into the store (synced
to every workstation, ``carecenter.services.published``): a published template replaces
the shipped one of the same name, a new name adds a category. A file in this
workstation's override folder replaces both.

Loading never raises for a bad file: it returns the templates that are good plus a list of
problems, each naming the file (``store:<name>.toml`` for a published one), the line
when known, and the offending key. A broken override or published template leaves the
next one in line (published, then shipped) in use, so the console still starts. A case
keeps a copy of its steps, so it reads the same on every workstation whatever changes.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import platformdirs

from carecenter.db.store import APP_ID

DEFAULT = "default"
LANGUAGES = ("en", "it")  # every label and hint must have these
STEP_ID = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
LANG = re.compile(r"^[a-z]{2}$")
COMPENSATE = "compensate"
FOLLOW_UP = "follow_up"
_STEP_KEYS = frozenset({"id", "label", "hint", "after"})
_DEFAULT_KEYS = frozenset({"steps"})
_CATEGORY_KEYS = frozenset({"label", "steps"})


@dataclass(frozen=True)
class Step:
    id: str
    labels: Mapping[str, str]
    hints: Mapping[str, str] = field(default_factory=dict)

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels["en"]

    def hint(self, lang: str) -> str:
        return self.hints.get(lang) or self.hints.get("en", "")

    def as_json(self) -> dict[str, Any]:
        """The copy a case keeps of this step."""
        return {"id": self.id, "labels": dict(self.labels), "hints": dict(self.hints)}

    @classmethod
    def from_json(cls, value: Mapping[str, Any]) -> Step:
        return cls(str(value["id"]), dict(value.get("labels") or {"en": value["id"]}),
                   dict(value.get("hints") or {}))


@dataclass(frozen=True)
class CategoryTemplate:
    category: str
    labels: Mapping[str, str]
    steps: tuple[Step, ...]
    source: str  # the file it came from

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels["en"]


@dataclass(frozen=True)
class TemplateProblem:
    file: str
    line: int | None
    key: str | None
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        what = f"{self.key}: " if self.key else ""
        return f"{where}: {what}{self.message}"


@dataclass(frozen=True)
class Templates:
    categories: Mapping[str, CategoryTemplate]
    problems: tuple[TemplateProblem, ...] = ()
    texts: Mapping[str, str] = field(default_factory=dict)  # name -> TOML text in effect

    def get(self, category: str) -> CategoryTemplate | None:
        return self.categories.get(category)

    @property
    def codes(self) -> tuple[str, ...]:
        """Category codes, "other" last."""
        return tuple(sorted(self.categories, key=lambda c: (c == "other", c)))


def shipped_dir() -> Path:
    with resources.as_file(resources.files("resources") / "checklists") as where:
        return Path(where)


def default_override_dir() -> Path:
    """Where an administrator puts edited templates on this workstation."""
    return platformdirs.user_config_path(APP_ID) / "checklists"


# -- parsing -------------------------------------------------------------------------------

class _Invalid(Exception):
    def __init__(self, key: str, message: str, path: tuple[str | int, ...] = ()) -> None:
        super().__init__(message)
        self.key = key
        self.message = message
        self.path = path


@dataclass(frozen=True)
class _Raw:
    """One parsed file: its category label (None for the default) and its steps."""

    name: str
    labels: Mapping[str, str]
    steps: tuple[tuple[Step, str | None], ...]  # (step, after)
    source: str
    text: str = ""


def _texts(value: Any, key: str, path: tuple[str | int, ...]) -> dict[str, str]:
    if not isinstance(value, dict):
        raise _Invalid(key, "must be a table of texts by language, e.g. "
                       '{ en = "...", it = "..." }', path)
    out: dict[str, str] = {}
    for lang, text in value.items():
        if not LANG.match(lang):
            raise _Invalid(f"{key}.{lang}", "is not a two-letter language code", path)
        if not isinstance(text, str) or not text.strip():
            raise _Invalid(f"{key}.{lang}", "must be a non-empty text", path)
        out[lang] = text.strip()
    missing = [lang for lang in LANGUAGES if lang not in out]
    if missing:
        raise _Invalid(key, f"has no text in {', '.join(missing)}", path)
    return out


def _parse(name: str, data: dict[str, Any], source: str, text: str = "") -> _Raw:
    is_default = name == DEFAULT
    if not STEP_ID.match(name):
        raise _Invalid("", "the file name must be a category code (lower case letters, "
                       "digits and _) followed by .toml")
    allowed = _DEFAULT_KEYS if is_default else _CATEGORY_KEYS
    for key in data:
        if key not in allowed:
            raise _Invalid(key, f"unknown key (expected {', '.join(sorted(allowed))})", (key,))
    labels: dict[str, str] = {}
    if not is_default:
        if "label" not in data:
            raise _Invalid("label", "is missing: every category needs a label in en and it")
        labels = _texts(data["label"], "label", ("label",))
    raw_steps = data.get("steps", [])
    if not isinstance(raw_steps, list) or not all(isinstance(s, dict) for s in raw_steps):
        raise _Invalid("steps", "must be written as [[steps]] tables", ("steps",))
    if is_default and not raw_steps:
        raise _Invalid("steps", "the default template needs at least one step")
    steps: list[tuple[Step, str | None]] = []
    seen: set[str] = set()
    for n, s in enumerate(raw_steps):
        where: tuple[str | int, ...] = ("steps", n)
        key = f"steps[{n + 1}]"
        for k in s:
            if k not in _STEP_KEYS or (is_default and k == "after"):
                keys = sorted(_STEP_KEYS - ({"after"} if is_default else set()))
                raise _Invalid(f"{key}.{k}", f"unknown key (expected {', '.join(keys)})",
                               (*where, k))
        sid = s.get("id")
        if not isinstance(sid, str) or not STEP_ID.match(sid):
            raise _Invalid(f"{key}.id", "must be a code of lower case letters, digits and _ "
                           "(at most 40 characters)", (*where, "id"))
        if sid in seen:
            raise _Invalid(f"{key}.id", f'"{sid}" is used twice', (*where, "id"))
        seen.add(sid)
        if "label" not in s:
            raise _Invalid(f"{key}.label", "is missing", where)
        step_labels = _texts(s["label"], f"{key}.label", (*where, "label"))
        hints = _texts(s["hint"], f"{key}.hint", (*where, "hint")) if "hint" in s else {}
        after = s.get("after")
        if after is not None and not isinstance(after, str):
            raise _Invalid(f"{key}.after", "must be the id of an earlier step", (*where, "after"))
        steps.append((Step(sid, step_labels, hints), after))
    return _Raw(name, labels, tuple(steps), source, text)


def _build(base: _Raw, raw: _Raw) -> CategoryTemplate:
    """The default steps with the category's own inserted after their anchors."""
    steps = [s for s, _ in base.steps]
    last_after: dict[str, str] = {}
    for n, (step, after) in enumerate(raw.steps):
        if any(s.id == step.id for s in steps):
            raise _Invalid(f"steps[{n + 1}].id", f'"{step.id}" is already a step of the '
                           "default template", ("steps", n, "id"))
        anchor = after or "act"
        if not any(s.id == anchor for s in steps):
            raise _Invalid(f"steps[{n + 1}].after", f'no step "{anchor}" to follow',
                           ("steps", n, "after"))
        anchor = last_after.get(anchor, anchor)
        index = next(i for i, s in enumerate(steps) if s.id == anchor)
        steps.insert(index + 1, step)
        last_after[after or "act"] = step.id
    return CategoryTemplate(raw.name, raw.labels, tuple(steps), raw.source)


SYNCED_PREFIX = "store:"


def synced_source(name: str) -> str:
    """How a published template is named in problems: ``store:<name>.toml``."""
    return f"{SYNCED_PREFIX}{name}.toml"


# -- locating a key in the file, for the message ----------------------------------------

_HEADER = re.compile(r"^\s*\[")


def _locate(text: str, path: tuple[str | int, ...]) -> int | None:
    """Best-effort line (1-based) of a key such as ("steps", 2, "label") in TOML text."""
    lines = text.splitlines()
    if not path:
        return None
    header_line: int | None = None
    rest = list(path)
    if len(rest) >= 2 and isinstance(rest[1], int):
        table, n = str(rest[0]), int(rest[1])
        header = re.compile(rf"^\s*\[\[\s*{re.escape(table)}\s*\]\]")
        found = [i for i, ln in enumerate(lines) if header.match(ln)]
        if n >= len(found):
            return None
        start = found[n]
        header_line = start + 1
        rest = rest[2:]
        if not rest:
            return header_line
        start += 1
    else:
        start = 0
    stop = next((i for i in range(start, len(lines)) if _HEADER.match(lines[i])), len(lines))
    key = re.compile(rf"^\s*{re.escape(str(rest[0]))}\s*[.=]")
    return next((i + 1 for i in range(start, stop) if key.match(lines[i])), header_line)


# -- loading -------------------------------------------------------------------------------

_AT = re.compile(r"\s*\(at (?:line (?P<line>\d+), column (?P<col>\d+)|end of document)\)$")


def _decode_error(exc: tomllib.TOMLDecodeError, text: str) -> tuple[int, str]:
    """Line (1-based) and message of a TOML syntax error. ``lineno`` only exists from
    Python 3.14; before, the position is at the end of the message."""
    lineno = getattr(exc, "lineno", None)
    message = str(getattr(exc, "msg", "") or exc)
    m = _AT.search(message)
    if m is not None:
        message = message[:m.start()]
        if lineno is None:
            lineno = int(m["line"]) if m["line"] else max(1, len(text.splitlines()))
    if lineno is None:
        lineno = max(1, len(text.splitlines()))
    return int(lineno), message[:1].lower() + message[1:]


def _read(path: Path, problems: list[TemplateProblem]) -> _Raw | None:
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        problems.append(TemplateProblem(shown, None, None,
                                        f"cannot be read ({exc.strerror or exc})"))
        return None
    except UnicodeDecodeError:
        problems.append(TemplateProblem(shown, None, None, "is not UTF-8 text"))
        return None
    return parse_text(path.stem, text, shown, problems)


def parse_text(name: str, text: str, shown: str, problems: list[TemplateProblem]
               ) -> _Raw | None:
    """One template's TOML ``text`` (named ``shown`` in problems), or None with the
    problem appended."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, message = _decode_error(exc, text)
        problems.append(TemplateProblem(shown, line, None, f"is not valid TOML: {message}"))
        return None
    try:
        return _parse(name, data, shown, text)
    except _Invalid as exc:
        problems.append(TemplateProblem(shown, _locate(text, exc.path), exc.key or None,
                                        exc.message))
        return None


def _files(folder: Path | None, problems: list[TemplateProblem]) -> dict[str, Path]:
    if folder is None:
        return {}
    if not folder.is_dir():
        problems.append(TemplateProblem(str(folder), None, None, "is not a folder"))
        return {}
    return {p.stem: p for p in sorted(folder.glob("*.toml"))}


def load_templates(override_dir: Path | None = None,
                   synced: Mapping[str, str] | None = None) -> Templates:
    """Every category template: the shipped ones, replaced or extended by ``synced``
    (published templates, name -> TOML text), then by the files of ``override_dir``.

    Never raises for a bad template: the good ones load and each fault is a problem; a
    template that fails leaves the next one of the same name in use (override, then
    published, then shipped).
    """
    problems: list[TemplateProblem] = []
    shipped = _files(shipped_dir(), problems)
    overrides = _files(override_dir, problems) if override_dir is not None else {}
    published = dict(synced or {})
    names = sorted(set(shipped) | set(overrides) | set(published))

    def candidates(name: str) -> list[_Raw]:
        """The usable versions of one template, the preferred first."""
        out: list[_Raw] = []
        if name in overrides:
            out.append(_read(overrides[name], problems))  # type: ignore[arg-type]
        if name in published:
            out.append(parse_text(name, published[name], synced_source(name),
                                  problems))  # type: ignore[arg-type]
        if name in shipped:
            out.append(_read(shipped[name], problems))  # type: ignore[arg-type]
        return [r for r in out if r is not None]

    bases = candidates(DEFAULT) if DEFAULT in names else []
    if not bases:
        problems.append(TemplateProblem(str(shipped_dir() / "default.toml"), None, None,
                                        "the default template is missing; no category "
                                        "can be used"))
        return Templates({}, tuple(problems))
    base = bases[0]
    categories: dict[str, CategoryTemplate] = {}
    texts: dict[str, str] = {DEFAULT: base.text}
    for name in names:
        if name == DEFAULT:
            continue
        for raw in candidates(name):
            built = _build_or_report(base, raw, problems)
            if built is not None:
                categories[name] = built
                texts[name] = raw.text
                break
    return Templates(categories, tuple(problems), texts)


def _build_or_report(base: _Raw, raw: _Raw, problems: list[TemplateProblem]
                     ) -> CategoryTemplate | None:
    try:
        return _build(base, raw)
    except _Invalid as exc:
        problems.append(TemplateProblem(raw.source, _locate(raw.text, exc.path), exc.key,
                                        exc.message))
        return None
