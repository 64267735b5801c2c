"""The library's themes: its taxonomy (the default one until editors change it) and a suggester built over
its articles. Building a suggester loads jieba: call `build_suggester` in a worker, never on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from pathlib import Path
from typing import BinaryIO

from . import paths
from .domain.derive import Article, derive
from .domain.model import TAGGED_KINDS, Status
from .export import ExportReport, Format, export_library
from .storage import Library
from .themes import Suggester, Theme, default_taxonomy, load_jieba
from .themes.segment import tokenize
from .themes.wordcache import WordCache


def library_taxonomy(library: Library) -> tuple[Theme, ...]:
    """The library's taxonomy: the one stored with it (its first import stores the default one, and every
    taxonomy edit the whole taxonomy), else the default one. Only reads."""
    return tuple(library.themes()) or default_taxonomy()


def doc_id(article: Article) -> Hashable:
    """The suggester's name for an item: page name and item key, stable across edits of other items."""
    return (article.page, article.key)


FIRST_PAGES = 100
"""Suggestions can be asked for once the suggester knows this many pages (about a second's reading)."""
MOST_PAGES = 2000
"""The suggester reads at most this many pages: beyond, the library's word weights from a sample of this
size are as good as from every page, and reading every page of a large archive would take minutes and hold
gigabytes."""


def pages_to_read(library: Library) -> list[int]:
    """The pages a suggester reads, in the order it reads them: those whose items carry confirmed themes (what
    the similar-article votes are made of) first, then the others, each in page order; at most `MOST_PAGES`,
    the others spread evenly over the library when some must be left out."""
    tagged_pages = {page_id for page_id, _name, _key, _tags in library.tagged_items()}
    ids = library.page_ids()
    tagged = [page_id for page_id in ids if page_id in tagged_pages]
    others = [page_id for page_id in ids if page_id not in tagged_pages]
    room = max(MOST_PAGES - len(tagged), 0)
    if len(others) > room:
        others = [others[k * len(others) // room] for k in range(room)]
    return (tagged + others)[:MOST_PAGES]


def build_suggester(
    library: Library,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    pause: Callable[[], None] | None = None,
    ready: Callable[[Suggester], None] | None = None,
    derived: dict[int, list[Article]] | None = None,
) -> Suggester:
    """A suggester that knows the library's articles and their confirmed themes (`pages_to_read`). `pause` is
    called before each page and while jieba loads: the window uses it to hold the work back while the editor
    is busy. Jieba is loaded for the first text not segmented before, or once `ready` is called. `ready` gets
    the suggester once it knows `FIRST_PAGES` pages (or every page it reads, when fewer): it may be asked from
    then on while it goes on reading (it is thread-safe). `derived` is given every page's items as read, by
    page id (an export writes them without reading and deriving those pages again)."""
    if pause is not None:
        pause()
    cache = paths.cache_dir()

    def segment(text: str) -> list[str]:
        load_jieba(cache, pause)  # once, for the first text that no earlier start (or export) segmented
        return tokenize(text)

    # Articles segmented at an earlier start (or export) are not segmented again: where the first pages' are all
    # kept, the suggester is ready before jieba's dictionary is loaded (0.7 s and more).
    words = WordCache(cache, segment)
    suggester = Suggester(library_taxonomy(library), tokenize=words)
    page_ids = pages_to_read(library)
    first = min(FIRST_PAGES, len(page_ids))
    if ready is not None and not first:
        ready(suggester)
    for done, page_id in enumerate(page_ids, 1):
        if pause is not None:
            pause()
        if cancel is not None and cancel():
            break
        articles = derive(*library.load(page_id))
        if derived is not None:
            derived[page_id] = articles
        for article in articles:
            if article.kind in TAGGED_KINDS:
                suggester.add(doc_id(article), article.text, article.tags)
        if progress is not None:
            progress(done, len(page_ids))
        if ready is not None and done == first:
            ready(suggester)
            load_jieba(cache, pause)  # now, before the editor asks about a text not segmented yet
    suggester.refresh()  # the similarity weights under the word weights of every page read
    words.save()
    return suggester


def suggested_names(suggester: Suggester, article: Article, k: int = 3, hide_confirmed: bool = False) -> list[str]:
    """Ranked theme names for an article; the article's own confirmed themes do not vote for themselves."""
    if article.kind not in TAGGED_KINDS:
        return []
    exclude = article.tags if hide_confirmed else ()
    return [s.theme for s in suggester.suggest(article.text, k, doc_id=doc_id(article), exclude=exclude)]


def export_corpus(
    library: Library,
    fmt: Format,
    out: Path,
    *,
    status: Status | None = None,
    tag: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    stream: BinaryIO | None = None,
) -> ExportReport:
    """The corpus export of the window and of the command line alike: JSONL and CSV carry each item's
    suggested themes, from a suggester over the whole library (TXT files hold text only). `stream`: write
    there rather than to `out` (standard output)."""
    suggest = None
    # The pages the suggester reads are derived once: the export writes the items it learnt from.
    derived: dict[int, list[Article]] = {}
    if fmt in (Format.JSONL, Format.CSV):
        suggester = build_suggester(library, cancel=cancel, derived=derived)
        suggest = lambda article: suggested_names(suggester, article)  # noqa: E731
    return export_library(
        library,
        fmt,
        out,
        status=status,
        tag=tag,
        suggest=suggest,
        progress=progress,
        cancel=cancel,
        stream=stream,
        derived=derived,
    )
