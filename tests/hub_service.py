"""A real hub service for the console's tests: uvicorn on a free port of 127.0.0.1, in a
background thread, over a SQLite hub file; and a change the hub refuses for its value.

``HubService`` is what ``carecenter hub serve`` runs (``carecenter.hub.service``), with
agents added as ``carecenter hub agent add`` adds them. ``stop()`` ends it (a desk then
finds the hub unreachable); ``start()`` runs it again on the same port.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy import update

from carecenter.db.guard import lifted
from carecenter.db.models import Customer, OutboxOp
from carecenter.db.store import Store
from carecenter.hub.identity import AgentInfo, Identity
from carecenter.services.uow import UnitOfWork
from carecenter.sync.hub import Hub, init_hub


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class HubService:
    def __init__(self, hub_file: Path) -> None:
        self.db_url = f"sqlite:///{hub_file}"
        init_hub(self.db_url)
        self.hub = Hub(self.db_url)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._server: Any = None
        self._thread: threading.Thread | None = None

    def add_agent(self, name: str, password: str, role: str = "agent",
                  store: str | None = None) -> AgentInfo:
        return Identity(self.hub).add_agent(name, password, role, store=store)

    def set_role(self, name: str, role: str) -> AgentInfo:
        return Identity(self.hub).set_role(name, role)

    def start(self) -> None:
        import uvicorn

        from carecenter.hub.service import create_app

        config = uvicorn.Config(create_app(self.hub), host="127.0.0.1", port=self.port,
                                log_level="warning", access_log=False, lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="hub-service",
                                        daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the hub service did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(20)
        self._server = self._thread = None

    def close(self) -> None:
        self.stop()
        self.hub.close()


def refuse_a_value(store: Store, customer_id: str, bad_tier: str = "diamond") -> None:
    """Make the desk's next push carry a customer tier the hub refuses (``bad_value``), as
    an older workstation without the value checks would have written it: a real update
    through the unit of work, then its value changed underneath."""
    with UnitOfWork(store) as uow:
        stored = uow.session.get(Customer, customer_id)
        assert stored is not None
        uow.update(stored, tier="silver" if stored.tier == "gold" else "gold")
    with store.session() as s, s.begin():
        op = s.query(OutboxOp).filter(OutboxOp.table == "customer",
                                      OutboxOp.row_id == customer_id,
                                      OutboxOp.kind == "update") \
            .order_by(OutboxOp.seq.desc()).first()
        assert op is not None
        op.fields = {**op.fields, "tier": [bad_tier, op.fields["tier"][1]]}
        with lifted(s.connection()):  # the old desk's write, with its (changed) op
            s.execute(update(Customer).where(Customer.id == customer_id)
                      .values(tier=bad_tier))


__all__ = ["HubService", "free_port", "refuse_a_value"]
