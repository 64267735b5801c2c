"""Version 5 keeps a full-text index of every line's raw and corrected text (`storage.fulltext`), built here
for the pages already in the library.

Revision ID: 0005
"""

from __future__ import annotations

from alembic import op

from proofdesk.storage import fulltext

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    fulltext.create(conn, pieces=False)
    fulltext.build(conn)
