"""case steps and close override; follow-up outcome note and done by

case.steps: the checklist steps a case was opened with (copied from its template).
case.close_override: the case was closed with unticked steps (reason in close_reason).
follow_up.outcome_note and done_by_id: what the customer said when the follow-up was done,
and who did it.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.add_column(sa.Column('steps', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('close_override', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))

    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.add_column(sa.Column('outcome_note', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('done_by_id', sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_follow_up_done_by_id_agent'), 'agent',
                                    ['done_by_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_follow_up_done_by_id_agent'), type_='foreignkey')
        batch_op.drop_column('done_by_id')
        batch_op.drop_column('outcome_note')

    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.drop_column('close_override')
        batch_op.drop_column('steps')
