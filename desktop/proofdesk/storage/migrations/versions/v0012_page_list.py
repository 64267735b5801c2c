"""Version 12 lists the pages from an index: their names, statuses and counts in name order, so that listing
100,000 pages reads the index alone (on SQLite the page row holds the raw text before the counts, and reading
them walks its overflow pages: 1.5 s against 0.24 s).

Revision ID: 0012
"""

from __future__ import annotations

from alembic import op

from proofdesk.storage.tables import PAGE_LIST_COLUMNS

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("page_list", "page", list(PAGE_LIST_COLUMNS))
