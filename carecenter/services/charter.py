"""The service charter: the promises and rules the company makes to customers, in numbered
clauses an agent can read aloud and cite on a case or a decision.

The charter ships as ``resources/charter/charter.<lang>.md`` (English and Italian); an
administrator publishes a folder of such files (``carecenter charter publish``) and they
reach every workstation by sync, like the playbooks. A file is Markdown: a ``# title``,
an optional introduction, then one ``## <number>. <title>`` heading per clause followed by
its text. Every language must hold the same clause numbers (a clause cited in Italian is
the same promise in English).

A citation (append-only ``charter_citation``) names the clause, the customer and one case
or one decision of theirs; the record shows it.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path

from sqlalchemy import select

from carecenter.clock import utcnow
from carecenter.db.models import Agent, Case, CharterCitation, CharterText, Customer, Decision
from carecenter.db.store import Store
from carecenter.problems import Problem, Refused
from carecenter.services.customers.family import family_ids
from carecenter.services.published import PublishResult, publish_texts
from carecenter.services.uow import ChangeSet, UnitOfWork

LANGUAGES = ("en", "it")
_NAMESPACE = uuid.UUID("3d6f0c1a-2b7e-4a59-8c14-9e0a5b7d3f62")
_CLAUSE = re.compile(r"^##\s+(\d{1,3}(?:\.\d{1,3})?)\.?\s+(\S.*)$")
_FILE = re.compile(r"^charter\.([a-z]{2})\.md$")


class CharterError(Refused):
    """A citation cannot be recorded: a ``Problem`` and its values."""


class CharterFileError(ValueError):
    """Charter files cannot be published; ``problems`` has one line per fault."""

    def __init__(self, folder: Path, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(f"{folder} has {len(problems)} problem(s); nothing was published:\n"
                         + "\n".join(problems))


@dataclass(frozen=True)
class Clause:
    number: str  # "4", or "4.1"
    title: str
    text: str


@dataclass(frozen=True)
class Charter:
    lang: str
    title: str
    intro: str
    clauses: tuple[Clause, ...]

    def get(self, number: str) -> Clause | None:
        return next((c for c in self.clauses if c.number == number), None)

    def search(self, words: str) -> tuple[Clause, ...]:
        """Clauses holding every word of ``words`` (any case), in order; all when empty."""
        wanted = words.casefold().split()
        return tuple(c for c in self.clauses
                     if all(w in f"{c.number} {c.title} {c.text}".casefold() for w in wanted))


@dataclass(frozen=True)
class Citation:
    id: str
    clause: str
    case_id: str | None
    decision_id: str | None
    agent_name: str | None
    at: datetime


@dataclass(frozen=True)
class CiteResult:
    citation_id: str
    changes: ChangeSet


def charter_row_id(lang: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"charter:{lang}"))


# -- reading -------------------------------------------------------------------------------

def parse_charter(text: str, lang: str) -> tuple[Charter, list[str]]:
    """The charter in ``text`` and its problems (``line N: ...``); clauses as found."""
    title, intro, clauses, problems = "", [], [], []
    current: tuple[str, str, list[str]] | None = None
    for n, line in enumerate(text.splitlines(), 1):
        m = _CLAUSE.match(line)
        if m:
            if current is not None:
                clauses.append(Clause(current[0], current[1], _paragraphs(current[2])))
            if any(c.number == m.group(1) for c in clauses):
                problems.append(f"line {n}: clause {m.group(1)} is there twice")
            current = (m.group(1), m.group(2).strip(), [])
        elif line.startswith("## "):
            problems.append(f"line {n}: a clause heading is \"## <number>. <title>\"")
        elif line.startswith("# ") and not title and current is None:
            title = line[2:].strip()
        elif current is not None:
            current[2].append(line)
        else:
            intro.append(line)
    if current is not None:
        clauses.append(Clause(current[0], current[1], _paragraphs(current[2])))
    if not clauses:
        problems.append("the charter has no clause (\"## 1. Title\" and its text)")
    problems += [f"clause {c.number} has no text" for c in clauses if not c.text]
    return Charter(lang, title, _paragraphs(intro), tuple(clauses)), problems


def _paragraphs(lines: list[str]) -> str:
    """Markdown's lines of a paragraph joined (a clause reads as it is said); paragraphs
    kept apart by one blank line."""
    out: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            out[-1].append(line.strip())
        elif out[-1]:
            out.append([])
    return "\n\n".join(" ".join(p) for p in out if p)


def shipped_text(lang: str) -> str:
    return (resources.files("resources") / "charter" / f"charter.{lang}.md").read_text(
        encoding="utf-8")


def load_charter(store: Store, lang: str) -> Charter:
    """The charter in effect in ``lang`` (English for another language): the published
    one, or the shipped one when none is published or it is broken."""
    lang = lang if lang in LANGUAGES else "en"
    with store.session() as s:
        row = s.scalars(select(CharterText).where(CharterText.lang == lang)).first()
        published = row.text if row is not None else None
    if published is not None:
        charter, problems = parse_charter(published, lang)
        if not problems:
            return charter
    return parse_charter(shipped_text(lang), lang)[0]


def citations(store: Store, customer_id: str) -> tuple[Citation, ...]:
    """Every clause cited for the customer (and those merged into them), newest first."""
    with store.session() as s:
        family = family_ids(s.connection(), customer_id)
        rows = s.scalars(select(CharterCitation).where(CharterCitation.customer_id.in_(family))
                         .order_by(CharterCitation.at.desc(), CharterCitation.id.desc())).all()
        names = {a.id: a.name for a in s.scalars(select(Agent).where(
            Agent.id.in_({r.agent_id for r in rows if r.agent_id})))}
        return tuple(Citation(r.id, r.clause, r.case_id, r.decision_id,
                              names.get(r.agent_id or ""), r.at) for r in rows)


# -- citing --------------------------------------------------------------------------------

def cite(store: Store, *, agent_id: str, customer_id: str, clause: str,
         case_id: str | None = None, decision_id: str | None = None,
         now: datetime | None = None) -> CiteResult:
    """Record that ``clause`` was cited on one case or one decision of the customer."""
    if (case_id is None) == (decision_id is None):
        raise CharterError(Problem.CITATION_TARGET)
    if load_charter(store, "en").get(clause) is None:
        raise CharterError(Problem.CHARTER_CLAUSE_UNKNOWN, clause=clause)
    with UnitOfWork(store) as uow:
        s = uow.session
        if s.get(Agent, agent_id) is None:
            raise CharterError(Problem.AGENT_UNKNOWN_HERE)
        if s.get(Customer, customer_id) is None:
            raise CharterError(Problem.CUSTOMER_UNKNOWN_HERE)
        family = family_ids(s.connection(), customer_id)
        if case_id is not None:
            case = s.get(Case, case_id)
            if case is None or case.customer_id not in family:
                raise CharterError(Problem.CASE_NOT_THE_CUSTOMERS)
        if decision_id is not None:
            decision = s.get(Decision, decision_id)
            if decision is None or decision.customer_id not in family:
                raise CharterError(Problem.DECISION_NOT_THE_CUSTOMERS)
        row = uow.add(CharterCitation(customer_id=customer_id, case_id=case_id,
                                      decision_id=decision_id, clause=clause,
                                      agent_id=agent_id, at=now or utcnow()))
        cid = row.id
    return CiteResult(cid, uow.changes)


# -- publishing ----------------------------------------------------------------------------

def check_folder(folder: Path) -> dict[str, str]:
    """The charter files of ``folder`` (lang -> Markdown), every problem raised at once."""
    if not folder.is_dir():
        raise CharterFileError(folder, [f"{folder}: is not a folder"])
    texts: dict[str, str] = {}
    problems: list[str] = []
    numbers: dict[str, list[str]] = {}
    for path in sorted(folder.glob("charter.*.md")):
        m = _FILE.match(path.name)
        if m is None or m.group(1) not in LANGUAGES:
            problems.append(f"{path}: the files are charter.en.md and charter.it.md")
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{path}: cannot be read as UTF-8 text ({exc})")
            continue
        charter, found = parse_charter(text, m.group(1))
        problems += [f"{path}: {p}" for p in found]
        texts[m.group(1)] = text
        numbers[m.group(1)] = [c.number for c in charter.clauses]
    missing = [lang for lang in LANGUAGES if lang not in texts]
    problems += [f"{folder}: has no charter.{lang}.md" for lang in missing]
    if not missing and numbers["en"] != numbers["it"]:
        problems.append(f"{folder}: charter.en.md and charter.it.md must hold the same "
                        "clause numbers in the same order")
    if problems:
        raise CharterFileError(folder, problems)
    return texts


def publish_charter(store: Store, folder: Path, *, by: str, now: datetime) -> PublishResult:
    """Check the folder and, when every file is good, publish it in one transaction."""
    return publish_texts(
        store, CharterText, check_folder(folder), lambda r: r.lang,
        lambda lang, text: CharterText(id=charter_row_id(lang), lang=lang, text=text,
                                       published_by=by, published_at=now),
        by=by, now=now)
