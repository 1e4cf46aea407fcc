"""Declarative base, column types and the sync columns every replicated table carries."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Dialect,
    FromClause,
    MetaData,
    String,
    Table,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from carecenter.db import texts
from carecenter.ids import new_id

# Kept here for the many modules that read them from base; defined without SQLAlchemy.
to_text = texts.to_text
from_text = texts.from_text

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A UTC instant, stored as sortable ISO text on SQLite and as timestamptz elsewhere.

    Aware datetimes go in (naive ones are refused: the core never guesses a time zone) and
    aware UTC datetimes come out.
    """

    impl = String(32)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        if dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import TIMESTAMP

            return dialect.type_descriptor(TIMESTAMP(timezone=True))
        return dialect.type_descriptor(String(32))

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use an aware UTC datetime")
        value = value.astimezone(UTC)
        if dialect.name == "postgresql":
            return value
        return to_text(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, datetime):
            return value.astimezone(UTC)
        return from_text(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
    }


class Synced:
    """Columns of every replicated row: a UUIDv7 id and the clock of its latest write.

    ``KIND`` says how sync merges the table: ``"mutable"`` rows merge per field (the
    ``clocks`` column holds the clock of each field's latest write), ``"append"`` rows are
    written once and merge by union on id.
    """

    KIND: ClassVar[str] = "mutable"

    if TYPE_CHECKING:
        # Set by the declarative base on every model (each one lists Synced before Base);
        # declared here so code that takes any replicated model as ``type[Synced]`` sees them.
        # (typed as DeclarativeBase types them; ``table_of`` gives the Table)
        __tablename__: Any
        __table__: ClassVar[FromClause]

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    hlc: Mapped[int] = mapped_column(BigInteger, default=0)
    site: Mapped[str] = mapped_column(String(36), default="")
    clocks: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


def jsonable(value: Any) -> Any:
    """A column value as JSON for the outbox (dates and datetimes as ISO text)."""
    if isinstance(value, datetime):
        return to_text(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def table_of(model: type[Synced]) -> Table:
    """The Table a replicated model is mapped to (declarative types it as any FromClause)."""
    table = model.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is not mapped to a table")
    return table
