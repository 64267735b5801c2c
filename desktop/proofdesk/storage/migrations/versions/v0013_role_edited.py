"""Version 13 keeps the lines whose role an editor set in an index of their own: the parser learns the paper
from them at every import and re-parse, and finding them read every line of the library (2.5 s at 100,000
pages).

Revision ID: 0013
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

from proofdesk.storage.rows import role_edited

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    condition = text(role_edited())
    op.create_index("line_role_edited", "line", ["page_id", "line"], sqlite_where=condition, postgresql_where=condition)
