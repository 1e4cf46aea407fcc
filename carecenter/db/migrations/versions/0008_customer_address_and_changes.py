"""customer address, primary phone and e-mail, per-field audit trail

customer: the postal address (street, house_number, postcode, town, province, country)
and the primary phone and e-mail, all nullable: customers stored before have none.
customer_change: one row per field an edit changed (who, when, from which desk, old and
new value); append-only and synced like the other rows (issue 15).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from carecenter.db.base import UTCDateTime

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

_ADDRESS = (
    ('street', 120), ('house_number', 20), ('postcode', 16), ('town', 80),
    ('province', 40), ('country', 2), ('primary_phone', 20), ('primary_email', 254),
)


def upgrade() -> None:
    with op.batch_alter_table('customer', schema=None) as batch_op:
        for name, length in _ADDRESS:
            batch_op.add_column(sa.Column(name, sa.String(length=length), nullable=True))
    op.create_table('customer_change',
    sa.Column('customer_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=40), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('at', UTCDateTime(), nullable=False),
    sa.Column('agent_id', sa.String(length=36), nullable=True),
    sa.Column('desk', sa.String(length=120), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('site', sa.String(length=36), nullable=False),
    sa.Column('clocks', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['agent_id'], ['agent.id'],
                            name=op.f('fk_customer_change_agent_id_agent')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'],
                            name=op.f('fk_customer_change_customer_id_customer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_change'))
    )
    with op.batch_alter_table('customer_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customer_change_customer_id'), ['customer_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('customer_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customer_change_customer_id'))
    op.drop_table('customer_change')
    with op.batch_alter_table('customer', schema=None) as batch_op:
        for name, _length in reversed(_ADDRESS):
            batch_op.drop_column(name)
