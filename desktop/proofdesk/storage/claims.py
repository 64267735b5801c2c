"""Who is correcting which page, and no lost updates when two editors write one page.

A claim is an editor's hold on a page while a window shows it: a lease of `LEASE` seconds on the library's own
clock (the server's, so that editors' machines need not agree), renewed by the window while the page is open,
released when it moves on or closes; a window that dies without releasing leaves a claim that simply expires.
Each connection holds its claims under a token of its own (`holder`), so that two windows of one editor are
told apart too. A write of a page claimed by another live holder is refused.

Every write of a page's layer raises the page's version; a write that names the version it was based on is
refused when the page has moved on since (`check_write`): never silently applied over the other change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, text

from .engine import Problem, StorageError, is_server

LEASE = 180.0
"""Seconds a claim lasts without renewal (a window renews it every `LEASE / 3`)."""


@dataclass(frozen=True, slots=True)
class Claim:
    """A live claim: the editor holding the page, until when (the library's clock), and whether it is this
    connection's own."""

    editor: str
    expires: float
    mine: bool


def clock(conn: Connection) -> float:
    """The library's time in seconds since the epoch: the server's clock, or this machine's for a file."""
    if is_server(conn):
        return float(conn.execute(text("SELECT extract(epoch FROM clock_timestamp())")).scalar_one())
    return float(conn.execute(text("SELECT (julianday('now') - 2440587.5) * 86400.0")).scalar_one())


def take(conn: Connection, page_id: int, editor: str, holder: str) -> Claim:
    """Claim the page for `holder` for `LEASE` seconds, or renew its claim; a live claim of another holder
    stays as it is. Returns the claim that holds after it (`mine` says whose)."""
    now, lease = clock(conn), LEASE
    conn.execute(
        text(
            "INSERT INTO claim (page_id, editor, holder, expires) VALUES (:page, :editor, :holder, :expires)"
            " ON CONFLICT (page_id) DO UPDATE SET editor = excluded.editor, holder = excluded.holder,"
            " expires = excluded.expires WHERE claim.holder = excluded.holder OR claim.expires <= :now"
        ),
        {"page": page_id, "editor": editor, "holder": holder, "expires": now + lease, "now": now},
    )
    row = conn.execute(text("SELECT editor, holder, expires FROM claim WHERE page_id = :page"), {"page": page_id}).one()
    return Claim(row.editor, float(row.expires), row.holder == holder)


def release(conn: Connection, page_ids: Iterable[int] | None, holder: str | None) -> int:
    """Release the claims of `holder` (None: anyone's, an administrator's release) on `page_ids` (None: every
    page). Returns how many claims were released."""
    where = ["holder = :holder"] if holder is not None else []
    if page_ids is None:
        pages: list[int | None] = [None]
    else:
        where.append("page_id = :page")
        pages = list(page_ids)
    query = " AND ".join(["DELETE FROM claim WHERE 1 = 1", *where])
    return sum(conn.execute(text(query), {"holder": holder, "page": p}).rowcount for p in pages)


def live(conn: Connection, holder: str) -> dict[int, Claim]:
    """Every live claim, by page id."""
    rows = conn.execute(
        text("SELECT page_id, editor, holder, expires FROM claim WHERE expires > :now"), {"now": clock(conn)}
    ).all()
    return {r.page_id: Claim(r.editor, float(r.expires), r.holder == holder) for r in rows}


_VERSION = text("SELECT version FROM page WHERE id = :page")
_RAISE = text("UPDATE page SET version = version + 1 WHERE id = :page")
_RAISE_FROM = text("UPDATE page SET version = version + 1 WHERE id = :page AND version = :based_on")
_OTHER_HOLDER = text("SELECT editor FROM claim WHERE page_id = :page AND holder != :holder AND expires > :now")


def version(conn: Connection, page_id: int) -> int:
    return int(conn.execute(_VERSION, {"page": page_id}).scalar_one())


def check_write(conn: Connection, page_id: int, holder: str, based_on: int | None) -> int:
    """Admit a write of the page's layer by `holder`, based on the page's version `based_on` (None: on
    whatever is stored, as an import or a command-line run that read the page in the same transaction):
    raises `StorageError(Problem.CLAIMED)` naming the editor when another holder's live claim is on the
    page, `StorageError(Problem.CONFLICT)` when the page's version is no longer `based_on`. Raises the version
    (the page's row stays locked to the end of the transaction) and returns the new one."""
    raised = (
        conn.execute(_RAISE, {"page": page_id})
        if based_on is None
        else conn.execute(_RAISE_FROM, {"page": page_id, "based_on": based_on})
    )
    if raised.rowcount != 1:
        if conn.execute(text("SELECT 1 FROM page WHERE id = :page"), {"page": page_id}).first() is None:
            raise KeyError(page_id)
        raise StorageError(Problem.CONFLICT, str(page_id))
    other = conn.execute(_OTHER_HOLDER, {"page": page_id, "holder": holder, "now": clock(conn)}).first()
    if other is not None:
        raise StorageError(Problem.CLAIMED, other.editor)
    return version(conn, page_id)
