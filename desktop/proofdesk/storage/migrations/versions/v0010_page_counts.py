"""Version 10 keeps the page list's counts with each page (items, lines, doubts, lines edited), raised with
each write of its layer, so that listing the pages reads no line; counted here for the pages already there.

Revision ID: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from proofdesk.domain.model import DOUBT_THRESHOLD

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for column in ("items", "lines", "doubts", "edited"):
        op.add_column("page", sa.Column(column, sa.Integer, nullable=False, server_default="0"))
    op.get_bind().execute(
        sa.text(
            "UPDATE page SET"
            " items = (SELECT count(*) FROM item i WHERE i.page_id = page.id),"
            " lines = (SELECT count(*) FROM line l WHERE l.page_id = page.id),"
            " doubts = (SELECT count(*) FROM line l WHERE l.page_id = page.id AND l.confidence < :doubt"
            " AND l.edited = 0),"
            " edited = (SELECT count(*) FROM line l WHERE l.page_id = page.id AND l.edited != 0)"
        ),
        {"doubt": DOUBT_THRESHOLD},
    )
