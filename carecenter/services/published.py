"""Checklist templates and playbooks published by an administrator: synced data.

An administrator keeps the templates (``<name>.toml``) and playbooks
(``<category>.<lang>.md``) in a folder and publishes it: every file is checked first
(each problem as ``file:line: message``) and, when one is broken, nothing is written.
Published rows have ids derived from their names (the same on every workstation) and
are written through the unit of work, so they reach every workstation by sync. What is
in effect on a workstation: the shipped files, replaced or extended by the published
rows, then by the workstation's own override folder (see ``checklists.load_templates``
and ``playbooks.load_playbooks``); a broken published one leaves the shipped one in use.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from carecenter.db.models import ChecklistTemplate, PlaybookText
from carecenter.db.store import Store
from carecenter.services.cases import checklists, playbooks
from carecenter.services.cases.checklists import Templates
from carecenter.services.cases.playbooks import PlaybookLibrary
from carecenter.services.uow import ChangeSet, UnitOfWork

TABLES = frozenset({ChecklistTemplate.__tablename__, PlaybookText.__tablename__})
_NAMESPACE = uuid.UUID("0b7d6c0e-5a43-4f0a-8f55-2a9c1f3e6d27")


def template_row_id(name: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"checklist_template:{name}"))


def playbook_row_id(category: str, lang: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"playbook:{category}.{lang}"))


class PublishError(ValueError):
    """Some files of the folder are broken; ``problems`` has one line per fault."""

    def __init__(self, folder: Path, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(
            f"{folder} has {len(problems)} broken file(s); nothing was published:\n"
            + "\n".join(problems))


@dataclass(frozen=True)
class PublishResult:
    added: int
    changed: int
    unchanged: int
    changes: ChangeSet


# -- reading -------------------------------------------------------------------------------

def template_texts_in(session: Session) -> dict[str, str]:
    return {r.name: r.text for r in session.scalars(select(ChecklistTemplate))}


def playbook_texts_in(session: Session) -> dict[tuple[str, str], str]:
    return {(r.category, r.lang): r.text for r in session.scalars(select(PlaybookText))}


def load_templates(store: Store, override_dir: Path | None = None) -> Templates:
    """The templates in effect: shipped, then published in ``store``, then override."""
    with store.session() as s:
        synced = template_texts_in(s)
    return checklists.load_templates(override_dir, synced)


def load_playbooks(store: Store, override_dir: Path | None = None) -> PlaybookLibrary:
    with store.session() as s:
        synced = playbook_texts_in(s)
    return playbooks.load_playbooks(override_dir, synced)


# -- checking a folder ---------------------------------------------------------------------

def _folder_files(folder: Path, suffix: str, what: str) -> list[Path]:
    if not folder.is_dir():
        raise PublishError(folder, [f"{folder}: is not a folder"])
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.name.endswith(suffix))
    if not files:
        raise PublishError(folder, [f"{folder}: holds no {what} (*{suffix})"])
    return files


def check_templates(store: Store, folder: Path) -> dict[str, str]:
    """The templates of ``folder`` (name -> TOML text), each checked against the default
    template in effect (the folder's own ``default.toml`` when it has one).

    Raises PublishError with every problem of the folder's files."""
    files = _folder_files(folder, ".toml", "template files")
    with store.session() as s:
        synced = template_texts_in(s)
    loaded = checklists.load_templates(folder, synced)
    mine = {str(p) for p in files}
    problems = [str(p) for p in loaded.problems if p.file in mine]
    if problems:
        raise PublishError(folder, problems)
    return {p.stem: p.read_text(encoding="utf-8") for p in files}


def check_playbooks(folder: Path) -> dict[tuple[str, str], str]:
    """The playbooks of ``folder`` ((category, lang) -> Markdown); raises PublishError
    with every problem of its files."""
    files = _folder_files(folder, ".md", "playbook files")
    problems: list[str] = []
    out: dict[tuple[str, str], str] = {}
    for path in files:
        bad = playbooks.name_problem(path.name)
        if bad is not None:
            problems.append(f"{path}: {bad}")
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            problems.append(f"{path}: is not UTF-8 text")
            continue
        except OSError as exc:
            problems.append(f"{path}: cannot be read ({exc.strerror or exc})")
            continue
        if not text.strip():
            problems.append(f"{path}: is empty")
            continue
        out[playbooks.split_name(path.name)] = text
    if problems:
        raise PublishError(folder, problems)
    return out


# -- publishing ----------------------------------------------------------------------------

def publish_texts(store: Store, model: type[Any], texts: Mapping[Any, str],
                  key: Callable[[Any], Any], make: Callable[[Any, str], Any], *, by: str,
                  now: datetime) -> PublishResult:
    """Publish checked ``texts`` (by their key) as rows of ``model`` in one transaction: a
    new key a new row (``make``), a changed text an update, the same text left alone.
    Checklists, playbooks and the service charter are published this way."""
    added = changed = unchanged = 0
    with UnitOfWork(store) as uow:
        existing = {key(r): r for r in uow.session.scalars(select(model))}
        for k, text in sorted(texts.items()):
            row = existing.get(k)
            if row is None:
                uow.add(make(k, text))
                added += 1
            elif row.text != text:
                uow.update(row, text=text, published_by=by, published_at=now)
                changed += 1
            else:
                unchanged += 1
    return PublishResult(added, changed, unchanged, uow.changes)


def publish_templates(store: Store, folder: Path, *, by: str, now: datetime
                      ) -> PublishResult:
    """Check every template of ``folder`` and, when all are good, publish them in one
    transaction (raises PublishError and writes nothing otherwise)."""
    return publish_texts(
        store, ChecklistTemplate, check_templates(store, folder), lambda r: r.name,
        lambda name, text: ChecklistTemplate(id=template_row_id(name), name=name, text=text,
                                             published_by=by, published_at=now),
        by=by, now=now)


def publish_playbooks(store: Store, folder: Path, *, by: str, now: datetime
                      ) -> PublishResult:
    return publish_texts(
        store, PlaybookText, check_playbooks(folder), lambda r: (r.category, r.lang),
        lambda k, text: PlaybookText(id=playbook_row_id(*k), category=k[0], lang=k[1],
                                     text=text, published_by=by, published_at=now),
        by=by, now=now)


# -- exporting -----------------------------------------------------------------------------

def export_templates(store: Store, out: Path) -> list[Path]:
    """Write the templates in effect from the store (shipped and published) as files."""
    return _write_all(out, {f"{name}.toml": text
                            for name, text in load_templates(store).texts.items()})


def export_playbooks(store: Store, out: Path) -> list[Path]:
    library = load_playbooks(store)
    return _write_all(out, {playbooks.file_name(c, lang): b.text
                            for (c, lang), b in library.playbooks.items()})


def _write_all(out: Path, files: Mapping[str, str]) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, text in sorted(files.items()):
        path = out / name
        tmp = path.with_name(f".{name}.tmp")  # never half a file
        with tmp.open("w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        tmp.replace(path)
        written.append(path)
    return written
