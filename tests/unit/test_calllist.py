"""The live call list: every rule alone, in combination, at its boundaries, as of a moment."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from carecenter.commands.import_words import reject_words
from carecenter.commands.refusal_words import refusal_sentence as said
from carecenter.db.models import Case, ConsentEvent, Holding
from carecenter.db.store import Store
from carecenter.services.calls.calllist import EntryState, Reason, Status, evaluate, export_list
from carecenter.services.calls.campaigns import (
    CampaignError,
    CampaignSpec,
    create_campaign,
    find_campaign,
    import_call_list,
)
from carecenter.services.customers.merge import merge_customers
from carecenter.services.imports import import_file
from carecenter.services.uow import UnitOfWork
from tests.factories import add_contact, make_customer

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
OFFERS = ("offer_code,product,title,value,valid_from,valid_to,channels\n"
          "F10,FIBRA,Fibra base,10,,,phone\n"
          "F20,FIBRA,Fibra plus,20,,,phone\n"
          "F30,FIBRA,Fibra old,30,2025-01-01,2026-06-14,phone\n"
          "F05,FIBRA,Fibra small,5,,,\n"
          "M50,MOBILE,Mobile,50,,,\n")


class World:
    """A store with the offers, one campaign (FIBRA, offer F10, recontact 10 days, cap 3,
    4 attempts) and customers A, B, C… on its list in that order."""

    def __init__(self, store: Store, tmp_path: Path, refs: str = "A") -> None:
        self.store, self.tmp = store, tmp_path
        offers = tmp_path / "offers.csv"
        offers.write_text(OFFERS, encoding="utf-8")
        assert import_file(store, "offers", offers).imported == 5
        self.campaign = create_campaign(store, CampaignSpec(
            name="Autumn fibre", product="FIBRA", offer="F10", recontact_days=10,
            max_calls_30d=3, max_attempts=4)).campaign_id
        self.other = create_campaign(store, CampaignSpec(
            name="Mobile", product="MOBILE", offer="M50")).campaign_id
        self.ids = {r: make_customer(store, r, r.lower(), "Rossi", phones=(f"+3933300000{n}",))
                    for n, r in enumerate(refs)}
        listing = tmp_path / "list.csv"
        listing.write_text("customer_ref\n" + "".join(f"{r}\n" for r in refs), encoding="utf-8")
        assert import_call_list(store, "Autumn fibre", listing).imported == len(refs)
        with store.session() as s:
            self.offer_ids = dict(s.execute(text("SELECT code, id FROM offer")).all())
            self.product_ids = dict(s.execute(text("SELECT code, id FROM product")).all())

    def call(self, ref: str, at: datetime, outcome: str = "no_answer", *,
             campaign: str | None = "this", team: str = "marketing",
             direction: str = "outbound", offer: str | None = None) -> None:
        cid = {"this": self.campaign, "other": self.other, None: None}[campaign]
        add_contact(self.store, self.ids[ref], at, team=team, direction=direction,
                    outcome=outcome, campaign_id=cid,
                    offer_id=self.offer_ids[offer] if offer else None)

    def consent(self, ref: str, at: datetime, granted: bool, channel: str = "phone",
                purpose: str = "marketing") -> None:
        with UnitOfWork(self.store) as uow:
            uow.add(ConsentEvent(customer_id=self.ids[ref], channel=channel, purpose=purpose,
                                 granted=granted, source="test", at=at))

    def holding(self, ref: str, product: str, since: date | None) -> None:
        with UnitOfWork(self.store) as uow:
            uow.add(Holding(customer_id=self.ids[ref], product_id=self.product_ids[product],
                            since=since))

    def case(self, ref: str, opened: datetime, status: str = "open",
             closed: datetime | None = None) -> None:
        with UnitOfWork(self.store) as uow:
            uow.add(Case(customer_id=self.ids[ref], category="billing", status=status,
                         opened_at=opened, closed_at=closed))

    def entries(self, as_of: datetime = NOW) -> list[EntryState]:
        return evaluate(self.store, self.campaign, as_of)

    def one(self, as_of: datetime = NOW) -> tuple[Status, tuple[Reason, ...]]:
        (e,) = self.entries(as_of)
        return e.status, e.reasons


@pytest.fixture
def world(store: Store, tmp_path: Path) -> World:
    return World(store, tmp_path)


D = timedelta(days=1)
S = timedelta(seconds=1)
CALL, SKIP, RECOVER = Status.CALL, Status.SKIP, Status.RECOVER_FIRST


def test_a_clean_entry_is_called_without_reasons(world: World) -> None:
    world.call("A", NOW - 40 * D, "no_answer", campaign=None)  # old, unanswered
    world.call("A", NOW - 2 * D, "reached", team="service", campaign=None, direction="inbound")
    assert world.one() == (CALL, ())


# -- do_not_call --------------------------------------------------------------------------
def test_do_not_call_is_the_latest_phone_marketing_consent(world: World) -> None:
    world.consent("A", NOW - 20 * D, False)
    assert world.one() == (SKIP, (Reason.DO_NOT_CALL,))
    world.consent("A", NOW - 5 * D, True)
    assert world.one() == (CALL, ())
    assert world.one(NOW - 6 * D) == (SKIP, (Reason.DO_NOT_CALL,))  # as of before the grant
    world.consent("A", NOW + S, False)  # after the moment: does not count yet
    assert world.one() == (CALL, ())
    assert world.one(NOW + S) == (SKIP, (Reason.DO_NOT_CALL,))  # exactly at the moment: counts


def test_do_not_call_tie_denial_wins_and_other_consents_do_not_matter(world: World) -> None:
    world.consent("A", NOW - D, False, channel="sms")
    world.consent("A", NOW - D, False, channel="phone", purpose="service")
    assert world.one() == (CALL, ())
    world.consent("A", NOW - 3 * D, True)
    world.consent("A", NOW - 3 * D, False)
    assert world.one() == (SKIP, (Reason.DO_NOT_CALL,))


# -- already_has_product ------------------------------------------------------------------
def test_already_has_product_by_holding_on_or_before_the_day(world: World) -> None:
    world.holding("A", "MOBILE", date(2020, 1, 1))
    assert world.one() == (CALL, ())
    world.holding("A", "FIBRA", NOW.date() + D)
    assert world.one() == (CALL, ())
    assert world.one(NOW + D) == (SKIP, (Reason.ALREADY_HAS_PRODUCT,))  # exactly since that day


def test_already_has_product_by_an_accepted_offer_for_it(world: World) -> None:
    world.call("A", NOW - 200 * D, "accepted", offer="M50", campaign="other")
    world.call("A", NOW - 200 * D, "declined", offer="F05", campaign=None)
    assert world.one() == (CALL, ())
    world.call("A", NOW - 100 * D, "accepted", offer="F05", campaign=None, team="sales",
               direction="inbound")
    assert world.one() == (SKIP, (Reason.ALREADY_HAS_PRODUCT,))
    assert world.one(NOW - 100 * D - S) == (CALL, ())


# -- recently_contacted -------------------------------------------------------------------
@pytest.mark.parametrize("outcome", ["reached", "declined", "callback", "accepted"])
def test_recently_contacted_within_n_days_for_reaching_outcomes(world: World,
                                                                 outcome: str) -> None:
    # Another campaign's offer, so "accepted" does not also mean the product is owned.
    world.call("A", NOW - 10 * D, outcome, campaign="other")  # exactly N days: out
    assert world.one() == (CALL, ())
    world.call("A", NOW - 10 * D + S, outcome, campaign="other")  # just within
    assert world.one() == (SKIP, (Reason.RECENTLY_CONTACTED,))
    assert world.one(NOW + S) == (CALL, ())  # a second later it is N days old


def test_recently_contacted_needs_marketing_and_a_reaching_outcome(world: World) -> None:
    world.call("A", NOW - D, "no_answer", campaign=None)
    world.call("A", NOW - D, "busy", campaign=None)
    world.call("A", NOW - D, "reached", team="service", campaign=None)
    world.call("A", NOW + S, "reached", campaign=None)  # after the moment
    assert world.one() == (CALL, ())
    world.call("A", NOW - D, "reached", team="sales", campaign="other",
               direction="inbound")  # any campaign makes it marketing
    assert world.one() == (SKIP, (Reason.RECENTLY_CONTACTED,))


# -- contact_cap --------------------------------------------------------------------------
def test_contact_cap_is_reached_at_exactly_the_cap(world: World) -> None:
    world.call("A", NOW - 30 * D, "no_answer", campaign=None)  # exactly 30 days: out
    world.call("A", NOW - 5 * D, "no_answer", campaign=None)
    world.call("A", NOW - 4 * D, "busy", campaign="other")
    world.call("A", NOW - 3 * D, "reached", team="service", campaign=None)  # not marketing
    world.call("A", NOW - 3 * D, "no_answer", direction="inbound", campaign=None)  # inbound
    assert world.one() == (CALL, ())  # cap - 1
    world.call("A", NOW - 30 * D + S, "wrong_number", campaign=None)
    assert world.one() == (SKIP, (Reason.CONTACT_CAP,))  # exactly the cap (3)
    assert world.one(NOW + S) == (CALL, ())  # the oldest leaves the window


# -- attempts_exhausted -------------------------------------------------------------------
def test_attempts_exhausted_counts_this_campaign_at_any_age(world: World) -> None:
    for days in (300, 200, 100):
        world.call("A", NOW - days * D, "no_answer")
    world.call("A", NOW - 50 * D, "no_answer", campaign="other")
    world.call("A", NOW - 40 * D, "no_answer", direction="inbound")
    assert world.one() == (CALL, ())  # max - 1 in this campaign
    world.call("A", NOW - 60 * D, "busy")
    assert world.one() == (SKIP, (Reason.ATTEMPTS_EXHAUSTED,))  # exactly max (4)
    assert world.one(NOW - 61 * D) == (CALL, ())


# -- open_complaint -----------------------------------------------------------------------
def test_open_complaint_means_recover_first_while_open_at_the_moment(world: World) -> None:
    world.case("A", NOW - 20 * D, "resolved", closed=NOW - 10 * D)
    assert world.one() == (CALL, ())
    assert world.one(NOW - 15 * D) == (RECOVER, (Reason.OPEN_COMPLAINT,))  # open back then
    assert world.one(NOW - 10 * D) == (CALL, ())  # closed at exactly that moment
    world.case("A", NOW + S)
    assert world.one() == (CALL, ())
    world.case("A", NOW - S, "in_progress")
    assert world.one() == (RECOVER, (Reason.OPEN_COMPLAINT,))


# -- better_offer -------------------------------------------------------------------------
def test_better_offer_presented_and_not_declined(world: World) -> None:
    def present(code: str, at: datetime, outcome: str = "info") -> None:
        world.call("A", at, outcome, offer=code, campaign=None, team="sales",
                   direction="inbound")

    present("F05", NOW - 50 * D)  # lower value than F10
    present("F30", NOW - 50 * D)  # higher, but valid only until yesterday
    present("M50", NOW - 50 * D)  # higher, another product
    assert world.one() == (CALL, ())
    (e,) = world.entries(NOW - D)  # yesterday F30 was still valid
    assert (e.status, e.reasons, e.better_offer_code) == (CALL, (Reason.BETTER_OFFER,), "F30")
    present("F20", NOW - 45 * D)
    (e,) = world.entries()
    assert (e.status, e.reasons, e.better_offer_code) == (CALL, (Reason.BETTER_OFFER,), "F20")
    present("F20", NOW - 44 * D, "declined")
    assert world.one() == (CALL, ())
    assert world.entries(NOW - 44 * D - S)[0].better_offer_code == "F30"  # before the no
    present("F30", NOW - 40 * D, "declined")
    assert world.one(NOW - D) == (CALL, ())


# -- combinations -------------------------------------------------------------------------
def test_every_reason_that_holds_is_listed_in_order(world: World) -> None:
    world.consent("A", NOW - D, False)
    world.holding("A", "FIBRA", date(2020, 1, 1))
    for n in range(4):
        world.call("A", NOW - (n + 1) * D, "reached")
    world.case("A", NOW - D)
    world.call("A", NOW - D, "no_answer", offer="F20", campaign=None)
    assert world.one() == (SKIP, (
        Reason.DO_NOT_CALL, Reason.ALREADY_HAS_PRODUCT, Reason.RECENTLY_CONTACTED,
        Reason.CONTACT_CAP, Reason.ATTEMPTS_EXHAUSTED, Reason.OPEN_COMPLAINT,
        Reason.BETTER_OFFER))


def test_open_complaint_with_a_better_offer_is_recover_first(world: World) -> None:
    world.case("A", NOW - D)
    world.call("A", NOW - 45 * D, "no_answer", offer="F20", campaign=None)
    (e,) = world.entries()
    assert (e.status, e.reasons, e.better_offer_code) == (
        RECOVER, (Reason.OPEN_COMPLAINT, Reason.BETTER_OFFER), "F20")


def test_skip_wins_over_open_complaint(world: World) -> None:
    world.case("A", NOW - D)
    world.consent("A", NOW - D, False)
    assert world.one() == (SKIP, (Reason.DO_NOT_CALL, Reason.OPEN_COMPLAINT))


def test_cap_and_recent_contact_at_their_boundaries_together(world: World) -> None:
    # Three outbound marketing calls: the newest reached, exactly 10 days ago.
    world.call("A", NOW - 10 * D, "reached", campaign=None)
    world.call("A", NOW - 11 * D, "no_answer", campaign=None)
    world.call("A", NOW - 12 * D, "busy", campaign=None)
    assert world.one() == (SKIP, (Reason.CONTACT_CAP,))
    assert world.one(NOW - S) == (SKIP, (Reason.RECENTLY_CONTACTED, Reason.CONTACT_CAP))
    assert world.one(NOW - 12 * D + 30 * D) == (CALL, ())  # the busy one is 30 days old


def test_the_whole_family_history_counts(world: World) -> None:
    old = make_customer(world.store, "A-OLD", "a", "Rossi")
    add_contact(world.store, old, NOW - D, team="marketing", direction="outbound",
                outcome="reached")
    assert world.one() == (CALL, ())
    merge_customers(world.store, world.ids["A"], old, by_agent_id=None, reason="same person")
    assert world.one() == (SKIP, (Reason.RECENTLY_CONTACTED,))


def test_entries_keep_list_order_and_each_its_own_reasons(store: Store, tmp_path: Path) -> None:
    w = World(store, tmp_path, refs="CAB")
    w.consent("A", NOW - D, False)
    w.case("B", NOW - D)
    got = [(e.customer_ref, e.status, e.reasons) for e in w.entries()]
    assert got == [("C", CALL, ()), ("A", SKIP, (Reason.DO_NOT_CALL,)),
                   ("B", RECOVER, (Reason.OPEN_COMPLAINT,))]


def test_an_as_of_in_another_time_zone_is_the_same_moment(world: World) -> None:
    from zoneinfo import ZoneInfo

    world.consent("A", NOW - S, False)
    rome = NOW.astimezone(ZoneInfo("Europe/Rome"))
    assert world.one(rome) == (SKIP, (Reason.DO_NOT_CALL,))
    assert world.one(rome - 2 * S) == (CALL, ())


# -- loading the list, export, CLI ---------------------------------------------------------
def test_loading_the_same_list_twice_changes_nothing(world: World) -> None:
    listing = world.tmp / "again.csv"
    listing.write_text("customer_ref\nA\nA\nZZ\n", encoding="utf-8")
    result = import_call_list(world.store, "autumn FIBRE", listing)
    assert (result.imported, result.unchanged, result.rejected) == (0, 2, 1)
    assert [(r.line, reject_words(r)) for r in result.rejects] == [(4, "unknown customer_ref ZZ")]
    assert find_campaign(world.store, "Autumn fibre").entries == 1


def test_an_unknown_campaign_is_one_sentence(world: World) -> None:
    with pytest.raises(CampaignError) as err:
        find_campaign(world.store, "Spring")
    assert said(err.value) == ("There is no campaign named Spring; create it with carecenter "
                              "campaign create.")


def test_export_writes_the_callable_entries_with_phone_and_offer(store: Store,
                                                                  tmp_path: Path) -> None:
    w = World(store, tmp_path, refs="ABC")
    w.consent("B", NOW - D, False)
    w.case("C", NOW - D)
    w.call("A", NOW - 45 * D, "no_answer", offer="F20", campaign=None)
    out = tmp_path / "dialer.csv"
    counts = export_list(store, w.campaign, out, NOW)
    assert (counts.entries, counts.written, counts.skipped) == (3, 2, 1)
    assert out.read_text(encoding="utf-8") == (
        "customer_ref,status,reasons,phone,name,offer\n"
        "A,call,better_offer,+39333000000,a Rossi,F20\n"
        "C,recover_first,open_complaint,+39333000002,c Rossi,F10\n")
    export_list(store, w.campaign, out, NOW, include_skipped=True)
    assert out.read_text(encoding="utf-8").splitlines()[2] == (
        "B,skip,do_not_call,+39333000001,b Rossi,F10")
    assert not (tmp_path / "dialer.csv.part").exists()


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "carecenter", *args], capture_output=True,
                          text=True, check=False, cwd=Path(__file__).parents[2])


def test_cli_show_as_csv_and_table_and_export(store: Store, store_path: Path,
                                              tmp_path: Path) -> None:
    w = World(store, tmp_path, refs="AB")
    w.consent("B", NOW - D, False)
    w.case("B", NOW - D)
    store.close()
    shown = cli("calllist", "show", "--db", str(store_path), "--campaign", "Autumn fibre",
                "--as-of", "2026-06-15T12:00")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout == ("customer_ref,status,reasons\nA,call,\n"
                            "B,skip,do_not_call|open_complaint\n")
    table = cli("calllist", "show", "--db", str(store_path), "--campaign", "Autumn fibre",
                "--as-of", "2026-06-14", "--format", "table")  # before B's no
    assert table.stdout.splitlines() == [
        "customer_ref  status  reasons", "A             call", "B             call"]
    out = tmp_path / "x.csv"
    exported = cli("calllist", "export", "--db", str(store_path), "--campaign", "Autumn fibre",
                   "--as-of", "2026-06-15T12:00", "--out", str(out))
    assert exported.stdout == ("Wrote 1 of 2 entries to " + str(out)
                               + " (1 to skip were left out).\n")
    bad = cli("calllist", "show", "--db", str(store_path), "--campaign", "Nope")
    assert bad.returncode != 0
    assert "There is no campaign named Nope" in bad.stderr
    assert "Traceback" not in bad.stderr
