"""identity: agents' sign-in and their devices

Revision ID: h0002
Revises: h0001
Create Date: 2026-12-06

hub_account: an agent who may sign in (argon2id hash of the password, disabled flag);
hub_device: a workstation an agent signed in from (SHA-256 of its token, the store's site
id, revoked_at). Neither ever leaves the hub. And an index of h_decision by (agent_id, at)
for the per-agent-per-day cap check.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from carecenter.db.base import UTCDateTime

revision = 'h0002'
down_revision = 'h0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('hub_account',
    sa.Column('agent_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('password_hash', sa.Text(), nullable=False),
    sa.Column('disabled', sa.Boolean(), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('changed_at', UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('agent_id', name=op.f('pk_hub_account')),
    sa.UniqueConstraint('name', name=op.f('uq_hub_account_name'))
    )
    op.create_table('hub_device',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('agent_id', sa.String(length=36), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('site', sa.String(length=36), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('last_seen', UTCDateTime(), nullable=True),
    sa.Column('revoked_at', UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hub_device')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_hub_device_token_hash'))
    )
    with op.batch_alter_table('hub_device', schema=None) as batch_op:
        batch_op.create_index('ix_hub_device_agent_id', ['agent_id'], unique=False)
    # the cap check reads an agent's decisions of a local day (per agent per day)
    with op.batch_alter_table('h_decision', schema=None) as batch_op:
        batch_op.create_index('ix_h_decision_agent_id_at', ['agent_id', 'at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('h_decision', schema=None) as batch_op:
        batch_op.drop_index('ix_h_decision_agent_id_at')
    op.drop_table('hub_device')
    op.drop_table('hub_account')
