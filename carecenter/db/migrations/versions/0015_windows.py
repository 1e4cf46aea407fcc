"""promise windows, appointments, contacts about a case

follow_up.due_until: the end of a promised time window (``due`` is its start), None for a
due time alone. contact.case_id: the case a contact was about (a message telling the
customer how the case goes), added without a table rebuild (SQLite's ADD COLUMN; the
model names the case for the hub's reference check). appointment: counter appointments
(customer, agent, starts, ends, purpose, status expected/arrived/seen/no_show), synced
and mutable (issue 19, parts 3 and 4).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from carecenter.db.base import UTCDateTime

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('follow_up', sa.Column('due_until', UTCDateTime(), nullable=True))
    op.add_column('contact', sa.Column('case_id', sa.String(length=36), nullable=True))
    op.create_index('ix_contact_case_id', 'contact', ['case_id'], unique=False,
                    sqlite_where=sa.text('case_id IS NOT NULL'))
    op.create_table('appointment',
    sa.Column('customer_id', sa.String(length=36), nullable=False),
    sa.Column('agent_id', sa.String(length=36), nullable=True),
    sa.Column('starts', UTCDateTime(), nullable=False),
    sa.Column('ends', UTCDateTime(), nullable=False),
    sa.Column('purpose', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('arrived_at', UTCDateTime(), nullable=True),
    sa.Column('seen_at', UTCDateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('site', sa.String(length=36), nullable=False),
    sa.Column('clocks', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['agent_id'], ['agent.id'],
                            name=op.f('fk_appointment_agent_id_agent')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'],
                            name=op.f('fk_appointment_customer_id_customer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointment'))
    )
    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appointment_customer_id'), ['customer_id'],
                              unique=False)
        batch_op.create_index('ix_appointment_starts', ['starts'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.drop_index('ix_appointment_starts')
        batch_op.drop_index(batch_op.f('ix_appointment_customer_id'))
    op.drop_table('appointment')
    op.drop_index('ix_contact_case_id', table_name='contact')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_column('case_id')
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.drop_column('due_until')
