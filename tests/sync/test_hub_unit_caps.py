"""The hub weighs remedies that cost nothing against the published policy, like money: a
``within`` payment extension over the published per-grant limit of the author's role is
refused (``over_unit_limit``) and set aside on the desk, nothing stored on the hub; within
it, it is taken. Two desks that each stay within the per-period limit offline, together
over it, get the later one marked ``exceeds_cap``. The service charter is an admin's to
publish; a citation's author is the token's agent. Runs on a SQLite hub and on PostgreSQL
(``hub`` fixture), through the real service for the signed-in pushes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from carecenter.db.models import Agent, Decision, SetAsideOp
from carecenter.db.store import Store
from carecenter.services.charter import cite, publish_charter
from carecenter.services.decisions.authority_files import default_policy
from carecenter.services.decisions.catalogue import import_policy
from carecenter.services.decisions.grants import grant
from carecenter.services.uow import UnitOfWork
from carecenter.sync.hub import Hub
from carecenter.sync.hub_schema import TABLES
from tests.factories import make_customer
from tests.sync.conftest import Service
from tests.sync.helpers import ok, outbox
from tests.unit.recovery_data import new_case


def extension(store: Store, agent: str, customer: str, days: int,
              now: datetime | None = None) -> str:
    r = grant(store, agent_id=agent, customer_id=customer, remedy="payment_extension",
              amount_cents=0, currency="EUR", quantity=days, now=now)
    return r.decision.id


def on_hub(hub: Hub, did: str) -> tuple[str, int] | None:
    t = TABLES["decision"]
    with hub.engine.connect() as c:
        row = c.execute(select(t.c.authority_state, t.c.quantity).where(t.c.id == did)).first()
    return None if row is None else (row[0], row[1])


def test_a_grant_over_the_published_per_grant_limit_is_refused_by_the_hub(
        service: Service, make_store: Callable[[str], Store]) -> None:
    admin_desk, desk = make_store("admin"), make_store("desk")
    # The administrator publishes a tighter policy: agents extend payments by 14 days.
    policy = default_policy()
    agent = policy["agent"]
    policy["agent"] = replace(agent, remedy_limits={**agent.remedy_limits,
                                                    "payment_extension": (14, 40)})
    import_policy(admin_desk, policy)
    assert ok(admin_desk, service.transport(admin_desk, "admin")).refused == 0

    # A desk that has not pulled it yet (offline) still weighs with the shipped 30 days.
    with UnitOfWork(desk) as uow:
        me = uow.add(Agent(name="agent", role="agent")).id
    cid = make_customer(desk, "R-1", "Anna", "Rossi")
    too_long = extension(desk, me, cid, 20)
    t = service.transport(desk, "agent")
    report = ok(desk, t)
    # the decision, and its remedy check that names it, are set aside; the rest goes on
    assert (report.refused, report.set_aside, outbox(desk)) == (2, 2, 0)
    with desk.session() as s:
        aside = {a.table: a for a in s.scalars(select(SetAsideOp))}
    assert sorted(aside) == ["decision", "follow_up"]
    assert (aside["follow_up"].code, aside["decision"].row_id) == ("unknown_reference", too_long)
    assert aside["decision"].code == "over_unit_limit"
    assert aside["decision"].message == (
        "20 of payment_extension is over the published limit of your role (14) for one "
        "grant: ask a supervisor for approval.")
    assert on_hub(service.hub, too_long) is None  # nothing stored on the hub

    # Now the desk knows the published limit: 14 days are within, and the hub takes them.
    with desk.session() as s:
        assert s.get(Decision, too_long) is not None  # the desk's record stays, set aside
    fine = extension(desk, me, cid, 14)
    report = ok(desk, t)
    assert (report.refused, outbox(desk)) == (0, 0)
    assert on_hub(service.hub, fine) == ("within", 14)


def test_two_desks_within_the_period_offline_together_over_it_are_marked(
        hub: Hub, make_store: Callable[[str], Store]) -> None:
    a, b = make_store("a"), make_store("b")
    with UnitOfWork(a) as uow:
        anna = uow.add(Agent(name="Anna Rossi", role="agent")).id
        bruno = uow.add(Agent(name="Bruno Neri", role="agent")).id
    cid = make_customer(a, "R-2", "Carla", "Bianchi")
    ok(a, hub)
    ok(b, hub)
    now = datetime.now(UTC) - timedelta(hours=2)
    first = extension(a, anna, cid, 30, now)  # 30 of 45 days on desk a
    second = extension(b, bruno, cid, 30, now + timedelta(minutes=5))  # 30 of 45 on desk b
    for s in (a, b, a, b):
        ok(s, hub)
    assert on_hub(hub, first) == ("within", 30)
    assert on_hub(hub, second) == ("exceeds_cap", 30)  # together 60 of 45: the later one
    with a.session() as ses:
        marked = ses.get(Decision, second)
        assert marked is not None and marked.authority_state == "exceeds_cap"


def test_the_charter_is_published_by_an_admin_only_and_citations_name_their_author(
        service: Service, make_store: Callable[[str], Store], tmp_path: Path) -> None:
    desk = make_store("desk")
    folder = tmp_path / "charter"
    folder.mkdir()
    for lang in ("en", "it"):
        (folder / f"charter.{lang}.md").write_text(f"# {lang}\n\n## 1. One\nText.\n",
                                                   encoding="utf-8")
    publish_charter(desk, folder, by="somebody", now=datetime.now(UTC))
    with UnitOfWork(desk) as uow:
        me = uow.add(Agent(name="agent", role="agent")).id
    cid = make_customer(desk, "R-3", "Dario", "Verdi")
    case = new_case(desk, cid, me)
    cite(desk, agent_id=me, customer_id=cid, clause="1", case_id=case)
    t = service.transport(desk, "agent")
    report = ok(desk, t)
    with desk.session() as s:
        codes = sorted((a.table, a.code) for a in s.scalars(select(SetAsideOp)))
    assert codes == [("charter_text", "role"), ("charter_text", "role")]  # agents may not
    assert report.refused == 2
    with service.hub.engine.connect() as c:
        texts = c.execute(select(TABLES["charter_text"].c.id)).all()
        [(clause, author)] = c.execute(select(TABLES["charter_citation"].c.clause,
                                              TABLES["charter_citation"].c.agent_id)).all()
    who = service.people["agent"].id
    assert (texts, clause, author) == ([], "1", who)  # the author is the token's agent
