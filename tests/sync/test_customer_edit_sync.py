"""A customer edited on one desk reaches another through the hub: the new values (address
and main phone included), the phones and e-mails added and removed, and the audit trail
with who, when and from which desk (issue 15 part 1)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from carecenter.db.models import Agent
from carecenter.services.customers.record import Address, current_record, edit_customer
from carecenter.services.customers.view import TimelineFilter, timeline_page
from carecenter.services.signin import author_tokens, sign_in
from carecenter.services.uow import UnitOfWork
from carecenter.sync import credentials
from carecenter.sync.hub import Hub
from carecenter.sync.hub_schema import TABLES
from carecenter.sync.replica import sync_once
from tests.factories import make_customer
from tests.sync.conftest import PASSWORD, Service
from tests.sync.helpers import exports_match, ok, outbox

AT = datetime(2026, 7, 1, 9, 30, tzinfo=UTC)


def test_an_edit_reaches_the_other_desk_with_its_audit_trail(hub: Hub, make_store: Any,
                                                             tmp_path: Path) -> None:
    a, b = make_store("a"), make_store("b")
    cid = make_customer(a, "S-1", "Lucia", "Gallo", phones=("+393401112233",),
                        emails=("lucia@example.it",))
    for n in range(5):  # others on the desk: removing one e-mail of six is no mass deletion
        make_customer(a, f"S-{n + 2}", "Altro", f"Cliente {n}", phones=(f"+39340555000{n}",),
                      emails=(f"altro{n}@example.it",))
    with UnitOfWork(a) as uow:
        agent = uow.add(Agent(name="Paolo Conti", role="agent"))
    ok(a, hub)
    ok(b, hub)
    record = replace(current_record(a, cid), last_name="Gallo Neri",
                     phones=("0612345678", "+393401112233"), emails=(),
                     address=Address("Via Nazionale", "5", "00184", "Roma", "RM", "IT"),
                     tier="silver")
    edited = edit_customer(a, cid, record, agent_id=agent.id, desk="Roma Termini (pc-3)",
                           at=AT)
    assert len(edited.fields) == 12  # the main phone and e-mail changed with their lists
    ok(a, hub)
    ok(b, hub)
    assert outbox(a) == outbox(b) == 0
    assert current_record(b, cid) == current_record(a, cid)
    got = current_record(b, cid)
    assert (got.last_name, got.phones, got.emails, got.address.postcode, got.tier) == (
        "Gallo Neri", ("+390612345678", "+393401112233"), (), "00184", "silver")
    trail = timeline_page(b, cid, filt=TimelineFilter(record_changes=True)).items
    assert sorted((i.outcome, i.old_value, i.new_value) for i in trail) == sorted([
        ("last_name", "Gallo", "Gallo Neri"),
        ("phones", "+393401112233", "+390612345678, +393401112233"),
        ("emails", "lucia@example.it", None), ("street", None, "Via Nazionale"),
        ("house_number", None, "5"), ("postcode", None, "00184"), ("town", None, "Roma"),
        ("province", None, "RM"), ("country", None, "IT"), ("tier", None, "silver")])
    assert {(i.agent, i.desk, i.at) for i in trail} == {("Paolo Conti", "Roma Termini (pc-3)",
                                                         AT)}
    exports_match(tmp_path, hub, a, b)


def test_the_hub_stamps_who_changed_the_record_from_the_token(service: Service,
                                                               make_store: Any) -> None:
    desk = make_store("counter")
    _ = service.people["agent"]
    who, token = sign_in(desk, service.url, "agent", PASSWORD)
    credentials.save_token(service.url, who.name, token)
    senior = service.people["senior"].id  # on the hub, no token on this desk
    assert sync_once(desk, service.url, token=token).error is None
    cid = make_customer(desk, "S-9", "Ugo", "Fabbri")
    for n in range(5):
        make_customer(desk, f"S-{10 + n}", "Altro", f"Cliente {n}")
    # a desk that names somebody else as the author of the change
    moved = replace(current_record(desk, cid),
                    address=Address("Via Trinchese", "4", "73100", "Lecce", "LE", "IT"))
    edit_customer(desk, cid, moved, agent_id=senior, at=AT)
    report = sync_once(desk, service.url, token=token, tokens=author_tokens(desk, service.url))
    assert (report.error, report.refused, report.pending) == (None, 0, 0)
    x = TABLES["customer_change"]
    with service.hub.engine.connect() as conn:
        authors = conn.execute(select(x.c.agent_id).where(x.c.customer_id == cid)).scalars()
        assert set(authors) == {who.agent_id}
