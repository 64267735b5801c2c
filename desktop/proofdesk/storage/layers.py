"""A page's layer in the `line` and `item` tables, inside `Library`'s transactions: read whole, written whole
(an import, a re-parse) or by what changed (an edit)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import BindParameter, Connection, Row, bindparam, delete, insert, select, update
from sqlmodel import SQLModel

from ..domain.model import Change, ItemState, Kind, Layer, Page
from . import tables  # noqa: F401  (registers the tables)
from .engine import cells, executemany
from .rows import LINE_COLUMNS, LINE_ROW, PageInfo, item_row, line_row, line_values, page_and_layer

_PAGE, _LINE, _ITEM = (SQLModel.metadata.tables[t] for t in ("page", "line", "item"))
_INSERT_LINE = f"INSERT INTO line ({', '.join(LINE_ROW)}) VALUES ({', '.join('?' for _ in LINE_ROW)})"
_ITEM_COLUMNS = tuple(item_row(0, ItemState(0, Kind.ARTICLE)))
_INSERT_ITEM = f"INSERT INTO item ({', '.join(_ITEM_COLUMNS)}) VALUES ({', '.join('?' for _ in _ITEM_COLUMNS)})"


def read(conn: Connection, page_id: int) -> tuple[Page, Layer]:
    """The raw page and its layer; `KeyError` when there is no such page."""
    found = read_many(conn, [page_id])
    if page_id not in found:
        raise KeyError(page_id)
    page, layer, _version = found[page_id]
    return page, layer


CHUNK = 500
"""Pages read by one query of `read_many` (a bound list of ids stays well under every engine's limit)."""

# Built once: building and keying an SQLAlchemy statement costs about as much as reading a page's rows.
_IDS: BindParameter[list[int]] = bindparam("ids", expanding=True)
_READ_LINES = select(_LINE.c.page_id, *(_LINE.c[c] for c in LINE_COLUMNS)).where(_LINE.c.page_id.in_(_IDS))
_READ_ITEMS = select(_ITEM).where(_ITEM.c.page_id.in_(_IDS))
_READ_PAGES = select(_PAGE).where(_PAGE.c.id.in_(_IDS))


def read_many(conn: Connection, page_ids: Sequence[int]) -> dict[int, tuple[Page, Layer, int]]:
    """The raw page, layer and version of each of `page_ids` that exists: three queries for each `CHUNK` of
    them rather than three for each page."""
    found: dict[int, tuple[Page, Layer, int]] = {}
    for start in range(0, len(page_ids), CHUNK):
        chunk = list(page_ids[start : start + CHUNK])
        lines: dict[int, list[Sequence[Any]]] = defaultdict(list)
        items: dict[int, list[Row[Any]]] = defaultdict(list)
        # Rows fetched all at once: a result read row by row costs a call into the driver for each of them.
        for page_id, *line in conn.execute(_READ_LINES, {"ids": chunk}).all():
            lines[page_id].append(line)
        for r in conn.execute(_READ_ITEMS, {"ids": chunk}).all():
            items[r.page_id].append(r)
        for page_row in conn.execute(_READ_PAGES, {"ids": chunk}):
            page, layer = _page_and_layer(page_row, lines[page_row.id], items[page_row.id])
            found[page_row.id] = (page, layer, page_row.version)
    return found


def _page_and_layer(page_row: Row[Any], lines: list[Sequence[Any]], items: list[Row[Any]]) -> tuple[Page, Layer]:
    with cells(f"page {page_row.name!r}"):
        return page_and_layer(page_row, lines, items)


def write(conn: Connection, page_id: int, layer: Layer) -> None:
    """Replace the page's whole layer."""
    conn.execute(delete(_LINE).where(_LINE.c.page_id == page_id))
    conn.execute(delete(_ITEM).where(_ITEM.c.page_id == page_id))
    insert_new(conn, page_id, layer)
    conn.execute(update(_PAGE).where(_PAGE.c.id == page_id).values(status=layer.status.value, **counts(layer)))


def insert_new(conn: Connection, page_id: int, layer: Layer) -> None:
    """Write the lines and items of a page that has none (its row's status and counts are the caller's)."""
    executemany(conn, _INSERT_LINE, [line_values(page_id, n, s) for n, s in layer.lines.items()])
    executemany(conn, _INSERT_ITEM, [tuple(item_row(page_id, i).values()) for i in layer.items.values()])


# The statements an edit runs for each line and item it changes, built once: building and keying an
# SQLAlchemy statement costs more than running it, and a replace across the library runs thousands.
_THIS_LINE = (_LINE.c.page_id == bindparam("at_page"), _LINE.c.line == bindparam("at_line"))
_DELETE_LINE = delete(_LINE).where(*_THIS_LINE)
_UPDATE_LINE = update(_LINE).where(*_THIS_LINE)
_DELETE_ITEM = delete(_ITEM).where(_ITEM.c.page_id == bindparam("at_page"), _ITEM.c.key == bindparam("at_key"))
_ADD_LINE, _ADD_ITEM = insert(_LINE), insert(_ITEM)
_UPDATE_PAGE = update(_PAGE).where(_PAGE.c.id == bindparam("at_page"))


def write_change(conn: Connection, page_id: int, after: Layer, change: Change) -> None:
    """Write the lines, items and status `change` names as they are in `after`."""
    for n in change.lines:
        at = {"at_page": page_id, "at_line": n}
        if n not in after.lines:  # a segment or added line taken away
            conn.execute(_DELETE_LINE, at)
            continue
        values = line_row(page_id, n, after.lines[n])
        changed = {k: v for k, v in values.items() if k not in ("page_id", "line")}
        if not conn.execute(_UPDATE_LINE, changed | at).rowcount:
            conn.execute(_ADD_LINE, values)
    for key in change.items:
        conn.execute(_DELETE_ITEM, {"at_page": page_id, "at_key": key})
        if key in after.items:
            conn.execute(_ADD_ITEM, item_row(page_id, after.items[key]))
    conn.execute(_UPDATE_PAGE, {"at_page": page_id, "status": after.status.value, **counts(after)})


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
