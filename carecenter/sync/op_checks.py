"""Every pushed op checked before the hub merges it (issue 13, part 3).

``check_push`` is called inside the push transaction; it returns the ops to merge (author
fields stamped from the principal) and the refused ones. Filled in by the op-checks work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection

from carecenter.sync.protocol import Op
from carecenter.sync.refusals import Principal, Refusal

if TYPE_CHECKING:
    from carecenter.sync.hub import Hub


def check_push(hub: Hub, conn: Connection, ops: list[Op], principal: Principal | None,
               now_ms: int) -> tuple[list[Op], list[Refusal]]:
    return list(ops), []
