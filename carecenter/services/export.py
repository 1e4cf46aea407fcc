"""Export the store: one CSV per replicated table, rows in a stable order (by id)."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import select

from carecenter.db.base import jsonable
from carecenter.db.models import SYNCED_MODELS
from carecenter.db.store import Store
from carecenter.services.tasks import TaskState
from carecenter.services.uow import column_names


def export_csv(store: Store, out: Path, state: TaskState | None = None) -> dict[str, int]:
    """Write ``<table>.csv`` for every replicated table into ``out``; rows per table.

    Only the domain columns are written (not the sync bookkeeping), so two stores that
    hold the same data export byte-identical files.
    """
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for n, model in enumerate(SYNCED_MODELS):
        names = column_names(model)
        cols = [getattr(model, c) for c in names]
        path = out / f"{model.__tablename__}.csv"
        tmp = path.with_suffix(".csv.tmp")
        rows = 0
        with store.session() as s, tmp.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(names)
            result = s.execute(select(*cols).order_by(model.id).execution_options(yield_per=5000))
            for row in result:
                w.writerow(["" if v is None else _cell(jsonable(v)) for v in row])
                rows += 1
        tmp.replace(path)
        counts[model.__tablename__] = rows
        if state:
            state.progress((n + 1) / len(SYNCED_MODELS), model.__tablename__)
    return counts


def _cell(value: object) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)
