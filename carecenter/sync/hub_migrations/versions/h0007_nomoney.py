"""remedies that cost nothing, and the service charter, on the hub

h_remedy gains unit and default_quantity, h_authority_policy the limits of remedies that
cost nothing (remedy_limits, JSON), h_decision the quantity granted; h_charter_text and
h_charter_citation mirror the store's new tables. As every hub table: each column
nullable, no foreign keys, txn and seq for the pull. A hub whose tables were made by
``migrate.reconcile`` (h_remedy and h_authority_policy are not in h0001) may lack a
table or have the column already: each step is taken only where it is missing.

Revision ID: h0007
Revises: h0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from carecenter.db.base import UTCDateTime

revision = 'h0007'
down_revision = 'h0006'
branch_labels = None
depends_on = None


_COLUMNS = (
    ('h_remedy', 'unit', sa.String(length=10)),
    ('h_remedy', 'default_quantity', sa.Integer()),
    ('h_authority_policy', 'remedy_limits', sa.JSON()),
    ('h_decision', 'quantity', sa.Integer()),
)


def _hub_columns() -> list[sa.Column[object]]:
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('hlc', sa.BigInteger(), nullable=True),
        sa.Column('site', sa.String(length=36), nullable=True),
        sa.Column('clocks', sa.JSON(), nullable=True),
        sa.Column('txn', sa.BigInteger(), nullable=False),
        sa.Column('seq', sa.BigInteger(), nullable=False),
    ]


def _tables() -> dict[str, set[str]]:
    insp = sa.inspect(op.get_bind())
    return {t: {c['name'] for c in insp.get_columns(t)} for t in insp.get_table_names()}


def upgrade() -> None:
    have = _tables()
    for table, name, type_ in _COLUMNS:
        if table in have and name not in have[table]:
            with op.batch_alter_table(table, schema=None) as batch_op:
                batch_op.add_column(sa.Column(name, type_, nullable=True))
    if 'h_charter_text' not in have:
        op.create_table('h_charter_text',
        sa.Column('lang', sa.String(length=2), nullable=True),
        sa.Column('text', sa.Text(), nullable=True),
        sa.Column('published_by', sa.String(length=200), nullable=True),
        sa.Column('published_at', UTCDateTime(), nullable=True),
        *_hub_columns(),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_h_charter_text'))
        )
        with op.batch_alter_table('h_charter_text', schema=None) as batch_op:
            batch_op.create_index('ix_h_charter_text_txn', ['txn', 'id'], unique=False)
    if 'h_charter_citation' not in have:
        op.create_table('h_charter_citation',
        sa.Column('customer_id', sa.String(length=36), nullable=True),
        sa.Column('case_id', sa.String(length=36), nullable=True),
        sa.Column('decision_id', sa.String(length=36), nullable=True),
        sa.Column('clause', sa.String(length=20), nullable=True),
        sa.Column('agent_id', sa.String(length=36), nullable=True),
        sa.Column('at', UTCDateTime(), nullable=True),
        *_hub_columns(),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_h_charter_citation'))
        )
        with op.batch_alter_table('h_charter_citation', schema=None) as batch_op:
            batch_op.create_index('ix_h_charter_citation_txn', ['txn', 'id'], unique=False)


def downgrade() -> None:
    have = _tables()
    for name in ('h_charter_citation', 'h_charter_text'):
        if name in have:
            op.drop_table(name)
    for table, name, _type in reversed(_COLUMNS):
        if table in have and name in have[table]:
            with op.batch_alter_table(table, schema=None) as batch_op:
                batch_op.drop_column(name)
