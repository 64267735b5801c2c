"""Libraries as older versions left them, made from a new one by taking away what later versions added."""

from __future__ import annotations

import sqlite3


def stamp(conn: sqlite3.Connection, version: int) -> None:
    """Mark the library as schema `version`, in Alembic's table and the file's user version, as that version left
    it (once what later versions added is taken away)."""
    conn.execute("UPDATE alembic_version SET version_num = ?", (f"{version:04d}",))
    conn.execute(f"PRAGMA user_version = {version}")


def without_role_index(conn: sqlite3.Connection) -> None:
    """Take away what version 13 added: the index of the lines whose role an editor set."""
    conn.execute("DROP INDEX line_role_edited")


def without_page_list(conn: sqlite3.Connection) -> None:
    """Take away what versions 12 and 13 added: the page list's index and the index of edited roles."""
    without_role_index(conn)
    conn.execute("DROP INDEX page_list")


def without_pieces(conn: sqlite3.Connection) -> None:
    """Take away what versions 11 to 13 added: the pieces' columns and their full-text triggers, and the page
    list's and edited roles' indexes."""
    without_page_list(conn)
    for trigger in ("line_search_piece_insert", "line_search_piece_delete"):
        conn.execute(f"DROP TRIGGER {trigger}")
    for column in ("piece_line", "piece_start", "piece_added", "piece_seq"):
        conn.execute(f"ALTER TABLE line DROP COLUMN {column}")
