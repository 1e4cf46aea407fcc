"""The grant dialog's meter with what other desks granted: the hub service's
``/v1/decisions`` (the customer's 31 days, the agent's two), fetched on the network pool,
then merged with this workstation's decisions by id on the store worker
(``carecenter.services.decisions.rows.with_remote``). The GUI thread never waits; without
the hub the meter stays local and the dialog says so in one line."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from carecenter.db.store import Store
from carecenter.services.decisions.rows import GrantContext, with_remote
from carecenter.settings import Settings
from carecenter.sync import credentials
from carecenter.sync.http_transport import HttpTransport, is_service_url
from ui.shell.ops import OpRunner


def recent_decisions(hub_url: str, agent_name: str, customer_id: str) -> list[dict[str, Any]]:
    """Every desk's recent decisions for the customer and the agent (network pool)."""
    transport = HttpTransport(hub_url, credentials.get_token(hub_url, agent_name))
    try:
        return transport.recent_decisions(customer_id)
    finally:
        transport.close()


def fetch(runner: OpRunner, parent: QObject, store: Store, settings: Settings,
          ctx: GrantContext, *, customer_id: str, arrived: Callable[[GrantContext], None],
          offline: Callable[[], None]) -> bool:
    """Ask the hub; ``arrived`` gets the context with the merged meter, ``offline`` is
    called when the hub cannot answer. False (nothing asked): no hub service is set."""
    url = settings.hub_url.strip()
    if not is_service_url(url):
        return False
    name = ctx.agent.name

    def merged(remote: list[dict[str, Any]]) -> None:
        def work(_s: object) -> GrantContext:
            return with_remote(store, ctx, customer_id, remote)

        runner.op(parent, work).success(arrived) \
            .failure(lambda _e: offline()).run()

    runner.op(parent, lambda _s: recent_decisions(url, name, customer_id)).on_network() \
        .success(merged).failure(lambda _e: offline()).run()
    return True
