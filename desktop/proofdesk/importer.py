"""Importing raw page files into a library: read, refuse or parse, store each page in its own transaction.

Files go in batches of `BATCH`: a batch is read first and parsed second, so that the word statistics the
parser uses to attach headlines cover the whole library (earlier batches are stored already) and the batch's
own pages; memory holds one batch, whatever the number of files. A file that fails leaves nothing behind and
the others still import; a failure of the library itself (disk full, locked...) stops the import and is
raised as `StorageError`.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from .domain.model import Layer, Page
from .ocrfiles import Notice, PageFile, read_page_files
from .parsing import PARSER_VERSION, DocumentFrequencies, Idf, Learned, parse_page
from .parsing.frequencies import page_bigrams
from .parsing.profile import LineBoxes as Boxes
from .storage import AlreadyStored, Library, NewPage, PageInfo, Problem, StorageError
from .text.decoding import Refusal, Refused
from .themes import default_taxonomy


class Outcome(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    """Content identical to a page already in the library (or earlier in the same import): skipped."""
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class FileResult:
    """What happened to one file (or to one page of a file that holds several). `page_id` is set for an
    imported page, `refused` for a refused file; `notices` are doubts about an imported page's scan (an image
    missing or unreadable, boxes outside the page)."""

    path: Path
    outcome: Outcome
    page: str = ""
    page_id: int | None = None
    refused: Refused | None = None
    notices: tuple[Notice, ...] = ()


@dataclass(slots=True)
class ImportReport:
    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False
    not_done: int = 0
    """Files not looked at because the import stopped (cancelled, or the library failed)."""

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.results if r.outcome is outcome)

    @property
    def refused(self) -> list[FileResult]:
        return [r for r in self.results if r.outcome is Outcome.REFUSED]


Progress = Callable[[FileResult, int, int], None]
"""Called after each file with its result, the number of files done and the total."""
Cancel = Callable[[], bool]
"""Asked between files; True stops the import (pages stored so far stay)."""


def import_files(
    library: Library,
    files: Iterable[Path],
    *,
    refused: Iterable[Refused] = (),
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportReport:
    """Import `files` (paths of page files, e.g. `expand_arguments(...).files`) into `library`.

    `refused` are arguments already refused before reading (missing paths, folders without pages); they are
    reported first, in the same list, so that one report covers everything the user named."""
    paths = list(files)
    early = list(refused)
    total = len(early) + len(paths)
    # Results are reported as they happen but listed in the order the files were named.
    numbered: list[tuple[int, FileResult]] = []
    files_done: set[int] = set()

    def done(index: int, result: FileResult) -> None:
        numbered.append((index, result))
        files_done.add(index)
        if progress is not None:
            progress(result, len(files_done), total)

    def report(cancelled: bool = False) -> ImportReport:
        results = [r for _, r in sorted(numbered, key=lambda n: n[0])]
        return ImportReport(results, cancelled, total - len(results))

    for index, problem in enumerate(early):
        done(index, FileResult(problem.path, Outcome.REFUSED, refused=problem))
    try:
        if paths:
            # The first import gives the library the default taxonomy to keep: the themes its items are tagged
            # with stay its own when a later version ships another default.
            library.keep_taxonomy(default_taxonomy())
        parsers = Parsers()
        try:
            cancelled = _import(library, parsers, paths, len(early), done, cancel)
        finally:
            parsers.close()
    except StorageError as error:
        raise ImportStopped(error, report()) from error
    return report(cancelled)


class ImportStopped(StorageError):
    """The library failed (disk full, locked...) in the middle of an import: the `StorageError` that stopped
    it, with `report` saying what was done before (each page stored whole or not at all)."""

    def __init__(self, error: StorageError, report: ImportReport) -> None:
        super().__init__(error.problem, error.detail)
        self.report = report


BATCH = 200
"""Files read, then parsed and stored, at a time."""
STORE_EVERY = 50
"""Pages parsed, then stored in one transaction, at a time (the progress moves on by as many)."""
PARALLEL_FROM = 24
"""Pages parsed at a time from which worker processes pay for their start (about a third of a second each)."""
WORKERS = 4

Job = tuple[Page, Boxes | None]
"""A page to parse, with its line boxes when its OCR file has them."""


def _import(
    library: Library,
    parsers: Parsers,
    paths: list[Path],
    first: int,
    done: Callable[[int, FileResult], None],
    cancel: Cancel | None,
) -> bool:
    """Read, then parse and store, a batch at a time; returns whether `cancel` stopped it."""
    hashes: set[str] = set()
    learned: Learned | None = None
    for start in range(0, len(paths), BATCH):
        to_parse: list[tuple[int, PageFile]] = []
        for index, path in enumerate(paths[start : start + BATCH], first + start):
            if cancel is not None and cancel():
                return True
            try:
                reads = read_page_files(path)
            except Refused as problem:
                done(index, FileResult(path, Outcome.REFUSED, refused=problem))
                continue
            for read in reads:
                content = read.content_hash
                if content in hashes or library.has_content(content):
                    done(index, FileResult(path, Outcome.DUPLICATE, page=read.page.name))
                    continue
                hashes.add(content)
                to_parse.append((index, read))
        if not to_parse:
            continue
        # Each page's bigrams are counted once: for the parser's word weights, then for the library's.
        counted = [page_bigrams(r.page.lines) for _, r in to_parse]
        idf = _idf(library, counted)
        if learned is None:
            learned = Learned(library.editor_roles())
        # While the pages of one chunk are stored here, the workers parse the next.
        waiting: tuple[list[tuple[int, PageFile]], list[set[str]], Callable[[], list[Layer | str]]] | None
        waiting = None
        for start_at in range(0, len(to_parse), STORE_EVERY):
            if cancel is not None and cancel():
                return True
            chunk = to_parse[start_at : start_at + STORE_EVERY]
            bigrams = counted[start_at : start_at + STORE_EVERY]
            parsing = (chunk, bigrams, parsers.start([r for _, r in chunk], idf, learned))
            if waiting is not None:
                _store(library, *waiting, done)
            waiting = parsing
        if waiting is not None:
            _store(library, *waiting, done)
    return False


def _store(
    library: Library,
    reads: list[tuple[int, PageFile]],
    bigrams: list[set[str]],
    layers: Callable[[], list[Layer | str]],
    done: Callable[[int, FileResult], None],
) -> None:
    """Store parsed pages in one transaction; a page the parser or the library fails on is refused alone."""
    parsed: list[tuple[int, PageFile]] = []
    new: list[NewPage] = []
    for (index, read), seen, layer in zip(reads, bigrams, layers(), strict=True):
        if isinstance(layer, Layer):
            parsed.append((index, read))
            new.append(NewPage(read.page, read.content_hash, layer, PARSER_VERSION, read.scan, seen))
        else:  # a parser bug on one page must not stop the others
            done(index, _failed(read, layer))
    for (index, read), stored in zip(parsed, library.add_pages(new), strict=True):
        done(index, _result(read, stored))


def _result(read: PageFile, stored: PageInfo | Exception) -> FileResult:
    if isinstance(stored, PageInfo):
        return FileResult(read.path, Outcome.IMPORTED, stored.name, page_id=stored.id, notices=read.notices)
    if isinstance(stored, AlreadyStored):  # another import stored the same page meanwhile
        return FileResult(read.path, Outcome.DUPLICATE, stored.name)
    if isinstance(stored, StorageError) and stored.problem is Problem.DUPLICATE_NAME:
        return FileResult(read.path, Outcome.REFUSED, read.page.name, refused=Refused(read.path, Refusal.NAME_TAKEN))
    return _failed(read, f"{type(stored).__name__}: {stored}")


def _failed(read: PageFile, detail: str) -> FileResult:
    problem = Refused(read.path, Refusal.FAILED, detail=detail)
    return FileResult(read.path, Outcome.REFUSED, read.page.name, refused=problem)


class Parsers:
    """Parses the pages of an import: in worker processes, one per core (at most `WORKERS`), when there are at
    least `PARALLEL_FROM` pages at a time, else (and when the workers cannot be had) here. The workers are
    started when first needed and stopped by `close`."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = min(os.cpu_count() or 1, WORKERS) if workers is None else workers
        self._pool: ProcessPoolExecutor | None = None

    def start(self, reads: Sequence[PageFile], idf: Idf, learned: Learned) -> Callable[[], list[Layer | str]]:
        """Start parsing pages (in the workers, when they pay); call the result for each page's layer or why
        the parser failed on it."""
        jobs: list[Job] = [(r.page, r.scan.line_boxes() if r.scan else None) for r in reads]
        if self.workers < 2 or len(jobs) < PARALLEL_FROM:
            return lambda: parse_all(idf, learned, jobs)
        size = -(-len(jobs) // self.workers)
        try:
            if self._pool is None:
                # Spawned, not forked: the window imports from a thread, and a fork copies only that thread.
                self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))
            pool = self._pool
            futures = [pool.submit(parse_all, idf, learned, jobs[at : at + size]) for at in range(0, len(jobs), size)]
        except (BrokenProcessPool, OSError):  # no processes to be had (no resources)
            return self._here(idf, learned, jobs)

        def results() -> list[Layer | str]:
            try:
                return [layer for future in futures for layer in future.result()]
            except (BrokenProcessPool, OSError):  # a worker died: this process parses, from now on
                return self._here(idf, learned, jobs)()

        return results

    def _here(
        self, idf: Idf, learned: Learned, jobs: list[tuple[Page, Boxes | None]]
    ) -> Callable[[], list[Layer | str]]:
        self.close()
        self.workers = 1
        return lambda: parse_all(idf, learned, jobs)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


def parse_all(idf: Idf, learned: Learned, jobs: Sequence[Job]) -> list[Layer | str]:
    """Parse pages (with their line boxes); a page the parser fails on gives why instead of its layer."""
    parsed: list[Layer | str] = []
    for page, boxes in jobs:
        try:
            parsed.append(parse_page(page, idf, learned, boxes))
        except Exception as error:  # a parser bug on one page must not stop the others
            parsed.append(f"{type(error).__name__}: {error}")
    return parsed


def reparse(library: Library, page: Page, boxes: Boxes | None = None) -> Layer:
    """A stored page parsed afresh (the window's re-parse): its words weighed over the whole library, with the
    roles editors gave recurring lines on the other pages and where its lines stand on the scan (`boxes`)."""
    idf = library_idf(library, [page], stored=True)
    learned = Learned(library.editor_roles(other_than=page.name))
    return parse_page(page, idf, learned, boxes)


def library_idf(library: Library, pages: Iterable[Page], *, stored: bool = False) -> Idf:
    """Inverse document frequencies of the bigrams of `pages` over the whole library, for `parse_page`: new
    pages (an import) count as documents beside the library's; `stored` ones (a re-parse) are counted in the
    library's word statistics already. Only the statistics of these pages' bigrams are read."""
    return _idf(library, [page_bigrams(page.lines) for page in pages], stored=stored)


def _idf(library: Library, pages: Iterable[set[str]], *, stored: bool = False) -> Idf:
    """`library_idf` of pages given as their distinct bigrams."""
    frequencies = DocumentFrequencies()
    for seen in pages:
        frequencies.add_bigrams(seen)
    documents, counts = library.bigram_pages(frequencies.bigrams())
    return Idf.of_counts(documents, counts) if stored else frequencies.idf(documents, counts)


__all__ = [
    "Cancel",
    "FileResult",
    "ImportReport",
    "ImportStopped",
    "Outcome",
    "Progress",
    "import_files",
    "library_idf",
    "reparse",
]
