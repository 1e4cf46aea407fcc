"""Purges a sync held back (``carecenter.sync.purge``): which wait, and a supervisor's
confirmation, table by table. The console shows them to a supervisor; ``carecenter sync
--allow-purge`` lets them all go (IT's word, at the command line)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from carecenter.db.models import SYNCED_MODELS
from carecenter.db.store import Store
from carecenter.domain import Role
from carecenter.services.uow import ChangeSet, UnitOfWork
from carecenter.sync.purge import DELETABLE, HeldPurge, held_purges, take_held

CONFIRMING_ROLES = frozenset({Role.SUPERVISOR, Role.ADMIN})
_MODELS = {m.__tablename__: m for m in SYNCED_MODELS}


class PurgeCode(StrEnum):
    NOT_SUPERVISOR = "not_supervisor"  # values: role
    NOTHING_HELD = "nothing_held"  # values: table


@dataclass
class PurgeError(Exception):
    code: PurgeCode
    values: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(self.code.value)


def pending(store: Store) -> list[HeldPurge]:
    """The purges waiting for a supervisor, biggest first (none: an empty list)."""
    with store.session() as s:
        return held_purges(s)


def confirm(store: Store, table: str, role: str) -> ChangeSet:
    """A supervisor confirms the purge held for ``table``: its rows are deleted here, as
    the hub has them (the sync merge rules apply, so anything that came later holds).
    Refused (PurgeError) for another role or a table with nothing held; nothing changes."""
    if role not in CONFIRMING_ROLES:
        raise PurgeError(PurgeCode.NOT_SUPERVISOR, {"role": role})
    return release(store, table)


def release(store: Store, table: str) -> ChangeSet:
    """Apply what is held for ``table`` (no role check: the caller decided)."""
    if table not in DELETABLE:
        raise PurgeError(PurgeCode.NOTHING_HELD, {"table": table})
    with UnitOfWork(store, remote=True) as uow:
        groups = take_held(uow.session, table)
        if not groups:
            raise PurgeError(PurgeCode.NOTHING_HELD, {"table": table})
        for columns, rows in groups:
            uow.apply_remote(_MODELS[table], rows, columns)
    return uow.changes


def release_all(store: Store) -> dict[str, int]:
    """Every purge held goes ahead (``carecenter sync --allow-purge``): rows per table."""
    done = {}
    for held in pending(store):
        release(store, held.table)
        done[held.table] = held.rows
    return done


__all__ = ["CONFIRMING_ROLES", "HeldPurge", "PurgeCode", "PurgeError", "confirm", "pending",
           "release", "release_all"]
