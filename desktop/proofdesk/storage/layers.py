"""A page's layer in the `line` and `item` tables, inside `Library`'s transactions: read whole, written whole
(an import, a re-parse) or by what changed (an edit)."""

from __future__ import annotations

from sqlalchemy import Connection, delete, insert, select, update
from sqlmodel import SQLModel

from ..domain.model import Change, ItemState, Kind, Layer, LineState, Page, Role, Status
from . import tables  # noqa: F401  (registers the tables)
from .engine import cells, executemany
from .rows import PageInfo, item_row, item_state, line_row, line_state

_PAGE, _LINE, _ITEM = (SQLModel.metadata.tables[t] for t in ("page", "line", "item"))
_COLUMNS = tuple(line_row(0, 0, LineState(None, Role.IGNORED)))
_INSERT_LINE = f"INSERT INTO line ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' for _ in _COLUMNS)})"
_ITEM_COLUMNS = tuple(item_row(0, ItemState(0, Kind.ARTICLE)))
_INSERT_ITEM = f"INSERT INTO item ({', '.join(_ITEM_COLUMNS)}) VALUES ({', '.join('?' for _ in _ITEM_COLUMNS)})"


def read(conn: Connection, page_id: int) -> tuple[Page, Layer]:
    """The raw page and its layer; `KeyError` when there is no such page."""
    page_row = conn.execute(select(_PAGE).where(_PAGE.c.id == page_id)).one_or_none()
    if page_row is None:
        raise KeyError(page_id)
    lines = conn.execute(select(_LINE).where(_LINE.c.page_id == page_id)).all()
    items = conn.execute(select(_ITEM).where(_ITEM.c.page_id == page_id)).all()
    with cells(f"page {page_row.name!r}"):
        page = Page(page_row.name, tuple(page_row.raw.split("\n")))
        layer = Layer(
            {r.line: line_state(r) for r in lines}, {r.key: item_state(r) for r in items}, Status(page_row.status)
        )
        whole = [n for n, s in layer.lines.items() if s.piece is None]
        if whole and (min(whole) < 1 or max(whole) > len(page.lines)):
            raise ValueError("line numbers beyond the raw page")
        if any(n <= len(page.lines) for n, s in layer.lines.items() if s.piece is not None):
            raise ValueError("a segment or added line with the number of a raw line")
        if any(s.item is not None and s.item not in layer.items for s in layer.lines.values()):
            raise ValueError("lines of items that are not stored")
    return page, layer


def write(conn: Connection, page_id: int, layer: Layer) -> None:
    """Replace the page's whole layer."""
    conn.execute(delete(_LINE).where(_LINE.c.page_id == page_id))
    conn.execute(delete(_ITEM).where(_ITEM.c.page_id == page_id))
    insert_new(conn, page_id, layer)
    conn.execute(update(_PAGE).where(_PAGE.c.id == page_id).values(status=layer.status.value, **counts(layer)))


def insert_new(conn: Connection, page_id: int, layer: Layer) -> None:
    """Write the lines and items of a page that has none (its row's status and counts are the caller's)."""
    executemany(conn, _INSERT_LINE, [tuple(line_row(page_id, n, s).values()) for n, s in layer.lines.items()])
    executemany(conn, _INSERT_ITEM, [tuple(item_row(page_id, i).values()) for i in layer.items.values()])


def write_change(conn: Connection, page_id: int, after: Layer, change: Change) -> None:
    """Write the lines, items and status `change` names as they are in `after`."""
    for n in change.lines:
        where = (_LINE.c.page_id == page_id, _LINE.c.line == n)
        if n not in after.lines:  # a segment or added line taken away
            conn.execute(delete(_LINE).where(*where))
            continue
        values = line_row(page_id, n, after.lines[n])
        if not conn.execute(update(_LINE).where(*where).values(**values)).rowcount:
            conn.execute(insert(_LINE).values(**values))
    for key in change.items:
        conn.execute(delete(_ITEM).where(_ITEM.c.page_id == page_id, _ITEM.c.key == key))
        if key in after.items:
            conn.execute(insert(_ITEM).values(**item_row(page_id, after.items[key])))
    conn.execute(update(_PAGE).where(_PAGE.c.id == page_id).values(status=after.status.value, **counts(after)))


def whole_line(alias: str) -> str:
    """An SQL condition: row `alias` of `line` is a whole raw line, not a piece and not cut into segments (its
    text is the raw page's line of that number)."""
    return (
        f"{alias}.piece_line IS NULL AND NOT EXISTS (SELECT 1 FROM line s WHERE s.page_id = {alias}.page_id"
        f" AND s.piece_line = {alias}.line AND NOT s.piece_added)"
    )


def counts(layer: Layer) -> dict[str, int]:
    """The page list's counts of a layer, as the page's row keeps them (`PageInfo`)."""
    info = PageInfo.of(0, "", layer)
    return {"items": info.items, "lines": info.lines, "doubts": info.doubts, "edited": info.edited}
