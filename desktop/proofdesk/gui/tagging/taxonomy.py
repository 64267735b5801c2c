"""The taxonomy of the open library and how many items carry each theme, as the window's theme models show
it, and the taxonomy edits (add, rename, merge, delete a theme; a theme's description and keywords)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ...domain import ops
from ...domain.model import Change
from ...themes import Retag, Theme
from ..commands import EditCommand
from ..session import Session
from .model import ThemeModel
from .suggestions import Suggestions


class Taxonomy(QObject):
    """The library's themes and the counts per theme, fed to `model` (the completer, the dialog) and
    `filter_model` (the theme filter, with its "all themes" row).

    Signals:
        changed(): the taxonomy or the counts per theme changed.
        edited(object): a taxonomy edit was stored; the payload is its `Retag` (None for an edit that moves
            no tag: an added theme, a new description).
        message(str): a short note for the status bar (a failed write).
    """

    changed = Signal()
    edited = Signal(object)
    message = Signal(str)

    def __init__(
        self, session: Session, stack: QUndoStack, suggestions: Suggestions, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.stack = stack
        self.suggestions = suggestions
        self.model = ThemeModel(self)
        self.filter_model = ThemeModel(self, all_row=True)
        session.libraryReady.connect(self.read)
        session.layerChanged.connect(self._layer_changed)

    @property
    def themes(self) -> tuple[Theme, ...]:
        return self.model.themes

    def count(self, name: str) -> int:
        """How many items carry theme `name` (as the library holds them)."""
        return self.model.count(name)

    def read(self) -> None:
        """The library's taxonomy and counts (a library without one gets the default taxonomy)."""
        from ...tagging import library_taxonomy

        library = self.session.library
        if library is not None:
            self._show(library_taxonomy(library))

    def _show(self, themes: Sequence[Theme]) -> None:
        library = self.session.library
        counts = library.tag_counts() if library is not None else {}
        self.model.set_themes(themes, counts)
        self.filter_model.set_themes(themes, counts)
        self.changed.emit()

    def _layer_changed(self, page_id: int, change: Change) -> None:
        if change.items and page_id == self.session.page_id:
            self._show(self.themes)

    def edit(self, themes: Sequence[Theme], retag: Retag | None = None) -> int | None:
        """Store an edited taxonomy; with `retag`, every item's tags follow it (in the library, in the
        window's pages and in the undo history). Returns how many items were retagged, None on failure."""
        from ...storage import StorageError
        from ..wording import problem_text

        library = self.session.library
        if library is None:
            return None
        try:
            changed = library.set_themes(themes, retag)
        except StorageError as error:
            self.message.emit(problem_text(error.problem))
            return None
        if retag:
            # Edits already made keep their meaning: undoing an earlier tag must not bring back a name the
            # taxonomy no longer has.
            for i in range(self.stack.count()):
                command = self.stack.command(i)
                if isinstance(command, EditCommand):
                    command.before = ops.retag_layer(command.before, retag.apply)
                    command.after = ops.retag_layer(command.after, retag.apply)
            self.session.retag(lambda layer: ops.retag_layer(layer, retag.apply))
        self.suggestions.set_themes(themes, retag)
        self._show(themes)
        self.edited.emit(retag)
        return changed
