"""The suggestions service: the library's suggester, built, asked and kept up to date off the GUI thread.

The suggester is built in a worker once the library is open (it loads jieba, which never happens on the
GUI thread); until then it is None. Suggestions and confirmations run in one worker thread of their own,
in the order they were asked for, so a suggestion asked for after a tag was confirmed always sees it.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from ...domain.derive import Article
from .. import workers
from ..session import Session

if TYPE_CHECKING:
    from ...themes import Suggester, Suggestion, Theme

IDLE_SECONDS = 0.5
"""How long the editor must leave the window alone before the suggester's builder goes on."""

Confirmed = tuple[Hashable, str, tuple[str, ...]]
"""An item the suggester learns from: its name, its text and its confirmed themes."""


class Suggestions(QObject):
    """The suggester of the open library and the one worker thread that asks and teaches it.

    Signals:
        building(): a new suggester is being built; until `ready`, there is none.
        ready(float): the suggester is built; the payload is the seconds the build took.
        unavailable(object): building failed; the payload is the exception.
        failed(object): a suggestion or confirmation failed in the worker; the payload is the exception.
    """

    building = Signal()
    ready = Signal(float)
    unavailable = Signal(object)
    failed = Signal(object)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.suggester: Suggester | None = None
        self.build_task: workers.Task | None = None
        self.build_failed = False
        self.pool = QThreadPool(self)
        # One thread: confirmations and suggestions run in the order they were asked for.
        self.pool.setMaxThreadCount(1)
        # Milliseconds per suggestion in the worker, the latest thousand (for the status of the feature).
        self.suggest_ms: deque[float] = deque(maxlen=1000)
        self._running: set[workers.Task] = set()
        self._closed = False
        self._ahead = False  # the build started before the window's library was open (`start_ahead`)
        # When the editor last switched pages or made an edit (time.monotonic()); read by the suggester's
        # builder, which holds back while the editor is busy: segmenting a large library with jieba holds
        # the interpreter lock for seconds and would slow every page switch.
        self._last_activity = time.monotonic()  # the window opening counts: its first page comes first
        session.pageOpened.connect(self._busy)
        session.layerChanged.connect(self._busy)

    def start(self) -> workers.Task | None:
        """Build the suggester over the whole library in a worker (this loads jieba there)."""
        self.stop()
        if self._closed:
            return None
        self.build_failed = False
        self.building.emit()
        path = self.session.path
        # The window's first page (or whatever the editor does now) comes before jieba's dictionary.
        self._busy()

        def work(task: workers.Task) -> tuple[Suggester, float]:
            from ...tagging import build_suggester

            def pause() -> None:
                while not task.cancelled() and time.monotonic() - self._last_activity < IDLE_SECONDS:
                    time.sleep(0.05)

            def ready(suggester: Suggester) -> None:
                # Usable from now on while the build goes on reading pages.
                task.signals.usable.emit((suggester, time.perf_counter() - start))

            start = time.perf_counter()
            with workers.reopen(path, read_only=True) as library:
                suggester = build_suggester(library, cancel=task.cancelled, pause=pause, ready=ready)
            return suggester, time.perf_counter() - start

        task = workers.Task(work)
        task.signals.usable.connect(lambda result, t=task: self._built(t, result, done=False))
        task.signals.finished.connect(lambda result, t=task: self._built(t, result))
        task.signals.failed.connect(lambda error, t=task: self._build_failed(t, error))
        self.build_task = workers.start(task)
        return task

    def start_ahead(self) -> None:
        """Start the build before the window's library is open: its file was read as a library of the latest
        schema (`storage.glance`), which the build reads on a read-only connection of its own while the window
        opens and checks it (a second at 100,000 pages). The library's opening does not start it again."""
        self._ahead = self.start() is not None

    def library_opened(self) -> None:
        """The window's library is open: build the suggester, unless a build went ahead of the opening."""
        if self._ahead and not self.build_failed:
            self._ahead = False
            return
        self.start()

    def stop(self) -> None:
        """No suggester: the build stops (between pages) and its result is dropped (the library did not open,
        or another build starts)."""
        if self.build_task is not None:
            self.build_task.cancel()
            self.build_task = None
        self.suggester = None
        self._ahead = False

    def _busy(self, *_args: object) -> None:
        self._last_activity = time.monotonic()

    def _built(self, task: workers.Task, result: tuple[Suggester, float], done: bool = True) -> None:
        """The suggester can be asked (`done` False: it goes on reading pages), or its build is over."""
        if task is not self.build_task or task.cancelled():
            return
        if done:
            self.build_task = None
        if self.suggester is result[0]:
            return
        self.suggester, seconds = result
        self.ready.emit(seconds)

    def _build_failed(self, task: workers.Task, error: Exception) -> None:
        if task is not self.build_task:
            return
        self.build_task = None
        self.build_failed = True
        self.unavailable.emit(error)

    def shutdown(self) -> None:
        """Stop the workers before the window closes (the build stops between pages); nothing new starts
        afterwards."""
        self._closed = True
        if self.build_task is not None:
            self.build_task.cancel()
            self.build_task.done.wait(10)
        self.pool.waitForDone(10_000)

    # -- asking and teaching (in the worker, in order) -------------------------------------------------

    def suggest(self, article: Article, k: int, done: Callable[[list[Suggestion]], None]) -> bool:
        """Ask for `k` suggestions for `article`; `done` gets them on the GUI thread. False when there is no
        suggester yet."""
        suggester = self.suggester
        if suggester is None:
            return False

        def work(_task: workers.Task) -> tuple[list[Suggestion], float]:
            from ...tagging import doc_id

            start = time.perf_counter()
            found = suggester.suggest(article.text, k, doc_id=doc_id(article), exclude=article.tags)
            return found, (time.perf_counter() - start) * 1000

        def finished(result: tuple[list[Suggestion], float]) -> None:
            found, ms = result
            self.suggest_ms.append(ms)
            done(found)

        self._run(work, finished)
        return True

    def learn(self, confirmed: Sequence[Confirmed], gone: Sequence[Hashable]) -> None:
        """Tell the suggester what editors confirmed on items, and which items are gone."""
        suggester = self.suggester
        if suggester is None or not (confirmed or gone):
            return

        def work(_task: workers.Task) -> None:
            for doc, text, tags in confirmed:
                suggester.confirm(doc, text, tags)
            for doc in gone:
                suggester.remove(doc)

        self._run(work)

    def set_themes(self, themes: Sequence[Theme], tags: Mapping[Hashable, Sequence[str]]) -> None:
        """The taxonomy changed: the suggester follows it, and the items of `tags` (by the suggester's name
        for them) carry those themes."""
        suggester = self.suggester
        if suggester is None:
            return

        def work(_task: workers.Task) -> None:
            suggester.set_themes(themes)
            suggester.set_tags(tags)

        self._run(work)

    def _run(self, work: Callable[[workers.Task], Any], done: Callable[[Any], None] | None = None) -> None:
        if self._closed:
            return
        task = workers.Task(work)
        self._running.add(task)
        task.signals.finished.connect(lambda _r, t=task: self._running.discard(t))
        task.signals.failed.connect(lambda _e, t=task: self._running.discard(t))
        task.signals.failed.connect(self.failed.emit)
        if done is not None:
            task.signals.finished.connect(done)
        self.pool.start(task)
