"""The hub's tables: one materialised table per replicated table, plus the op log.

``h_<table>`` has the same domain columns as the replica's table (no foreign keys: rows
from different workstations arrive in any order), ``clocks`` holding each field's
``[hlc, site, txn]``, ``txn``: the number of the hub transaction that last changed
the row (the PostgreSQL transaction id, or a counter on a SQLite hub), and ``wire``: the
row as a pull sends it (``sync.hub_wire``). Pulls follow ``txn`` (see
``carecenter.sync.hub``).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

from carecenter.db.base import NAMING_CONVENTION, UTCDateTime
from carecenter.db.models import SYNCED_MODELS

metadata = MetaData(naming_convention=NAMING_CONVENTION)

SYNC_COLUMNS = ("hlc", "site", "clocks")
# The row in the "rows" shape a pull sends, as JSON text kept by a trigger when the row is
# written (PostgreSQL hubs, ``sync.hub_wire``; empty on a SQLite hub). Never sent as a
# field, never taken from a push.
WIRE = "wire"

# Extra indexes the hub's own checks need (duplicates, caps, deletes that met an edit).
_EXTRA_INDEXES: dict[str, list[tuple[str, ...]]] = {
    "customer": [("customer_ref",)],
    "customer_phone": [("e164",), ("customer_id",)],
    "customer_email": [("customer_id",)],
    "decision": [("customer_id", "at"), ("agent_id", "at")],
    "consent_event": [("customer_id",)],  # the consent rule reads a customer's events
}


def _materialised(model: type) -> Table:
    src: Table = model.__table__  # type: ignore[attr-defined]
    cols = [
        Column(c.name, c.type, primary_key=c.primary_key, nullable=not c.primary_key)
        for c in src.columns
    ]
    name = f"h_{src.name}"
    t = Table(name, metadata, *cols, Column("txn", BigInteger, nullable=False, default=0),
              Column("seq", BigInteger, nullable=False, default=0), Column(WIRE, Text))
    Index(f"ix_{name}_txn", t.c.txn, t.c.id)
    for cols_ in _EXTRA_INDEXES.get(src.name, []):
        Index(f"ix_{name}_{'_'.join(cols_)}", *(t.c[c] for c in cols_))
    return t


TABLES: dict[str, Table] = {m.__tablename__: _materialised(m) for m in SYNCED_MODELS}

hub_op = Table(
    "hub_op", metadata,
    Column("op_id", String(36), primary_key=True),
    Column("site", String(36), nullable=False),
    Column("tbl", String(40), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("hlc", BigInteger, nullable=False),
    Column("txn", BigInteger, nullable=False),
    Column("received_at", UTCDateTime(), nullable=False),
    # the hub watermark the workstation had pulled when it wrote the op (Op.seen)
    Column("seen", BigInteger),
)
# the consent rule reads the watermark of the op that brought a grant (hub_consent)
Index("ix_hub_op_row_id", hub_op.c.row_id)

hub_site = Table(
    "hub_site", metadata,
    Column("site", String(36), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("first_seen", UTCDateTime(), nullable=False),
    Column("last_push", UTCDateTime()),
    Column("last_pull", UTCDateTime()),
)

hub_meta = Table(
    "hub_meta", metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)

# Identity (issue 13): who may sign in, and the devices they signed in from. The agent's
# name, role and store are in the synced ``h_agent`` row (the same id), so every desk sees
# them; the password hash and the device tokens never leave the hub.
hub_account = Table(
    "hub_account", metadata,
    Column("agent_id", String(36), primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("changed_at", UTCDateTime(), nullable=False),
)

hub_device = Table(
    "hub_device", metadata,
    Column("id", String(36), primary_key=True),
    Column("agent_id", String(36), nullable=False, index=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("site", String(36), nullable=False),
    Column("label", String(200), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("last_seen", UTCDateTime()),
    Column("revoked_at", UTCDateTime()),
)

__all__ = ["SYNC_COLUMNS", "TABLES", "WIRE", "hub_account", "hub_device", "hub_meta", "hub_op",
           "hub_site", "metadata"]
