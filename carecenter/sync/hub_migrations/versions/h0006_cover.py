"""cover and share-out, skills grown: case owner, hand-overs, training, reads, celebrations

h_case.owner_id and h_case.handed_at: the hub's copy of who works a case after a
hand-over; h_hand_over: the hub's copy of the synced hand_over table (the audit of work
handed to a colleague or the team queue), like every materialised table: the domain
columns, the field clocks and the txn the pull follows. Issue 19, part 6:
h_review_note.playbook_ref, h_training_request, h_playbook_read and h_celebration.

Revision ID: h0006
Revises: h0005
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from carecenter.db.base import UTCDateTime

revision = 'h0006'
down_revision = 'h0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('h_case', schema=None) as batch_op:
        batch_op.add_column(sa.Column('owner_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('handed_at', UTCDateTime(), nullable=True))
    op.create_table('h_hand_over',
    sa.Column('follow_up_id', sa.String(length=36), nullable=True),
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('from_id', sa.String(length=36), nullable=True),
    sa.Column('to_id', sa.String(length=36), nullable=True),
    sa.Column('by_id', sa.String(length=36), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('at', UTCDateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=True),
    sa.Column('site', sa.String(length=36), nullable=True),
    sa.Column('clocks', sa.JSON(), nullable=True),
    sa.Column('txn', sa.BigInteger(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('wire', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_h_hand_over'))
    )
    with op.batch_alter_table('h_hand_over', schema=None) as batch_op:
        batch_op.create_index('ix_h_hand_over_txn', ['txn', 'id'], unique=False)
    _skills()


def _hub_columns() -> list[sa.Column[object]]:
    return [sa.Column('id', sa.String(length=36), nullable=False),
            sa.Column('hlc', sa.BigInteger(), nullable=True),
            sa.Column('site', sa.String(length=36), nullable=True),
            sa.Column('clocks', sa.JSON(), nullable=True),
            sa.Column('txn', sa.BigInteger(), nullable=False),
            sa.Column('seq', sa.BigInteger(), nullable=False),
            sa.Column('wire', sa.Text(), nullable=True)]


def _skills() -> None:
    with op.batch_alter_table('h_review_note', schema=None) as batch_op:
        batch_op.add_column(sa.Column('playbook_ref', sa.String(length=200), nullable=True))
    tables = {
        'h_training_request': [
            sa.Column('agent_id', sa.String(length=36), nullable=True),
            sa.Column('customer_id', sa.String(length=36), nullable=True),
            sa.Column('case_id', sa.String(length=36), nullable=True),
            sa.Column('decision_id', sa.String(length=36), nullable=True),
            sa.Column('text', sa.Text(), nullable=True),
            sa.Column('at', UTCDateTime(), nullable=True)],
        'h_playbook_read': [
            sa.Column('agent_id', sa.String(length=36), nullable=True),
            sa.Column('note_id', sa.String(length=36), nullable=True),
            sa.Column('playbook_ref', sa.String(length=200), nullable=True),
            sa.Column('at', UTCDateTime(), nullable=True)],
        'h_celebration': [
            sa.Column('note_id', sa.String(length=36), nullable=True),
            sa.Column('by_id', sa.String(length=36), nullable=True),
            sa.Column('at', UTCDateTime(), nullable=True)],
    }
    for name, cols in tables.items():
        op.create_table(name, *cols, *_hub_columns(),
                        sa.PrimaryKeyConstraint('id', name=op.f(f'pk_{name}')))
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.create_index(f'ix_{name}_txn', ['txn', 'id'], unique=False)


def downgrade() -> None:
    for name in ('h_celebration', 'h_playbook_read', 'h_training_request'):
        op.drop_table(name)
    with op.batch_alter_table('h_review_note', schema=None) as batch_op:
        batch_op.drop_column('playbook_ref')
    with op.batch_alter_table('h_hand_over', schema=None) as batch_op:
        batch_op.drop_index('ix_h_hand_over_txn')
    op.drop_table('h_hand_over')
    with op.batch_alter_table('h_case', schema=None) as batch_op:
        batch_op.drop_column('handed_at')
        batch_op.drop_column('owner_id')
