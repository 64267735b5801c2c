"""Version 2 records which parser made each page's layer and keeps a theme taxonomy.

Revision ID: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("page", sa.Column("parsed_with", sa.Integer, nullable=False, server_default="0"))
    op.create_table(
        "theme",
        sa.Column("name", sa.String, primary_key=True),
        sa.Column("description", sa.String, nullable=False, server_default=""),
        sa.Column("keywords", sa.String, nullable=False, server_default="[]"),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
