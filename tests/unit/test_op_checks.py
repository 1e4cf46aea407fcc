"""The pure value checks of an op (carecenter.sync.op_values), shared by the hub and the
workstation: one test per refusal code, the workstation's own refusal before a write, and
a property: whatever a column is given is either refused or merged by a real hub."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from carecenter.clock import hlc_of
from carecenter.db.models import Customer, Decision, OutboxOp
from carecenter.db.store import Store
from carecenter.ids import new_id
from carecenter.services.uow import UnitOfWork
from carecenter.sync import protocol as p
from carecenter.sync.hub import Hub, init_hub
from carecenter.sync.op_checks import ValueRefused
from carecenter.sync.op_values import (
    ENUMS,
    MODELS,
    TEXT_LIMIT,
    Spec,
    check_op,
    check_values,
    required,
    specs,
)
from carecenter.sync.refusals import Refusal, RefusalCode
from tests.factories import make_customer

NOW_MS = 1_790_000_000_000
CLOCK = hlc_of(NOW_MS)
RID = "0190a0b0-c0d0-7e0f-8a1b-2c3d4e5f6a7b"
AT = "2026-11-20T10:00:00.000000Z"


def refused(code: RefusalCode, table: str, values: dict[str, Any]) -> Refusal:
    return Refusal(code, "", table, RID, values)


def test_a_good_customer_passes() -> None:
    fields = {"id": RID, "customer_ref": "C-1", "first_name": "Zoë 🙂", "deleted": False,
              "birth_date": "1980-02-29", "tier": "gold"}
    assert check_values("customer", "insert", RID, fields, clocks=dict.fromkeys(fields, CLOCK),
                        now_ms=NOW_MS) is None


def test_unknown_table() -> None:
    assert check_values("hub_op", "insert", RID, {}) == refused(
        RefusalCode.UNKNOWN_TABLE, "hub_op", {"table": "hub_op"})


def test_unknown_kind() -> None:
    assert check_values("customer", "upsert", RID, {}) == refused(
        RefusalCode.BAD_KIND, "customer", {"kind": "upsert"})


def test_a_forty_character_row_id() -> None:
    rid = RID + "abcd"
    assert check_values("customer", "insert", rid, {}) == Refusal(
        RefusalCode.BAD_ID, "", "customer", rid, {"id": rid})


def test_an_id_field_other_than_the_row_id() -> None:
    other = str(uuid.uuid4())
    assert check_values("customer", "update", RID, {"id": other}) == refused(
        RefusalCode.BAD_ID, "customer", {"id": other})


def test_uuid5_and_upper_case_ids() -> None:
    assert check_values("remedy", "update", str(uuid.uuid5(uuid.NAMESPACE_URL, "x")),
                        {"position": 1}) is None
    assert check_values("remedy", "update", RID.upper(), {"position": 1}) is not None


def test_unknown_and_bookkeeping_fields() -> None:
    for name in ("password", "clocks", "hlc", "site"):
        assert check_values("customer", "update", RID, {name: 1}) == refused(
            RefusalCode.UNKNOWN_FIELD, "customer", {"field": name})


def test_text_in_an_integer_column_and_a_flag_for_a_number() -> None:
    for value in ("ten", True, 1.5):
        assert check_values("decision", "insert", RID, {"amount_cents": value}) == refused(
            RefusalCode.BAD_TYPE, "decision", {"field": "amount_cents",
                                               "expected": "a whole number"})


def test_an_integer_out_of_range() -> None:
    assert check_values("decision", "insert", RID, {"amount_cents": 2**31}) == refused(
        RefusalCode.BAD_VALUE, "decision", {"field": "amount_cents", "value": 2**31,
                                            "allowed": []})
    assert check_values("sync_conflict", "insert", RID, {"kept_hlc": 2**62}) is None


def test_none_only_where_the_column_takes_it() -> None:
    assert check_values("customer", "update", RID, {"first_name": None}) is None
    assert check_values("customer", "update", RID, {"customer_ref": None}) == refused(
        RefusalCode.BAD_TYPE, "customer", {"field": "customer_ref", "expected": "text"})


def test_a_150_character_first_name() -> None:
    assert check_values("customer", "update", RID, {"first_name": "A" * 150}) == refused(
        RefusalCode.TOO_LONG, "customer", {"field": "first_name", "limit": 120,
                                           "length": 150})


def test_text_columns_have_a_generous_cap() -> None:
    assert check_values("case", "update", RID, {"summary": "x" * TEXT_LIMIT}) is None
    assert check_values("case", "update", RID, {"summary": "x" * (TEXT_LIMIT + 1)}) == refused(
        RefusalCode.TOO_LONG, "case", {"field": "summary", "limit": TEXT_LIMIT,
                                       "length": TEXT_LIMIT + 1})


def test_instants_dates_flags_and_json() -> None:
    bad: list[tuple[str, str, Any, str]] = [
        ("case", "opened_at", "yesterday", "an instant (ISO text with a time zone)"),
        ("case", "opened_at", "2026-11-20T10:00:00", "an instant (ISO text with a time zone)"),
        ("customer", "birth_date", "29/02/1980", "a date (ISO text)"),
        ("customer", "deleted", 1, "true or false"),
        ("case", "steps", float("nan"), "a JSON value"),
    ]
    for table, name, value, expected in bad:
        assert check_values(table, "update", RID, {name: value}) == refused(
            RefusalCode.BAD_TYPE, table, {"field": name, "expected": expected})
    assert check_values("case", "update", RID, {"steps": [{"id": "a", "labels": {}}],
                                                "opened_at": AT}) is None


def test_a_nul_character_is_refused() -> None:
    r = check_values("customer", "update", RID, {"company": "A\x00B"})
    assert r is not None and r.code is RefusalCode.BAD_VALUE
    assert r.values["field"] == "company"


def test_a_code_outside_its_list() -> None:
    assert check_values("agent", "update", RID, {"role": "root"}) == refused(
        RefusalCode.BAD_VALUE, "agent", {"field": "role", "value": "root",
                                         "allowed": ["agent", "senior", "supervisor", "admin"]})
    for (table, name), allowed in ENUMS.items():
        assert check_values(table, "insert", RID, {name: allowed[-1]}) is None


def test_an_update_of_an_append_only_row() -> None:
    for table in ("decision", "decision_answer", "contact", "consent_event"):
        r = check_values(table, "update", RID, {"at": AT})
        assert r == refused(RefusalCode.APPEND_ONLY, table, {})
    assert check_values("decision", "update", RID, {"authority_state": "approved"}) is None


def test_a_field_clock_ten_years_ahead() -> None:
    ahead = hlc_of(NOW_MS + 10 * 365 * 86_400_000)
    assert check_values("customer", "update", RID, {"first_name": "A"},
                        clocks={"first_name": ahead}, now_ms=NOW_MS) == refused(
        RefusalCode.CLOCK_AHEAD, "customer", {"field": "first_name", "minutes": 5_256_000})
    assert check_values("customer", "update", RID, {"first_name": "A"},
                        clocks={"first_name": hlc_of(NOW_MS + 4 * 60_000)},
                        now_ms=NOW_MS) is None


def test_a_clock_that_is_no_whole_number() -> None:
    for bad in ("123", True, -1, 2**63, 1.5):
        assert check_values("customer", "update", RID, {"first_name": "A"},
                            clocks={"first_name": bad}) == refused(
            RefusalCode.BAD_CLOCK, "customer", {"field": "first_name"})


def test_a_pushed_op_is_checked_with_its_op_id_and_cells() -> None:
    op = p.Op("not-an-id", "customer", RID, "update", {"first_name": ["A", CLOCK]}, CLOCK)
    assert check_op(op, NOW_MS) == Refusal(RefusalCode.BAD_ID, "not-an-id", "customer", RID,
                                           {"id": "not-an-id"})
    op = p.Op(new_id(), "customer", RID, "update", {"first_name": "A"}, CLOCK)
    r = check_op(op, NOW_MS)
    assert r is not None and r.code is RefusalCode.BAD_CLOCK and r.op_id == op.op_id


# -- the workstation refuses before it writes ---------------------------------------------
def _count(store: Store, model: type) -> int:
    with store.session() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def test_the_workstation_refuses_a_bad_insert_and_writes_nothing(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    try:
        before = (_count(store, Customer), _count(store, OutboxOp))
        with pytest.raises(ValueRefused) as got, UnitOfWork(store) as uow:
            uow.add(Customer(customer_ref="R-1", first_name="A" * 150))
        assert got.value.refusal.code is RefusalCode.TOO_LONG
        assert got.value.refusal.values == {"field": "first_name", "limit": 120, "length": 150}
        assert "150 characters long" in str(got.value)
        assert (_count(store, Customer), _count(store, OutboxOp)) == before
    finally:
        store.close()


def test_the_workstation_refuses_a_bad_update(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    try:
        cid = make_customer(store, "R-2", "Anna")
        with UnitOfWork(store) as uow:
            d = uow.add(Decision(customer_id=cid, remedy="credit", amount_cents=100,
                                 at=datetime(2026, 1, 1, tzinfo=UTC)))
        with store.session() as s:
            row = s.get(Decision, d.id)
        assert row is not None
        with UnitOfWork(store) as uow, pytest.raises(ValueRefused) as got:
            uow.update(row, authority_state="granted")
        assert got.value.refusal.code is RefusalCode.BAD_VALUE
        with store.session() as s:
            assert s.get(Decision, d.id).authority_state == "within"  # type: ignore[union-attr]
    finally:
        store.close()


# -- property: refused, or merged by a real hub without a database error ------------------
def _good(spec: Spec) -> Any:
    return {"text": spec.allowed[0] if spec.allowed else "x", "a whole number": 1,
            "true or false": True, "a JSON value": {}}.get(
        spec.kind, AT if spec.kind.startswith("an instant") else "2026-01-01")


@pytest.fixture(scope="module")
def sqlite_hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hub]:
    url = f"sqlite:///{tmp_path_factory.mktemp('hub') / 'hub.db'}"
    init_hub(url)
    hub = Hub(url, wall_ms=lambda: NOW_MS)
    yield hub
    hub.close()


_values = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=True),
    st.text(max_size=300), st.text(alphabet="0123456789-:TZ.+", max_size=32),
    st.sampled_from([AT, "2026-02-30", "2026-01-01", "0001-01-01T00:00:00Z",
                     "9999-12-31T23:59:59+14:00", "agent", "admin", "exceeds_cap"]),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.text()))
_columns = st.sampled_from(sorted((t, c) for t in MODELS for c in specs(t) if c != "id"))


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(column=_columns, value=_values)
def test_every_value_is_refused_or_merged(sqlite_hub: Hub, column: tuple[str, str],
                                          value: Any) -> None:
    table, name = column
    rid = new_id()
    fields: dict[str, Any] = {n: _good(specs(table)[n]) for n in required(table)}
    fields[name] = value
    verdict = check_values(table, "insert", rid, fields, clocks=dict.fromkeys(fields, CLOCK),
                           now_ms=NOW_MS)
    op = p.Op(new_id(), table, rid, "insert", {n: [v, CLOCK] for n, v in fields.items()},
              CLOCK)
    resp = sqlite_hub.push(p.PushRequest(p.PROTOCOL_VERSION, new_id(), [op]))
    if verdict is None:
        assert resp.acked == [op.op_id] and resp.refused == []
        with sqlite_hub.engine.connect() as conn:
            assert sqlite_hub.load(conn, table, [rid])
    else:
        assert resp.acked == []
        assert [r["code"] for r in resp.refused] == [str(verdict.code)]
