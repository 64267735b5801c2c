"""The library's themes: its taxonomy (the default one until editors change it) and a suggester built over
its articles. Building a suggester loads jieba: call `build_suggester` in a worker, never on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from pathlib import Path
from typing import BinaryIO

from . import paths
from .domain.derive import Article, derive
from .domain.model import Kind, Status
from .export import ExportReport, Format, export_library
from .storage import Library
from .themes import Suggester, Theme, default_taxonomy, load_jieba
from .themes.segment import tokenize
from .themes.wordcache import WordCache

TAGGED_KINDS = frozenset({Kind.ARTICLE, Kind.PHOTO})
"""Section labels and notices carry no themes."""


def library_taxonomy(library: Library) -> tuple[Theme, ...]:
    """The library's taxonomy: the one stored with it (its first import stores the default one, and every
    taxonomy edit the whole taxonomy), else the default one. Only reads."""
    return tuple(library.themes()) or default_taxonomy()


def doc_id(article: Article) -> Hashable:
    """The suggester's name for an item: page name and item key, stable across edits of other items."""
    return (article.page, article.key)


def build_suggester(
    library: Library,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    pause: Callable[[], None] | None = None,
) -> Suggester:
    """A suggester that knows every article of the library and its confirmed themes. `pause` is called
    before each page: the window uses it to hold the work back while the editor is busy."""
    if pause is not None:
        pause()
    load_jieba(paths.cache_dir())
    # Articles segmented at an earlier start (or export) are not segmented again.
    words = WordCache(paths.cache_dir(), tokenize)
    suggester = Suggester(library_taxonomy(library), tokenize=words)
    infos = library.pages()
    for done, (_info, page, layer) in enumerate(library.iter_pages([i.id for i in infos]), 1):
        if pause is not None:
            pause()
        if cancel is not None and cancel():
            break
        for article in derive(page, layer):
            if article.kind in TAGGED_KINDS:
                suggester.add(doc_id(article), article.text, article.tags)
        if progress is not None:
            progress(done, len(infos))
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
    if fmt in (Format.JSONL, Format.CSV):
        suggester = build_suggester(library, cancel=cancel)
        suggest = lambda article: suggested_names(suggester, article)  # noqa: E731
    return export_library(
        library, fmt, out, status=status, tag=tag, suggest=suggest, progress=progress, cancel=cancel, stream=stream
    )
