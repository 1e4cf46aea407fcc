"""Logging a contact with a call-back, and the work mode's next entry reconciled live."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from carecenter.commands.refusal_words import refusal_sentence as said
from carecenter.db.store import Store
from carecenter.problems import Refused
from carecenter.services.agents import workstation_agent
from carecenter.services.calls.calllist import Reason, Status, evaluate, next_to_call
from carecenter.services.cases.casework import CaseError
from carecenter.services.customers.contact_log import choices, log_contact
from carecenter.services.customers.contacts import InvalidContact, NewContact
from tests.unit.test_calllist import NOW, World

D = timedelta(days=1)


def rows(store: Store) -> dict[str, int]:
    with store.session() as s:
        return {t: s.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                for t in ("contact", "follow_up", "consent_event", "outbox")}


def test_a_contact_with_a_call_back_is_one_write(store: Store, tmp_path: Path) -> None:
    w = World(store, tmp_path)
    agent = workstation_agent(store, "Giulia Bianchi")
    logged = log_contact(store, w.ids["A"], NewContact(
        channel="phone", direction="outbound", team="marketing", at=NOW, outcome="callback",
        summary="  call after six ", campaign_id=w.campaign, offer_id=w.offer_ids["F10"],
        agent_id=agent.id), call_back=NOW + D, now=NOW)
    assert logged.follow_up_id is not None
    assert w.ids["A"] in logged.changes.customer_ids
    with store.session() as s:
        k = s.execute(text("SELECT outcome, summary, campaign_id, agent_id FROM contact "
                           "WHERE id = :i"), {"i": logged.contact_id}).one()
        f = s.execute(text("SELECT reason, note, assignee_id, status FROM follow_up "
                           "WHERE id = :i"), {"i": logged.follow_up_id}).one()
    assert tuple(k) == ("callback", "call after six", w.campaign, agent.id)
    assert tuple(f) == ("call_back", "call after six", agent.id, "open")
    # The call now counts in the list: reached (callback) within the recontact days.
    assert evaluate(store, w.campaign, NOW + timedelta(seconds=1))[0].reasons == (
        Reason.RECENTLY_CONTACTED,)


def test_an_opt_out_withdraws_the_consent(store: Store, tmp_path: Path) -> None:
    w = World(store, tmp_path)
    log_contact(store, w.ids["A"], NewContact(channel="phone", direction="outbound",
                                              team="marketing", at=NOW, outcome="opted_out"))
    assert evaluate(store, w.campaign, NOW)[0].reasons[0] is Reason.DO_NOT_CALL


@pytest.mark.parametrize(("contact", "call_back", "error", "message"), [
    (NewContact(channel="fax", direction="outbound", team="marketing"), None, InvalidContact,
     "Unknown channel 'fax'."),
    (NewContact(channel="phone", direction="outbound", team="marketing"), NOW - D, CaseError,
     "The follow-up cannot be due in the past; choose a later time."),
    (NewContact(channel="phone", direction="outbound", team="marketing", agent_id="nobody"),
     None, CaseError, "There is no agent with id nobody."),
])
def test_bad_input_writes_nothing(store: Store, tmp_path: Path, contact: NewContact,
                                  call_back: datetime | None, error: type[Exception],
                                  message: str) -> None:
    w = World(store, tmp_path)
    before = rows(store)
    with pytest.raises(error) as err:
        log_contact(store, w.ids["A"], contact, call_back=call_back, now=NOW)
    exc = err.value
    assert (said(exc) if isinstance(exc, Refused) else str(exc)) == message
    assert rows(store) == before


def test_choices_are_active_campaigns_and_valid_offers(store: Store, tmp_path: Path) -> None:
    World(store, tmp_path)
    campaigns, offers = choices(store, NOW)
    assert [c.code for c in campaigns] == ["Autumn fibre", "Mobile"]
    assert [o.code for o in offers] == ["M50", "F20", "F10", "F05"]  # F30 ended yesterday
    assert offers[0].label == "M50 · Mobile"


def test_next_to_call_reconciles_at_that_moment(store: Store, tmp_path: Path) -> None:
    w = World(store, tmp_path, refs="ABCD")
    listed = evaluate(store, w.campaign, NOW)
    assert [e.status for e in listed] == [Status.CALL] * 4
    candidates = [e.entry_id for e in listed]
    # After the list was shown, B opted out and C was called by another campaign.
    w.consent("B", NOW - timedelta(hours=1), False)
    w.call("C", NOW - timedelta(hours=1), "reached", campaign="other")
    first = next_to_call(store, w.campaign, 0, candidates, NOW, chunk=2)
    assert (first.entry.customer_ref, first.passed) == ("A", ())
    second = next_to_call(store, w.campaign, first.entry.position, candidates, NOW, chunk=2)
    assert second.entry is not None
    assert second.entry.customer_ref == "D"
    assert [(e.customer_ref, e.reasons) for e in second.passed] == [
        ("B", (Reason.DO_NOT_CALL,)), ("C", (Reason.RECENTLY_CONTACTED,))]
    done = next_to_call(store, w.campaign, second.entry.position, candidates, NOW)
    assert (done.entry, done.passed) == (None, ())
