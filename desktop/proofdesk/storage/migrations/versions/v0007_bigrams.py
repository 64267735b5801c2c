"""Version 7 keeps the library's word statistics (`storage.wordstats`), counted here over the pages already
in the library.

Revision ID: 0007
"""

from __future__ import annotations

from collections import Counter

import sqlalchemy as sa
from alembic import op

from proofdesk.parsing.frequencies import page_bigrams
from proofdesk.storage import wordstats

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bigram",
        sa.Column("code", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=False),
        sa.Column("pages", sa.Integer, nullable=False),
    )
    conn = op.get_bind()
    counted: Counter[int] = Counter()
    for (raw,) in conn.execute(sa.text("SELECT raw FROM page")):
        counted.update(map(wordstats.code, page_bigrams(raw.split("\n"))))
    if counted:
        rows = [{"code": c, "pages": n} for c, n in sorted(counted.items())]
        op.bulk_insert(sa.table("bigram", sa.column("code"), sa.column("pages")), rows)
