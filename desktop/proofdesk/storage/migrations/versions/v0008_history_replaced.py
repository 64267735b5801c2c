"""Version 8 keeps, with each change in `history`, what it replaced: the lines and items it changed as they
were, so that a page's earlier states can be rebuilt (changes recorded before have none).

Revision ID: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("history", sa.Column("replaced", sa.String, nullable=True))
