"""The page list a window at a time: how many pages a filter lets through, the rows from one position in the
order, where a page stands in it, and the pages by status, each one query that reads the `page_list` index
(never every page into memory), so a 100,000-page library lists as fast as a small one.

The order is the list's: by name, or by status or a count with equal rows in name order either way round.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, text

from ..domain.model import Status
from .engine import cells, is_server
from .rows import PageInfo

SORTS = ("name", "status", "items", "doubts", "edited")
"""The columns the list sorts by."""

# Status in the list's order (new, in review, done), not in the order of the stored words.
_STATUS_RANK = "CASE p.status WHEN 'new' THEN 0 WHEN 'review' THEN 1 ELSE 2 END"
_COLUMNS = "p.id, p.name, p.status, p.items, p.lines, p.doubts, p.edited"


@dataclass(frozen=True)
class PageQuery:
    """Which pages the list shows, in which order."""

    status: Status | None = None
    name: str = ""
    """A part of the page name, in any case ("" for every name)."""
    pages: frozenset[int] | None = None
    """Only these pages (the theme filter's), None for every page."""
    sort: str = "name"
    descending: bool = False


def row_info(r: Any) -> PageInfo:
    """A page list row (`_COLUMNS`, as `Library` reads them too) as the page it lists."""
    return PageInfo(r[0], r[1], Status(r[2]), r[3], r[4], r[5], r[6])


def _key(query: PageQuery) -> str:
    return _STATUS_RANK if query.sort == "status" else f"p.{query.sort}"


def _where(query: PageQuery, params: dict[str, Any]) -> list[str]:
    where = []
    if query.status is not None:
        where.append("p.status = :status")
        params["status"] = query.status.value
    if query.name:
        where.append("lower(p.name) LIKE :name ESCAPE '!'")
        escaped = query.name.lower().replace("!", "!!").replace("%", "!%").replace("_", "!_")
        params["name"] = f"%{escaped}%"
    if query.pages is not None:
        # Integers written into the text: a theme's pages may be more than a statement takes parameters.
        where.append(f"p.id IN ({','.join(str(int(i)) for i in sorted(query.pages))})" if query.pages else "1 = 0")
    return where


def _order(query: PageQuery) -> str:
    if query.sort == "name":
        return "p.name DESC" if query.descending else "p.name"
    return f"{_key(query)} {'DESC' if query.descending else 'ASC'}, p.name"


def _statement(select: str, where: list[str], tail: str = "") -> str:
    return f"SELECT {select} FROM page p" + (" WHERE " + " AND ".join(where) if where else "") + tail


def count(conn: Connection, query: PageQuery) -> int:
    params: dict[str, Any] = {}
    return int(conn.execute(text(_statement("count(*)", _where(query, params))), params).scalar_one())


def window(conn: Connection, query: PageQuery, offset: int, limit: int) -> list[PageInfo]:
    """The rows from `offset` on in the query's order, at most `limit` of them."""
    params: dict[str, Any] = {"offset": offset, "limit": limit}
    tail = f" ORDER BY {_order(query)} LIMIT :limit OFFSET :offset"
    rows = conn.execute(text(_statement(_COLUMNS, _where(query, params), tail)), params).all()
    with cells("page list"):
        return [row_info(r) for r in rows]


def order(conn: Connection, query: PageQuery) -> list[tuple[int, str]]:
    """The ids and names of the pages the query shows, in its order (where every page stands, for one query)."""
    params: dict[str, Any] = {}
    statement = _statement("p.id, p.name", _where(query, params), f" ORDER BY {_order(query)}")
    return [(int(r[0]), str(r[1])) for r in conn.execute(text(statement), params)]


def named(conn: Connection, names: list[str]) -> list[PageInfo]:
    """The rows of the pages with these names, in this order (a name not found left out), read from the
    `page_list` index alone: a page's own row holds its raw text, which SQLite reads through to get at the
    counts stored after it (a block of 200 pages far along a list of 100,000: 7–150 ms, against half a
    millisecond from the index)."""
    if not names:
        return []
    index = "" if is_server(conn) else " INDEXED BY page_list"
    statement = text(f"SELECT {_COLUMNS} FROM page p{index} WHERE p.name IN :names").bindparams(
        bindparam("names", expanding=True)
    )
    with cells("page list"):
        found = {r[1]: row_info(r) for r in conn.execute(statement, {"names": names})}
    return [found[name] for name in names if name in found]


def of(conn: Connection, page_ids: list[int]) -> list[PageInfo]:
    """The rows of these pages, in this order (a page not found left out)."""
    if not page_ids:
        return []
    statement = f"SELECT {_COLUMNS} FROM page p WHERE p.id IN ({','.join(str(int(i)) for i in page_ids)})"
    with cells("page list"):
        found = {r[0]: row_info(r) for r in conn.execute(text(statement))}
    return [found[i] for i in page_ids if i in found]


def position(conn: Connection, query: PageQuery, page_id: int) -> int | None:
    """The row of page `page_id` in the query's order, None when the query leaves it out."""
    params: dict[str, Any] = {"id": page_id}
    where = _where(query, params)
    key = _key(query)
    found = conn.execute(text(_statement(f"{key}, p.name", [*where, "p.id = :id"])), params).first()
    if found is None:
        return None
    params["key"], params["at"] = found[0], found[1]
    if query.sort == "name":
        before = "p.name > :at" if query.descending else "p.name < :at"
    else:
        beyond = ">" if query.descending else "<"
        before = f"({key} {beyond} :key OR ({key} = :key AND p.name < :at))"
    return int(conn.execute(text(_statement("count(*)", [*where, before])), params).scalar_one())


def by_status(conn: Connection) -> dict[Status, int]:
    """How many pages have each status."""
    rows = conn.execute(text("SELECT p.status, count(*) FROM page p GROUP BY p.status")).all()
    counts = dict.fromkeys(Status, 0)
    with cells("page list"):
        for status, n in rows:
            counts[Status(status)] += int(n)
    return counts
