"""checklist templates and playbooks as synced data

checklist_template: one published template file (name = "default" or a category code,
the TOML text, who published it and when); playbook_text: one published playbook
(category, language, the Markdown). Ids derived from the name (category and language),
the same on every workstation; mutable rows merged field by field. Empty until an
administrator publishes: the shipped resources/checklists and resources/playbooks apply.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from carecenter.db.base import UTCDateTime

revision = '0006'
down_revision = '0005'
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
    op.create_table('checklist_template',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('published_by', sa.String(length=200), nullable=False),
    sa.Column('published_at', UTCDateTime(), nullable=False),
    *_sync_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_template'))
    )
    with op.batch_alter_table('checklist_template', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checklist_template_name'), ['name'], unique=False)

    op.create_table('playbook_text',
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('lang', sa.String(length=2), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('published_by', sa.String(length=200), nullable=False),
    sa.Column('published_at', UTCDateTime(), nullable=False),
    *_sync_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_playbook_text'))
    )
    with op.batch_alter_table('playbook_text', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_playbook_text_category'), ['category'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('playbook_text', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_playbook_text_category'))
    op.drop_table('playbook_text')
    with op.batch_alter_table('checklist_template', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checklist_template_name'))
    op.drop_table('checklist_template')
