"""The taxonomy of the open library and how many items carry each theme, as the window's theme models show
it, and the taxonomy edits (add, rename, merge, delete a theme; a theme's description and keywords).

A taxonomy edit is one undoable command (`EditTaxonomy`) like every other edit: it goes through the session,
which writes it at once, or keeps it and says so when it cannot."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ...domain.model import Change
from ..commands import EditTaxonomy
from ..session import ItemRef, Session, Tagging
from .model import ThemeModel
from .suggestions import Suggestions

if TYPE_CHECKING:
    from ...themes import Retag, Theme


class Taxonomy(QObject):
    """The library's themes and the counts per theme, fed to `model` (the completer, the dialog) and
    `filter_model` (the theme filter, with its "all themes" row).

    Signals:
        changed(): the taxonomy or the counts per theme changed.
        edited(object): a taxonomy edit, or its undo, was made; the payload is the session's `Tagging`.
    """

    changed = Signal()
    edited = Signal(object)

    def __init__(
        self, session: Session, stack: QUndoStack, suggestions: Suggestions, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.stack = stack
        self.suggestions = suggestions
        self.model = ThemeModel(self)
        self.filter_model = ThemeModel(self, all_row=True)
        # After the window's first page: counting the themes reads every item's tags (0.6 s at 100,000 pages).
        session.libraryReady.connect(self._read_soon)
        # The open page's confirmed themes as the counts hold them: an edit of its items moves the counts by
        # what changed on it, without counting every item of the library again.
        self._open_tags: Counter[str] = Counter()
        session.pageOpened.connect(self._page_opened)
        session.layerChanged.connect(self._layer_changed)
        session.taxonomyChanged.connect(self._changed)

    @property
    def themes(self) -> tuple[Theme, ...]:
        return self.model.themes

    def count(self, name: str) -> int:
        """How many items carry theme `name` (as the library holds them)."""
        return self.model.count(name)

    def _read_soon(self) -> None:
        QTimer.singleShot(0, self.read)

    def read(self) -> None:
        """The library's taxonomy and counts (a library without one gets the default taxonomy)."""
        from ...tagging import library_taxonomy

        library = self.session.library
        if library is not None:
            self._show(library_taxonomy(library))

    def _show(self, themes: Sequence[Theme]) -> None:
        library = self.session.library
        counts = library.tag_counts() if library is not None else {}
        self._open_tags = self._page_tags()
        self.model.set_themes(themes, counts)
        self.filter_model.set_themes(themes, counts)
        self.changed.emit()

    def _page_tags(self) -> Counter[str]:
        layer = self.session.layer
        return Counter(tag for item in layer.items.values() for tag in item.tags) if layer is not None else Counter()

    def _page_opened(self, _page_id: int) -> None:
        self._open_tags = self._page_tags()

    def _layer_changed(self, page_id: int, change: Change) -> None:
        if not change.items or page_id != self.session.page_id:
            return
        now = self._page_tags()
        counts = self.model.counts()
        for name in now.keys() | self._open_tags.keys():
            counts[name] = counts.get(name, 0) + now[name] - self._open_tags[name]
        self._open_tags = now
        self.model.set_themes(self.themes, counts)
        self.filter_model.set_themes(self.themes, counts)
        self.changed.emit()

    def _changed(self, tagging: Tagging) -> None:
        names = tagging.names
        docs: dict[Hashable, tuple[str, ...]] = {
            (names[page], key): tags for (page, key), tags in tagging.tags.items() if page in names
        }
        self.suggestions.set_themes(tagging.themes, docs)
        self._show(tagging.themes)
        self.edited.emit(tagging)

    def edit(self, themes: Sequence[Theme], text: str, retag: Retag | None = None) -> int | None:
        """Make `themes` the taxonomy, as one undoable command named `text`; with `retag` (a rename, merge or
        delete), the themes of every item follow it. Returns how many items it retags (None when no library
        is open). A write that fails keeps the edit, as every edit, until it can be written."""
        if self.session.library is None:
            return None
        before_tags: dict[ItemRef, tuple[str, ...]] = {}
        after_tags: dict[ItemRef, tuple[str, ...]] = {}
        names: dict[int, str] = {}
        if retag:
            tagged, page_names = self.session.tagged_items()
            for ref, tags in tagged.items():
                new = retag.apply(tags)
                if new != tags:
                    before_tags[ref], after_tags[ref] = tags, new
                    names[ref[0]] = page_names[ref[0]]
        if tuple(themes) == self.themes and not after_tags:
            return 0  # nothing changes: no write, no undo step
        old_names = {t.name for t in self.themes}
        renamed = dict(retag.renamed) if retag else {}
        # Undoing a rename gives the old name back; undoing a merge leaves its target as it was.
        back = {new: old for old, new in renamed.items() if new not in old_names}
        before = Tagging(self.themes, before_tags, names, back)
        after = Tagging(tuple(themes), after_tags, names, renamed)
        self.stack.push(EditTaxonomy(self.session, before, after, text))
        return len(after_tags)
