"""Version 11 lets an editor cut a raw line into segments and add lines the OCR lost (`domain.model.Piece`):
where such a line stands is kept in four columns of its row (NULL and zeros for a whole raw line), and the
full-text index gives it a row of its own.

Revision ID: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from proofdesk.storage import fulltext

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("line", sa.Column("piece_line", sa.Integer, nullable=True))
    op.add_column("line", sa.Column("piece_start", sa.Integer, nullable=False, server_default="0"))
    op.add_column("line", sa.Column("piece_added", sa.Boolean, nullable=False, server_default=sa.false()))
    op.add_column("line", sa.Column("piece_seq", sa.Integer, nullable=False, server_default="0"))
    fulltext.create_piece_triggers(op.get_bind())
