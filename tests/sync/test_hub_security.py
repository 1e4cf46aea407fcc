"""Issue 13's attacks, each one test, over real HTTP through the hub service on both hubs
(SQLite and PostgreSQL): each gets a clear refusal (its code, and its sentence) and
changes nothing on the hub (every table compared before and after).

What a desk holds no longer reaches the database: `carecenter sync` refuses database URLs,
no file the desk writes keeps a password or a token, and the hub password typed in a URL
is in no error message.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from carecenter.clock import hlc_of
from carecenter.db.store import Store
from carecenter.hub import words
from carecenter.ids import new_id
from carecenter.sync.hub import Hub
from carecenter.sync.hub_schema import TABLES, hub_account, hub_op
from carecenter.sync.protocol import PROTOCOL_VERSION
from tests.factories import make_customer
from tests.sync.conftest import PASSWORD, Service
from tests.sync.helpers import exports_match, ok, outbox, sync

ROOT = Path(__file__).resolve().parents[2]
AT = "2026-11-20T10:00:00+00:00"
TEN_YEARS_MS = 10 * 365 * 24 * 3600 * 1000
SECRET = "Hub-S3cret-pw"  # the hub database password typed in a URL


# -- helpers ---------------------------------------------------------------------------------
def now_hlc() -> int:
    return hlc_of(time.time_ns() // 1_000_000)


def op(table: str, row_id: str, kind: str, values: dict[str, Any],
       clock: int | None = None) -> dict[str, Any]:
    hlc = clock or now_hlc()
    return {"op_id": new_id(), "table": table, "row_id": row_id, "kind": kind,
            "fields": {k: [v, hlc] for k, v in values.items()}, "hlc": hlc}


def hub_state(hub: Hub) -> dict[str, list[tuple[str, ...]]]:
    """Every synced table of the hub, its op log and its accounts, as sorted text rows."""
    out = {}
    with hub.engine.connect() as c:
        for name, t in {**TABLES, "hub_op": hub_op, "hub_account": hub_account}.items():
            out[name] = sorted(tuple(str(v) for v in r) for r in c.execute(select(t)))
    return out


def push(svc: Service, token: str, ops: list[dict[str, Any]], site: str = "") -> dict[str, Any]:
    r = svc.client(token).post("/v1/push", json={"version": PROTOCOL_VERSION, "site": site,
                                                 "ops": ops})
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def refused(svc: Service, token: str, one: dict[str, Any], code: str,
            message: str | None = None) -> dict[str, Any]:
    """Push one op that must be refused with ``code`` (and ``message``), hub unchanged."""
    before = hub_state(svc.hub)
    body = push(svc, token, [one])
    assert body["acked"] == []
    assert [(r["op_id"], r["code"]) for r in body["refused"]] == [(one["op_id"], code)]
    if message is not None:
        assert body["refused"][0]["message"] == message
    assert hub_state(svc.hub) == before
    return body["refused"][0]


def hub_row(hub: Hub, table: str, rid: str) -> dict[str, Any] | None:
    t = TABLES[table]
    with hub.engine.connect() as c:
        row = c.execute(select(t).where(t.c.id == rid)).mappings().first()
    return dict(row) if row else None


def signed_in(svc: Service, store: Store, name: str = "agent") -> str:
    return svc.login(store.site_id, name)


def customer_on_hub(svc: Service, store: Store) -> str:
    """A customer made on ``store`` and synced to the hub through the service."""
    cid = make_customer(store, f"R-{new_id()[:8]}", "Anna", "Rossi")
    ok(store, svc.transport(store))
    return cid


def decision(customer_id: str, state: str = "within", amount: int = 2000) -> dict[str, Any]:
    return {"id": "", "customer_id": customer_id, "remedy": "credit", "amount_cents": amount,
            "currency": "EUR", "authority_state": state, "at": AT}


# -- the desk holds nothing that reaches the database ----------------------------------------
def cli(*args: str, env: dict[str, str], stdin: str | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "carecenter", *args], cwd=ROOT, env=env,
                          input=stdin, capture_output=True, text=True, timeout=timeout,
                          check=False, stdin=None if stdin is not None else subprocess.DEVNULL)




@pytest.mark.parametrize("url", [f"postgresql+psycopg://cc:{SECRET}@127.0.0.1:1/hub",
                                 "sqlite:///hub.db"])
def test_sync_refuses_a_database_url(url: str, desk_env: dict[str, str],
                                     tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    r = cli("sync", "--db", str(db), "--hub", url, env=desk_env)
    assert r.returncode == 2
    assert r.stderr == (
        "carecenter: Workstations sync through the hub service, never with the hub database's "
        "own address: give the service's address (https://HOST:PORT) that IT gave you.\n")
    assert SECRET not in r.stdout + r.stderr


def test_after_login_no_desk_file_holds_the_password_or_the_token(
        service: Service, desk_env: dict[str, str], tmp_path: Path) -> None:
    db = tmp_path / "desk" / "desk.db"
    assert service.people["agent"].role == "agent"
    assert cli("init", "--db", str(db), env=desk_env).returncode == 0
    r = cli("login", "--db", str(db), "--hub", service.url, "--agent", "agent",
            "--password-stdin", env=desk_env, stdin=PASSWORD + "\n")
    assert r.returncode == 0, r.stderr
    assert r.stdout == f"Signed in as agent (agent) at {service.url}.\n"
    ring = json.loads(Path(desk_env["CARECENTER_TEST_KEYRING"]).read_text(encoding="utf-8"))
    # The token is in the keyring, and only there; so is the (encrypted) store's key.
    [token] = [v for k, v in ring.items() if k.startswith("carecenter\ntoken ")]
    [store_key] = [v for k, v in ring.items() if k.startswith("carecenter\nstore key ")]
    assert len(ring) == 2
    settings = Path(desk_env["CARECENTER_CONFIG"])
    assert json.loads(settings.read_text(encoding="utf-8"))["hub_url"] == service.url
    written = [p for p in (tmp_path / "desk").rglob("*") if p.is_file()
               and p.name != "keyring.json"]
    assert settings in written and db in written
    for p in written:
        data = p.read_bytes()
        assert PASSWORD.encode() not in data, p
        assert token.encode() not in data, p
        assert store_key.encode() not in data and bytes.fromhex(store_key) not in data, p
    # and the desk syncs with what it holds
    r = cli("sync", "--db", str(db), env=desk_env)
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("args", [
    ("hub", "init"), ("hub", "agent", "list"), ("hub", "agent", "add", "eve", "--role", "agent",
                                               "--password-stdin"),
    ("hub", "agent", "role", "eve", "supervisor"), ("hub", "device", "list"),
    ("hub", "serve", "--listen", "127.0.0.1:8799")], ids=lambda a: "-".join(a[:3]))
def test_the_hub_password_in_a_url_is_in_no_error(args: tuple[str, ...],
                                                  desk_env: dict[str, str]) -> None:
    url = f"postgresql+psycopg://cc:{SECRET}@127.0.0.1:1/hub"
    r = cli(*args, "--hub", url, env=desk_env, stdin="a-long-password\n", timeout=60)
    assert r.returncode != 0
    assert r.stderr.startswith("carecenter: "), r.stderr
    assert "Traceback" not in r.stderr
    assert SECRET not in r.stdout + r.stderr


@pytest.mark.parametrize("url", [f"postgresql+psycopg://cc:{SECRET}@127.0.0.1:1/hub",
                                 f"http://cc:{SECRET}@127.0.0.1:1"], ids=["database", "service"])
def test_the_hub_password_in_a_url_is_in_no_sync_error(url: str, desk_env: dict[str, str],
                                                       tmp_path: Path) -> None:
    r = cli("sync", "--db", str(tmp_path / "d.db"), "--hub", url, "--agent", "agent",
            env=desk_env)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert SECRET not in r.stdout + r.stderr


# -- sign-in ---------------------------------------------------------------------------------
@pytest.mark.parametrize("header", [None, "Bearer not-a-token", "Basic YWdlbnQ6eA=="])
def test_a_request_without_a_valid_token_gets_401(service: Service, make_store: Any,
                                                  header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    c = service.client()
    before = hub_state(service.hub)
    body = {"version": PROTOCOL_VERSION, "ops": [op("customer", new_id(), "insert", {
        "customer_ref": "X", "deleted": False})]}
    for path, payload in (("/v1/push", body), ("/v1/pull", {"version": PROTOCOL_VERSION}),
                          ("/v1/decisions", {"customer_id": new_id()}), ("/v1/logout", {})):
        r = c.post(path, json=payload, headers=headers)
        assert r.status_code == 401, (path, r.text)
        assert r.json() == {"code": "auth", "message": words.NOT_SIGNED_IN}
    r = c.get("/v1/me", headers=headers)
    assert (r.status_code, r.json()["code"]) == (401, "auth")
    assert hub_state(service.hub) == before


def test_a_revoked_device_gets_401_on_its_next_request(service: Service, make_store: Any,
                                                       desk_env: dict[str, str]) -> None:
    a = make_store("a")
    t = service.transport(a)
    ok(a, t)
    [device] = [d for d in service.identity.devices(agent="agent") if d.revoked_at is None]
    r = cli("hub", "device", "revoke", device.id, "--hub", service.hub.url, env=desk_env)
    assert r.returncode == 0, r.stderr
    make_customer(a, "R-1", "Anna", "Rossi")
    before = hub_state(service.hub)
    report = sync(a, t)
    assert report.code == "auth"
    assert report.error == words.NOT_SIGNED_IN
    assert outbox(a) == 1  # the customer waits: nothing lost
    r = service.client(None).get("/v1/me", headers=dict(t.client.headers))
    assert (r.status_code, r.json()) == (401, {"code": "auth", "message": words.NOT_SIGNED_IN})
    assert hub_state(service.hub) == before


def test_a_disabled_agent_is_refused(service: Service, make_store: Any) -> None:
    a = make_store("a")
    token = signed_in(service, a)
    service.identity.set_disabled("agent")
    before = hub_state(service.hub)
    r = service.client(token).post("/v1/push", json={"version": PROTOCOL_VERSION, "ops": [
        op("customer", new_id(), "insert", {"customer_ref": "X", "deleted": False})]})
    assert r.status_code in (401, 403)
    assert r.json()["code"] in ("auth", "disabled")
    # and she cannot sign in again
    r = service.client().post("/v1/login", json={"name": "agent", "password": PASSWORD,
                                                 "site": a.site_id})
    assert r.status_code == 403
    assert r.json() == {"code": "disabled", "message": "The agent 'agent' was disabled by an "
                        "administrator: ask one to enable the account."}
    assert hub_state(service.hub) == before


def test_a_wrong_password_gets_401_and_no_device(service: Service, make_store: Any) -> None:
    a = make_store("a")
    before = hub_state(service.hub)
    r = service.client().post("/v1/login", json={"name": "agent", "password": "wrong-password",
                                                 "site": a.site_id})
    assert (r.status_code, r.json()["code"]) == (401, "bad_login")
    assert service.identity.devices(agent="agent") == []
    assert hub_state(service.hub) == before


# -- roles -----------------------------------------------------------------------------------
def test_an_agent_cannot_make_herself_supervisor(service: Service, make_store: Any) -> None:
    a = make_store("a")
    me = service.people["agent"]
    refused(service, signed_in(service, a), op("agent", me.id, "update", {"role": "supervisor"}),
            "role", "Only an administrator may change agent rows (you are agent).")
    assert hub_row(service.hub, "agent", me.id)["role"] == "agent"  # type: ignore[index]
    # nor a new agent row above her own role
    refused(service, signed_in(service, a), op("agent", new_id(), "insert", {
        "name": "boss", "role": "supervisor"}), "role")


def test_an_agent_cannot_publish_a_policy_of_990000_eur_caps(service: Service,
                                                             make_store: Any) -> None:
    a = make_store("a")
    policy = {"role": "agent", "currency": "EUR", "day_time_zone": "Europe/Rome",
              "max_per_decision_cents": 99_000_000, "max_per_customer_30_days_cents": 99_000_000,
              "max_per_agent_day_cents": 99_000_000, "may_override_with_reason": True}
    refused(service, signed_in(service, a), op("authority_policy", new_id(), "insert", policy),
            "role", "Only an administrator may change authority_policy rows (you are agent).")
    assert service.hub.count("authority_policy") == 0


def test_an_agent_cannot_write_a_supervisors_approval(service: Service, make_store: Any) -> None:
    s, a = make_store("senior"), make_store("agent")
    cid = customer_on_hub(service, s)
    did = new_id()  # the senior's request, waiting for a supervisor
    body = push(service, signed_in(service, s, "senior"),
                [op("decision", did, "insert", {**decision(cid, "pending", 9000), "id": did})])
    assert body["refused"] == []
    token = signed_in(service, a)
    answer = {"id": "", "decision_id": did, "by_id": service.people["supervisor"].id,
              "approved": True, "note": "ok", "at": AT}
    aid = new_id()
    refused(service, token, op("decision_answer", aid, "insert", {**answer, "id": aid}),
            "role", "Only a supervisor may change decision_answer rows (you are agent).")
    refused(service, token, op("decision", did, "update", {"authority_state": "approved"}),
            "no_answer", "A decision can only be approved or refused by a supervisor's answer.")
    assert hub_row(service.hub, "decision", did)["authority_state"] == "pending"  # type: ignore[index]


def test_a_decision_cannot_arrive_already_approved(service: Service, make_store: Any) -> None:
    a = make_store("a")
    cid = customer_on_hub(service, a)
    did = new_id()
    refused(service, signed_in(service, a),
            op("decision", did, "insert", {**decision(cid, "approved", 90_000), "id": did}),
            "no_answer", "A decision can only be approved or refused by a supervisor's answer.")
    # nor marked by the desk as the hub's own exceeds_cap
    did = new_id()
    refused(service, signed_in(service, a),
            op("decision", did, "insert", {**decision(cid, "exceeds_cap"), "id": did}),
            "bad_value")


def test_pushing_as_another_site_is_stamped_with_the_devices_site(service: Service,
                                                                  make_store: Any) -> None:
    a, b = make_store("a"), make_store("b")
    token = signed_in(service, a)
    rid, forged = new_id(), b.site_id
    one = op("customer", rid, "insert", {"customer_ref": "R-9", "first_name": "Ada",
                                         "deleted": False})
    body = push(service, token, [one], site=forged)
    assert (body["acked"], body["refused"]) == ([one["op_id"]], [])
    row = hub_row(service.hub, "customer", rid)
    assert row is not None and row["site"] == a.site_id
    clocks = row["clocks"] if isinstance(row["clocks"], dict) else json.loads(row["clocks"])
    assert {c[1] for c in clocks.values()} == {a.site_id}
    with service.hub.engine.connect() as c:
        assert c.execute(select(hub_op.c.site).where(hub_op.c.op_id == one["op_id"])
                         ).scalar_one() == a.site_id


def test_the_author_is_the_tokens_agent(service: Service, make_store: Any) -> None:
    a = make_store("a")
    cid = customer_on_hub(service, a)
    did = new_id()
    body = push(service, signed_in(service, a), [op("decision", did, "insert", {
        **decision(cid), "id": did, "agent_id": service.people["supervisor"].id})])
    assert body["refused"] == []
    assert hub_row(service.hub, "decision", did)["agent_id"] == service.people["agent"].id  # type: ignore[index]


# -- values ----------------------------------------------------------------------------------
def test_a_150_character_first_name_is_refused(service: Service, make_store: Any) -> None:
    a = make_store("a")
    rid = new_id()
    refused(service, signed_in(service, a), op("customer", rid, "insert", {
        "customer_ref": "R-1", "first_name": "A" * 150, "deleted": False}),
        "too_long", "The customer field 'first_name' is 150 characters long; the most it may "
        "hold is 120.")


def test_a_40_character_row_id_is_refused(service: Service, make_store: Any) -> None:
    a = make_store("a")
    rid = "x" * 40
    refused(service, signed_in(service, a), op("customer", rid, "insert", {
        "customer_ref": "R-1", "deleted": False}), "bad_id", f"{rid!r} is not a valid row id.")


def test_text_in_an_integer_column_is_refused(service: Service, make_store: Any) -> None:
    a = make_store("a")
    cid = customer_on_hub(service, a)
    did = new_id()
    refused(service, signed_in(service, a), op("decision", did, "insert", {
        **decision(cid), "id": did, "amount_cents": "a lot"}), "bad_type")


def test_an_unknown_kind_is_refused(service: Service, make_store: Any) -> None:
    a = make_store("a")
    refused(service, signed_in(service, a), op("customer", new_id(), "upsert", {
        "customer_ref": "R-1", "deleted": False}), "bad_kind",
        "'upsert' is not a kind of change the hub takes (insert, update or delete).")


def test_an_unknown_table_is_refused(service: Service, make_store: Any) -> None:
    a = make_store("a")
    refused(service, signed_in(service, a), op("hub_account", new_id(), "update", {
        "password_hash": "x"}), "unknown_table")


def test_a_field_clock_ten_years_ahead_is_refused_and_no_desk_is_wedged(
        service: Service, make_store: Any, tmp_path: Path) -> None:
    a, b = make_store("a"), make_store("b")
    cid = customer_on_hub(service, a)
    ok(b, service.transport(b))
    good = now_hlc()
    bad = op("customer", cid, "update", {"first_name": "Future"}, clock=good)
    bad["fields"]["first_name"][1] = hlc_of(time.time_ns() // 1_000_000 + TEN_YEARS_MS)
    r = refused(service, signed_in(service, a), bad, "clock_ahead")
    assert r["values"]["field"] == "first_name"
    assert r["message"].startswith("The customer field 'first_name' was stamped ")
    # every desk that pulls goes on
    make_customer(b, "R-2", "Bruno", "Verdi")
    for s in (a, b, a):
        ok(s, service.transport(s))
    exports_match(tmp_path, service.hub, a, b)
