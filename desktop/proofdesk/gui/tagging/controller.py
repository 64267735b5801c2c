"""The selected item's themes: what its chips show, the suggestions asked for it, and its tag edits.

Tags change only through `SetTags`, an undoable command like every other correction; the session writes
it at once and its `layerChanged` signal tells the suggester and the chips. A suggestion that arrives
after the editor moved to another item is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ...domain import ops
from ...domain.derive import Article, derive
from ...domain.model import TAGGED_KINDS, Change, diff
from ..commands import SetTags
from ..session import Session
from ..wording import edit_problem_text, held_text
from .chips import ThemeChips
from .suggestions import Suggestions
from .taxonomy import Taxonomy

if TYPE_CHECKING:
    from ...themes import Suggestion

SUGGESTIONS = 3
"""How many suggestions the chips show (each has a key: Alt+1, Alt+2, Alt+3)."""


class ItemTags(QObject):
    """The themes of the item selected on the article side.

    Signals:
        message(str): a short note for the status bar (an unknown theme name, a failed suggestion).
        suggestionsShown(object): the chips now show suggestions for the selected item (a list of
            `Suggestion`).
    """

    message = Signal(str)
    suggestionsShown = Signal(object)

    def __init__(
        self,
        session: Session,
        stack: QUndoStack,
        chips: ThemeChips,
        taxonomy: Taxonomy,
        suggestions: Suggestions,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.stack = stack
        self.chips = chips
        self.taxonomy = taxonomy
        self.suggestions = suggestions
        self._article: Article | None = None
        self._key: int | None = None
        self._shown: tuple[str, int] | None = None
        self._asked = 0
        chips.addRequested.connect(self.add)
        chips.removeRequested.connect(self.remove)
        chips.acceptRequested.connect(self.accept)
        session.layerChanged.connect(self._layer_changed)
        suggestions.building.connect(self._show_suggestions)
        suggestions.ready.connect(self._show_suggestions)
        suggestions.unavailable.connect(self._unavailable)
        suggestions.failed.connect(lambda error: self.message.emit(str(error)))
        taxonomy.edited.connect(self._reshow)
        chips.show_item(None)

    # -- what the chips show ----------------------------------------------------------------------------

    def show_article(self, article: Article | None) -> None:
        """Show the themes of `article` (the item on the article side), and ask for its suggestions."""
        if article is not None and article.kind not in TAGGED_KINDS:
            article = None
        same = (
            article is not None
            and self._article is not None
            and (article.page, article.key, article.text, article.tags)
            == (self._article.page, self._article.key, self._article.text, self._article.tags)
        )
        other_item = article is None or self._shown != (article.page, article.key)
        self._article = article
        self._key = None if article is None else article.key
        self._shown = None if article is None else (article.page, article.key)
        if same:
            return
        self.chips.show_item(None if article is None else article.tags, keep_suggestions=not other_item)
        self._show_suggestions(clear=other_item)

    def _show_suggestions(self, *_args: object, clear: bool = True) -> None:
        """Ask for the selected item's suggestions. The chips keep showing the item's earlier suggestions
        until the new ones arrive (no flicker after a confirmation), but never another item's: a key must
        accept only what is on screen for this item."""
        article = self._article
        self._asked += 1
        if article is None:
            self.chips.show_suggestions([])
            return
        if self.suggestions.suggester is None:
            unavailable = self.suggestions.build_failed
            note = self.tr("Suggestions are unavailable.") if unavailable else self.tr("Suggestions are loading…")
            self.chips.show_suggestions([], note)
            return
        if clear:
            self.chips.show_suggestions([])
        asked = self._asked
        self.suggestions.suggest(article, SUGGESTIONS, lambda found: self._suggested(asked, found))

    def _suggested(self, asked: int, found: list[Suggestion]) -> None:
        if asked != self._asked:
            return
        self.chips.show_suggestions(found)
        self.suggestionsShown.emit(found)

    def _unavailable(self, error: Exception) -> None:
        self.message.emit(self.tr("Theme suggestions are unavailable: {0}").format(error))
        self._show_suggestions()

    # -- tagging ----------------------------------------------------------------------------------------

    def accept(self, position: int) -> None:
        """Confirm the suggestion at `position` (0 = the first) on the selected item."""
        suggestions = self.chips.suggestions
        if 0 <= position < len(suggestions):
            self.add(suggestions[position].theme)
        elif self._article is not None:
            self.message.emit(self.tr("No suggestion {0} for this item.").format(position + 1))

    def add(self, name: str) -> None:
        """Confirm theme `name` on the selected item; it must be a theme of the taxonomy."""
        article = self._article
        if article is None:
            return
        name = name.strip()
        if self.taxonomy.model.row_of(name) is None:
            self.message.emit(self.tr("There is no theme {0}. Add it under Themes → Manage themes first.").format(name))
            return
        if name in article.tags:
            return
        self._push(article.key, (*article.tags, name), self.tr("Theme: add {0}").format(name))

    def remove(self, name: str) -> None:
        """Remove theme `name` from the selected item."""
        article = self._article
        if article is None or name not in article.tags:
            return
        self._push(article.key, [t for t in article.tags if t != name], self.tr("Theme: remove {0}").format(name))

    def _push(self, key: int, tags: Sequence[str], text: str) -> None:
        if self.session.held_by is not None:
            self.message.emit(held_text(self.session.held_by))
            return
        try:
            command = SetTags(self.session, key, tags, text)
        except ops.EditError as error:
            self.message.emit(edit_problem_text(error))
            return
        if diff(command.before, command.after):
            self.stack.push(command)

    def _layer_changed(self, page_id: int, change: Change) -> None:
        """Tell the suggester what editors confirmed, then show the selected item again."""
        page, layer = self.session.page, self.session.layer
        if not change.items or page is None or layer is None or page_id != self.session.page_id:
            return
        articles = {a.key: a for a in derive(page, layer)}
        tagged = {key: a for key, a in articles.items() if a.kind in TAGGED_KINDS}
        confirmed = [((page.name, k), tagged[k].text, tagged[k].tags) for k in change.items if k in tagged]
        gone = [(page.name, k) for k in change.items if k not in tagged]
        self.suggestions.learn(confirmed, gone)
        self._reshow(articles=articles)

    def _reshow(self, *_args: object, articles: dict[int, Article] | None = None) -> None:
        """Show the selected item again and ask for its suggestions afresh (they run after any confirmation
        already queued, so they see it)."""
        page, layer = self.session.page, self.session.layer
        if self._key is None or page is None or layer is None:
            return
        if articles is None:
            articles = {a.key: a for a in derive(page, layer)}
        self._article = None
        self.show_article(articles.get(self._key))
