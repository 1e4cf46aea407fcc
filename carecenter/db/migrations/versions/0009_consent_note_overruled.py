"""consent note and overruled mark

consent_event.note: what the agent wrote when recording a grant or a withdrawal (issue 15
part 2); consent_event.overruled: the hub's mark on a grant made on a desk that had not
seen a withdrawal of the same channel and purpose (sync.consent_rule). Existing events keep
null there, read as not overruled.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('consent_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('note', sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column('overruled', sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('consent_event', schema=None) as batch_op:
        batch_op.drop_column('overruled')
        batch_op.drop_column('note')
