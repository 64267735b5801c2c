"""Filtering by theme: the library lists only pages with an item of the theme, the outline only those
items. Both are proxy models over their lists (`LibraryFilter`, `OutlineFilter`); this says what they
let through."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...domain.model import Change
from ..articleview import OutlineFilter
from ..session import Session, Tagging
from .taxonomy import Taxonomy


class ThemeFilter(QObject):
    """The theme the window is filtered by (None: none).

    Signals:
        pagesChanged(object): the ids of the pages to list (a set), or None for every page.
    """

    pagesChanged = Signal(object)

    def __init__(
        self, session: Session, taxonomy: Taxonomy, outline: OutlineFilter, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.outline = outline
        self._name: str | None = None
        session.layerChanged.connect(self._layer_changed)
        taxonomy.edited.connect(self._edited)

    @property
    def name(self) -> str | None:
        return self._name

    def choose(self, name: str | None) -> set[int] | None:
        """Show only pages, and outline items, with theme `name` (None: all). Returns the page ids shown."""
        self._name = name
        self.outline.set_test(None if name is None else lambda article: name in article.tags)
        return self.refresh()

    def refresh(self) -> set[int] | None:
        """Read again which pages have an item of the theme."""
        library = self.session.library
        pages = None if self._name is None or library is None else {i.id for i in library.pages(tag=self._name)}
        self.pagesChanged.emit(pages)
        return pages

    def _layer_changed(self, page_id: int, change: Change) -> None:
        if change.items and page_id == self.session.page_id:
            self.refresh()

    def _edited(self, tagging: Tagging) -> None:
        name = self._name
        if name is None:
            self.refresh()
            return
        # A renamed theme stays the filter under its new name; a deleted one ends the filter.
        name = tagging.renamed.get(name, name)
        self.choose(name if any(t.name == name for t in tagging.themes) else None)
