"""Version 3 pins items an editor split, merged, typed or tagged as a whole, instead of marking each of their
lines as edited (which made the count of edited lines jump when an item was tagged).

Revision ID: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("item", sa.Column("pinned", sa.Boolean, nullable=False, server_default=sa.false()))
    # Items that have any line an editor placed were pinned through their lines until now.
    op.execute(
        "UPDATE item SET pinned = true WHERE kind_edited OR tags != '[]' OR EXISTS (SELECT 1 FROM line l"
        " WHERE l.page_id = item.page_id AND l.item = item.key AND (l.edited & 1) != 0)"
    )
