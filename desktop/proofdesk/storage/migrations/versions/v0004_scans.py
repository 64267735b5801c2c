"""Version 4 keeps the geometry of pages imported from OCR files (hOCR, ALTO, PAGE, PaddleOCR) and the page
images attached to pages. Pages of earlier versions have neither.

Revision ID: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _page_id() -> sa.Column[int]:
    return sa.Column("page_id", sa.Integer, sa.ForeignKey("page.id", ondelete="CASCADE"), primary_key=True)


def upgrade() -> None:
    op.create_table(
        "page_scan",
        _page_id(),
        sa.Column("format", sa.String),
        sa.Column("width", sa.Integer),
        sa.Column("height", sa.Integer),
        sa.Column("image", sa.String),
        sa.Column("image_hash", sa.String),
        sa.Column("image_width", sa.Integer),
        sa.Column("image_height", sa.Integer),
    )
    op.create_table(
        "line_box",
        _page_id(),
        sa.Column("line", sa.Integer, primary_key=True),
        sa.Column("x", sa.Integer, nullable=False),
        sa.Column("y", sa.Integer, nullable=False),
        sa.Column("width", sa.Integer, nullable=False),
        sa.Column("height", sa.Integer, nullable=False),
        sa.Column("type_height", sa.Float),
        sa.Column("ocr_confidence", sa.Float),
    )
