"""Each kind of request has threads of its own on the hub service (``Slots``): pulls that
take every pull slot leave pushes and sign-ins answered, and a pull past the slots waits
for one instead of running beside the others."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from carecenter.hub.service import Slots, create_app
from carecenter.sync import protocol as p
from carecenter.sync.hub import Hub, init_hub
from tests.sync.conftest import Running, Service

SITE_A = "0190a0b0-0000-7000-8000-0000000000a1"
SITE_B = "0190a0b0-0000-7000-8000-0000000000b2"
SITE_C = "0190a0b0-0000-7000-8000-0000000000c3"


class GatedHub(Hub):
    """A hub whose pulls wait at a gate before they start (outside any transaction),
    counting how many are inside at once."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.gate = threading.Event()
        self.entered = threading.Event()
        self.inside = self.most_inside = 0
        self._lock = threading.Lock()

    def pull(self, req: p.PullRequest) -> p.PullResponse:
        with self._lock:
            self.inside += 1
            self.most_inside = max(self.most_inside, self.inside)
        self.entered.set()
        try:
            assert self.gate.wait(60), "the test never opened the gate"
            return super().pull(req)
        finally:
            with self._lock:
                self.inside -= 1


def _until(cond: Any, what: str) -> None:
    deadline = time.monotonic() + 60  # a bound against hanging, not a measure
    while not cond():
        assert time.monotonic() < deadline, what
        time.sleep(0.01)


def test_pulls_holding_every_slot_leave_pushes_and_sign_ins_answered(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    init_hub(url)
    hub = GatedHub(url)
    app = create_app(hub, Slots(pull=1, push=1, signin=1))
    running = Running(app)
    svc = Service(hub, running.url)
    try:
        a, b = svc.client(svc.login(SITE_A)), svc.client(svc.login(SITE_B))
        body = {"version": p.PROTOCOL_VERSION, "cursor": None, "shape": "rows"}
        with ThreadPoolExecutor(2) as ex:
            first = ex.submit(a.post, "/v1/pull", json=body)
            assert hub.entered.wait(60)
            second = ex.submit(b.post, "/v1/pull", json=body)
            _until(lambda: app.state.limits.pull.statistics().tasks_waiting == 1,
                   "the second pull never waited for the pull slot")
            # the one pull slot is taken and a pull waits for it: a push and a sign-in
            # are answered all the same
            pushed = a.post("/v1/push", json={"version": p.PROTOCOL_VERSION, "ops": []})
            assert pushed.status_code == 200 and pushed.json()["acked"] == []
            assert svc.login(SITE_C)
            assert not first.done() and not second.done()
            hub.gate.set()
            answers = [first.result(timeout=60), second.result(timeout=60)]
        assert [r.status_code for r in answers] == [200, 200]
        assert all(r.json()["done"] for r in answers)
        assert hub.most_inside == 1
    finally:
        hub.gate.set()
        svc.close()
        running.stop()
        hub.close()
