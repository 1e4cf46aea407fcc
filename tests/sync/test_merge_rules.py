"""Property tests of the pure merge rules (carecenter.sync.merge): whatever order writes and
pulls arrive in, every side ends with the same state, and that state follows each rule:
per-field last writer wins by (hlc, site), first write wins for append-only rows, forward-
only states never move back, consent only moves to the most restrictive, tombstones win
(but a customer's delete is last writer wins, so the hub can keep a customer whose delete
met an edit), and no row (a decision above all) is ever dropped by a merge; across desks a
consent withdrawal wins over every grant that did not see it (the ops' ``seen`` watermarks
tell).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import reduce
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from carecenter.domain import AuthorityState
from carecenter.services.decisions.authority import DecisionFact, find_cap_breaches
from carecenter.services.decisions.authority_files import default_policy
from carecenter.sync.consent_rule import Event as ConsentRuleEvent
from carecenter.sync.consent_rule import current as current_consent_rule
from carecenter.sync.consent_rule import overruled
from carecenter.sync.merge import (
    APPEND_TABLES,
    FORWARD,
    Cell,
    current_consent,
    merge_rows,
    pick,
)

FAST = settings(max_examples=150, deadline=None, database=None)

SITES = st.sampled_from(["site-a", "site-b", "site-c"])
HLCS = st.integers(1, 40)  # a narrow range, so equal clocks (ties) are frequent

# (table, field, values a write may set) for every kind of rule.
RULES: list[tuple[str, str, list[Any]]] = [
    ("customer", "first_name", ["Maria", "Mario", "Anna", None]),  # mutable: LWW
    ("customer", "deleted", [False, True]),  # LWW: the hub may keep a deleted customer
    ("customer_phone", "deleted", [False, True]),  # tombstone
    ("customer_phone", "e164", ["+393331111111", "+393332222222"]),
    ("contact", "summary", ["called", "wrote", "visited"]),  # append-only: first write
    ("decision", "amount_cents", [1000, 2500, 9000]),  # append-only
    ("consent_event", "granted", [True, False]),  # append-only + most restrictive
    *[(t, f, list(order)) for (t, f), order in FORWARD.items() if (t, f) != (
        "consent_event", "granted")],  # forward-only states
]
TABLE_FIELDS = {t: [] for t, _, _ in RULES}
for _t, _f, _v in RULES:
    TABLE_FIELDS[_t].append((_f, _v))


def cells(values: list[Any]) -> st.SearchStrategy[Cell]:
    return st.builds(Cell, st.sampled_from(values), HLCS, SITES)


@st.composite
def rule_and_cells(draw: st.DrawFn, n: int = 3) -> tuple[str, str, list[Cell]]:
    table, field, values = draw(st.sampled_from(RULES))
    return table, field, [draw(cells(values)) for _ in range(n)]


@st.composite
def row_states(draw: st.DrawFn) -> tuple[str, list[dict[str, Cell]]]:
    """A table and three partial states of one of its rows (as three sites hold it)."""
    table = draw(st.sampled_from(sorted(TABLE_FIELDS)))
    fields = TABLE_FIELDS[table]
    out = []
    for _ in range(3):
        chosen = draw(st.lists(st.sampled_from(fields), unique_by=lambda fv: fv[0]))
        out.append({f: draw(cells(v)) for f, v in chosen})
    return table, out


# -- the join laws, field by field ---------------------------------------------------------
@FAST
@given(rule_and_cells())
def test_pick_is_commutative(arg: tuple[str, str, list[Cell]]) -> None:
    table, field, (a, b, _) = arg
    assert pick(table, field, a, b) == pick(table, field, b, a)


@FAST
@given(rule_and_cells())
def test_pick_is_associative(arg: tuple[str, str, list[Cell]]) -> None:
    table, field, (a, b, c) = arg
    assert pick(table, field, pick(table, field, a, b), c) == \
        pick(table, field, a, pick(table, field, b, c))


@FAST
@given(rule_and_cells())
def test_pick_is_idempotent_and_returns_one_of_its_arguments(
        arg: tuple[str, str, list[Cell]]) -> None:
    table, field, (a, b, _) = arg
    assert pick(table, field, a, a) == a
    w = pick(table, field, a, b)
    assert w in (a, b)
    assert pick(table, field, w, a) == w and pick(table, field, w, b) == w


# -- the join laws, row by row -------------------------------------------------------------
@FAST
@given(row_states())
def test_merge_rows_is_commutative_associative_and_idempotent(
        arg: tuple[str, list[dict[str, Cell]]]) -> None:
    table, (a, b, c) = arg
    assert merge_rows(table, a, b) == merge_rows(table, b, a)
    assert merge_rows(table, merge_rows(table, a, b), c) == \
        merge_rows(table, a, merge_rows(table, b, c))
    assert merge_rows(table, a, a) == a
    ab = merge_rows(table, a, b)
    assert merge_rows(table, ab, b) == ab  # a write received twice changes nothing
    assert set(ab) == set(a) | set(b)  # no field is lost


@FAST
@given(row_states(), st.randoms(use_true_random=False))
def test_any_arrival_order_gives_the_same_row(arg: tuple[str, list[dict[str, Cell]]],
                                              rnd: Any) -> None:
    """Split every write into single-field ops, deliver them in any order, some twice."""
    table, states = arg
    ops = [{f: c} for s in states for f, c in s.items()]
    expected = reduce(lambda x, y: merge_rows(table, x, y), ops, {})
    shuffled = ops + rnd.sample(ops, k=len(ops) // 2)
    rnd.shuffle(shuffled)
    assert reduce(lambda x, y: merge_rows(table, x, y), shuffled, {}) == expected


# -- each rule gives the winner it promises ------------------------------------------------
@FAST
@given(st.lists(cells(["Maria", "Mario", "Anna", None]), min_size=1, max_size=6))
def test_mutable_fields_take_the_last_writer_by_hlc_then_site(writes: list[Cell]) -> None:
    won = reduce(lambda x, y: pick("customer", "first_name", x, y), writes)
    top = max((c.hlc, c.site) for c in writes)
    assert (won.hlc, won.site) == top


def test_two_agents_editing_different_fields_both_keep_their_edit() -> None:
    base = {"first_name": Cell("Maria", 1, "a"), "last_name": Cell("Rossi", 1, "a")}
    a = {**base, "first_name": Cell("Mariella", 5, "a")}
    b = {**base, "last_name": Cell("Russo", 6, "b")}
    merged = merge_rows("customer", a, b)
    assert merged["first_name"].value == "Mariella" and merged["last_name"].value == "Russo"


@FAST
@given(st.sampled_from(sorted(APPEND_TABLES)), st.lists(
    st.builds(Cell, st.sampled_from(["x", "y", "z"]), HLCS, SITES), min_size=1, max_size=6))
def test_append_only_rows_keep_their_first_write(table: str, writes: list[Cell]) -> None:
    won = reduce(lambda x, y: pick(table, "summary", x, y), writes)
    assert (won.hlc, won.site) == min((c.hlc, c.site) for c in writes)


@FAST
@given(st.sampled_from([k for k in FORWARD if k != ("consent_event", "granted")]),
       st.data())
def test_forward_only_states_never_move_back(tf: tuple[str, str], data: st.DataObject) -> None:
    table, field = tf
    order = FORWARD[tf]
    writes = data.draw(st.lists(cells(list(order)), min_size=1, max_size=6))
    won = reduce(lambda x, y: pick(table, field, x, y), writes)
    assert order[won.value] == max(order[c.value] for c in writes)
    # and a later write of an earlier state, however late, does not undo it
    late = Cell(next(v for v in order if order[v] == 0), 10_000, "site-z")
    assert order[pick(table, field, won, late).value] == order[won.value]


@FAST
@given(st.lists(cells([True, False]), min_size=1, max_size=6))
def test_a_consent_event_can_only_move_to_denied(writes: list[Cell]) -> None:
    won = reduce(lambda x, y: pick("consent_event", "granted", x, y), writes)
    assert won.value is (all(c.value for c in writes))


@FAST
@given(st.lists(cells([False, True]), min_size=1, max_size=6))
def test_tombstones_win(writes: list[Cell]) -> None:
    for table in ("customer_phone", "customer_email"):
        won = reduce(lambda x, y, t=table: pick(t, "deleted", x, y), writes)
        assert won.value is any(c.value for c in writes)


@FAST
@given(st.lists(cells([False, True]), min_size=1, max_size=6))
def test_a_customers_delete_is_last_writer_wins(writes: list[Cell]) -> None:
    """So that the hub's ``deleted = False`` (with a later clock) keeps a customer whose
    delete met an edit on every desk (``carecenter.sync.hub_deletes``)."""
    won = reduce(lambda x, y: pick("customer", "deleted", x, y), writes)
    assert won == max(writes, key=lambda c: (c.hlc, c.site, str(c.value)))


T0 = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
consent_events = st.lists(st.tuples(
    st.sampled_from(["phone", "email"]), st.just("marketing"), st.booleans(),
    st.integers(0, 5).map(lambda m: T0 + timedelta(minutes=m))), max_size=8)


@FAST
@given(consent_events, consent_events, st.randoms(use_true_random=False))
def test_current_consent_is_the_same_whatever_the_order_and_ties_deny(
        a: list[tuple], b: list[tuple], rnd: Any) -> None:
    union = a + b
    shuffled = list(union)
    rnd.shuffle(shuffled)
    got = current_consent(union)
    assert got == current_consent(shuffled) == current_consent(union + a)  # duplicates too
    for (channel, purpose), granted in got.items():
        latest = max(at for c, p, _g, at in union if (c, p) == (channel, purpose))
        at_latest = {g for c, p, g, at in union if (c, p) == (channel, purpose) and at == latest}
        assert granted is (False not in at_latest)


# -- whole replicas: rows are joined, never dropped -----------------------------------------
Replica = dict[tuple[str, str], dict[str, Cell]]


def join(a: Replica, b: Replica) -> Replica:
    out = dict(a)
    for k, state in b.items():
        out[k] = merge_rows(k[0], out.get(k, {}), state)
    return out


@st.composite
def replicas(draw: st.DrawFn) -> Replica:
    out: Replica = {}
    for _ in range(draw(st.integers(0, 5))):
        table = draw(st.sampled_from(["decision", "contact", "customer", "case"]))
        rid = draw(st.sampled_from(["r1", "r2", "r3", "r4"]))
        fields = TABLE_FIELDS.get(table) or [("status", list(FORWARD[("case", "status")]))]
        f, values = draw(st.sampled_from(fields))
        out[(table, rid)] = merge_rows(table, out.get((table, rid), {}),
                                       {f: draw(cells(values))})
    return out


@FAST
@given(replicas(), replicas(), replicas())
def test_replica_join_is_a_semilattice_and_never_drops_a_row(a: Replica, b: Replica,
                                                              c: Replica) -> None:
    assert join(a, b) == join(b, a)
    assert join(join(a, b), c) == join(a, join(b, c))
    assert join(a, a) == a
    everything = join(join(a, b), c)
    for part in (a, b, c):
        assert set(part) <= set(everything)  # decisions, contacts: nothing is dropped
        for k, state in part.items():
            assert set(state) <= set(everything[k])


# The hub's cap check (carecenter.services.decisions.authority.find_cap_breaches, weighed against
# the shipped policy): the hub weighs the decisions it holds near the ones a push brought,
# which is only right if a breach found on part of the decisions stays one on all of them.
decisions = st.lists(st.tuples(
    st.integers(0, 60 * 24).map(lambda h: T0 + timedelta(hours=h)),
    st.integers(1, 8_000), st.sampled_from(["c1", "c2"]), st.sampled_from(["g1", "g2", None]),
    st.sampled_from([s.value for s in AuthorityState])), max_size=12)
ROLES = {"g1": "agent", "g2": "senior"}


def _facts(prefix: str, rows: list[tuple]) -> list[DecisionFact]:
    return [DecisionFact(f"{prefix}{i}", cid, aid, amt, "EUR", at, state)
            for i, (at, amt, cid, aid, state) in enumerate(rows)]


@FAST
@given(decisions, decisions, st.randoms(use_true_random=False))
def test_cap_marks_do_not_depend_on_order_and_meeting_more_decisions_never_unmarks(
        a: list[tuple], b: list[tuple], rnd: Any) -> None:
    da, db = _facts("a", a), _facts("b", b)
    both = da + db
    shuffled = list(both)
    rnd.shuffle(shuffled)
    policy = default_policy()
    marked = set(find_cap_breaches(both, policy, ROLES))
    assert marked == set(find_cap_breaches(shuffled, policy, ROLES))
    assert set(find_cap_breaches(da, policy, ROLES)) <= marked
    assert set(find_cap_breaches(db, policy, ROLES)) <= marked


# -- consent across sync: a withdrawal wins over every grant that did not see it ------------
@st.composite
def consent_histories(draw: st.DrawFn) -> list[tuple[str, str]]:
    """Steps of three desks sharing one customer's phone/marketing consent: a desk grants,
    withdraws, or syncs (pushes its outbox, then pulls everything)."""
    return draw(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]),
                                   st.sampled_from(["grant", "withdraw", "sync"])),
                         max_size=16))


def _play(steps: list[tuple[str, str]]) -> tuple[dict[str, Any], dict[str, set[str]]]:
    """Run the steps, then two sync rounds of every desk. The hub marks grants with
    ``consent_rule.overruled`` at every push, knowing only the ops' ``seen`` watermarks;
    beside it the true knowledge of every writer is kept, for the oracle."""
    key = ("cust", "phone", "marketing")
    hub: dict[str, ConsentRuleEvent] = {}
    marks: set[str] = set()
    txn = 0
    clock = 0
    known: dict[str, set[str]] = {d: set() for d in "abc"}
    outbox: dict[str, list[ConsentRuleEvent]] = {d: [] for d in "abc"}
    watermark = dict.fromkeys("abc", 0)
    knew: dict[str, set[str]] = {}  # event id -> the events its desk held when writing it
    desk_marks: dict[str, set[str]] = {d: set() for d in "abc"}
    local: dict[str, ConsentRuleEvent] = {}
    for desk, what in [*steps, *[(d, "sync") for d in "abcabc"]]:
        if what == "sync":
            if outbox[desk]:
                txn += 1
                for e in outbox[desk]:
                    hub[e.id] = ConsentRuleEvent(e.id, e.key, e.granted, e.site, e.hlc, txn,
                                                 e.seen)
                outbox[desk] = []
                marks |= overruled(hub.values())
            known[desk] |= set(hub)
            desk_marks[desk] = set(marks)
            watermark[desk] = txn + 1
            continue
        clock += 1
        eid = f"e{clock}"
        knew[eid] = set(known[desk])
        e = ConsentRuleEvent(eid, key, what == "grant", desk, clock, 0, watermark[desk])
        local[eid] = e
        known[desk].add(eid)
        outbox[desk].append(e)
    return {"hub": hub, "marks": marks, "known": known, "desk_marks": desk_marks,
            "local": local}, knew


@FAST
@given(consent_histories())
def test_a_withdrawal_wins_over_every_grant_that_did_not_see_it(
        steps: list[tuple[str, str]]) -> None:
    out, knew = _play(steps)
    events: dict[str, ConsentRuleEvent] = out["local"]
    withdrawals = {i for i, e in events.items() if not e.granted}
    # the watermark tells exactly what each writer knew
    truly_overruled = {i for i, e in events.items() if e.granted and withdrawals - knew[i]}
    assert out["marks"] == truly_overruled
    # every desk converges on the hub's events and marks, hence on one answer
    rows = [("phone", "marketing", e.granted, e.hlc, e.id in out["marks"])
            for e in events.values()]
    for desk in "abc":
        assert out["known"][desk] == set(events)
        assert out["desk_marks"][desk] == out["marks"]
    answer = current_consent_rule(rows)
    if not events:
        assert answer == {}
        return
    granted = answer[("phone", "marketing")]
    # denied exactly when the last event standing is a withdrawal: a withdrawal some grant
    # missed is never followed by that grant; a grant that saw every withdrawal wins
    standing = [e for e in events.values() if e.id not in out["marks"]]
    assert granted is max(standing, key=lambda e: e.hlc).granted
    if withdrawals and all(not (e.granted and not withdrawals - knew[e.id])
                           for e in events.values()):
        assert granted is False  # no grant saw every withdrawal: the customer said no


def test_the_issue_story_a_withdrawal_at_ten_beats_a_blind_grant_at_ten_past_one() -> None:
    # a withdraws, b grants later without having seen it; both sync; then b, now knowing,
    # grants again and that grant wins
    out, _ = _play([("a", "withdraw"), ("b", "grant")])
    assert out["marks"] == {"e2"}
    out, _ = _play([("a", "withdraw"), ("b", "grant"), ("a", "sync"), ("b", "sync"),
                    ("b", "grant")])
    assert out["marks"] == {"e2"}
    rows = [("phone", "marketing", e.granted, e.hlc, e.id in out["marks"])
            for e in out["local"].values()]
    assert current_consent_rule(rows) == {("phone", "marketing"): True}
