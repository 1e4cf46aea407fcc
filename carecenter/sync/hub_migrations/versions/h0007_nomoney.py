"""remedies that cost nothing, and the service charter, on the hub

h_remedy gains unit and default_quantity, h_authority_policy the limits of remedies that
cost nothing (remedy_limits, JSON), h_decision the quantity granted; h_charter_text and
h_charter_citation mirror the store's new tables. As every hub table: each column
nullable, no foreign keys, txn and seq for the pull.

Revision ID: h0007
Revises: h0005
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from carecenter.db.base import UTCDateTime

revision = 'h0007'
down_revision = 'h0005'
branch_labels = None
depends_on = None


def _hub_columns() -> list[sa.Column[object]]:
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('hlc', sa.BigInteger(), nullable=True),
        sa.Column('site', sa.String(length=36), nullable=True),
        sa.Column('clocks', sa.JSON(), nullable=True),
        sa.Column('txn', sa.BigInteger(), nullable=False),
        sa.Column('seq', sa.BigInteger(), nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table('h_remedy', schema=None) as batch_op:
        batch_op.add_column(sa.Column('unit', sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column('default_quantity', sa.Integer(), nullable=True))
    with op.batch_alter_table('h_authority_policy', schema=None) as batch_op:
        batch_op.add_column(sa.Column('remedy_limits', sa.JSON(), nullable=True))
    with op.batch_alter_table('h_decision', schema=None) as batch_op:
        batch_op.add_column(sa.Column('quantity', sa.Integer(), nullable=True))
    op.create_table('h_charter_text',
    sa.Column('lang', sa.String(length=2), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('published_by', sa.String(length=200), nullable=True),
    sa.Column('published_at', UTCDateTime(), nullable=True),
    *_hub_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_h_charter_text'))
    )
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
    for name in ('h_charter_text', 'h_charter_citation'):
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.create_index(f'ix_{name}_txn', ['txn', 'id'], unique=False)


def downgrade() -> None:
    for name in ('h_charter_citation', 'h_charter_text'):
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_index(f'ix_{name}_txn')
        op.drop_table(name)
    with op.batch_alter_table('h_decision', schema=None) as batch_op:
        batch_op.drop_column('quantity')
    with op.batch_alter_table('h_authority_policy', schema=None) as batch_op:
        batch_op.drop_column('remedy_limits')
    with op.batch_alter_table('h_remedy', schema=None) as batch_op:
        batch_op.drop_column('default_quantity')
        batch_op.drop_column('unit')
