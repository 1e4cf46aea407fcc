"""cover and share-out, skills grown: case owner, hand-overs, training, reads, celebrations

case.owner_id and case.handed_at: who works a case once it was handed over (before the
first hand-over, the agent who opened it). hand_over: the synced, append-only audit of
every follow-up or case handed to a colleague or back to the team queue, with its note.
hand_over_seen: this desk's own record of the hand-overs its agent has looked at (never
synced), so what was handed over shows as new in "Mine" until then.

Issue 19, part 6: review_note.playbook_ref (the playbook section a lesson is about);
training_request (an agent asks for training about a case or a decision), playbook_read
(a section opened from a lesson) and celebration (a praise shared with the team), all
synced and append-only.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from carecenter.db.base import UTCDateTime

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Added in place (ALTER TABLE ... ADD COLUMN ... REFERENCES): a batch copy of "case"
    # would drop the table that steps, follow-ups and decisions of a store in use point to,
    # which SQLite refuses with its foreign keys on.
    op.execute('ALTER TABLE "case" ADD COLUMN owner_id VARCHAR(36) '
               'CONSTRAINT fk_case_owner_id_agent REFERENCES agent (id)')
    op.add_column('case', sa.Column('handed_at', UTCDateTime(), nullable=True))
    op.create_table('hand_over',
    sa.Column('follow_up_id', sa.String(length=36), nullable=True),
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('from_id', sa.String(length=36), nullable=True),
    sa.Column('to_id', sa.String(length=36), nullable=True),
    sa.Column('by_id', sa.String(length=36), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('at', UTCDateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('site', sa.String(length=36), nullable=False),
    sa.Column('clocks', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['follow_up_id'], ['follow_up.id'],
                            name=op.f('fk_hand_over_follow_up_id_follow_up')),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], name=op.f('fk_hand_over_case_id_case')),
    sa.ForeignKeyConstraint(['from_id'], ['agent.id'], name=op.f('fk_hand_over_from_id_agent')),
    sa.ForeignKeyConstraint(['to_id'], ['agent.id'], name=op.f('fk_hand_over_to_id_agent')),
    sa.ForeignKeyConstraint(['by_id'], ['agent.id'], name=op.f('fk_hand_over_by_id_agent')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hand_over'))
    )
    with op.batch_alter_table('hand_over', schema=None) as batch_op:
        for col in ('follow_up_id', 'case_id', 'to_id'):
            batch_op.create_index(batch_op.f(f'ix_hand_over_{col}'), [col], unique=False)
    op.create_table('hand_over_seen',
    sa.Column('hand_over_id', sa.String(length=36), nullable=False),
    sa.Column('seen_at', UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('hand_over_id', name=op.f('pk_hand_over_seen'))
    )


    _skills()


def _sync_columns() -> list[sa.Column[object]]:
    return [sa.Column('id', sa.String(length=36), nullable=False),
            sa.Column('hlc', sa.BigInteger(), nullable=False),
            sa.Column('site', sa.String(length=36), nullable=False),
            sa.Column('clocks', sa.JSON(), nullable=False)]


def _skills() -> None:
    with op.batch_alter_table('review_note', schema=None) as batch_op:
        batch_op.add_column(sa.Column('playbook_ref', sa.String(length=200), nullable=True))
    op.create_table('training_request',
    sa.Column('agent_id', sa.String(length=36), nullable=True),
    sa.Column('customer_id', sa.String(length=36), nullable=True),
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('decision_id', sa.String(length=36), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('at', UTCDateTime(), nullable=False),
    *_sync_columns(),
    sa.ForeignKeyConstraint(['agent_id'], ['agent.id'],
                            name=op.f('fk_training_request_agent_id_agent')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'],
                            name=op.f('fk_training_request_customer_id_customer')),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'],
                            name=op.f('fk_training_request_case_id_case')),
    sa.ForeignKeyConstraint(['decision_id'], ['decision.id'],
                            name=op.f('fk_training_request_decision_id_decision')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_request'))
    )
    op.create_table('playbook_read',
    sa.Column('agent_id', sa.String(length=36), nullable=True),
    sa.Column('note_id', sa.String(length=36), nullable=False),
    sa.Column('playbook_ref', sa.String(length=200), nullable=False),
    sa.Column('at', UTCDateTime(), nullable=False),
    *_sync_columns(),
    sa.ForeignKeyConstraint(['agent_id'], ['agent.id'],
                            name=op.f('fk_playbook_read_agent_id_agent')),
    sa.ForeignKeyConstraint(['note_id'], ['review_note.id'],
                            name=op.f('fk_playbook_read_note_id_review_note')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_playbook_read'))
    )
    op.create_table('celebration',
    sa.Column('note_id', sa.String(length=36), nullable=False),
    sa.Column('by_id', sa.String(length=36), nullable=True),
    sa.Column('at', UTCDateTime(), nullable=False),
    *_sync_columns(),
    sa.ForeignKeyConstraint(['note_id'], ['review_note.id'],
                            name=op.f('fk_celebration_note_id_review_note')),
    sa.ForeignKeyConstraint(['by_id'], ['agent.id'], name=op.f('fk_celebration_by_id_agent')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_celebration'))
    )
    for table, col in (('training_request', 'agent_id'), ('playbook_read', 'agent_id'),
                       ('celebration', 'note_id')):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f'ix_{table}_{col}'), [col], unique=False)


def downgrade() -> None:
    for table in ('celebration', 'playbook_read', 'training_request'):
        op.drop_table(table)
    with op.batch_alter_table('review_note', schema=None) as batch_op:
        batch_op.drop_column('playbook_ref')
    op.drop_table('hand_over_seen')
    with op.batch_alter_table('hand_over', schema=None) as batch_op:
        for col in ('to_id', 'case_id', 'follow_up_id'):
            batch_op.drop_index(batch_op.f(f'ix_hand_over_{col}'))
    op.drop_table('hand_over')
    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.drop_column('handed_at')
        batch_op.drop_column('owner_id')
