"""Version 6 records who changed what and when: a row of `history` for every write to a page.

Revision ID: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "history",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("page_id", sa.Integer, sa.ForeignKey("page.id", ondelete="CASCADE"), nullable=False),
        sa.Column("at", sa.String, nullable=False),
        sa.Column("editor", sa.String, nullable=False),
        sa.Column("action", sa.String, nullable=False),
        sa.Column("lines", sa.String, nullable=False),
        sa.Column("items", sa.String, nullable=False),
        sa.Column("status", sa.String, nullable=True),
    )
    op.create_index("ix_history_page_id", "history", ["page_id"])
