"""the search reads fewer pages a match

search_doc.last_at: each document notes its customer's last contact (the newest
contact.at; None: never contacted), kept with the document's place by the unit of work
(services/search/index.py), so the search ranks its matches without a look-up in the
contact index for each one. ix_customer_phone_customer_id and ix_customer_email_customer_id
hold the number (the address), the row's id and its deleted flag beside the customer, so the
search lists the numbers and addresses of the customers it shows from the index alone.

Each page a search reads for the first time is read from the file (on an encrypted store,
decrypted and checked): a search of a common name read about half as many
(docs/performance.md). The indexes still serve every look-up by customer they served.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

_COVERED = {"customer_phone": "e164", "customer_email": "email"}


def upgrade() -> None:
    op.add_column("search_doc", sa.Column("last_at", sa.String(length=32), nullable=True))
    op.execute("UPDATE search_doc SET last_at = (SELECT max(at) FROM contact "
               "WHERE contact.customer_id = search_doc.customer_id)")
    for table, value in _COVERED.items():
        op.drop_index(f"ix_{table}_customer_id", table_name=table)
        op.create_index(f"ix_{table}_customer_id", table,
                        ["customer_id", "id", value, "deleted"], unique=False)


def downgrade() -> None:
    for table in _COVERED:
        op.drop_index(f"ix_{table}_customer_id", table_name=table)
        op.create_index(f"ix_{table}_customer_id", table, ["customer_id"], unique=False)
    with op.batch_alter_table("search_doc") as batch_op:
        batch_op.drop_column("last_at")
