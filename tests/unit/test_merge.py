"""Merge and unmerge: history follows the kept customer, consent stays most restrictive,
and undoing restores every row."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from carecenter.commands.refusal_words import refusal_sentence as said
from carecenter.db.models import ConsentEvent
from carecenter.db.store import Store
from carecenter.services.customers.consent import current_consent
from carecenter.services.customers.merge import MergeError, merge_customers, unmerge
from carecenter.services.customers.view import customer_view, timeline_page
from carecenter.services.export import export_csv
from carecenter.services.search.query import search
from carecenter.services.uow import UnitOfWork
from tests.factories import add_contact, make_customer

T0 = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


def consent(store: Store, cid: str, granted: bool, at: datetime, channel: str = "phone") -> None:
    with UnitOfWork(store) as uow:
        uow.add(ConsentEvent(customer_id=cid, channel=channel, purpose="marketing",
                             granted=granted, source="test", at=at))


def phone_marketing(store: Store, cid: str) -> bool:
    with store.session() as s:
        from carecenter.services.customers.family import family_ids
        conn = s.connection()
        return current_consent(conn, family_ids(conn, cid))[("phone", "marketing")][0]


@pytest.fixture
def pair(store: Store) -> tuple[str, str]:
    a = make_customer(store, "C1", "Maria", "Rossi", phones=("+393331111111",),
                      emails=("maria@example.it",))
    b = make_customer(store, "C2", "Maria", "Rossi", phones=("+393332222222",),
                      emails=("m.rossi@example.it",))
    add_contact(store, a, T0, summary="first")
    add_contact(store, b, T0 + timedelta(hours=1), summary="second", team="marketing",
                direction="outbound")
    return a, b


def snapshot(store: Store, tmp: Path, name: str) -> dict[str, str]:
    out = tmp / name
    export_csv(store, out)
    keep = ("contact", "consent_event", "customer_phone", "customer_email", "holding", "case")
    return {t: (out / f"{t}.csv").read_text() for t in keep}


def test_merge_shows_the_whole_history_under_the_kept_customer(store: Store,
                                                               pair: tuple[str, str]) -> None:
    a, b = pair
    res = merge_customers(store, a, b, by_agent_id=None, reason="same person, two accounts",
                          now=T0 + timedelta(days=1))
    view = customer_view(store, a, now=T0 + timedelta(days=1))
    assert view.header.phones == ("+393331111111", "+393332222222")
    assert view.header.merged_refs == ("C2",)
    assert [(i.kind, i.summary) for i in view.first_page.items] == [
        ("merge", "same person, two accounts"), ("contact", "second"), ("contact", "first")]
    # Opening the merged customer opens the survivor; searching its number finds the survivor.
    assert customer_view(store, b).header.customer_id == a
    assert [h.customer_id for h in search(store, "333 222 2222")] == [a]
    assert [h.customer_id for h in search(store, "maria rossi")] == [a]
    assert res.changes.touches("merge") and res.changes.touches("customer")


def test_merge_keeps_the_most_restrictive_consent_and_unmerge_gives_it_back(
        store: Store, pair: tuple[str, str]) -> None:
    a, b = pair
    consent(store, a, True, T0 + timedelta(days=2))  # newer yes
    consent(store, b, False, T0)  # older no
    m = merge_customers(store, a, b, by_agent_id=None, reason="dup", now=T0 + timedelta(days=3))
    assert phone_marketing(store, a) is False
    unmerge(store, m.merge_id, by_agent_id=None, reason="different people",
            now=T0 + timedelta(days=4))
    assert phone_marketing(store, a) is True
    assert phone_marketing(store, b) is False


def test_a_kept_no_is_not_overturned_by_a_newer_yes_of_the_merged(
        store: Store, pair: tuple[str, str]) -> None:
    a, b = pair
    consent(store, a, False, T0)
    consent(store, b, True, T0 + timedelta(days=2))
    merge_customers(store, a, b, by_agent_id=None, reason="dup", now=T0 + timedelta(days=3))
    assert phone_marketing(store, a) is False


def test_a_consent_change_after_the_merge_survives_the_unmerge(
        store: Store, pair: tuple[str, str]) -> None:
    a, b = pair
    consent(store, b, False, T0)
    m = merge_customers(store, a, b, by_agent_id=None, reason="dup", now=T0 + timedelta(days=1))
    consent(store, a, False, T0 + timedelta(days=2))  # the customer says no again, themselves
    unmerge(store, m.merge_id, by_agent_id=None, reason="oops", now=T0 + timedelta(days=3))
    assert phone_marketing(store, a) is False


def test_unmerge_restores_every_row(store: Store, pair: tuple[str, str], tmp_path: Path) -> None:
    a, b = pair
    before = snapshot(store, tmp_path, "before")
    m = merge_customers(store, a, b, by_agent_id=None, reason="dup", now=T0 + timedelta(days=1))
    unmerge(store, m.merge_id, by_agent_id=None, reason="different people",
            now=T0 + timedelta(days=2))
    after = snapshot(store, tmp_path, "after")
    assert after == before
    assert [i.summary for i in timeline_page(store, b).items] == ["second"]
    assert [i.kind for i in timeline_page(store, a).items] == ["unmerge", "merge", "contact"]
    assert [h.customer_ref for h in search(store, "333 222 2222")] == ["C2"]
    with store.session() as s:
        kinds = s.execute(text("SELECT \"table\", kind FROM outbox "
                               "WHERE \"table\" IN ('merge', 'customer') "
                               "ORDER BY seq")).all()
    assert ("merge", "insert") in kinds and kinds.count(("customer", "update")) == 2


@pytest.mark.parametrize(("case", "message"), [
    ("self", "A customer cannot be merged into itself."),
    ("noreason", "Say why these customers are the same person before merging them."),
    ("twice", "One of the two customers is already merged into another."),
])
def test_bad_merges_are_refused_and_change_nothing(store: Store, pair: tuple[str, str], case: str,
                                                   message: str, tmp_path: Path) -> None:
    a, b = pair
    if case == "twice":
        merge_customers(store, a, b, by_agent_id=None, reason="dup")
    before = snapshot(store, tmp_path, "before")
    with store.session() as s:
        ops = s.execute(text("SELECT count(*) FROM outbox")).scalar_one()
    survivor, merged, reason = {"self": (a, a, "x"), "noreason": (a, b, "  ")}.get(
        case, (a, b, "again"))
    with pytest.raises(MergeError) as err:
        merge_customers(store, survivor, merged, by_agent_id=None, reason=reason)
    assert said(err.value) == message
    assert snapshot(store, tmp_path, "after") == before
    with store.session() as s:
        assert s.execute(text("SELECT count(*) FROM outbox")).scalar_one() == ops


def test_a_merge_cannot_be_undone_twice(store: Store, pair: tuple[str, str]) -> None:
    a, b = pair
    m = merge_customers(store, a, b, by_agent_id=None, reason="dup")
    unmerge(store, m.merge_id, by_agent_id=None, reason="no")
    with pytest.raises(MergeError) as err:
        unmerge(store, m.merge_id, by_agent_id=None, reason="no")
    assert said(err.value) == "This merge was already undone."
