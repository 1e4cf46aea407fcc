"""The duplicate check on demo data: precision and recall on injected typos, and its speed
beside the exact phone lookup of the same run.

Probes are drawn from the store. A duplicate probe is a stored customer typed again with
one mistake of a kind (letters swapped, a letter missing, a letter doubled, a wrong letter,
accents and apostrophes dropped (or, with none, all in lower case), a nickname, first and
last name swapped, or the exact name with a new phone), carrying what a counter form
collects: the birth date in 80% of probes, the customer's own phone in 40% (never for
"new phone"; otherwise a new number), the own e-mail in 30%. A non-duplicate probe is a
new person with a similar name (one letter off, or the same name): new phone, new e-mail,
and a birth date of their own in 80%.

Two operating points: as typed, and after the form's question. Where the check's result
says to ask for a second field (``duplicates.question``), the person answers with their
own birth date (a duplicate: the stored customer's; a new person: the one typed, or one
of their own drawn for the answer, never their namesake's) and the check runs again; a
person without a birth date to give leaves the result as it was.
"""

from __future__ import annotations

import random
import sqlite3
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from carecenter.bench.stats import percentile, round_ms, timed_ms
from carecenter.db.store import Store
from carecenter.services.customers.duplicates import (
    LIKELY,
    POSSIBLE,
    Match,
    Probe,
    find_duplicates,
    fold,
    question,
)
from carecenter.services.customers.nicknames import forms

KINDS = ("swap", "missing", "double", "wrong", "accent", "nickname", "swapped_names",
         "new_phone")
NON_DUPLICATE_KINDS = ("one_letter", "same_name")


@dataclass(frozen=True)
class Labelled:
    probe: Probe
    kind: str
    source: str | None  # the customer it duplicates; None for a new person
    evidence: bool = False  # a duplicate carrying its birth date, own phone or own e-mail
    answer: date | None = None  # the birth date the person gives when the form asks


@dataclass(frozen=True)
class _Person:
    id: str
    first: str
    last: str
    born: date | None
    phone: str | None
    email: str | None


def _people(con: sqlite3.Connection, rng: random.Random, n: int) -> list[_Person]:
    top = con.execute("SELECT max(rowid) FROM customer").fetchone()[0] or 0
    out: list[_Person] = []
    seen: set[str] = set()
    for _ in range(n * 20):
        if len(out) >= n or not top:
            break
        row = con.execute(
            "SELECT id, first_name, last_name, birth_date FROM customer WHERE rowid >= ? "
            "AND first_name IS NOT NULL AND last_name IS NOT NULL AND NOT deleted "
            "AND +merged_into_id IS NULL LIMIT 1", (rng.randint(1, top),)).fetchone()
        if row is None or row[0] in seen:
            continue
        seen.add(row[0])
        phone = con.execute("SELECT e164 FROM customer_phone WHERE customer_id = ? "
                            "AND NOT deleted LIMIT 1", (row[0],)).fetchone()
        email = con.execute("SELECT email FROM customer_email WHERE customer_id = ? "
                            "AND NOT deleted LIMIT 1", (row[0],)).fetchone()
        out.append(_Person(row[0], row[1], row[2],
                           date.fromisoformat(row[3]) if row[3] else None,
                           phone[0] if phone else None, email[0] if email else None))
    return out


_LETTERS = "abcdefghilmnoprstuvz"


def _typo(rng: random.Random, word: str, kind: str) -> str:
    """``word`` with one mistake of ``kind`` (never the first letter's case)."""
    if len(word) < 3:
        return word + word[-1]
    i = rng.randrange(1, len(word) - 1) if kind == "swap" else rng.randrange(len(word))
    if kind == "swap":
        out = word[:i] + word[i + 1] + word[i] + word[i + 2:]
    elif kind == "missing":
        out = word[:i] + word[i + 1:]
    elif kind == "double":
        out = word[:i] + word[i] + word[i:]
    else:  # wrong
        out = word[:i] + rng.choice([c for c in _LETTERS if c != word[i].lower()]) + word[i + 1:]
    out = out[:1].upper() + out[1:].lower() if word[:1].isupper() else out
    return out if fold(out) != fold(word) else _typo(rng, word, "missing")


def _plain(text: str) -> str:
    no_accents = "".join(c for c in unicodedata.normalize("NFKD", text)
                         if not unicodedata.combining(c))
    return no_accents.replace("'", "").replace("’", "")


def _fresh_phone(rng: random.Random) -> str:
    return f"+39349{rng.randrange(10**7):07d}"


def _fresh_email(rng: random.Random, p: _Person) -> str:
    return f"{fold(p.first)}.{fold(p.last)}{rng.randrange(1000, 9999)}@nuovo.example"


def _duplicate(rng: random.Random, p: _Person, kind: str) -> Probe | None:
    first, last = p.first, p.last
    if kind in ("swap", "missing", "double", "wrong"):
        if rng.random() < 0.5:
            first = _typo(rng, first, kind)
        else:
            last = _typo(rng, last, kind)
    elif kind == "accent":  # accents and apostrophes dropped; with none, typed in lower case
        first, last = _plain(first), _plain(last)
        if (first, last) == (p.first, p.last):
            first, last = first.lower(), last.lower()
    elif kind == "nickname":
        short = sorted(forms(fold(first)))
        if not short:
            return None
        first = rng.choice(short).capitalize()
    elif kind == "swapped_names":
        first, last = last, first
    own_phone = kind != "new_phone" and p.phone is not None and rng.random() < 0.4
    phones = (p.phone,) if own_phone and p.phone else (_fresh_phone(rng),)
    emails = (p.email,) if p.email and rng.random() < 0.3 else ()
    born = p.born if rng.random() < 0.8 else None
    return Probe(first, last, phones=phones, emails=emails, birth_date=born)


def _birth_date(rng: random.Random, p: _Person) -> date:
    """A birth date of a new person named like ``p``: never ``p``'s own."""
    born = date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 55))
    return born + timedelta(days=1) if born == p.born else born


def _new_person(rng: random.Random, p: _Person, kind: str) -> Probe:
    first, last = p.first, p.last
    if kind == "one_letter":
        if rng.random() < 0.5:
            first = _typo(rng, first, "wrong")
        else:
            last = _typo(rng, last, "wrong")
    born = _birth_date(rng, p) if rng.random() < 0.8 else None
    return Probe(first, last, phones=(_fresh_phone(rng),), emails=(_fresh_email(rng, p),),
                 birth_date=born)


def make_probes(path: Path, n: int, seed: int = 11) -> list[Labelled]:
    """About ``n`` duplicate probes (spread over KINDS) and ``n`` non-duplicate ones."""
    rng = random.Random(seed)
    answers = random.Random(f"answers {seed}")  # apart, so that the probes stay as they were
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        people = _people(con, rng, 3 * n)
    finally:
        con.close()
    out: list[Labelled] = []
    spare = iter(people[n:])
    for i, person in enumerate(people[:n]):
        kind, p = KINDS[i % len(KINDS)], person
        probe = _duplicate(rng, p, kind)
        while probe is None:  # this first name has no short form: try other people
            other = next(spare, None)
            if other is None:
                kind, probe = "wrong", _duplicate(rng, p, "wrong")
            else:
                p, probe = other, _duplicate(rng, other, kind)
        evidence = (probe.birth_date is not None and probe.birth_date == p.born) or (
            p.phone in probe.phones) or (p.email in probe.emails)
        out.append(Labelled(probe, kind, p.id, evidence, answer=p.born))
    for i, p in enumerate(people[-n:] if len(people) >= 2 * n else people[:n]):
        kind = NON_DUPLICATE_KINDS[i % 2]
        probe = _new_person(rng, p, kind)
        own = probe.birth_date or _birth_date(answers, p)
        out.append(Labelled(probe, kind, None, answer=own))
    return out


Listed = list[tuple[str, int]]  # customer id and score, best first


def _quality(results: list[tuple[Labelled, Listed]], floor: int) -> dict[str, Any]:
    tp = fp = found = dups = 0
    by_kind: dict[str, list[int]] = {}
    for item, matches in results:
        listed = [cid for cid, points in matches if points >= floor]
        hit = item.source is not None and item.source in listed
        tp += int(hit)
        fp += len(listed) - int(hit)
        if item.source is not None:
            dups += 1
            found += int(hit)
            by_kind.setdefault(item.kind, [0, 0])
            by_kind[item.kind][0] += int(hit)
            by_kind[item.kind][1] += 1
    return {
        "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
        "recall": round(found / dups, 4) if dups else 0.0,
        "recall_by_kind": {k: round(v[0] / v[1], 3) for k, v in sorted(by_kind.items())},
    }


def _listed(matches: list[Match]) -> Listed:
    return [(m.hit.customer_id, m.score) for m in matches]


def _after_question(store: Store, item: Labelled) -> tuple[Listed, Listed, bool]:
    """The check as typed, then after the form's question if the result asks one (the
    person answers with their birth date; none to give: the result stays), and whether
    it was asked."""
    matches = find_duplicates(store, item.probe, floor=POSSIBLE)
    asked = question(item.probe, matches) is not None
    if not asked or item.answer is None:
        return _listed(matches), _listed(matches), asked
    again = find_duplicates(store, replace(item.probe, birth_date=item.answer), floor=POSSIBLE)
    return _listed(matches), _listed(again), True


def _operating_point(results: list[tuple[Labelled, Listed]]) -> dict[str, Any]:
    likely, listed = _quality(results, LIKELY), _quality(results, POSSIBLE)
    return {
        "dup_precision_likely": likely["precision"], "dup_recall_likely": likely["recall"],
        "dup_precision_listed": listed["precision"], "dup_recall_listed": listed["recall"],
        "dup_recall_by_kind_likely": likely["recall_by_kind"],
        "dup_recall_by_kind_listed": listed["recall_by_kind"],
    }


def measure_quality(store: Store, probes: list[Labelled]) -> dict[str, Any]:
    """Precision (of the customers listed for every probe, how many are the one it
    duplicates) and recall (of the duplicate probes, how many list their customer), at the
    "likely" threshold and at the "listed" one: as typed (the flat keys) and after the
    form's question (under ``after_question``)."""
    runs = [(p, *_after_question(store, p)) for p in probes]
    typed = [(p, t) for p, t, _a, _q in runs]
    asked = [p for p, _t, _a, q in runs if q]
    # Recall among the duplicates typed with something besides the name.
    backed = _quality([r for r in typed if r[0].evidence], LIKELY)
    return {
        "dup_probes": sum(1 for p in probes if p.source), "new_person_probes":
        sum(1 for p in probes if not p.source),
        **_operating_point(typed),
        "dup_name_only_probes": sum(1 for p in probes if p.source and not p.evidence),
        "dup_recall_likely_with_evidence": backed["recall"],
        "after_question": {
            **_operating_point([(p, a) for p, _t, a, _q in runs]),
            "asked_probes": len(asked),
            "asked_dup_probes": sum(1 for p in asked if p.source),
            "asked_new_person_probes": sum(1 for p in asked if not p.source),
            "asked_without_answer": sum(1 for p in asked if p.answer is None),
        },
    }


def measure_speed(store: Store, probes: list[Labelled]) -> dict[str, float]:
    """The check and the raw exact phone lookup for the same probes, interleaved."""
    con = sqlite3.connect(store.path)
    ours: list[float] = []
    raw: list[float] = []
    try:
        def phone(p: Probe) -> object:
            return con.execute("SELECT customer_id FROM customer_phone WHERE e164 = ?",
                               (p.phones[0] if p.phones else "",)).fetchall()

        for n, item in enumerate(probes):
            def check(p: Probe = item.probe) -> object:
                return find_duplicates(store, p)

            if n % 2:
                raw.append(timed_ms(partial(phone, item.probe))[0])
                ours.append(timed_ms(check)[0])
            else:
                ours.append(timed_ms(check)[0])
                raw.append(timed_ms(partial(phone, item.probe))[0])
    finally:
        con.close()
    return {
        "dupcheck_p50_ms": round_ms(percentile(ours, 50)),
        "dupcheck_p95_ms": round_ms(percentile(ours, 95)),
        "raw_phone_p50_ms": round_ms(percentile(raw, 50)),
        "raw_phone_p95_ms": round_ms(percentile(raw, 95)),
    }


def run_duplicates_bench(customers: int, *, db: Path | None, samples: int,
                         quality: bool = True, speed: bool = True) -> dict[str, Any]:
    from carecenter.bench.core import ensure_store, machine
    from carecenter.commands.bench import default_bench_path

    path = db or default_bench_path(customers)
    store, built_s = ensure_store(path, customers)
    try:
        probes = make_probes(path, samples)
        figures: dict[str, Any] = {"customers": customers, "store": str(path)}
        if built_s is not None:
            figures["build_s"] = round(built_s, 1)
        if speed:
            figures.update(measure_speed(store, probes))
        if quality:
            figures.update(measure_quality(store, probes))
    finally:
        store.close()
    figures["machine"] = machine()
    return figures
