"""ops the hub refused, set aside

set_aside: an outbox op the hub refused (issue 13), with the code, values and sentence of
the refusal. It never blocks the outbox; the agent fixes and sends it again, or discards
it with a reason (kept here: discarded_at, discard_reason, discarded_by).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from carecenter.db.base import UTCDateTime

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('set_aside',
    sa.Column('op_id', sa.String(length=36), nullable=False),
    sa.Column('table', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('code', sa.String(length=24), nullable=False),
    sa.Column('values', sa.JSON(), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('set_aside_at', UTCDateTime(), nullable=False),
    sa.Column('discarded_at', UTCDateTime(), nullable=True),
    sa.Column('discard_reason', sa.Text(), nullable=True),
    sa.Column('discarded_by', sa.String(length=200), nullable=True),
    sa.PrimaryKeyConstraint('op_id', name=op.f('pk_set_aside'))
    )


def downgrade() -> None:
    op.drop_table('set_aside')
