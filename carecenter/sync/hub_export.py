"""The hub's data as the same CSVs ``carecenter export`` writes for a store, so a
workstation's export can be compared with the hub's byte for byte."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import select

from carecenter.db.base import jsonable
from carecenter.db.models import SYNCED_MODELS
from carecenter.services.export import _cell
from carecenter.services.uow import column_names
from carecenter.sync.hub import Hub
from carecenter.sync.hub_schema import TABLES


def export_hub_csv(hub: Hub, out: Path) -> dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    with hub.engine.connect() as conn:
        for model in SYNCED_MODELS:
            t = TABLES[model.__tablename__]
            names = column_names(model)
            order = t.c.id.collate("C") if hub.pg else t.c.id
            q = select(*(t.c[n] for n in names)).order_by(order)
            path = out / f"{model.__tablename__}.csv"
            n = 0
            with path.open("w", encoding="utf-8", newline="") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow(names)
                for row in conn.execute(q.execution_options(yield_per=5000)):
                    w.writerow(["" if v is None else _cell(jsonable(v)) for v in row])
                    n += 1
            counts[model.__tablename__] = n
    return counts
