"""Pools the demo draws from: names and companies made once per seed with Faker (slow per
call, so never per customer), phone number shapes checked once with phonenumbers, and a
fast weighted picker."""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

import phonenumbers
from faker import Faker

from carecenter.services.customers.phones import national_digits

T = TypeVar("T")

NAMES_PER_POOL = 400
SURNAMES_PER_POOL = 900
COMPANIES_PER_POOL = 300


class Pick(Generic[T]):
    """Weighted choice by table look-up: one random() per draw."""

    def __init__(self, weighted: Sequence[tuple[T, int]]) -> None:
        self.table: list[T] = [value for value, weight in weighted for _ in range(weight)]
        self.size = len(self.table)

    def __call__(self, rnd: random.Random) -> T:
        return self.table[int(rnd.random() * self.size)]


@dataclass(frozen=True)
class Person:
    first: str
    slug: str  # the name as it goes into an e-mail address


@dataclass(frozen=True)
class NamePool:
    language: str
    women: tuple[Person, ...]
    men: tuple[Person, ...]
    surnames: tuple[Person, ...]
    companies: tuple[Person, ...]
    domains: tuple[str, ...]
    phones: tuple[PhoneShape, ...]  # first the mobile shapes, then the landlines
    mobiles: int  # how many of ``phones`` are mobile shapes


@dataclass(frozen=True)
class PhoneShape:
    """Numbers made of a fixed national start and ``digits`` random digits."""

    country: str  # "+39" or "+44"
    national_start: str  # what the national form starts with: "333", "02", "07700"
    digits: int
    keeps_zero: bool  # Italy keeps the leading 0 of landlines in E.164; the UK drops it
    label: str  # "mobile", "home" or "work"

    def make(self, rnd: random.Random) -> tuple[str, str]:
        """A number in E.164 and the national digits an agent would dial."""
        tail = str(int(rnd.random() * 10 ** self.digits)).zfill(self.digits)
        national = self.national_start + tail
        return self.country + (national if self.keeps_zero else national[1:]), national


_SLUG_DROP = re.compile(r"[^a-z0-9]")


def slug(text: str) -> str:
    """``D'Angelo`` → ``dangelo``, ``Nicolò`` → ``nicolo``."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _SLUG_DROP.sub("", folded.lower())


def _distinct(make: object, count: int, tries: int) -> list[str]:
    """Up to ``count`` distinct values of ``make()``; gives up after ``tries`` calls or
    once 300 calls in a row found nothing new (a locale with fewer names)."""
    found: dict[str, None] = {}
    idle = 0
    for _ in range(tries):
        size = len(found)
        found.setdefault(make(), None)  # type: ignore[operator]
        idle = idle + 1 if len(found) == size else 0
        if len(found) >= count or idle >= 300:
            break
    return list(found)


def _people(values: list[str]) -> tuple[Person, ...]:
    return tuple(Person(v, slug(v) or "cliente") for v in values)


_IT_MOBILE = ("320", "324", "327", "328", "329", "330", "331", "333", "334", "335", "338",
              "339", "340", "342", "345", "346", "347", "348", "349", "350", "351", "366",
              "368", "370", "377", "380", "388", "389", "391", "392", "393")
# area code, digits after it (Milano, Roma, Torino, Napoli, Bologna, Firenze, Palermo)
_IT_LANDLINE = (("02", 8), ("06", 8), ("011", 7), ("081", 7), ("051", 7), ("055", 7), ("091", 7))
_UK_MOBILE = ("0740", "0745", "0750", "0770", "0771", "0772", "0780", "0781", "0790", "0791")
_UK_LANDLINE = (("0207", 7), ("0208", 7), ("0161", 7), ("0113", 7), ("0121", 7))


def _checked(shapes: list[PhoneShape], rnd: random.Random) -> list[PhoneShape]:
    """The shapes whose sample numbers are valid and read back to the national form we
    meant (so the search index holds the digits an agent would dial)."""
    good = []
    for shape in shapes:
        region = "IT" if shape.country == "+39" else "GB"
        ok = True
        for _ in range(3):
            e164, national = shape.make(rnd)
            number = phonenumbers.parse(e164, None)
            if (not phonenumbers.is_valid_number_for_region(number, region)
                    or national_digits(e164) != national):
                ok = False
                break
        if ok:
            good.append(shape)
    return good


def _it_phones(rnd: random.Random) -> list[PhoneShape]:
    mobiles = [PhoneShape("+39", p + d, 6, True, "mobile") for p in _IT_MOBILE
               for d in "123456789"]
    lands = [PhoneShape("+39", a + d, n - 1, True, "home") for a, n in _IT_LANDLINE
             for d in "2345789"]
    return _checked(mobiles, rnd) + _checked(lands, rnd)


def _uk_phones(rnd: random.Random) -> list[PhoneShape]:
    mobiles = [PhoneShape("+44", p + d, 6, False, "mobile") for p in _UK_MOBILE
               for d in "0123456789"]
    lands = [PhoneShape("+44", a + d, n - 1, False, "home") for a, n in _UK_LANDLINE
             for d in "2345679"]
    return _checked(mobiles, rnd) + _checked(lands, rnd)


def name_pools(seed: int) -> tuple[NamePool, NamePool]:
    """The Italian and English pools for ``seed`` (the same seed, the same pools)."""
    rnd = random.Random(f"carecenter-demo:{seed}:phones")
    pools = []
    for locale, lang, domains in (
        ("it_IT", "it", ("gmail.com", "libero.it", "hotmail.it", "yahoo.it", "alice.it",
                         "tiscali.it", "virgilio.it", "fastwebnet.it")),
        ("en_GB", "en", ("gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk",
                         "btinternet.com", "icloud.com")),
    ):
        fake = Faker(locale)
        fake.seed_instance(seed)
        phones = _it_phones(rnd) if lang == "it" else _uk_phones(rnd)
        mobiles = sum(1 for p in phones if p.label == "mobile")
        pools.append(NamePool(
            language=lang,
            women=_people(_distinct(fake.first_name_female, NAMES_PER_POOL, 4000)),
            men=_people(_distinct(fake.first_name_male, NAMES_PER_POOL, 4000)),
            surnames=_people(_distinct(fake.last_name, SURNAMES_PER_POOL, 8000)),
            companies=_people(_distinct(fake.company, COMPANIES_PER_POOL, 2000)),
            domains=domains, phones=tuple(phones), mobiles=mobiles,
        ))
    return pools[0], pools[1]
