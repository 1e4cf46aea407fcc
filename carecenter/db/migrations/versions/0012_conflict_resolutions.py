"""conflict resolutions

conflict_resolution: how a person settled a conflict the hub recorded in sync_conflict
(which value stays: "kept" or "lost"; for a delete that met an edit, keep the customer or
delete it again), by whom and when. Append-only and synced, so a conflict settled on one
desk is settled on every desk; sync_conflict itself stays append-only.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from carecenter.db.base import UTCDateTime

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('conflict_resolution',
    sa.Column('conflict_id', sa.String(length=36), nullable=False),
    sa.Column('chosen', sa.String(length=10), nullable=False),
    sa.Column('by_id', sa.String(length=36), nullable=True),
    sa.Column('at', UTCDateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('site', sa.String(length=36), nullable=False),
    sa.Column('clocks', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['conflict_id'], ['sync_conflict.id'],
                            name=op.f('fk_conflict_resolution_conflict_id_sync_conflict')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflict_resolution'))
    )
    with op.batch_alter_table('conflict_resolution', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflict_resolution_conflict_id'),
                              ['conflict_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('conflict_resolution', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflict_resolution_conflict_id'))
    op.drop_table('conflict_resolution')
