"""remedy catalogue, authority policy and approval answers

remedy and authority_policy: the catalogue and the policy per role, synced as data (ids
derived from the remedy code and the role, so every workstation names a row alike);
empty until an administrator imports them, the shipped resources/*.toml apply meanwhile.
decision_answer: a supervisor's answer (approved or not, by whom, when, why) to an
approval request; the decision's authority state moves forward with it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from carecenter.db.base import UTCDateTime

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def _sync_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('hlc', sa.BigInteger(), nullable=False),
        sa.Column('site', sa.String(length=36), nullable=False),
        sa.Column('clocks', sa.JSON(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table('remedy',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('default_amount_cents', sa.Integer(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('follow_up_days', sa.Integer(), nullable=False),
    sa.Column('labels', sa.JSON(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    *_sync_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_remedy'))
    )
    with op.batch_alter_table('remedy', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_remedy_code'), ['code'], unique=False)

    op.create_table('authority_policy',
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('day_time_zone', sa.String(length=64), nullable=False),
    sa.Column('max_per_decision_cents', sa.Integer(), nullable=False),
    sa.Column('max_per_customer_30_days_cents', sa.Integer(), nullable=False),
    sa.Column('max_per_agent_day_cents', sa.Integer(), nullable=False),
    sa.Column('may_override_with_reason', sa.Boolean(), nullable=False),
    *_sync_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_authority_policy'))
    )
    with op.batch_alter_table('authority_policy', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_authority_policy_role'), ['role'], unique=False)

    op.create_table('decision_answer',
    sa.Column('decision_id', sa.String(length=36), nullable=False),
    sa.Column('by_id', sa.String(length=36), nullable=True),
    sa.Column('approved', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('at', UTCDateTime(), nullable=False),
    *_sync_columns(),
    sa.ForeignKeyConstraint(['by_id'], ['agent.id'], name=op.f('fk_decision_answer_by_id_agent')),
    sa.ForeignKeyConstraint(['decision_id'], ['decision.id'], name=op.f('fk_decision_answer_decision_id_decision')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision_answer'))
    )
    with op.batch_alter_table('decision_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decision_answer_decision_id'), ['decision_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('decision_answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decision_answer_decision_id'))
    op.drop_table('decision_answer')
    with op.batch_alter_table('authority_policy', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_authority_policy_role'))
    op.drop_table('authority_policy')
    with op.batch_alter_table('remedy', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_remedy_code'))
    op.drop_table('remedy')
