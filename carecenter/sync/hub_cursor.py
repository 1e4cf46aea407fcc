"""The pull cursor a hub hands out: where a workstation's walk of the hub stands. It is
opaque to the workstation and checked whole when it comes back (a forged one is refused)."""

from __future__ import annotations

import base64
import json
from typing import Any

from carecenter.db.models import SYNCED_MODELS
from carecenter.sync.hub_schema import TABLES
from carecenter.sync.protocol import SyncRefused

ORDER = [m.__tablename__ for m in SYNCED_MODELS]


def _encode_cursor(d: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode()


def _decode_cursor(c: str | None) -> dict[str, Any]:
    if not c:
        return {"lo": 0, "hi": None, "t": ORDER[0], "k": None}
    try:
        d = json.loads(base64.urlsafe_b64decode(c.encode()))
        if not (isinstance(d, dict) and {"lo", "hi", "t", "k"} <= d.keys()
                and _txn(d["lo"]) and (d["hi"] is None or _txn(d["hi"]))
                and (d["t"] is None or d["t"] in TABLES)
                and (d["k"] is None or (isinstance(d["k"], list) and len(d["k"]) == 2
                                        and _txn(d["k"][0]) and isinstance(d["k"][1], str)
                                        and len(d["k"][1]) <= 36))):
            raise ValueError("not a cursor this hub hands out")
        return d
    except Exception as exc:
        raise SyncRefused("cursor", "The sync position of this workstation is not one this "
                          "hub handed out: sync again to start over.") from exc


def _txn(v: Any) -> bool:
    """A transaction number as a cursor holds it: a whole number a BIGINT can hold."""
    return isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 2**63
