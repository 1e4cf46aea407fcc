"""The set-up of ``carecenter bench hub``: the seeded hub, the desks' devices, the service
instances as subprocesses, and the CPU seconds of each process (``hub_load`` runs them)."""

from __future__ import annotations

import asyncio
import os
import secrets
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import insert

from carecenter.bench import hub_clients as hc
from carecenter.clock import hlc_of, utcnow
from carecenter.ids import new_id
from carecenter.sync.hub import Hub, init_hub
from carecenter.sync.hub_schema import hub_account, hub_device
from carecenter.sync.protocol import PROTOCOL_VERSION, Op, PushRequest

PASSWORD = "bench-desk-password"


# -- the hub and its agents ---------------------------------------------------------------
def _trusted_push(hub: Hub, table: str, rows: list[dict[str, Any]]) -> None:
    """Rows written as the hub's own code writes them (no principal), 1,000 a push."""
    for at in range(0, len(rows), 1000):
        hlc = hlc_of(hub.wall_ms())
        ops = [Op(str(uuid.uuid4()), table, r["id"], "insert",
                  {k: [v, hlc] for k, v in r.items()}, hlc) for r in rows[at:at + 1000]]
        answer = hub.push(PushRequest(PROTOCOL_VERSION, hub.hub_id, ops))
        if answer.refused:
            raise RuntimeError(f"the bench's seed was refused: {answer.refused[0]}")


def seed(url: str, customers: int, desks: int) -> tuple[list[str], list[tuple[str, str]]]:
    """Initialise the hub; ``customers`` customers and one agent per desk. Returns the
    customer ids and the agents' (id, name)."""
    from carecenter.hub.identity import hash_password

    init_hub(url)
    hub = Hub(url)
    try:
        cust: list[dict[str, Any]] = [
            {"id": new_id(), "customer_ref": f"B{i:07d}", "first_name": "Bench",
             "last_name": f"Customer {i}", "deleted": False} for i in range(customers)]
        _trusted_push(hub, "customer", cust)
        agents = [{"id": new_id(), "name": f"desk{i:05d}", "role": "agent"}
                  for i in range(desks)]
        _trusted_push(hub, "agent", agents)
        digest, now = hash_password(PASSWORD), utcnow()
        with hub.engine.begin() as conn:
            conn.execute(insert(hub_account), [
                {"agent_id": a["id"], "name": a["name"], "password_hash": digest,
                 "disabled": False, "created_at": now, "changed_at": now} for a in agents])
    finally:
        hub.close()
    return [c["id"] for c in cust], [(a["id"], a["name"]) for a in agents]


def register_devices(url: str, agents: list[tuple[str, str]]) -> list[hc.Desk]:
    """Devices written as ``Identity.login`` writes them, without the password check."""
    from carecenter.hub.identity import token_hash

    desks, rows, now = [], [], utcnow()
    for agent_id, name in agents:
        token, site = secrets.token_urlsafe(32), str(uuid.uuid4())
        desks.append(hc.Desk(token, site, agent_id))
        rows.append({"id": new_id(), "agent_id": agent_id, "token_hash": token_hash(token),
                     "site": site, "label": f"bench {name}", "created_at": now,
                     "last_seen": now, "revoked_at": None})
    hub = Hub(url)
    try:
        if rows:
            with hub.engine.begin() as conn:
                conn.execute(insert(hub_device), rows)
    finally:
        hub.close()
    return desks


async def sign_in(base: str, agents: list[tuple[str, str]], concurrency: int = 2
                  ) -> tuple[list[hc.Desk], list[float]]:
    """Sign ``agents`` in over HTTP, ``concurrency`` at a time; the desks and each
    sign-in's milliseconds."""
    gate = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(timeout=httpx.Timeout(60.0, connect=10.0),
                                 limits=limits) as client:
        async def one(agent_id: str, name: str) -> tuple[hc.Desk, float]:
            site = str(uuid.uuid4())
            async with gate:
                start = time.perf_counter()
                r = await client.post(base + "/v1/login", json={
                    "name": name, "password": PASSWORD, "site": site, "label": "bench"})
                ms = (time.perf_counter() - start) * 1000
            r.raise_for_status()
            return hc.Desk(r.json()["token"], site, agent_id), ms

        got = await asyncio.gather(*(one(a, n) for a, n in agents))
    return [d for d, _ in got], [ms for _, ms in got]


# -- the service instances ----------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def start_instance(url: str, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    """``carecenter hub serve`` on a free loopback port, once it answers /v1/health."""
    port = _free_port()
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    with log.open("ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "carecenter", "hub", "serve", "--hub", url,
             "--listen", f"127.0.0.1:{port}"], stdout=out, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the hub service stopped at start: see {log}")
        try:
            if httpx.get(base + "/v1/health", timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"the hub service did not answer within 60 s: see {log}")


def stop_instance(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


# -- measuring ------------------------------------------------------------------------------
def _processes() -> dict[int, tuple[int, float]]:
    """Every process's parent and CPU seconds, from /proc (Linux; elsewhere nothing)."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    out: dict[int, tuple[int, float]] = {}
    proc = Path("/proc")
    if not proc.is_dir():
        return out
    for d in proc.iterdir():
        if not d.name.isdigit():
            continue
        try:
            text = (d / "stat").read_text()
        except OSError:
            continue
        # fields from the 3rd: state ppid ... utime stime cutime cstime (14-17); cutime and
        # cstime hold the children that ended (PostgreSQL backends of closed connections)
        rest = text[text.rindex(")") + 2:].split()
        out[int(d.name)] = (int(rest[1]), sum(int(x) for x in rest[11:15]) / tick)
    return out


class Cpu:
    """CPU seconds of the bench (the client), the service instances and PostgreSQL (the
    postmaster, its live backends and, through its children's times, those that ended)."""

    def __init__(self, pgdata: Path) -> None:
        self.pgdata = pgdata
        self.services: list[int] = []

    @staticmethod
    def _tree(procs: dict[int, tuple[int, float]], root: int) -> float:
        total, todo = 0.0, [root]
        while todo:
            pid = todo.pop()
            total += procs.get(pid, (0, 0.0))[1]
            todo.extend(p for p, (parent, _cpu) in procs.items() if parent == pid)
        return total

    def snapshot(self) -> dict[str, float]:
        try:
            postmaster = int((self.pgdata / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            postmaster = 0
        procs = _processes()
        return {"client": time.process_time(),
                "service": sum(self._tree(procs, pid) for pid in self.services),
                "postgres": self._tree(procs, postmaster) if postmaster else 0.0}
