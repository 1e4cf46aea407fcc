"""Small helpers shared by the sync tests."""

from __future__ import annotations

import filecmp
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from carecenter.db.models import OutboxOp
from carecenter.db.store import Store
from carecenter.services.export import export_csv
from carecenter.sync.hub import Hub
from carecenter.sync.hub_export import export_hub_csv
from carecenter.sync.replica import Replica, SyncReport
from carecenter.sync.transport import InProcessTransport, Transport


def sync(store: Store, hub: Hub | Transport, **kw: Any) -> SyncReport:
    transport = InProcessTransport(hub) if isinstance(hub, Hub) else hub
    return Replica(store, transport, **kw).sync()


def ok(store: Store, hub: Hub | Transport, **kw: Any) -> SyncReport:
    report = sync(store, hub, **kw)
    assert report.error is None, report.error
    return report


def outbox(store: Store) -> int:
    with store.session() as s:
        return int(s.execute(select(func.count()).select_from(OutboxOp)).scalar_one())


def same_dirs(a: Path, b: Path) -> list[str]:
    """Names of the files that differ between two export folders."""
    names = sorted({p.name for p in a.iterdir()} | {p.name for p in b.iterdir()})
    return [n for n in names if not (a / n).exists() or not (b / n).exists()
            or not filecmp.cmp(a / n, b / n, shallow=False)]


def exports_match(tmp: Path, hub: Hub, *stores: Store) -> None:
    export_hub_csv(hub, tmp / "hub")
    for i, s in enumerate(stores):
        export_csv(s, tmp / f"s{i}")
        diff = same_dirs(tmp / "hub", tmp / f"s{i}")
        assert diff == [], f"store {i} differs from the hub in {diff}"
