"""A new page into the library: its row, its first layer, its rows of the full-text index, its scan and the
history row of its import, inside `Library`'s transactions."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, bindparam, insert, select
from sqlmodel import SQLModel

from ..domain.model import Layer, Page
from ..ocrfiles import PageScan
from . import (
    fulltext,
    history,
    layers,
    scans,
    tables,  # noqa: F401  (registers the tables)
)
from .engine import AlreadyStored, Problem, StorageError
from .history import Action
from .rows import PageInfo

_PAGE = SQLModel.metadata.tables["page"]
# Built once: building and keying a statement costs more than running it, and an import stores thousands.
_HOLDING = select(_PAGE.c.name).where(_PAGE.c.content_hash == bindparam("content_hash"))
_NAMED = select(_PAGE.c.id).where(_PAGE.c.name == bindparam("name"))
_INSERT_PAGE = insert(_PAGE)


@dataclass(frozen=True, slots=True)
class NewPage:
    """A page to store: its raw text, the hash of its content, its first layer, the parser's version that made
    it, and what is known of its scan."""

    page: Page
    content_hash: str
    layer: Layer
    parsed_with: int = 0
    scan: PageScan | None = None
    bigrams: Set[str] | None = None
    """The page's distinct Han bigrams (`page_bigrams`), when counted already (an import counts them for the
    parser's word weights): the word statistics then do not count them again."""


def insert_page(conn: Connection, new: NewPage, editor: str) -> PageInfo:
    """Store `new`; raises `AlreadyStored` when its content is stored already (under any name),
    `StorageError(Problem.DUPLICATE_NAME)` when another page has its name."""
    page, layer = new.page, new.layer
    found = conn.execute(_HOLDING, {"content_hash": new.content_hash}).first()
    if found is not None:
        raise AlreadyStored(found.name)
    if conn.execute(_NAMED, {"name": page.name}).first() is not None:
        raise StorageError(Problem.DUPLICATE_NAME, page.name)
    inserted = conn.execute(
        _INSERT_PAGE,
        {
            "name": page.name,
            "content_hash": new.content_hash,
            "raw": "\n".join(page.lines),
            "status": layer.status.value,
            "imported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "parsed_with": new.parsed_with,
            **layers.counts(layer),
        },
    )
    page_id = int(inserted.inserted_primary_key[0])  # type: ignore[index]
    fulltext.add_page(conn, page_id, page.lines, layer.lines)
    layers.insert_new(conn, page_id, layer)
    if new.scan is not None:
        scans.write(conn, page_id, new.scan, len(page.lines))
    history.record(conn, page_id, editor, Action.IMPORT, status=layer.status.value)
    return PageInfo.of(page_id, page.name, layer)
