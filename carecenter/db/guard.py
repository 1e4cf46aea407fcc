"""A guard on the engine: no INSERT/UPDATE/DELETE on a replicated table outside a unit of
work, whatever the code path (ORM flush, Core statement or raw SQL through SQLAlchemy)."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine

UOW_FLAG = "carecenter.uow"
_DML = re.compile(
    r'^\s*(?:INSERT|UPDATE|DELETE|REPLACE)\s+(?:OR\s+\w+\s+)?(?:INTO\s+|FROM\s+)?"?(\w+)"?',
    re.IGNORECASE,
)


class WriteOutsideUnitOfWork(RuntimeError):
    """Code wrote a replicated table without a unit of work (a programming error)."""


@cache
def synced_tables() -> frozenset[str]:
    """The replicated tables, from the models: loaded at the first write, not when a
    store is opened (a store opened to search needs no ORM)."""
    from carecenter.db.models import SYNCED_MODELS

    return frozenset(m.__tablename__ for m in SYNCED_MODELS)


def _guard(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
    m = _DML.match(statement)
    if m and m.group(1).lower() in synced_tables() and not conn.info.get(UOW_FLAG):
        raise WriteOutsideUnitOfWork(
            f"write to {m.group(1)} outside a unit of work: it would never reach the hub"
        )


def install_write_guard(engine: Engine) -> None:
    from sqlalchemy import event

    event.listen(engine, "before_cursor_execute", _guard)
