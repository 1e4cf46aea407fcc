"""conflict resolutions

h_conflict_resolution: the hub's copy of the synced conflict_resolution table (how a person
settled a conflict of h_sync_conflict), like every materialised table: the domain columns,
the field clocks and the txn the pull follows. And indexes of h_customer_phone and
h_customer_email by customer_id: a customer's delete is weighed against the changes of its
phones and e-mails it had not seen (sync/hub_deletes.py).

Revision ID: h0005
Revises: h0004
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from carecenter.db.base import UTCDateTime

revision = 'h0005'
down_revision = 'h0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('h_conflict_resolution',
    sa.Column('conflict_id', sa.String(length=36), nullable=True),
    sa.Column('chosen', sa.String(length=10), nullable=True),
    sa.Column('by_id', sa.String(length=36), nullable=True),
    sa.Column('at', UTCDateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=True),
    sa.Column('site', sa.String(length=36), nullable=True),
    sa.Column('clocks', sa.JSON(), nullable=True),
    sa.Column('txn', sa.BigInteger(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_h_conflict_resolution'))
    )
    with op.batch_alter_table('h_conflict_resolution', schema=None) as batch_op:
        batch_op.create_index('ix_h_conflict_resolution_txn', ['txn', 'id'], unique=False)
    for name in ('h_customer_phone', 'h_customer_email'):
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.create_index(f'ix_{name}_customer_id', ['customer_id'], unique=False)


def downgrade() -> None:
    for name in ('h_customer_email', 'h_customer_phone'):
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_index(f'ix_{name}_customer_id')
    with op.batch_alter_table('h_conflict_resolution', schema=None) as batch_op:
        batch_op.drop_index('ix_h_conflict_resolution_txn')
    op.drop_table('h_conflict_resolution')
