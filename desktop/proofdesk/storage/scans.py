"""A page's scan in the library: the OCR file's format and page size and the attached image (`page_scan`),
and each raw line's box (`line_box`). Called by `Library` inside its transactions."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlmodel import SQLModel

from ..ocrfiles import Box, ImageRef, LineGeometry, OcrFormat, PageScan
from . import tables  # noqa: F401  (registers the tables)
from .engine import executemany

_SCAN, _BOX = (SQLModel.metadata.tables[t] for t in ("page_scan", "line_box"))


def _image_values(image: ImageRef | None) -> dict[str, Any]:
    return {
        "image": image.path if image else None,
        "image_hash": image.sha256 if image else None,
        "image_width": image.width if image else None,
        "image_height": image.height if image else None,
    }


def write(conn: Connection, page_id: int, scan: PageScan, lines: int) -> None:
    """Store a new page's scan; boxes of lines beyond the page's `lines` are dropped."""
    conn.execute(
        insert(_SCAN).values(
            page_id=page_id,
            format=scan.format.value if scan.format else None,
            width=scan.width,
            height=scan.height,
            **_image_values(scan.image),
        )
    )
    rows = [
        (page_id, n, g.box.x, g.box.y, g.box.width, g.box.height, g.type_height, g.confidence)
        for n, g in sorted(scan.lines.items())
        if 1 <= n <= lines
    ]
    if rows:
        executemany(
            conn,
            "INSERT INTO line_box (page_id, line, x, y, width, height, type_height, ocr_confidence)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def read(conn: Connection, page_id: int) -> PageScan | None:
    row = conn.execute(select(_SCAN).where(_SCAN.c.page_id == page_id)).one_or_none()
    if row is None:
        return None
    boxes = conn.execute(select(_BOX).where(_BOX.c.page_id == page_id)).all()
    image = None
    if row.image is not None:
        image = ImageRef(row.image, row.image_hash or "", row.image_width, row.image_height)
    lines = {b.line: LineGeometry(Box(b.x, b.y, b.width, b.height), b.type_height, b.ocr_confidence) for b in boxes}
    return PageScan(OcrFormat(row.format) if row.format else None, row.width, row.height, lines, image)


def set_image(conn: Connection, page_id: int, image: ImageRef | None) -> None:
    values = _image_values(image)
    if conn.execute(select(_SCAN.c.page_id).where(_SCAN.c.page_id == page_id)).first() is None:
        conn.execute(insert(_SCAN).values(page_id=page_id, **values))
    else:
        conn.execute(update(_SCAN).where(_SCAN.c.page_id == page_id).values(**values))


def images(conn: Connection) -> list[tuple[int, ImageRef]]:
    rows = conn.execute(select(_SCAN).where(_SCAN.c.image.is_not(None)).order_by(_SCAN.c.page_id)).all()
    return [(r.page_id, ImageRef(r.image, r.image_hash or "", r.image_width, r.image_height)) for r in rows]
