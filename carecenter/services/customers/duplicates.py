"""Is this customer already in the store? A scored, explained list of likely matches.

Two steps, so that the check stays fast at a million customers:

1. **Candidates** from what the store already indexes (``candidates.py``): the same phone or
   e-mail (their indexes), and name blocks in the FTS5 search index: exact tokens, short
   prefixes, nicknames, one-letter variants of the start of a name, and a name with the
   same birth date. A few hundred at most.
2. **Scoring** here, with rapidfuzz, of those candidates only: name similarity (typos,
   swapped letters, dropped accents, nicknames, first and last name swapped) plus the
   evidence of the other fields. Each point comes with a reason code; the console says the
   reasons in words.

Addresses are the customers' own (``candidates.stored_addresses``); :func:`use_addresses`
can read them from elsewhere and add a blocker that finds candidates by address.

A name alone cannot tell a customer from a namesake: :func:`question` says when the form
should ask for one more field (the birth date or the address) and check again.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from rapidfuzz.distance import OSA

from carecenter.db.store import Store
from carecenter.services.customers.nicknames import same_given_name
from carecenter.services.search.query import CustomerHit, hits_on

LIKELY = 65  # from this score a match is "likely the same person"
POSSIBLE = 40  # from this score it is listed as possible


class Reason(StrEnum):
    SAME_PHONE = "same_phone"
    SAME_EMAIL = "same_email"
    SAME_NAME = "same_name"
    NICKNAME = "nickname"
    SIMILAR_NAME = "similar_name"
    SAME_BIRTH_DATE = "same_birth_date"
    OTHER_BIRTH_DATE = "other_birth_date"  # evidence against
    SAME_ADDRESS = "same_address"


POINTS: dict[Reason, int] = {
    Reason.SAME_PHONE: 40, Reason.SAME_EMAIL: 40, Reason.SAME_NAME: 50, Reason.NICKNAME: 45,
    Reason.SIMILAR_NAME: 40, Reason.SAME_BIRTH_DATE: 30, Reason.OTHER_BIRTH_DATE: -40,
    Reason.SAME_ADDRESS: 25,
}
NAME_ONLY = frozenset({Reason.SAME_NAME, Reason.NICKNAME, Reason.SIMILAR_NAME})
SIMILAR = 0.85  # name similarity (0..1) from which a name counts as similar
LOOSE = 0.78  # ...as loosely similar (half the points)


class Question(StrEnum):
    """What the form should ask before the agent decides."""

    ASK_SECOND_FIELD = "ask_second_field"  # the birth date or the address


@dataclass(frozen=True)
class Probe:
    """The customer being typed: phones in E.164, e-mails case-folded (as ``clean`` gives
    them). ``address`` is one line (street, number, postcode, town) or None."""

    first_name: str = ""
    last_name: str = ""
    company: str = ""
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    birth_date: date | None = None
    address: str | None = None


@dataclass(frozen=True)
class Candidate:
    """What the scoring reads of one stored customer."""

    customer_id: str
    first_name: str
    last_name: str
    company: str
    phones: frozenset[str]
    emails: frozenset[str]
    birth_date: date | None
    address: str | None = None


@dataclass(frozen=True)
class Match:
    hit: CustomerHit
    score: int  # 0..100
    why: tuple[Reason, ...]  # the evidence for (and against), strongest first

    @property
    def likely(self) -> bool:
        return self.score >= LIKELY


# -- addresses: plugged in by the feature that stores them --------------------------------
AddressReader = Callable[[sqlite3.Connection, list[str]], dict[str, str]]
AddressBlocker = Callable[[sqlite3.Connection, str, int], list[str]]


@dataclass
class _AddressHooks:
    reader: AddressReader | None = None
    blocker: AddressBlocker | None = None


_addresses = _AddressHooks()


def use_addresses(reader: AddressReader | None, blocker: AddressBlocker | None = None) -> None:
    """Let the check read customers' addresses (``reader(db, ids)``: one line each, by
    customer id) and, if given, find candidates by address (``blocker(db, line, limit)``:
    customer ids). The feature that stores addresses calls this once; None unplugs."""
    _addresses.reader, _addresses.blocker = reader, blocker


def address_reader() -> AddressReader | None:
    return _addresses.reader


def address_blocker() -> AddressBlocker | None:
    return _addresses.blocker


# -- names ----------------------------------------------------------------------------
def fold(text: str | None) -> str:
    """Lower case, accents dropped, only letters and digits: ``D'Angelo`` → ``dangelo``."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed.lower()
                   if ch.isalnum() and not unicodedata.combining(ch))


def _sim(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    return 1.0 if a == b else float(OSA.normalized_similarity(a, b))


def _given(a: str, b: str) -> tuple[float, bool]:
    """Similarity of two first names, and whether one is a nickname of the other."""
    if a and b and a != b and same_given_name(a, b):
        return 1.0, True
    return _sim(a, b), False


def name_similarity(probe: Probe, cand: Candidate) -> tuple[float, bool]:
    """0..1 and whether a nickname was taken into account. First and last name compare
    one by one (either way round); a company-only customer compares by company."""
    pf, pl = fold(probe.first_name), fold(probe.last_name)
    cf, cl = fold(cand.first_name), fold(cand.last_name)
    if (pf or pl) and (cf or cl):
        best, nick = 0.0, False
        for f, last in ((cf, cl), (cl, cf)):
            first_sim, is_nick = _given(pf, f) if pf else (1.0 if not f else 0.0, False)
            last_sim = _sim(pl, last) if pl else (1.0 if not last else 0.0)
            if not pf or not pl:  # one name typed: it matches one of the two, at best loosely
                value = max(first_sim if pf else 0.0, last_sim if pl else 0.0)
                value = 0.8 * max(value, _sim(pf or pl, cf), _sim(pf or pl, cl))
            else:
                value = (first_sim + last_sim) / 2
            if value > best:
                best, nick = value, is_nick
        return best, nick
    pc, cc = fold(probe.company), fold(cand.company)
    return _sim(pc, cc), False


def _address_same(a: str | None, b: str | None) -> bool:
    fa, fb = fold(a), fold(b)
    return bool(fa and fb) and _sim(fa, fb) >= 0.9


def score(probe: Probe, cand: Candidate) -> tuple[int, tuple[Reason, ...]]:
    """The score (0..100) of ``cand`` being the person typed in ``probe``, and why."""
    why: list[Reason] = []
    if set(probe.phones) & cand.phones:
        why.append(Reason.SAME_PHONE)
    if set(probe.emails) & cand.emails:
        why.append(Reason.SAME_EMAIL)
    similarity, nick = name_similarity(probe, cand)
    name_points = 0
    if similarity >= 1.0 and not nick:
        why.append(Reason.SAME_NAME)
    elif nick and similarity >= SIMILAR:
        why.append(Reason.NICKNAME)
    elif similarity >= SIMILAR:
        why.append(Reason.SIMILAR_NAME)
    elif similarity >= LOOSE:
        why.append(Reason.SIMILAR_NAME)
        name_points = -POINTS[Reason.SIMILAR_NAME] // 2
    if probe.birth_date and cand.birth_date:
        why.append(Reason.SAME_BIRTH_DATE if probe.birth_date == cand.birth_date
                   else Reason.OTHER_BIRTH_DATE)
    if _address_same(probe.address, cand.address):
        why.append(Reason.SAME_ADDRESS)
    total = sum(POINTS[r] for r in why) + name_points
    if Reason.SAME_PHONE in why or Reason.SAME_EMAIL in why:
        total = max(total, POSSIBLE)  # a shared number or address is always worth a look
    why.sort(key=lambda r: -abs(POINTS[r]))
    return max(0, min(100, total)), tuple(why)


# -- the check ----------------------------------------------------------------------------
def find_duplicates(store: Store, probe: Probe, *, exclude: Iterable[str] = (),
                    limit: int = 10, floor: int = POSSIBLE) -> list[Match]:
    """Stored customers that may be the person in ``probe``, best first: those scoring at
    least ``floor`` (``LIKELY`` for likely ones only), at most ``limit``. ``exclude``: the
    customer being edited. Merged customers stand for their survivor."""
    from carecenter.services.customers.candidates import candidates, load

    skip = set(exclude)
    with store.reading() as db:
        db.execute("BEGIN")
        try:
            ids = [c for c in candidates(db, probe) if c not in skip]
            scored: list[tuple[int, tuple[Reason, ...], str]] = []
            for cand in load(db, ids):
                points, why = score(probe, cand)
                if points >= floor:
                    scored.append((points, why, cand.customer_id))
            scored.sort(key=lambda s: (-s[0], s[2]))
            scored = scored[:limit]
            hits = {h.customer_id: h for h in hits_on(
                db, {cid: "text" for _p, _w, cid in scored}, limit)}
            return [Match(hits[cid], points, why) for points, why, cid in scored if cid in hits]
        finally:
            db.execute("COMMIT")


def question(probe: Probe, matches: Sequence[Match]) -> Question | None:
    """``ASK_SECOND_FIELD`` when the check of ``probe`` found ``matches`` on the name alone:
    the probe names a person and carries nothing else that tells people apart (no birth
    date, no address, no phone or e-mail that any match shares), and at least one stored
    customer is listed as possible for the name only. The answer turns a duplicate into a
    likely match (the same birth date or address) and drops a namesake (another birth
    date); None when there is nothing to ask."""
    if not (probe.first_name.strip() or probe.last_name.strip()):
        return None  # a company has no birth date
    if probe.birth_date is not None or (probe.address or "").strip():
        return None
    if any(Reason.SAME_PHONE in m.why or Reason.SAME_EMAIL in m.why for m in matches):
        return None
    if any(not m.likely and m.why and set(m.why) <= NAME_ONLY for m in matches):
        return Question.ASK_SECOND_FIELD
    return None
