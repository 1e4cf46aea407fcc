"""the watermark each op was written at; consent note and overruled mark

hub_op.seen: the hub watermark the workstation had pulled when it wrote the op (every hub
transaction below it was known to the writer). The consent rule (sync.consent_rule) reads
it to tell a grant that saw a withdrawal from one that did not. Ops taken before this
migration have none (read as 0: they saw nothing, so a withdrawal wins over them).
h_consent_event.note and .overruled mirror the store's new columns (store migration 0009).
Indexes: hub_op by row_id and h_consent_event by customer_id, for the consent rule.

Revision ID: h0004
Revises: h0003
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'h0004'
down_revision = 'h0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('hub_op', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seen', sa.BigInteger(), nullable=True))
        batch_op.create_index('ix_hub_op_row_id', ['row_id'], unique=False)
    with op.batch_alter_table('h_consent_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('note', sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column('overruled', sa.Boolean(), nullable=True))
        batch_op.create_index('ix_h_consent_event_customer_id', ['customer_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('h_consent_event', schema=None) as batch_op:
        batch_op.drop_index('ix_h_consent_event_customer_id')
        batch_op.drop_column('overruled')
        batch_op.drop_column('note')
    with op.batch_alter_table('hub_op', schema=None) as batch_op:
        batch_op.drop_index('ix_hub_op_row_id')
        batch_op.drop_column('seen')
