"""promise windows, appointments, contacts about a case on the hub

h_follow_up gains due_until (the end of a promised window), h_contact case_id (the case a
contact was about); h_appointment mirrors the synced appointment table. As every hub
table: each column nullable, no foreign keys, txn and seq for the pull.

Revision ID: h0008
Revises: h0007
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from carecenter.db.base import UTCDateTime

revision = 'h0008'
down_revision = 'h0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('h_follow_up', schema=None) as batch_op:
        batch_op.add_column(sa.Column('due_until', UTCDateTime(), nullable=True))
    with op.batch_alter_table('h_contact', schema=None) as batch_op:
        batch_op.add_column(sa.Column('case_id', sa.String(length=36), nullable=True))
    op.create_table('h_appointment',
    sa.Column('customer_id', sa.String(length=36), nullable=True),
    sa.Column('agent_id', sa.String(length=36), nullable=True),
    sa.Column('starts', UTCDateTime(), nullable=True),
    sa.Column('ends', UTCDateTime(), nullable=True),
    sa.Column('purpose', sa.String(length=200), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=True),
    sa.Column('arrived_at', UTCDateTime(), nullable=True),
    sa.Column('seen_at', UTCDateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=True),
    sa.Column('site', sa.String(length=36), nullable=True),
    sa.Column('clocks', sa.JSON(), nullable=True),
    sa.Column('txn', sa.BigInteger(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_h_appointment'))
    )
    with op.batch_alter_table('h_appointment', schema=None) as batch_op:
        batch_op.create_index('ix_h_appointment_txn', ['txn', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('h_appointment', schema=None) as batch_op:
        batch_op.drop_index('ix_h_appointment_txn')
    op.drop_table('h_appointment')
    with op.batch_alter_table('h_contact', schema=None) as batch_op:
        batch_op.drop_column('case_id')
    with op.batch_alter_table('h_follow_up', schema=None) as batch_op:
        batch_op.drop_column('due_until')
