"""The duplicate check: scoring with its reasons, and the candidates the indexes give."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import text

from carecenter.db.store import Store
from carecenter.services.customers import duplicates
from carecenter.services.customers.candidates import candidates, variants
from carecenter.services.customers.duplicates import (
    LIKELY,
    POSSIBLE,
    Candidate,
    Probe,
    Reason,
    find_duplicates,
    fold,
    score,
    use_addresses,
)
from carecenter.services.customers.merge import merge_customers
from tests.factories import make_customer

BORN = date(1975, 6, 14)
STORED = Candidate("c1", "Giuseppe", "Esposito", "", frozenset({"+393331112222"}),
                   frozenset({"g.esposito@example.it"}), BORN)
R = Reason


@pytest.mark.parametrize(("probe", "points", "why"), [
    (Probe("Giuseppe", "Esposito"), 50, (R.SAME_NAME,)),
    (Probe("Esposito", "Giuseppe"), 50, (R.SAME_NAME,)),  # first and last name swapped
    (Probe("GIUSÈPPE", "esposito"), 50, (R.SAME_NAME,)),  # case and accent
    (Probe("Giuspepe", "Esposito"), 40, (R.SIMILAR_NAME,)),  # swapped letters
    (Probe("Giuseppe", "Esposto"), 40, (R.SIMILAR_NAME,)),  # a letter missing
    (Probe("Pino", "Esposito"), 45, (R.NICKNAME,)),
    (Probe("Giuseppe", "Esposito", birth_date=BORN), 80, (R.SAME_NAME, R.SAME_BIRTH_DATE)),
    (Probe("Giusepe", "Esposito", birth_date=BORN), 70, (R.SIMILAR_NAME, R.SAME_BIRTH_DATE)),
    (Probe("Giuseppe", "Esposito", birth_date=date(1975, 6, 15)), 10,
     (R.SAME_NAME, R.OTHER_BIRTH_DATE)),
    (Probe("Giuseppe", "Esposito", phones=("+393339999999",)), 50, (R.SAME_NAME,)),
    (Probe("Giuseppe", "Esposito", phones=("+393331112222",)), 90, (R.SAME_NAME, R.SAME_PHONE)),
    (Probe("Anna", "Esposito", phones=("+393331112222",)), 40, (R.SAME_PHONE,)),  # family
    (Probe("Anna", "Esposito", phones=("+393331112222",), birth_date=date(2001, 1, 1)), 40,
     (R.SAME_PHONE, R.OTHER_BIRTH_DATE)),  # a shared number is always worth a look
    (Probe("Gius", "Espo", emails=("g.esposito@example.it",)), 40, (R.SAME_EMAIL,)),
    (Probe("Maria", "Russo"), 0, ()),
])
def test_the_score_and_its_reasons(probe: Probe, points: int, why: tuple[Reason, ...]) -> None:
    assert score(probe, STORED) == (points, why)


def test_likely_and_possible_thresholds_separate_the_cases() -> None:
    assert score(Probe("Giusepe", "Esposito", birth_date=BORN), STORED)[0] >= LIKELY
    assert POSSIBLE <= score(Probe("Giusepe", "Esposito"), STORED)[0] < LIKELY
    assert score(Probe("Giusepe", "Esposito", birth_date=date(1980, 1, 1)), STORED)[0] < POSSIBLE


def test_a_company_compares_by_company() -> None:
    shop = Candidate("c2", "", "", "Ferramenta Bianchi", frozenset(), frozenset(), None)
    assert score(Probe(company="Ferramenta Bianci"), shop) == (40, (R.SIMILAR_NAME,))


def test_fold_and_variants() -> None:
    assert fold("D'Angelo Nicolò") == "dangelonicolo"
    near = variants("rossi", 2)
    assert {"ossi", "orssi", "rssi", "bossi", "arossi", "raossi"} <= near
    assert "rossi" not in near and "rosi" not in near  # only edits at the start
    assert all(len(v) >= 2 for v in variants("al", 2))


@pytest.fixture
def people(store: Store) -> dict[str, str]:
    ids = {
        "esposito": make_customer(store, "C1", "Giuseppe", "Esposito", birth_date=BORN,
                                  phones=("+393331112222",)),
        "bianchi": make_customer(store, "C2", "Anna", "Bianchi",
                                 emails=("anna.b@example.it",)),
        "rossi": make_customer(store, "C3", "Mario", "Rossi", birth_date=date(1960, 1, 2)),
        "greco": make_customer(store, "C4", "Lucia", "Greco"),
    }
    for n in range(30):  # other people sharing a first name
        make_customer(store, f"X{n}", "Giuseppe", f"Altro{n:02d}x")
    return ids


@pytest.fixture
def db(store: Store, people: dict[str, str]) -> Iterator[sqlite3.Connection]:
    con = sqlite3.connect(store.path)
    yield con
    con.close()


@pytest.mark.parametrize(("probe", "who"), [
    (Probe("Giuseppe", "Esposito"), "esposito"),
    (Probe("Giuseppe", "Espostio"), "esposito"),  # typo late: a prefix block
    (Probe("Giuseppe", "Sposito"), "esposito"),  # first letter dropped: a variant block
    (Probe("Giuseppe", "Epsosito"), "esposito"),  # letters swapped at the start
    (Probe("Guiseppe", "Esposito"), "esposito"),
    (Probe("Beppe", "Esposito"), "esposito"),  # nickname
    (Probe("Esposito", "Giuseppe"), "esposito"),
    (Probe("Pippo", "Esposito", birth_date=BORN), "esposito"),  # one name and the birth date
    (Probe("Zorro", "Nessuno", phones=("+393331112222",)), "esposito"),
    (Probe("Zorro", "Nessuno", emails=("anna.b@example.it",)), "bianchi"),
    (Probe("Mraio", "Rossi"), "rossi"),
    (Probe("Lucìa", "Grèco"), "greco"),  # accents typed, none stored
])
def test_candidates_find_the_stored_customer(db: sqlite3.Connection, people: dict[str, str],
                                             probe: Probe, who: str) -> None:
    assert people[who] in candidates(db, probe)


def test_candidates_skip_unrelated_people(db: sqlite3.Connection,
                                          people: dict[str, str]) -> None:
    assert candidates(db, Probe("Carla", "Verdi")) == []


def test_candidates_are_capped_per_block(db: sqlite3.Connection, people: dict[str, str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from carecenter.services.customers import candidates as module

    monkeypatch.setattr(module, "BLOCK", 5)
    assert len(candidates(db, Probe("Giuseppe", ""))) == 5


def test_find_duplicates_ranks_explains_and_excludes(store: Store,
                                                     people: dict[str, str]) -> None:
    probe = Probe("Giusepe", "Esposito", birth_date=BORN, phones=("+393339990000",))
    found = find_duplicates(store, probe)
    assert [(m.hit.customer_id, m.score, m.why, m.likely) for m in found] == [
        (people["esposito"], 70, (R.SIMILAR_NAME, R.SAME_BIRTH_DATE), True)]
    assert found[0].hit.name == "Giuseppe Esposito"
    assert find_duplicates(store, probe, exclude=[people["esposito"]]) == []
    assert find_duplicates(store, Probe("Giusepe", "Esposito"), floor=LIKELY) == []


def test_a_merged_customer_counts_as_its_survivor(store: Store,
                                                  people: dict[str, str]) -> None:
    other = make_customer(store, "C9", "Pino", "Esposito", phones=("+393475550000",))
    merge_customers(store, people["esposito"], other, by_agent_id=None, reason="dup")
    found = find_duplicates(store, Probe("Zorro", "Nessuno", phones=("+393475550000",)))
    assert [(m.hit.customer_id, m.why) for m in found] == [(people["esposito"],
                                                          (R.SAME_PHONE,))]


def test_the_check_writes_nothing(store: Store, people: dict[str, str]) -> None:
    def counts() -> tuple[int, int]:
        with store.session() as s:
            return (s.execute(text("SELECT count(*) FROM customer")).scalar_one(),
                    s.execute(text("SELECT count(*) FROM outbox")).scalar_one())

    before = counts()
    find_duplicates(store, Probe("Giuseppe", "Esposito"))
    assert counts() == before


def test_an_address_source_plugs_in(store: Store, people: dict[str, str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(duplicates, "_addresses", duplicates._AddressHooks())
    homes = {people["greco"]: "Via Roma 12, 00184 Roma"}
    use_addresses(lambda _db, ids: {i: homes[i] for i in ids if i in homes},
                  lambda _db, _line, _limit: list(homes))
    found = find_duplicates(store, Probe("Lucia", "Grieco", address="via Roma 12 00184 ROMA"))
    assert [(m.hit.customer_id, m.score, m.why) for m in found] == [
        (people["greco"], 65, (R.SIMILAR_NAME, R.SAME_ADDRESS))]


@pytest.mark.parametrize("name", ['D\'Angelo "', "AND", "NEAR(", "*", "a", "🙂 Rossi", "x" * 300])
def test_hostile_names_never_reach_fts5_as_syntax(store: Store, people: dict[str, str],
                                                  name: str) -> None:
    assert isinstance(find_duplicates(store, Probe(name, name, company=name)), list)
