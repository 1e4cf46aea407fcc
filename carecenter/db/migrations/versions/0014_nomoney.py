"""remedies that cost nothing, and the service charter

remedy gains its unit ("money", or "days", "hours", "count", "yes_no" for a remedy that
costs nothing) and the quantity usually granted; authority_policy gains the limits of
those remedies per role (JSON by remedy code); decision gains the quantity granted.
charter_text holds the published service charter per language (like playbook_text);
charter_citation (append-only) a clause cited on a case or a decision.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from carecenter.db.base import UTCDateTime

revision = '0014'
down_revision = '0013'
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
    with op.batch_alter_table('remedy', schema=None) as batch_op:
        batch_op.add_column(sa.Column('unit', sa.String(length=10), nullable=False,
                                      server_default='money'))
        batch_op.add_column(sa.Column('default_quantity', sa.Integer(), nullable=True))
    with op.batch_alter_table('authority_policy', schema=None) as batch_op:
        batch_op.add_column(sa.Column('remedy_limits', sa.JSON(), nullable=True))
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.add_column(sa.Column('quantity', sa.Integer(), nullable=True))

    op.create_table('charter_text',
    sa.Column('lang', sa.String(length=2), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('published_by', sa.String(length=200), nullable=False),
    sa.Column('published_at', UTCDateTime(), nullable=False),
    *_sync_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_charter_text'))
    )
    with op.batch_alter_table('charter_text', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_charter_text_lang'), ['lang'], unique=False)

    op.create_table('charter_citation',
    sa.Column('customer_id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('decision_id', sa.String(length=36), nullable=True),
    sa.Column('clause', sa.String(length=20), nullable=False),
    sa.Column('agent_id', sa.String(length=36), nullable=True),
    sa.Column('at', UTCDateTime(), nullable=False),
    *_sync_columns(),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'],
                            name=op.f('fk_charter_citation_customer_id_customer')),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'],
                            name=op.f('fk_charter_citation_case_id_case')),
    sa.ForeignKeyConstraint(['decision_id'], ['decision.id'],
                            name=op.f('fk_charter_citation_decision_id_decision')),
    sa.ForeignKeyConstraint(['agent_id'], ['agent.id'],
                            name=op.f('fk_charter_citation_agent_id_agent')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_charter_citation'))
    )
    with op.batch_alter_table('charter_citation', schema=None) as batch_op:
        for col in ('customer_id', 'case_id', 'decision_id'):
            batch_op.create_index(batch_op.f(f'ix_charter_citation_{col}'), [col], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('charter_citation', schema=None) as batch_op:
        for col in ('decision_id', 'case_id', 'customer_id'):
            batch_op.drop_index(batch_op.f(f'ix_charter_citation_{col}'))
    op.drop_table('charter_citation')
    with op.batch_alter_table('charter_text', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_charter_text_lang'))
    op.drop_table('charter_text')
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.drop_column('quantity')
    with op.batch_alter_table('authority_policy', schema=None) as batch_op:
        batch_op.drop_column('remedy_limits')
    with op.batch_alter_table('remedy', schema=None) as batch_op:
        batch_op.drop_column('default_quantity')
        batch_op.drop_column('unit')
