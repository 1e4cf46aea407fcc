"""Each op goes to the hub as the agent who wrote it.

Several agents share a counter workstation and switch without restarting, online or not;
the hub stamps the author of a row from the device token a push comes with. So the ops
of a push are sent in runs, each run with the token of the agent named in its ops' author
field (a decision's ``agent_id``, an answer's ``by_id``, ...: ``op_checks.AUTHOR``), in
the order they were written. Ops that name no author (a customer, a contact) go with the
token of whoever works now, and so does a run whose author holds no token here any more
(signed out, or refused as revoked): the hub then stamps the person syncing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from carecenter.sync import protocol as p
from carecenter.sync.op_checks import AUTHOR, SETTER
from carecenter.sync.transport import Transport


def author_of(op: p.Op) -> str | None:
    names = [AUTHOR[op.table]] if op.table in AUTHOR else []
    names += [f for t, f in SETTER if t == op.table]
    for name in names:
        cell = op.fields.get(name)
        if cell is not None and isinstance(cell[0], str):
            return cell[0]
    return None


class AuthorTransport:
    """``default`` for pulls and for ops of no known author; ``by_agent`` maps an agent id
    to a transport signed in as that agent."""

    def __init__(self, default: Transport, by_agent: Mapping[str, Transport]) -> None:
        self.default = default
        self.by_agent = dict(by_agent)

    def pull(self, req: p.PullRequest) -> p.PullResponse:
        return self.default.pull(req)

    def push(self, req: p.PushRequest) -> p.PushResponse:
        runs: list[tuple[Transport, list[p.Op]]] = []
        for op in req.ops:
            t = self.by_agent.get(author_of(op) or "", self.default)
            if runs and runs[-1][0] is t:
                runs[-1][1].append(op)
            else:
                runs.append((t, [op]))
        if len(runs) == 1 and runs[0][0] is self.default:
            return self.default.push(req)
        acked: list[str] = []
        refused: list[dict[str, Any]] = []
        conflicts, last = 0, None
        for t, ops in runs:
            part = p.PushRequest(req.version, req.site, ops)
            try:
                resp = t.push(part)
            except p.SyncRefused as exc:
                if exc.code != "auth" or t is self.default:
                    raise
                resp = self.default.push(part)  # that agent's token is gone: sent as now
            acked += resp.acked
            refused += resp.refused
            conflicts += resp.conflicts
            last = resp
        assert last is not None
        return p.PushResponse(acked, last.hub_ms, last.hub_id, conflicts, refused)

    def close(self) -> None:
        for t in {id(t): t for t in [self.default, *self.by_agent.values()]}.values():
            close = getattr(t, "close", None)
            if close is not None:
                close()
