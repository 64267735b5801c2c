"""Theme tagging in the window: the taxonomy, the suggester, the chips of the selected item, the theme
filter. The tag command is `commands.SetTags`.

The suggester is built in a worker once the library is open (it loads jieba, which never happens on the
GUI thread); until then the chips say that suggestions are loading. Suggestions and confirmations run in
one worker thread of their own, in the order they were asked for, so a suggestion asked for after a tag
was confirmed always sees it. A result that arrives after the editor moved to another item is dropped.

Tags change only through `SetTags`, an undoable command like every other correction; the session writes
it at once and its `layerChanged` signal tells the suggester, the counts and the filter.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QListView

from ..domain import ops
from ..domain.derive import Article, derive
from ..domain.model import Change, Layer, diff
from ..themes import Retag, Suggestion, Theme
from . import workers
from .commands import EditCommand, SetTags
from .models import OutlineModel
from .session import Session
from .themechips import ThemeChips
from .thememodel import ThemeModel

if TYPE_CHECKING:
    from ..themes import Suggester

SUGGESTIONS = 3
"""How many suggestions the chips show (each has a key: Alt+1, Alt+2, Alt+3)."""


IDLE_SECONDS = 0.5
"""How long the editor must leave the window alone before the suggester's builder goes on."""


def retag_layer(layer: Layer, retag: Retag) -> Layer:
    """`layer` with every item's themes following a taxonomy edit (the same layer when none changes)."""
    items = {key: replace(item, tags=retag.apply(item.tags)) for key, item in layer.items.items()}
    if all(items[key].tags == item.tags for key, item in layer.items.items()):
        return layer
    return Layer(layer.lines, items, layer.status)


class ThemeTags(QObject):
    """The themes of the open library and of the selected item.

    Signals:
        message(str): a short note for the status bar (an unknown theme name, a failed write).
        suggesterReady(float): suggestions are available; the payload is the seconds the build took.
        suggestionsShown(object): the chips now show suggestions for the selected item (a list of
            `Suggestion`).
        taxonomyChanged(): the taxonomy or the counts per theme changed.
        filterChanged(object): the ids of the pages to list (a set), or None for every page.
    """

    message = Signal(str)
    suggesterReady = Signal(float)
    suggestionsShown = Signal(object)
    taxonomyChanged = Signal()
    filterChanged = Signal(object)

    def __init__(
        self,
        session: Session,
        stack: QUndoStack,
        chips: ThemeChips,
        outline: QListView,
        model: ThemeModel,
        filter_model: ThemeModel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.stack = stack
        self.chips = chips
        self.outline = outline
        self.model = model
        self.filter_model = filter_model
        self.suggester: Suggester | None = None
        self.build_task: workers.Task | None = None
        self.build_failed = False
        self.pool = QThreadPool(self)
        # One thread: confirmations and suggestions run in the order they were asked for.
        self.pool.setMaxThreadCount(1)
        # Milliseconds per suggestion in the worker, the latest thousand (for the status of the feature).
        self.suggest_ms: deque[float] = deque(maxlen=1000)
        self._running: set[workers.Task] = set()
        self._article: Article | None = None
        self._key: int | None = None
        self._shown: tuple[str, int] | None = None
        self._asked = 0
        self._filter: str | None = None
        self._filter_pages: set[int] | None = None
        self._closed = False
        # When the editor last switched pages or made an edit (time.monotonic()); read by the suggester's
        # builder, which holds back while the editor is busy: segmenting a large library with jieba holds
        # the interpreter lock for seconds and would slow every page switch.
        self._last_activity = time.monotonic()  # the window opening counts: its first page comes first
        session.pageOpened.connect(self._busy)
        session.layerChanged.connect(self._busy)
        self.chips.addRequested.connect(self.add)
        self.chips.removeRequested.connect(self.remove)
        self.chips.acceptRequested.connect(self.accept)
        session.libraryReady.connect(self.library_ready)
        session.layerChanged.connect(self._layer_changed)
        outline_model = outline.model()
        outline_model.modelReset.connect(self._hide_outline_rows)
        outline_model.dataChanged.connect(self._hide_outline_rows)
        self.chips.show_item(None)

    # -- library --------------------------------------------------------------------------------------

    @property
    def themes(self) -> tuple[Theme, ...]:
        return self.model.themes

    def library_ready(self) -> None:
        """Read the taxonomy and counts, then build the suggester in a worker."""
        self.read_taxonomy()
        self.start_suggester()

    def read_taxonomy(self) -> None:
        """The library's taxonomy and counts (a library without one gets the default taxonomy)."""
        from ..tagging import library_taxonomy

        library = self.session.library
        if library is not None:
            self._set_taxonomy(library_taxonomy(library))

    def start_suggester(self) -> workers.Task | None:
        """Build the suggester over the whole library in a worker (this loads jieba there)."""
        if self.build_task is not None:
            self.build_task.cancel()
        self.suggester = None
        if self._closed:
            return None
        self.build_failed = False
        self._show_suggestions()
        path = self.session.path

        def work(task: workers.Task) -> tuple[Suggester, float]:
            from ..storage import Library
            from ..tagging import build_suggester

            def pause() -> None:
                while not task.cancelled() and time.monotonic() - self._last_activity < IDLE_SECONDS:
                    time.sleep(0.05)

            start = time.perf_counter()
            with Library.open(path) as library:
                suggester = build_suggester(library, cancel=task.cancelled, pause=pause)
            return suggester, time.perf_counter() - start

        task = workers.Task(work)
        task.signals.finished.connect(lambda result, t=task: self._suggester_built(t, result))
        task.signals.failed.connect(lambda error, t=task: self._suggester_failed(t, error))
        self.build_task = workers.start(task)
        return task

    def _busy(self, *_args: object) -> None:
        self._last_activity = time.monotonic()

    def _suggester_built(self, task: workers.Task, result: tuple[Suggester, float]) -> None:
        if task is not self.build_task or task.cancelled():
            return
        self.build_task = None
        self.suggester, seconds = result
        self.suggesterReady.emit(seconds)
        self._show_suggestions()

    def _suggester_failed(self, task: workers.Task, error: Exception) -> None:
        if task is not self.build_task:
            return
        self.build_task = None
        self.build_failed = True
        self.message.emit(self.tr("Theme suggestions are unavailable: {0}").format(error))
        self._show_suggestions()

    def shutdown(self) -> None:
        """Stop the workers before the window closes (the build stops between pages); nothing new starts
        afterwards."""
        self._closed = True
        if self.build_task is not None:
            self.build_task.cancel()
            self.build_task.done.wait(10)
        self.pool.waitForDone(10_000)

    # -- the selected item ----------------------------------------------------------------------------

    def show_article(self, article: Article | None) -> None:
        """Show the themes of `article` (the item on the article side), and ask for its suggestions."""
        from ..tagging import TAGGED_KINDS

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
        self.chips.show_item(None if article is None else article.tags)
        self._show_suggestions(clear=other_item)

    def _show_suggestions(self, *, clear: bool = True) -> None:
        """Ask for the selected item's suggestions. The chips keep showing the item's earlier suggestions
        until the new ones arrive (no flicker after a confirmation), but never another item's: a key must
        accept only what is on screen for this item."""
        article = self._article
        self._asked += 1
        if article is None:
            self.chips.show_suggestions([])
            return
        if self.suggester is None:
            note = self.tr("Suggestions are unavailable.") if self.build_failed else self.tr("Suggestions are loading…")
            self.chips.show_suggestions([], note)
            return
        if clear:
            self.chips.show_suggestions([])
        asked, suggester = self._asked, self.suggester

        def work(_task: workers.Task) -> tuple[int, list[Suggestion], float]:
            from ..tagging import doc_id

            start = time.perf_counter()
            found = suggester.suggest(article.text, SUGGESTIONS, doc_id=doc_id(article), exclude=article.tags)
            return asked, found, (time.perf_counter() - start) * 1000

        self._run(work, self._suggested)

    def _suggested(self, result: tuple[int, list[Suggestion], float]) -> None:
        asked, found, ms = result
        self.suggest_ms.append(ms)
        if asked != self._asked:
            return
        self.chips.show_suggestions(found)
        self.suggestionsShown.emit(found)

    def _run(self, work: Callable[[workers.Task], Any], done: Callable[[Any], None] | None = None) -> None:
        if self._closed:
            return
        task = workers.Task(work)
        self._running.add(task)
        task.signals.finished.connect(lambda _r, t=task: self._running.discard(t))
        task.signals.failed.connect(lambda _e, t=task: self._running.discard(t))
        task.signals.failed.connect(lambda error: self.message.emit(str(error)))
        if done is not None:
            task.signals.finished.connect(done)
        self.pool.start(task)

    # -- tagging --------------------------------------------------------------------------------------

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
        if self.model.row_of(name) is None:
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
        try:
            command = SetTags(self.session, key, tags, text)
        except ops.EditError as error:
            self.message.emit(str(error))
            return
        if diff(command.before, command.after):
            self.stack.push(command)

    def _layer_changed(self, page_id: int, change: Change) -> None:
        """Tell the suggester what editors confirmed, then refresh counts, filter and suggestions."""
        from ..tagging import TAGGED_KINDS

        page, layer = self.session.page, self.session.layer
        if not change.items or page is None or layer is None or page_id != self.session.page_id:
            return
        articles = {a.key: a for a in derive(page, layer)}
        suggester = self.suggester
        if suggester is not None:
            tagged = {key: a for key, a in articles.items() if a.kind in TAGGED_KINDS}
            confirmed = [((page.name, k), tagged[k].text, tagged[k].tags) for k in change.items if k in tagged]
            gone = [(page.name, k) for k in change.items if k not in tagged]

            def work(_task: workers.Task) -> None:
                for doc, text, tags in confirmed:
                    suggester.confirm(doc, text, tags)
                for doc in gone:
                    suggester.remove(doc)

            self._run(work)
        self._refresh_counts()
        self._refresh_filter()
        self._reshow(articles)

    def _reshow(self, articles: dict[int, Article] | None = None) -> None:
        """Show the selected item again and ask for its suggestions afresh (they run after any confirmation
        already queued, so they see it)."""
        page, layer = self.session.page, self.session.layer
        if self._key is None or page is None or layer is None:
            return
        if articles is None:
            articles = {a.key: a for a in derive(page, layer)}
        self._article = None
        self.show_article(articles.get(self._key))

    # -- taxonomy -------------------------------------------------------------------------------------

    def _set_taxonomy(self, themes: Sequence[Theme]) -> None:
        library = self.session.library
        counts = library.tag_counts() if library is not None else {}
        self.model.set_themes(themes, counts)
        self.filter_model.set_themes(themes, counts)
        self.taxonomyChanged.emit()

    def _refresh_counts(self) -> None:
        self._set_taxonomy(self.themes)

    def count(self, name: str) -> int:
        """How many items carry theme `name` (as the library holds them)."""
        return self.model.count(name)

    def edit_taxonomy(self, themes: Sequence[Theme], retag: Retag | None = None) -> int | None:
        """Store an edited taxonomy; with `retag`, every item's tags follow it (in the library, in the
        window's pages and in the undo history). Returns how many items were retagged, None on failure."""
        from ..storage import StorageError
        from .wording import problem_text

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
                    command.before = retag_layer(command.before, retag)
                    command.after = retag_layer(command.after, retag)
            self.session.retag(lambda layer: retag_layer(layer, retag))
            if self._filter is not None:
                self._filter = retag.renamed.get(self._filter, None if self._filter in retag.deleted else self._filter)
        suggester = self.suggester
        if suggester is not None:
            self._run(lambda _task: suggester.set_themes(themes, retag))
        self._set_taxonomy(themes)
        self._refresh_filter()
        self._reshow()
        return changed

    # -- filter by theme ------------------------------------------------------------------------------

    @property
    def filter(self) -> str | None:
        return self._filter

    def set_filter(self, name: str | None) -> set[int] | None:
        """Show only pages, and outline items, with theme `name` (None: all). Returns the page ids shown."""
        self._filter = name
        return self._refresh_filter()

    def _refresh_filter(self) -> set[int] | None:
        library = self.session.library
        if self._filter is None or library is None:
            self._filter_pages = None
        else:
            self._filter_pages = {info.id for info in library.pages(tag=self._filter)}
        self.filterChanged.emit(self._filter_pages)
        self._hide_outline_rows()
        return self._filter_pages

    def _hide_outline_rows(self, *_args: object) -> None:
        model = self.outline.model()
        if not isinstance(model, OutlineModel):
            return
        for row in range(model.rowCount()):
            article = model.article(row)
            hidden = self._filter is not None and article is not None and self._filter not in article.tags
            self.outline.setRowHidden(row, hidden)


def key_hints(actions: Sequence[Any]) -> list[str]:
    """The first shortcut of each action as the chips show it."""
    from PySide6.QtGui import QKeySequence

    return [a.shortcut().toString(QKeySequence.SequenceFormat.NativeText) for a in actions]
