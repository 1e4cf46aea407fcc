"""search moves noted during an import

search_move: the customers whose search documents are to move up to a newer contact,
noted while a bulk import runs (one move a customer at its end instead of one each batch)
and made when it ends, or by the next commit if it was killed. Local, never replicated.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "search_move",
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_search_move")),
    )


def downgrade() -> None:
    op.drop_table("search_move")
