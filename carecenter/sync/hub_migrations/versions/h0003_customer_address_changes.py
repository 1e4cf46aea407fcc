"""customer address and record changes on the hub

Revision ID: h0003
Revises: h0002
Create Date: 2026-12-06

h_customer gains the postal address and the main phone and e-mail (issue 15); the new
h_customer_change mirrors customer_change, the per-field audit trail of customer records.
As every hub table: each column nullable, no foreign keys, txn and seq for the pull.
(``migrate.reconcile`` would add them too; written here so that a DBA sees the change.)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from carecenter.db.base import UTCDateTime

revision = 'h0003'
down_revision = 'h0002'
branch_labels = None
depends_on = None

_CUSTOMER = (
    ('street', 120), ('house_number', 20), ('postcode', 16), ('town', 80),
    ('province', 40), ('country', 2), ('primary_phone', 20), ('primary_email', 254),
)


def upgrade() -> None:
    with op.batch_alter_table('h_customer', schema=None) as batch_op:
        for name, length in _CUSTOMER:
            batch_op.add_column(sa.Column(name, sa.String(length=length), nullable=True))
    op.create_table('h_customer_change',
    sa.Column('customer_id', sa.String(length=36), nullable=True),
    sa.Column('field', sa.String(length=40), nullable=True),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('at', UTCDateTime(), nullable=True),
    sa.Column('agent_id', sa.String(length=36), nullable=True),
    sa.Column('desk', sa.String(length=120), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=True),
    sa.Column('site', sa.String(length=36), nullable=True),
    sa.Column('clocks', sa.JSON(), nullable=True),
    sa.Column('txn', sa.BigInteger(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_h_customer_change'))
    )
    with op.batch_alter_table('h_customer_change', schema=None) as batch_op:
        batch_op.create_index('ix_h_customer_change_txn', ['txn', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('h_customer_change', schema=None) as batch_op:
        batch_op.drop_index('ix_h_customer_change_txn')
    op.drop_table('h_customer_change')
    with op.batch_alter_table('h_customer', schema=None) as batch_op:
        for name, _length in reversed(_CUSTOMER):
            batch_op.drop_column(name)
