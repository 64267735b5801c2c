"""The open library, the page on screen, and the one place where edits are written.

State flows one way: a command calls `Session.apply`, the session writes the edit to the library and emits
`layerChanged`; the views redraw from that signal. A write that fails (disk full, database locked) keeps
the edit in memory, marks the page unsaved and is tried again with the next edit or on `retry()`, so
nothing the editor did is lost while the problem lasts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ..domain.model import Change, Layer, Page, diff

if TYPE_CHECKING:
    from ..location import Location
    from ..ocrfiles import ImageRef, PageScan
    from ..storage import Library, PageInfo


class Session(QObject):
    """The library the window works on (a file, or a database on a server).

    Signals:
        libraryReady(): a library was attached; page lists can be (re)read.
        pageOpened(int): the page with this id is now `page`/`layer`.
        layerChanged(int, object): the page's layer changed; the payload is a domain `Change`.
        pageInfoChanged(object): a page's counts or status changed; the payload is a `PageInfo`.
        pagesAdded(): pages were imported; page lists should be read again.
        saveFailed(object): writing failed; the payload is the storage `Problem`. The edit stays in memory.
        savedChanged(bool): True when every edit is on disk, False while some are waiting to be written.
        changedElsewhere(): another program (or a worker) committed to the library since the last look.
    """

    libraryReady = Signal()
    pageOpened = Signal(int)
    layerChanged = Signal(int, object)
    pageInfoChanged = Signal(object)
    pagesAdded = Signal()
    saveFailed = Signal(object)
    savedChanged = Signal(bool)
    changedElsewhere = Signal()

    WATCH_MS = 2000
    """How often the library is asked whether another program wrote to it (a cheap PRAGMA)."""

    def __init__(self, path: Location, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # A file's path, or the `Server` of a library on a server (kept as it is: storage is not imported yet).
        self.path: Location = Path(path) if isinstance(path, str | Path) else path
        self.library: Library | None = None
        self.page_id: int | None = None
        self.page: Page | None = None
        self.layer: Layer | None = None
        self.scan: PageScan | None = None
        # Per page: the layer last known to be on disk, and the layer the editor sees when the two differ.
        self._on_disk: dict[int, Layer] = {}
        self._unsaved: dict[int, Layer] = {}
        self._pages: dict[int, Page] = {}
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
        self.libraryReady.emit()

    def look_for_changes(self) -> None:
        """Emit `changedElsewhere` when another connection committed to the library since the last look."""
        from ..storage import StorageError

        if self.library is None:
            return
        try:
            version = self.library.data_version()
        except StorageError:
            return  # a locked or failing library: the next look, or the next edit, tells
        if self._data_version is not None and version != self._data_version:
            self.changedElsewhere.emit()
        self._data_version = version

    def close(self) -> None:
        self._watch.stop()
        if self.library is not None:
            self.library.close()
            self.library = None

    @property
    def unsaved(self) -> bool:
        return bool(self._unsaved)

    def open_page(self, page_id: int) -> None:
        """Show the page: from memory when it holds edits not yet written, else from the library."""
        if self.library is None:
            return
        if page_id in self._unsaved:
            page, layer = self._pages[page_id], self._unsaved[page_id]
        else:
            page, layer = self.library.load(page_id)
            self._on_disk[page_id] = layer
            self._pages[page_id] = page
        self.page_id, self.page, self.layer = page_id, page, layer
        self.scan = self.library.scan(page_id)
        self.pageOpened.emit(page_id)

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
        if page_id == self.page_id and self.page is not None and self.layer is not None:
            return self.page, self.layer
        if page_id in self._unsaved:
            return self._pages[page_id], self._unsaved[page_id]
        assert self.library is not None
        page, layer = self.library.load(page_id)
        self._pages[page_id], self._on_disk[page_id] = page, layer
        return page, layer

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
        try:
            pending = list(self._unsaved)
            self.library.save_pages([(p, self._on_disk[p], self._unsaved[p]) for p in pending])
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
        return all(self._write(page_id, None) for page_id in list(self._unsaved))

    def _write(self, page_id: int, parsed_with: int | None) -> bool:
        from ..storage import StorageError

        assert self.library is not None
        if page_id not in self._unsaved:
            return True
        after = self._unsaved[page_id]
        was_saved = not self._unsaved.keys() - {page_id}
        try:
            if parsed_with is not None:
                self.library.replace_layer(page_id, after, parsed_with)
            else:
                self.library.save(page_id, self._on_disk[page_id], after)
        except StorageError as error:
            self.savedChanged.emit(False)
            self.saveFailed.emit(error.problem)
            return False
        self._on_disk[page_id] = after
        del self._unsaved[page_id]
        if was_saved or not self._unsaved:
            self.savedChanged.emit(not self._unsaved)
        return True

    def retag(self, change: Callable[[Layer], Layer]) -> None:
        """Apply to the layers held in memory a change the library has already stored for every page
        (themes renamed or deleted with the taxonomy)."""
        self._on_disk = {page_id: change(layer) for page_id, layer in self._on_disk.items()}
        self._unsaved = {page_id: change(layer) for page_id, layer in self._unsaved.items()}
        if self.page_id is not None and self.layer is not None:
            before = self.layer
            self.layer = self._unsaved.get(self.page_id) or change(before)
            self.layerChanged.emit(self.page_id, diff(before, self.layer))

    def info_of(self, page_id: int, layer: Layer) -> PageInfo:
        """The library's counts for a page, computed from the layer in memory (it may not be on disk yet)."""
        from ..storage import PageInfo

        return PageInfo.of(page_id, self._pages[page_id].name, layer)
