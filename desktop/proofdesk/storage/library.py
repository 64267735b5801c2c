"""The library: raw pages and their layers, in one SQLite file or in a PostgreSQL database.

This module owns the engine (made in `engine`, opened in `opening`): on SQLite WAL, `synchronous=FULL`,
foreign keys; on both engines schema migrations and one transaction per imported page and per edit. Only plain
domain objects cross its boundary. Failures the editor can act on (disk full, locked, read-only, damaged,
newer schema, a server that cannot be reached or refuses the user) are raised as `StorageError` with a
`Problem` code; anything else is a bug and propagates as is.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self
from uuid import uuid4

from sqlalchemy import Connection, Engine, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlmodel import SQLModel

from ..domain.model import Change, Layer, Page, Role, Status, diff
from ..location import BadLocation, Location, Server, parse
from ..ocrfiles import ImageRef, PageScan
from ..text.matching import Pattern
from ..themes.taxonomy import Retag, Theme
from . import (
    claims,
    fulltext,
    history,
    layers,
    newpages,
    pagelist,
    scans,
    tables,  # noqa: F401  (registers the tables)
    taxonomy,
    wordstats,
)
from .claims import Claim
from .engine import Problem, StorageError, cells, is_server, one_writer, translated
from .fulltext import Hit
from .history import Action, Entry, Stats
from .newpages import NewPage
from .notices import Listener
from .opening import open_file, open_server
from .pagelist import PageQuery
from .rows import PageInfo as PageInfo
from .rows import replaced as _replaced
from .rows import rewound as _rewound
from .rows import role_edited as _role_edited

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
        self.holder = uuid4().hex
        """This connection's token for its claims (`claims`): two windows of one editor are two holders."""
        self.engine = engine
        self._conn = conn

    @classmethod
    def open(
        cls, location: Location | str, *, read_only: bool = False, editor: str | None = None, quick_check: bool = True
    ) -> Self:
        """Open or create the library at `location` (a file path, or a `postgresql://` URL or `Server`),
        migrating an older schema.

        A file is recognised (application id, tables) and quick-checked before anything is written to it,
        a database recognised (Proofdesk's tables and their version): another program's database or a
        damaged library raises `StorageError` and is left exactly as it was. `read_only` opens an existing
        library of the latest schema without ever writing (an export from a read-only file); an older file is
        then opened for writing, since it has to be migrated. `quick_check` False skips the quick check of a
        file (it is still recognised): for another connection to a library this program has opened and checked
        (a window's workers), which would otherwise read up to a second of a large file again each time."""
        try:
            where = parse(location) if isinstance(location, str) else location
        except BadLocation as exc:
            raise StorageError(Problem.CANNOT_OPEN, str(exc)) from exc
        if isinstance(where, Server):
            engine, conn = open_server(where, read_only)
        else:
            where = Path(where)
            engine, conn = open_file(where, read_only, quick_check)
        return cls(where, engine, conn, read_only, editor)

    def companion(self) -> Self:
        """Another connection to the library, holding claims under this one's token (`holder`): for a thread of
        its own that writes a window's claims while this connection serves the window. The engine pools no
        connection, so closing one of the two leaves the other open."""
        with translated():
            conn = self.engine.connect()
        twin = type(self)(self.path, self.engine, conn, self.read_only, self.editor)
        twin.holder = self.holder
        return twin

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
        library; on a file this connection's own writes leave it as it is, on a server they change it too."""
        with self._transaction(write=False) as conn:
            if is_server(conn):
                # Until the server tells of changes itself: the newest change recorded (every write to a page
                # records one, this connection's own too).
                return int(conn.execute(text("SELECT coalesce(max(id), 0) FROM history")).scalar_one())
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
        (stored,) = self.add_pages([NewPage(page, content_hash, layer, parsed_with, scan)])
        if isinstance(stored, Exception):
            raise stored
        return stored

    def add_pages(self, pages: Sequence[NewPage]) -> list[PageInfo | Exception]:
        """Store new pages in one transaction (what `add_page` does for each), each in a savepoint of its own:
        a page that cannot be stored (`AlreadyStored`, a name taken, any other failure) is left out and its
        error given in its place, and the others are stored. The word statistics are counted once for all."""
        stored: list[PageInfo | Exception] = []
        with self._transaction() as conn:
            one_writer(conn)
            counted = wordstats.Tally()
            for new in pages:
                savepoint = conn.begin_nested()
                try:
                    stored.append(newpages.insert_page(conn, new, self.editor))
                except Exception as error:
                    if isinstance(error, DBAPIError) or (
                        isinstance(error, StorageError) and error.problem is not Problem.DUPLICATE_NAME
                    ):
                        raise  # the library itself failed (no space, locked...): nothing of these pages is stored
                    savepoint.rollback()  # this page cannot be stored (a duplicate, a name taken, a bug)
                    stored.append(error)
                    continue
                savepoint.commit()
                counted.add(new.page.lines, new.bigrams)
            counted.write(conn)
        return stored

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

    def page_ids(self) -> list[int]:
        """Every page's id in name order (the order of `pages`), read from the names' index alone."""
        with self._transaction(write=False) as conn:
            return list(conn.execute(text("SELECT id FROM page ORDER BY name")).scalars())

    def count_pages(self, query: PageQuery) -> int:
        """How many pages the page list shows with `query`."""
        with self._transaction(write=False) as conn:
            return pagelist.count(conn, query)

    def page_window(self, query: PageQuery, offset: int, limit: int) -> list[PageInfo]:
        """The page list's rows from `offset` on in `query`'s order (at most `limit`)."""
        with self._transaction(write=False) as conn:
            return pagelist.window(conn, query, offset, limit)

    def page_position(self, query: PageQuery, page_id: int) -> int | None:
        """The row of a page in the page list with `query`, None when the query leaves it out."""
        with self._transaction(write=False) as conn:
            return pagelist.position(conn, query, page_id)

    def page_order(self, query: PageQuery) -> list[tuple[int, str]]:
        """The ids and names of the pages in the page list with `query`, in its order."""
        with self._transaction(write=False) as conn:
            return pagelist.order(conn, query)

    def page_rows(self, names: list[str]) -> list[PageInfo]:
        """The page list's rows of the pages with these names, in this order."""
        with self._transaction(write=False) as conn:
            return pagelist.named(conn, names)

    def status_counts(self) -> dict[Status, int]:
        """How many pages have each status."""
        with self._transaction(write=False) as conn:
            return pagelist.by_status(conn)

    def info(self, page_id: int) -> PageInfo:
        found = self._page_infos(["p.id = :id"], {"id": page_id})
        if not found:
            raise KeyError(page_id)
        return found[0]

    def pages_by_id(self, page_ids: Iterable[int]) -> list[PageInfo]:
        """These pages as the list shows them, in name order (a page not found left out)."""
        wanted = sorted(set(page_ids))
        found: list[PageInfo] = []
        with self._transaction(write=False) as conn:
            for start in range(0, len(wanted), layers.CHUNK):
                found += pagelist.of(conn, wanted[start : start + layers.CHUNK])
        return sorted(found, key=lambda p: p.name)

    def _page_infos(self, where: list[str], params: dict[str, Any]) -> list[PageInfo]:
        query = "SELECT p.id, p.name, p.status, p.items, p.lines, p.doubts, p.edited FROM page p"
        if where:
            query += " WHERE " + " AND ".join(where)
        query += " ORDER BY p.name"
        with self._transaction(write=False) as conn:
            rows = conn.execute(text(query), params).all()
        with cells("page list"):
            return [pagelist.row_info(r) for r in rows]

    def load(self, page_id: int) -> tuple[Page, Layer]:
        """The raw page and its layer."""
        with self._transaction(write=False) as conn:
            return layers.read(conn, page_id)

    def load_versioned(self, page_id: int) -> tuple[Page, Layer, int]:
        """The raw page, its layer and the page's version (what an edit of this layer is based on)."""
        with self._transaction(write=False) as conn:
            found = layers.read_many(conn, [page_id])  # the version read with the page's row
        if page_id not in found:
            raise KeyError(page_id)
        return found[page_id]

    def load_many(self, page_ids: Sequence[int]) -> Iterator[tuple[int, Page, Layer, int]]:
        """The raw page, layer and version of each of `page_ids` that exists, in their order, read a few hundred
        pages at a time (each batch in a transaction of its own)."""
        for start in range(0, len(page_ids), layers.CHUNK):
            chunk = page_ids[start : start + layers.CHUNK]
            with self._transaction(write=False) as conn:
                found = layers.read_many(conn, chunk)
            yield from ((page_id, *found[page_id]) for page_id in chunk if page_id in found)

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
            f" WHERE {_role_edited('l')} AND p.name != :name AND {layers.whole_line('l')}"
            " GROUP BY p.id, p.raw ORDER BY p.id"
        )
        with self._transaction(write=False) as conn:
            rows = conn.execute(text(query), {"name": other_than}).all()
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

    def save(self, page_id: int, before: Layer, after: Layer, based_on: int | None = None) -> int | None:
        """Write what differs between two layers of a page, in one transaction; `based_on` is the page's
        version `before` was read at (None: whatever is stored). Returns the page's new version (None when
        nothing differs). Raises `StorageError` with `Problem.CONFLICT` when the page changed since
        `based_on`, `Problem.CLAIMED` when another editor's window holds it: nothing is written then."""
        versions = self.save_pages([(page_id, before, after)], None if based_on is None else {page_id: based_on})
        return versions.get(page_id)

    def save_pages(
        self, edits: Iterable[tuple[int, Layer, Layer]], based_on: Mapping[int, int] | None = None
    ) -> dict[int, int]:
        """Write what differs between two layers of each of several pages (`(page_id, before, after)`), all in
        one transaction: every page is changed, or none (`save`). `based_on` gives the version each page's
        `before` was read at. Returns the new version of each page written."""
        changes = [(page, before, after, change) for page, before, after in edits if (change := diff(before, after))]
        versions: dict[int, int] = {}
        if not changes:
            return versions
        with self._transaction() as conn:
            for page_id, before, after, change in changes:
                versions[page_id] = claims.check_write(conn, page_id, self.holder, (based_on or {}).get(page_id))
                layers.write_change(conn, page_id, after, change)
                self._record(conn, page_id, Action.EDIT, before, after, change)
        return versions

    def replace_layer(self, page_id: int, layer: Layer, parsed_with: int, based_on: int | None = None) -> int:
        """Store a whole new layer for a page (after a re-parse), in one transaction; `based_on` as for
        `save`. Returns the page's new version."""
        with self._transaction() as conn:
            version = claims.check_write(conn, page_id, self.holder, based_on)
            _page, before = layers.read(conn, page_id)
            layers.write(conn, page_id, layer)
            conn.execute(update(_PAGE).where(_PAGE.c.id == page_id).values(parsed_with=parsed_with))
            self._record(conn, page_id, Action.REPARSE, before, layer, diff(before, layer))
        return version

    def _record(
        self, conn: Connection, page_id: int, action: Action, before: Layer, after: Layer, change: Change
    ) -> None:
        status = after.status.value if change.status else None
        replaced = _replaced(before, change.lines, change.items)
        history.record(conn, page_id, self.editor, action, change.lines, change.items, status, replaced)

    # -- claims -----------------------------------------------------------------------------------------------

    def claim(self, page_id: int) -> Claim:
        """Claim the page for this connection, or renew its claim (`claims`); returns the claim that holds,
        another editor's when theirs is live."""
        with self._transaction() as conn:
            return claims.take(conn, page_id, self.editor, self.holder)

    def release(self, page_ids: Iterable[int] | None = None, anyone: bool = False) -> int:
        """Release this connection's claims on `page_ids` (None: all of them); with `anyone`, whoever holds
        them (an administrator's release). Returns how many were released."""
        with self._transaction() as conn:
            return claims.release(conn, page_ids, None if anyone else self.holder)

    def claims(self) -> dict[int, Claim]:
        """Every live claim, by page id."""
        with self._transaction(write=False) as conn:
            return claims.live(conn, self.holder)

    def listen(self) -> Listener | None:
        """A connection of its own that hears of other connections' changes at once (`notices`), for a library
        on a server; None for a file."""
        return Listener(self.path) if isinstance(self.path, Server) else None

    # -- search -----------------------------------------------------------------------------------------------

    def search(
        self,
        find: str | Pattern,
        status: Status | None = None,
        limit: int | None = 1000,
        *,
        page_id: int | None = None,
        tag: str | None = None,
        role: Role | None = None,
        corrected: bool | None = None,
    ) -> list[Hit]:
        """Lines whose shown or raw text matches `find` (a text: exactly, case and width as typed), in page
        order and line order; at most `limit` (None: all). Only lines of pages of `status`, of the page
        `page_id`, of items with the theme `tag`, with the role `role`, corrected or not, when given. An empty
        text finds nothing."""
        return self.search_part(find, status, limit, page_id=page_id, tag=tag, role=role, corrected=corrected).hits

    def search_part(
        self,
        find: str | Pattern,
        status: Status | None = None,
        limit: int | None = 1000,
        *,
        page_id: int | None = None,
        tag: str | None = None,
        role: Role | None = None,
        corrected: bool | None = None,
        after: str | None = None,
        seconds: float | None = None,
    ) -> fulltext.Part:
        """`search` by stretches: the pages after the one named `after`, for about `seconds` (None: to the
        end), and where it stopped (a search the index answers at once is never cut). Each stretch is a read
        transaction of its own, so the window can search a large library between the editor's edits."""
        if not find:
            return fulltext.Part([])
        pattern = find if isinstance(find, Pattern) else Pattern(find)
        scope = fulltext.Scope(status.value if status else None, page_id, tag, role.value if role else None, corrected)
        until = None if seconds is None else time.monotonic() + seconds
        with self._transaction(write=False) as conn:
            part = fulltext.search(conn, pattern, scope, limit, fulltext.Stretch(after, until))
            # A cut line's part or an added line (no raw text of its own) is keyed after the page's raw lines:
            # such a page's hits are put in its order and numbered as the window numbers them.
            placed = {h.page_id: layers.read(conn, h.page_id)[1] for h in part.hits if not h.raw}
        return fulltext.Part(fulltext.in_page_order(part.hits, placed), part.stopped_after)

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
            self._record_retags(conn, changed)
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
            self._record_retags(conn, taxonomy.set_tags(conn, tags))

    def _record_retags(self, conn: Connection, changed: Mapping[int, Mapping[int, str]]) -> None:
        for page_id, tags_before in changed.items():
            replaced = {"items": {str(key): {"tags": stored} for key, stored in tags_before.items()}}
            history.record(conn, page_id, self.editor, Action.RETAG, items=tags_before, replaced=replaced)

    # -- history ----------------------------------------------------------------------------------------------

    def page_history(self, page_id: int) -> list[Entry]:
        """Every change of the page, oldest first: when, by whom, what."""
        with self._transaction(write=False) as conn:
            return history.of_page(conn, page_id)

    def layer_after(self, page_id: int, entry_id: int) -> Layer | None:
        """The page's layer as the change `entry_id` (an `Entry.id` of the page) left it, rebuilt by rewinding
        the current layer through the later changes; None when one of them did not keep what it replaced."""
        with self._transaction(write=False) as conn:
            rewinds = history.replaced_since(conn, page_id, entry_id)
            if rewinds is None:
                return None
            _page, layer = layers.read(conn, page_id)
        for replaced in rewinds:
            layer = _rewound(layer, replaced)
        return layer

    def stats(self) -> Stats:
        """Pages by status, the parser's accuracy on the done pages, and each editor's work by day."""
        with self._transaction(write=False) as conn:
            return history.stats(conn)
