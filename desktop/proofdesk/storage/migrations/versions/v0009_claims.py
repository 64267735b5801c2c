"""Version 9 gives every page a version, raised by each write of its layer, keeps editors' claims on the
pages their windows show (`storage.claims`) and, on a server, notices others' changes (`storage.notices`).

Revision ID: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from proofdesk.storage import notices

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("page", sa.Column("version", sa.Integer, nullable=False, server_default="0"))
    op.create_table(
        "claim",
        sa.Column("page_id", sa.Integer, sa.ForeignKey("page.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("editor", sa.String, nullable=False),
        sa.Column("holder", sa.String, nullable=False),
        sa.Column("expires", sa.Float, nullable=False),
    )
    notices.create(op.get_bind())
