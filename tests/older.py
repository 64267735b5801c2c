"""Libraries as older versions left them, made from a new one by taking away what later versions added."""

from __future__ import annotations

import sqlite3


def without_pieces(conn: sqlite3.Connection) -> None:
    """Take away what version 11 added: the pieces' columns and their full-text triggers."""
    for trigger in ("line_search_piece_insert", "line_search_piece_delete"):
        conn.execute(f"DROP TRIGGER {trigger}")
    for column in ("piece_line", "piece_start", "piece_added", "piece_seq"):
        conn.execute(f"ALTER TABLE line DROP COLUMN {column}")
