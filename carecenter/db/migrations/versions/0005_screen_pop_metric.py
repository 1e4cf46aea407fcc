"""screen pop metric

screen_pop: one row per screen pop on this workstation (when, how it ended, how many
customers matched, milliseconds from the call reaching the console to the view painted).
Local to the store, never replicated: the supervisor view reads its percentiles.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from carecenter.db.base import UTCDateTime

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('screen_pop',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', UTCDateTime(), nullable=False),
    sa.Column('outcome', sa.String(length=10), nullable=False),
    sa.Column('matches', sa.Integer(), nullable=False),
    sa.Column('ms', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_screen_pop'))
    )
    with op.batch_alter_table('screen_pop', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_screen_pop_at'), ['at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('screen_pop', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_screen_pop_at'))
    op.drop_table('screen_pop')
