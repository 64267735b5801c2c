"""The open library, the page on screen, and the one place where edits are written.

State flows one way: a command calls `Session.apply` (or `set_taxonomy` for a taxonomy edit), the session
writes the edit to the library and emits `layerChanged` (`taxonomyChanged`); the views redraw from that
signal. A write that fails (disk full, database locked) keeps the edit in memory, marks it unsaved and is
tried again with the next edit or on `retry()`, so nothing the editor did is lost while the problem lasts.
A taxonomy edit waiting to be written is written before any page: a later edit of an item it retagged then
lands on top of it.

The open page is claimed while it is shown (`claiming.PageClaim`); a page another editor's window holds is
read-only here (`held_by`). Every write names the page's version the edit was based on: when another editor
changed the page meanwhile the write is refused (`Problem.CONFLICT`) and the edits stay here until `resolve`
applies them to the other version or drops them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ..domain import ops
from ..domain.model import Change, Layer, Page, diff
from .claiming import Notices, PageClaim

if TYPE_CHECKING:
    from ..location import Location
    from ..ocrfiles import ImageRef, PageScan
    from ..storage import Library, PageInfo
    from ..themes import Theme

ItemRef = tuple[int, int]
"""An item anywhere in the library: its page's id and its key."""


@dataclass(frozen=True)
class Tagging:
    """What a taxonomy edit (or its undo) writes: the whole taxonomy, and the confirmed themes of the items
    it changes, with their pages' names (the suggester knows items by page name). `renamed` says what a
    theme's name became (a filter by theme follows it)."""

    themes: tuple[Theme, ...]
    tags: Mapping[ItemRef, tuple[str, ...]] = field(default_factory=dict)
    names: Mapping[int, str] = field(default_factory=dict)
    renamed: Mapping[str, str] = field(default_factory=dict)

    def of_page(self, page_id: int) -> dict[int, tuple[str, ...]]:
        """The themes this edit gives the items of one page, by key."""
        return {key: tags for (page, key), tags in self.tags.items() if page == page_id}


class Session(QObject):
    """The library the window works on (a file, or a database on a server).

    Signals:
        libraryReady(): a library was attached; page lists can be (re)read.
        pageOpened(int): the page with this id is now `page`/`layer`.
        layerChanged(int, object): the page's layer changed; the payload is a domain `Change`.
        pageInfoChanged(object): a page's counts or status changed; the payload is a `PageInfo`.
        pagesAdded(): pages were imported; page lists should be read again.
        taxonomyChanged(object): the taxonomy and the themes of items changed; the payload is a `Tagging`.
        saveFailed(object): writing failed; the payload is the storage `Problem`. The edit stays in memory.
        savedChanged(bool): True when every edit is on disk, False while some are waiting to be written.
        changedElsewhere(): another program (or a worker) committed to the library since the last look.
        conflicted(int): the write of this page was refused because another editor changed it (after
            `saveFailed`).
        pagesReloaded(): pages were read again from the library after a conflict; edits made before it can no
            longer be undone.
    """

    libraryReady = Signal()
    pageOpened = Signal(int)
    layerChanged = Signal(int, object)
    pageInfoChanged = Signal(object)
    pagesAdded = Signal()
    taxonomyChanged = Signal(object)
    saveFailed = Signal(object)
    savedChanged = Signal(bool)
    changedElsewhere = Signal()
    conflicted = Signal(int)
    pagesReloaded = Signal()

    WATCH_MS = 2000
    """How often the library is asked whether another program wrote to it (a cheap PRAGMA)."""

    def __init__(self, path: Location, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # A file's path, or the `Server` of a library on a server (kept as it is: storage is not imported yet).
        self.path: Location = Path(path) if isinstance(path, str | Path) else path
        self.library: Library | None = None
        # Who the changes made in this window are recorded as (None: PROOFDESK_EDITOR, else the system user).
        self.editor: str | None = None
        self.page_id: int | None = None
        self.page: Page | None = None
        self.layer: Layer | None = None
        self.scan: PageScan | None = None
        # Per page: the layer last known to be on disk, and the layer the editor sees when the two differ.
        self._on_disk: dict[int, Layer] = {}
        self._unsaved: dict[int, Layer] = {}
        self._pages: dict[int, Page] = {}
        # The parser version of a re-parse (or of its undo) not yet written, by page.
        self._versions: dict[int, int] = {}
        # Per page: the library's version of the layer last known to be on disk (what a write is based on).
        self._based_on: dict[int, int] = {}
        self.claims = PageClaim(self)
        self.claims.pageFreed.connect(self._page_freed)
        self.claims.written.connect(self._claim_written)
        self._notices = Notices(self)
        self._notices.noticed.connect(self.look_for_changes)
        # A taxonomy edit not yet written (written before any page's edit).
        self._tagging: Tagging | None = None
        self._data_version: int | None = None
        self._watch = QTimer(self)
        self._watch.setInterval(self.WATCH_MS)
        self._watch.timeout.connect(self.look_for_changes)

    def attach(self, library: Library) -> None:
        """Work on `library` (opened by the caller, possibly in a worker)."""
        self.library = library
        self.path = library.path
        self._data_version = None
        self.look_for_changes()
        self._watch.start()
        self.claims.attach(library)
        self._notices.start(library)
        self.libraryReady.emit()

    def look_for_changes(self) -> None:
        """Emit `changedElsewhere` when another connection committed to the library since the last look, and
        tell `claims` which pages other editors' windows hold."""
        from ..storage import StorageError

        if self.library is None:
            return
        try:
            version = self.library.data_version()
            held = {page: c.editor for page, c in self.library.claims().items() if not c.mine}
        except StorageError:
            return  # a locked or failing library: the next look, or the next edit, tells
        if self._data_version is not None and version != self._data_version:
            self.changedElsewhere.emit()
        self._data_version = version
        self.claims.look(held)

    def _claim_written(self) -> None:
        """The window's own claim, written over the claims' connection, is no change elsewhere (a file's
        `data_version` counts it as one; a server's looks do not see claims)."""
        from ..storage import StorageError

        if self.library is not None and not self.library.on_server:
            with suppress(StorageError):
                self._data_version = self.library.data_version()

    def close(self) -> None:
        self._watch.stop()
        self._notices.stop()
        self.claims.close()
        if self.library is not None:
            self.library.close()
            self.library = None

    @property
    def unsaved(self) -> bool:
        return bool(self._unsaved) or self._tagging is not None

    def open_page(self, page_id: int) -> None:
        """Show the page: from memory when it holds edits not yet written, else from the library."""
        if self.library is None:
            return
        if page_id in self._unsaved:
            page, layer = self._pages[page_id], self._unsaved[page_id]
        else:
            page, layer = self._load(page_id)
            self._on_disk[page_id] = layer
            self._pages[page_id] = page
        self.page_id, self.page, self.layer = page_id, page, layer
        self.scan = self.library.scan(page_id)
        self.claims.open(page_id)
        self.pageOpened.emit(page_id)

    @property
    def held_by(self) -> str | None:
        """The editor whose window holds the open page, when it is not this window: the page is read-only."""
        return self.claims.held_by

    def _page_freed(self) -> None:
        """The open page, held by another window until now, is this window's: read it again (the other editor
        changed it, likely) unless edits made here wait for it, and write those."""
        if self.page_id is not None and self.page_id not in self._unsaved:
            self.open_page(self.page_id)
        self.retry()

    def attach_image(self, image: ImageRef) -> None:
        """Attach a checked image (`ocrfiles.probe_image`) to the open page; the raw page does not change."""
        if self.library is None or self.page_id is None:
            return
        self.library.attach_image(self.page_id, image)
        self.scan = self.library.scan(self.page_id)

    def apply(self, page_id: int, before: Layer, after: Layer, *, parsed_with: int | None = None) -> Change:
        """Make `after` the page's layer and write it at once. `parsed_with` marks a re-parse, which stores
        the whole layer with the parser version. Returns what changed."""
        if page_id != self.page_id:
            # Undo of an edit on another page: show that page, so the editor sees what was undone.
            self.open_page(page_id)
        change = diff(before, after)
        self.layer = after
        self._unsaved[page_id] = after
        self._write(page_id, parsed_with)
        self.layerChanged.emit(page_id, change)
        self.pageInfoChanged.emit(self.info_of(page_id, after))
        return change

    def layer_of(self, page_id: int) -> tuple[Page, Layer]:
        """The page and the layer the editor works on: the open page's, or one held in memory with edits not
        yet written, else the library's."""
        return self.layers_of([page_id])[page_id]

    def layers_of(self, page_ids: Sequence[int]) -> dict[int, tuple[Page, Layer]]:
        """`layer_of` for many pages (a replace across the library), those not in memory read from the library
        a few hundred at a time; a page that is not in the library is left out."""
        assert self.library is not None
        shown: dict[int, tuple[Page, Layer]] = {}
        for page_id in page_ids:
            if page_id == self.page_id and self.page is not None and self.layer is not None:
                shown[page_id] = self.page, self.layer
            elif page_id in self._unsaved:
                shown[page_id] = self._pages[page_id], self._unsaved[page_id]
        for page_id, page, layer, version in self.library.load_many([p for p in page_ids if p not in shown]):
            layer = self._retagged(page_id, layer)
            self._pages[page_id], self._on_disk[page_id], self._based_on[page_id] = page, layer, version
            shown[page_id] = page, layer
        return {page_id: shown[page_id] for page_id in page_ids if page_id in shown}

    def _load(self, page_id: int) -> tuple[Page, Layer]:
        """The page from the library, with a taxonomy edit not yet written over it."""
        assert self.library is not None
        page, layer, self._based_on[page_id] = self.library.load_versioned(page_id)
        return page, self._retagged(page_id, layer)

    def _retagged(self, page_id: int, layer: Layer) -> Layer:
        """The layer with a taxonomy edit not yet written over it."""
        return layer if self._tagging is None else ops.retag_items(layer, self._tagging.of_page(page_id))

    def apply_pages(self, edits: list[tuple[int, Layer, Layer]]) -> None:
        """Make each `after` its page's layer (`(page_id, before, after)`, pages read through `layer_of`) and
        write them all in one transaction, without opening any page; the open page's views follow. A write
        that fails keeps every edit in memory, as `apply` does."""
        from ..storage import StorageError

        assert self.library is not None
        for page_id, _before, after in edits:
            self._unsaved[page_id] = after
            if page_id == self.page_id:
                self.layer = after
        if self._write_taxonomy():
            try:
                # Every edit waiting is written, those of earlier failed writes too; the signals below are
                # about the caller's edits alone.
                pending = list(self._unsaved)
                writes = [(p, self._on_disk[p], self._unsaved[p]) for p in pending]
                self._based_on.update(self.library.save_pages(writes, self._based_on))
            except StorageError as error:
                self.savedChanged.emit(False)
                self.saveFailed.emit(error.problem)
            else:
                for page_id in pending:
                    self._on_disk[page_id] = self._unsaved.pop(page_id)
                self.savedChanged.emit(True)
        for page_id, before, after in edits:
            if page_id == self.page_id:
                self.layerChanged.emit(page_id, diff(before, after))
            self.pageInfoChanged.emit(self.info_of(page_id, after))

    def retry(self) -> bool:
        """Write every edit that is waiting; True when all are on disk."""
        return self._write_taxonomy() and all(self._write(page_id, None) for page_id in list(self._unsaved))

    def parser_version(self, page_id: int) -> int:
        """The version of the parser that made the page's layer (as the editor sees it)."""
        assert self.library is not None
        return self._versions.get(page_id, self.library.parsed_with(page_id))

    def _write(self, page_id: int, parsed_with: int | None) -> bool:
        from ..storage import Problem, StorageError

        assert self.library is not None
        if page_id not in self._unsaved:
            return True
        if parsed_with is not None:
            self._versions[page_id] = parsed_with
        version = self._versions.get(page_id)
        after = self._unsaved[page_id]
        was_saved = not self._unsaved.keys() - {page_id} and self._tagging is None
        if not self._write_taxonomy():
            return False
        based_on = self._based_on.get(page_id)
        try:
            if version is not None:
                written: int | None = self.library.replace_layer(page_id, after, version, based_on)
            else:
                written = self.library.save(page_id, self._on_disk[page_id], after, based_on)
        except StorageError as error:
            self.savedChanged.emit(False)
            self.saveFailed.emit(error.problem)
            if error.problem is Problem.CONFLICT:
                self.conflicted.emit(page_id)
            return False
        if written is not None:
            self._based_on[page_id] = written
        self._on_disk[page_id] = after
        del self._unsaved[page_id]
        self._versions.pop(page_id, None)
        if was_saved or not self._unsaved:
            self.savedChanged.emit(not self._unsaved)
        return True

    def other_change(self, page_id: int) -> tuple[str, list[int]]:
        """Who changed the page last, and the lines that differ from the layer this window's edits of it are
        based on: what another editor did meanwhile."""
        assert self.library is not None
        _page, theirs, _version = self.library.load_versioned(page_id)
        history = self.library.page_history(page_id)
        return (history[-1].editor if history else ""), sorted(diff(self._on_disk[page_id], theirs).lines)

    def resolve(self, keep: bool) -> list[int]:
        """After a write was refused because another editor changed a page: make each such page's edits
        again on the other editor's version (`keep`) or drop them, and write. Returns the pages whose edits
        could not be made again and were dropped (`ops.reapply`). Emits `pagesReloaded`."""
        from ..domain.ops import EditError, reapply

        assert self.library is not None
        dropped = []
        for page_id in list(self._unsaved):
            page, theirs, version = self.library.load_versioned(page_id)
            if version == self._based_on.get(page_id):
                continue
            mine = None
            if keep:
                try:
                    mine = reapply(self._on_disk[page_id], self._unsaved[page_id], theirs)
                except EditError:
                    dropped.append(page_id)
            self._pages[page_id], self._on_disk[page_id], self._based_on[page_id] = page, theirs, version
            self._versions.pop(page_id, None)
            if mine is None or not diff(theirs, mine):
                del self._unsaved[page_id]
            else:
                self._unsaved[page_id] = mine
        self.pagesReloaded.emit()
        if self.page_id is not None:
            self.open_page(self.page_id)
        if self.retry():
            self.savedChanged.emit(True)
        return dropped

    def tagged_items(self) -> tuple[dict[ItemRef, tuple[str, ...]], dict[int, str]]:
        """Every item that carries a confirmed theme, as the editor sees it (the library's items, with the
        layers held in memory over them), and the names of their pages."""
        assert self.library is not None
        tags: dict[ItemRef, tuple[str, ...]] = {}
        names: dict[int, str] = {}
        for page_id, name, key, item_tags in self.library.tagged_items():
            if page_id not in self._unsaved:
                tags[page_id, key] = item_tags
                names[page_id] = name
        if self._tagging is not None:
            tags.update((ref, t) for ref, t in self._tagging.tags.items() if ref[0] not in self._unsaved)
            names.update(self._tagging.names)
        for page_id, layer in self._unsaved.items():
            for key, item in layer.items.items():
                if item.tags:
                    tags[page_id, key] = item.tags
                    names[page_id] = self._pages[page_id].name
        return {ref: t for ref, t in tags.items() if t}, names

    def set_taxonomy(self, tagging: Tagging) -> None:
        """Make `tagging.themes` the library's taxonomy and give the items of `tagging.tags` those themes:
        the layers held in memory at once, the library in one transaction. Emits `taxonomyChanged`, then
        `layerChanged` when items of the open page changed."""
        pages = {page_id for page_id, _key in tagging.tags}
        for page_id in pages:
            tags = tagging.of_page(page_id)
            for layers in (self._on_disk, self._unsaved):
                if page_id in layers:
                    layers[page_id] = ops.retag_items(layers[page_id], tags)
        change = None
        if self.page_id in pages and self.layer is not None:
            before = self.layer
            self.layer = ops.retag_items(before, tagging.of_page(self.page_id))
            change = diff(before, self.layer)
        waiting = self._tagging
        if waiting is not None:
            # An earlier edit not yet written: this one is written with it, on top of it.
            tagging = Tagging(
                tagging.themes,
                {**waiting.tags, **tagging.tags},
                {**waiting.names, **tagging.names},
                tagging.renamed,
            )
        self._tagging = tagging
        self._write_taxonomy()
        self.taxonomyChanged.emit(tagging)
        if change is not None and self.page_id is not None:
            self.layerChanged.emit(self.page_id, change)

    def _write_taxonomy(self) -> bool:
        """Write the taxonomy edit that is waiting, if any; False when it cannot be written yet."""
        from ..storage import StorageError

        tagging = self._tagging
        if tagging is None:
            return True
        assert self.library is not None
        try:
            self.library.set_taxonomy(tagging.themes, tagging.tags)
        except StorageError as error:
            self.savedChanged.emit(False)
            self.saveFailed.emit(error.problem)
            return False
        self._tagging = None
        if not self._unsaved:
            self.savedChanged.emit(True)
        return True

    def info_of(self, page_id: int, layer: Layer) -> PageInfo:
        """The library's counts for a page, computed from the layer in memory (it may not be on disk yet)."""
        from ..storage import PageInfo

        return PageInfo.of(page_id, self._pages[page_id].name, layer)
