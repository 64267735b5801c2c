"""The library: raw pages and their layers, in one SQLite file or in a PostgreSQL database.

This module owns the engine (made in `engine`, opened in `opening`): on SQLite WAL, `synchronous=FULL`,
foreign keys; on both engines schema migrations and one transaction per imported page and per edit. Only plain
domain objects cross its boundary. Failures the editor can act on (disk full, locked, read-only, damaged,
newer schema, a server that cannot be reached or refuses the user) are raised as `StorageError` with a
`Problem` code; anything else is a bug and propagates as is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from sqlalchemy import Connection, Engine, delete, insert, select, text, update
from sqlmodel import SQLModel

from ..domain.model import DOUBT_THRESHOLD, Change, Field, ItemState, Kind, Layer, Page, Role, Status, diff
from ..location import BadLocation, Location, Server, parse
from ..ocrfiles import ImageRef, PageScan
from ..themes.taxonomy import Retag, Theme
from . import (
    fulltext,
    history,
    scans,
    tables,  # noqa: F401  (registers the tables)
    taxonomy,
    wordstats,
)
from .engine import AlreadyStored, Problem, StorageError, cells, executemany, is_server, one_writer, translated
from .fulltext import Hit
from .history import Action, Entry, Stats
from .opening import open_file, open_server
from .rows import BITS as _BITS
from .rows import PageInfo as PageInfo
from .rows import item_row as _item_row
from .rows import line_row as _line_row
from .rows import line_state as _line_state
from .rows import tags as _tags

_PAGE, _LINE, _ITEM = (SQLModel.metadata.tables[t] for t in ("page", "line", "item"))


class Library:
    """A Proofdesk library: a file, or a database on a PostgreSQL server. Open with `Library.open(location)`;
    use from one thread at a time."""

    def __init__(
        self, path: Location, engine: Engine, conn: Connection, read_only: bool = False, editor: str | None = None
    ) -> None:
        self.path = path
        """The library's file, or the `Server` of its database."""
        self.editor = editor or history.default_editor()
        """Who the changes made through this connection are recorded as (`history`)."""
        self.read_only = read_only
        """Opened with `read_only`: every write raises `StorageError(Problem.READ_ONLY)`."""
        self.engine = engine
        self._conn = conn

    @classmethod
    def open(cls, location: Location | str, *, read_only: bool = False, editor: str | None = None) -> Self:
        """Open or create the library at `location` (a file path, or a `postgresql://` URL or `Server`),
        migrating an older schema.

        A file is recognised (application id, tables) and quick-checked before anything is written to it,
        a database recognised (Proofdesk's tables and their version): another program's database or a
        damaged library raises `StorageError` and is left exactly as it was. `read_only` opens an existing
        library of the latest schema without ever writing (an export from a read-only file); an older file is
        then opened for writing, since it has to be migrated."""
        try:
            where = parse(location) if isinstance(location, str) else location
        except BadLocation as exc:
            raise StorageError(Problem.CANNOT_OPEN, str(exc)) from exc
        if isinstance(where, Server):
            engine, conn = open_server(where, read_only)
        else:
            where = Path(where)
            engine, conn = open_file(where, read_only)
        return cls(where, engine, conn, read_only, editor)

    @property
    def on_server(self) -> bool:
        """Whether the library is a PostgreSQL database (a team's) rather than a file."""
        return isinstance(self.path, Server)

    def close(self) -> None:
        self._conn.close()
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self, write: bool = True) -> Iterator[Connection]:
        self._conn.info["read_only"] = not write
        with translated(), self._conn.begin():
            yield self._conn

    def data_version(self) -> int:
        """A number that changes whenever another connection (another program, or a worker) commits to the
        library; this connection's own writes leave it as it is."""
        with self._transaction(write=False) as conn:
            if is_server(conn):
                # Until the server tells of changes itself: the pages added, by their number and newest id.
                found = conn.execute(text("SELECT count(*), coalesce(max(id), 0) FROM page")).one()
                return int(found[0]) << 32 | int(found[1])
            return int(conn.exec_driver_sql("PRAGMA data_version").scalar_one())

    # -- pages ------------------------------------------------------------------------------------------------

    def has_content(self, content_hash: str) -> bool:
        with self._transaction(write=False) as conn:
            found = conn.execute(select(_PAGE.c.id).where(_PAGE.c.content_hash == content_hash)).first()
        return found is not None

    def add_page(
        self, page: Page, content_hash: str, layer: Layer, parsed_with: int = 0, scan: PageScan | None = None
    ) -> PageInfo:
        """Store a raw page, its first layer and what is known of its scan, in one transaction. Raises
        `AlreadyStored` when the same content is stored already (under any name),
        `StorageError(Problem.DUPLICATE_NAME)` when another page has the name: checked inside the write
        transaction, so two imports at once cannot both add, or misreport, one page."""
        with self._transaction() as conn:
            one_writer(conn)
            stored = conn.execute(select(_PAGE.c.name).where(_PAGE.c.content_hash == content_hash)).first()
            if stored is not None:
                raise AlreadyStored(stored.name)
            taken = conn.execute(select(_PAGE.c.id).where(_PAGE.c.name == page.name)).first()
            if taken is not None:
                raise StorageError(Problem.DUPLICATE_NAME, page.name)
            inserted = conn.execute(
                insert(_PAGE).values(
                    name=page.name,
                    content_hash=content_hash,
                    raw="\n".join(page.lines),
                    status=layer.status.value,
                    imported_at=datetime.now(UTC).isoformat(timespec="seconds"),
                    parsed_with=parsed_with,
                )
            )
            page_id = int(inserted.inserted_primary_key[0])  # type: ignore[index]
            fulltext.add_page(conn, page_id, page.lines, layer.lines)
            wordstats.add_page(conn, page.lines)
            self._write_layer(conn, page_id, layer)
            if scan is not None:
                scans.write(conn, page_id, scan, len(page.lines))
            history.record(conn, page_id, self.editor, Action.IMPORT, status=layer.status.value)
        return PageInfo.of(page_id, page.name, layer)

    def _write_layer(self, conn: Connection, page_id: int, layer: Layer) -> None:
        conn.execute(delete(_LINE).where(_LINE.c.page_id == page_id))
        conn.execute(delete(_ITEM).where(_ITEM.c.page_id == page_id))
        if layer.lines:
            executemany(
                conn,
                "INSERT INTO line (page_id, line, item, role, brk, correction, edited, rule, confidence)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [tuple(_line_row(page_id, n, s).values()) for n, s in layer.lines.items()],
            )
        if layer.items:
            conn.execute(insert(_ITEM), [_item_row(page_id, i) for i in layer.items.values()])
        conn.execute(update(_PAGE).where(_PAGE.c.id == page_id).values(status=layer.status.value))

    def _tags_of(self) -> str:
        return taxonomy.tags_of(self._conn, "i")

    def pages(self, status: Status | None = None, tag: str | None = None) -> list[PageInfo]:
        """Pages in name order, optionally only those with a status or with an item tagged `tag`."""
        where, params = [], {}
        if status is not None:
            where.append("p.status = :status")
            params["status"] = status.value
        if tag is not None:
            tags = self._tags_of()
            where.append(f"EXISTS (SELECT 1 FROM item i, {tags} WHERE i.page_id = p.id AND t.value = :tag)")
            params["tag"] = tag
        return self._page_infos(where, params)

    def info(self, page_id: int) -> PageInfo:
        found = self._page_infos(["p.id = :id"], {"id": page_id})
        if not found:
            raise KeyError(page_id)
        return found[0]

    def pages_by_id(self, page_ids: Iterable[int]) -> list[PageInfo]:
        wanted = set(page_ids)
        return [p for p in self.pages() if p.id in wanted]

    def _page_infos(self, where: list[str], params: dict[str, Any]) -> list[PageInfo]:
        query = (
            "SELECT p.id, p.name, p.status,"
            " (SELECT count(*) FROM item i WHERE i.page_id = p.id),"
            " count(l.line), sum(CASE WHEN l.confidence < :doubt AND l.edited = 0 THEN 1 ELSE 0 END),"
            " sum(CASE WHEN l.edited != 0 THEN 1 ELSE 0 END)"
            " FROM page p LEFT JOIN line l ON l.page_id = p.id"
        )
        if where:
            query += " WHERE " + " AND ".join(where)
        query += " GROUP BY p.id ORDER BY p.name"
        with self._transaction(write=False) as conn:
            rows = conn.execute(text(query), {"doubt": DOUBT_THRESHOLD, **params}).all()
        with cells("page list"):
            return [PageInfo(r[0], r[1], Status(r[2]), r[3], r[4], r[5] or 0, r[6] or 0) for r in rows]

    def load(self, page_id: int) -> tuple[Page, Layer]:
        """The raw page and its layer."""
        with self._transaction(write=False) as conn:
            page_row = conn.execute(select(_PAGE).where(_PAGE.c.id == page_id)).one_or_none()
            if page_row is None:
                raise KeyError(page_id)
            lines = conn.execute(select(_LINE).where(_LINE.c.page_id == page_id)).all()
            items = conn.execute(select(_ITEM).where(_ITEM.c.page_id == page_id)).all()
        with cells(f"page {page_row.name!r}"):
            page = Page(page_row.name, tuple(page_row.raw.split("\n")))
            layer = Layer(
                {r.line: _line_state(r) for r in lines},
                {
                    r.key: ItemState(r.key, Kind(r.kind), bool(r.kind_edited), _tags(r.tags), bool(r.pinned))
                    for r in items
                },
                Status(page_row.status),
            )
            if layer.lines and (min(layer.lines) < 1 or max(layer.lines) > len(page.lines)):
                raise ValueError("line numbers beyond the raw page")
            if any(s.item is not None and s.item not in layer.items for s in layer.lines.values()):
                raise ValueError("lines of items that are not stored")
        return page, layer

    def iter_pages(self, page_ids: Iterable[int] | None = None) -> Iterator[tuple[PageInfo, Page, Layer]]:
        """Pages with their layers, one at a time (for export)."""
        infos = self.pages() if page_ids is None else self.pages_by_id(page_ids)
        for info in infos:
            page, layer = self.load(info.id)
            yield info, page, layer

    def bigram_pages(self, bigrams: Iterable[str]) -> tuple[int, dict[str, int]]:
        """The number of pages, and in how many of them each of `bigrams` occurs (the parser's word weights)."""
        with self._transaction(write=False) as conn:
            return wordstats.counts(conn, bigrams)

    def editor_roles(self, other_than: str = "") -> Iterator[tuple[str, Role]]:
        """The raw text and role of every line whose role an editor set, page by page, on every page but the
        one named `other_than` (what the parser learns the paper's recurring lines from)."""
        aggregate = "string_agg({}, chr(10))" if self.on_server else "group_concat({}, char(10))"
        joined = aggregate.format("l.line || ' ' || l.role")
        query = (
            f"SELECT p.raw, {joined} FROM line l JOIN page p ON p.id = l.page_id"
            " WHERE (l.edited & :bit) != 0 AND p.name != :name GROUP BY p.id, p.raw ORDER BY p.id"
        )
        with self._transaction(write=False) as conn:
            rows = conn.execute(text(query), {"bit": _BITS[Field.ROLE], "name": other_than}).all()
        for raw, decisions in rows:
            lines = raw.split("\n")
            for decision in decisions.split("\n"):
                number, role = decision.split(" ")
                yield lines[int(number) - 1], Role(role)

    def page_id(self, name: str) -> int | None:
        with self._transaction(write=False) as conn:
            return conn.execute(select(_PAGE.c.id).where(_PAGE.c.name == name)).scalar_one_or_none()

    def parsed_with(self, page_id: int) -> int:
        with self._transaction(write=False) as conn:
            return int(conn.execute(select(_PAGE.c.parsed_with).where(_PAGE.c.id == page_id)).scalar_one())

    # -- scans ------------------------------------------------------------------------------------------------

    def scan(self, page_id: int) -> PageScan | None:
        """The page's geometry and image, or None for a page imported from text with no image attached."""
        with self._transaction(write=False) as conn:
            return scans.read(conn, page_id)

    def attach_image(self, page_id: int, image: ImageRef | None) -> None:
        """Attach `image` to the page, replacing any image it had (None detaches); the geometry stays."""
        with self._transaction() as conn:
            if conn.execute(select(_PAGE.c.id).where(_PAGE.c.id == page_id)).first() is None:
                raise KeyError(page_id)
            scans.set_image(conn, page_id, image)
            history.record(conn, page_id, self.editor, Action.IMAGE)

    def images(self) -> list[tuple[int, ImageRef]]:
        """Every attached image, with its page's id."""
        with self._transaction(write=False) as conn:
            return scans.images(conn)

    def relink_images(self, moved: dict[int, ImageRef]) -> None:
        """Point pages at their images' new places, all in one transaction."""
        with self._transaction() as conn:
            for page_id, image in moved.items():
                scans.set_image(conn, page_id, image)
                history.record(conn, page_id, self.editor, Action.IMAGE)

    # -- edits ------------------------------------------------------------------------------------------------

    def save(self, page_id: int, before: Layer, after: Layer) -> None:
        """Write what differs between two layers of a page, in one transaction."""
        self.save_pages([(page_id, before, after)])

    def save_pages(self, edits: Iterable[tuple[int, Layer, Layer]]) -> None:
        """Write what differs between two layers of each of several pages (`(page_id, before, after)`), all in
        one transaction: every page is changed, or none."""
        changes = [(page_id, after, change) for page_id, before, after in edits if (change := diff(before, after))]
        if not changes:
            return
        with self._transaction() as conn:
            for page_id, after, change in changes:
                self._save(conn, page_id, after, change)

    def _save(self, conn: Connection, page_id: int, after: Layer, change: Change) -> None:
        for n in change.lines:
            state = after.lines[n]
            values = _line_row(page_id, n, state)
            conn.execute(update(_LINE).where(_LINE.c.page_id == page_id, _LINE.c.line == n).values(**values))
        for key in change.items:
            conn.execute(delete(_ITEM).where(_ITEM.c.page_id == page_id, _ITEM.c.key == key))
            if key in after.items:
                conn.execute(insert(_ITEM).values(**_item_row(page_id, after.items[key])))
        if change.status:
            conn.execute(update(_PAGE).where(_PAGE.c.id == page_id).values(status=after.status.value))
        status = after.status.value if change.status else None
        history.record(conn, page_id, self.editor, Action.EDIT, change.lines, change.items, status)

    def replace_layer(self, page_id: int, layer: Layer, parsed_with: int) -> None:
        """Store a whole new layer for a page (after a re-parse), in one transaction."""
        with self._transaction() as conn:
            self._write_layer(conn, page_id, layer)
            conn.execute(update(_PAGE).where(_PAGE.c.id == page_id).values(parsed_with=parsed_with))
            history.record(conn, page_id, self.editor, Action.REPARSE, status=layer.status.value)

    # -- search -----------------------------------------------------------------------------------------------

    def search(self, query: str, status: Status | None = None, limit: int | None = 1000) -> list[Hit]:
        """Lines whose shown or raw text holds `query` (exactly, case and width as typed), in page order and
        line order; at most `limit` (None: all)."""
        with self._transaction(write=False) as conn:
            return fulltext.search(conn, query, status.value if status else None, limit)

    # -- themes -----------------------------------------------------------------------------------------------

    def themes(self) -> list[Theme]:
        """The library's taxonomy in display order (empty until one is stored)."""
        with self._transaction(write=False) as conn:
            return taxonomy.read(conn)

    def set_themes(self, themes: Iterable[Theme], retag: Retag | None = None) -> int:
        """Replace the taxonomy; with `retag` (a rename, merge or delete), every item's tags follow it in the
        same transaction. Returns the number of items whose tags changed."""
        with self._transaction() as conn:
            changed = taxonomy.replace(conn, themes, retag)
            for page_id, keys in changed.items():
                history.record(conn, page_id, self.editor, Action.RETAG, items=keys)
        return sum(len(keys) for keys in changed.values())

    def keep_taxonomy(self, themes: Iterable[Theme]) -> bool:
        """Store `themes` as the taxonomy when the library has none yet (in one transaction, so two imports at
        once store it once). True when stored."""
        with self._transaction() as conn:
            one_writer(conn)
            return taxonomy.keep(conn, themes)

    def tag_counts(self) -> dict[str, int]:
        """How many items carry each confirmed theme."""
        with self._transaction(write=False) as conn:
            return taxonomy.counts(conn)

    def tagged_items(self) -> list[tuple[int, str, int, tuple[str, ...]]]:
        """Every item that carries a confirmed theme: its page's id and name, its key, its themes."""
        with self._transaction(write=False) as conn:
            return taxonomy.tagged_items(conn)

    def set_taxonomy(self, themes: Iterable[Theme], tags: Mapping[tuple[int, int], Sequence[str]]) -> None:
        """Replace the taxonomy and set the confirmed themes of the items `tags` names by (page id, key), in one
        transaction: a taxonomy edit as the window makes it, or its undo."""
        with self._transaction() as conn:
            taxonomy.replace(conn, themes, None)
            changed = taxonomy.set_tags(conn, tags)
            for page_id, keys in changed.items():
                history.record(conn, page_id, self.editor, Action.RETAG, items=keys)

    # -- history ----------------------------------------------------------------------------------------------

    def page_history(self, page_id: int) -> list[Entry]:
        """Every change of the page, oldest first: when, by whom, what."""
        with self._transaction(write=False) as conn:
            return history.of_page(conn, page_id)

    def stats(self) -> Stats:
        """Pages by status, the parser's accuracy on the done pages, and each editor's work by day."""
        with self._transaction(write=False) as conn:
            return history.stats(conn)
