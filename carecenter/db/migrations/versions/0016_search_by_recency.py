"""search documents by recency

The search index keeps each customer's document at a rowid that grows with the customer's
last contact (its Unix second << 4, or the next free slot up; never-contacted customers get
small numbers below 2**28), so a search reads the newest matches first from FTS5 (which walks
rowids down) instead of ranking every match by a look-up in the contact table. Existing
documents are renumbered (the index is rebuilt in the new order); from then on the unit
of work moves a customer's document up when it writes a newer contact (the console, an
import, a sync).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from carecenter.db.search_order import NEVER_TOP, first_slot

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

_FTS = ("CREATE VIRTUAL TABLE customer_fts USING fts5("
        "names, keys, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')")

def upgrade() -> None:
    conn = op.get_bind()
    docs = conn.execute(sa.text(
        "SELECT (SELECT CAST(strftime('%s', max(at)) AS INTEGER) FROM contact "
        "WHERE customer_id = d.customer_id), d.rowid FROM search_doc d")).all()
    taken: set[int] = set()
    never = 0
    moves: list[dict[str, int]] = []
    for second, old in docs:
        if second is None or second <= 0:
            never += 1
            new = never
        else:
            new = first_slot(second)
            while new in taken:
                new += 1
        taken.add(new)
        moves.append({"o": old, "n": new})
    assert never < NEVER_TOP
    op.execute("CREATE TEMP TABLE search_renumber (old INTEGER PRIMARY KEY, new INTEGER NOT NULL)")
    if moves:
        conn.execute(sa.text("INSERT INTO search_renumber (old, new) VALUES (:o, :n)"), moves)
    op.execute("CREATE TEMP TABLE search_text AS SELECT m.new AS r, f.names, f.keys "
               "FROM customer_fts f JOIN search_renumber m ON m.old = f.rowid")
    op.execute("CREATE TEMP TABLE search_owner AS SELECT m.new AS r, d.customer_id "
               "FROM search_doc d JOIN search_renumber m ON m.old = d.rowid")
    op.execute("DROP TABLE customer_fts")
    op.execute(_FTS)
    op.execute("DELETE FROM search_doc")
    op.execute("INSERT INTO search_doc (rowid, customer_id) "
               "SELECT r, customer_id FROM search_owner ORDER BY r")
    op.execute("INSERT INTO customer_fts (rowid, names, keys) "
               "SELECT r, names, keys FROM search_text ORDER BY r")
    for table in ("search_renumber", "search_text", "search_owner"):
        op.execute(f"DROP TABLE {table}")


def downgrade() -> None:
    pass  # the older search reads any rowid order
