"""rows a large purge would delete, held for a supervisor

held_row: the row states a pull brought that would delete rows here, held back because
their table's purge is over the limit (20% of its live rows), until a supervisor confirms
the purge of that table in the console (issue 16); the other tables sync on meanwhile.

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from carecenter.db.base import UTCDateTime

revision = '0011'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('held_row',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('table', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('columns', sa.JSON(), nullable=True),
    sa.Column('state', sa.JSON(), nullable=False),
    sa.Column('held_at', UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_held_row'))
    )
    with op.batch_alter_table('held_row', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_held_row_table'), ['table'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('held_row', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_held_row_table'))
    op.drop_table('held_row')
