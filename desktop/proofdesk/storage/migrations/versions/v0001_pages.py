"""Version 1: raw pages, the layer's lines and items.

Revision ID: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision: str | None = None
branch_labels = None
depends_on = None

# Page names sort by their bytes (code points) on every engine: exports list pages in the same order.
NAME = sa.String().with_variant(sa.String(collation="C"), "postgresql")


def upgrade() -> None:
    op.create_table(
        "page",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", NAME, nullable=False, unique=True),
        sa.Column("content_hash", sa.String, nullable=False, unique=True),
        sa.Column("raw", sa.String, nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("imported_at", sa.String, nullable=False),
    )
    op.create_table(
        "line",
        sa.Column("page_id", sa.Integer, sa.ForeignKey("page.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("line", sa.Integer, primary_key=True),
        sa.Column("item", sa.Integer, nullable=True),
        sa.Column("role", sa.String, nullable=False),
        sa.Column("brk", sa.String, nullable=False),
        sa.Column("correction", sa.String, nullable=True),
        sa.Column("edited", sa.Integer, nullable=False),
        sa.Column("rule", sa.String, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
    )
    op.create_table(
        "item",
        sa.Column("page_id", sa.Integer, sa.ForeignKey("page.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("key", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("kind_edited", sa.Boolean, nullable=False),
        sa.Column("tags", sa.String, nullable=False),
    )
