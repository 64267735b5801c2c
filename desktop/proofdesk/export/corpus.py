"""Choosing what to export and writing it atomically in one of the formats."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ..domain.derive import derive
from ..domain.model import Status
from ..storage import Library
from .atomic import atomic_file, atomic_folder
from .names import UniqueNames, safe_name
from .pagexml import page_xml
from .writers import Batches, Entry, Suggest, write_csv, write_jsonl, write_txt


class Format(StrEnum):
    JSONL = "jsonl"
    TXT = "txt"
    CSV = "csv"
    PAGEXML = "pagexml"
    """A folder with a PAGE-XML file per page."""


@dataclass(frozen=True, slots=True)
class ExportReport:
    pages: int
    items: int
    cancelled: bool = False


Progress = Callable[[int, int], None]
"""Called after each page with the number of pages done and the total."""
Cancel = Callable[[], bool]
"""Asked between pages; True abandons the export and leaves the old target as it was."""


class _Cancelled(Exception):
    pass


def export_library(
    library: Library,
    fmt: Format,
    out: Path,
    *,
    status: Status | None = None,
    tag: str | None = None,
    suggest: Suggest | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportReport:
    """Write the library's items to `out`, in page order, each as `derive` makes it.

    `status` keeps the pages with that review status; `tag` keeps the items with that confirmed theme.
    `suggest` ranks themes for an item (none: `suggested_tags` stays empty). Raises `ExportError` when `out`
    cannot be written; the old `out`, if any, is then untouched, and so it is after a cancel."""
    infos = library.pages(status=status, tag=tag)
    pages = 0

    def batches() -> Batches:
        nonlocal pages
        for info, page, layer in library.iter_pages([i.id for i in infos]):
            if cancel is not None and cancel():
                raise _Cancelled
            articles = [a for a in derive(page, layer) if tag is None or tag in a.tags]
            yield [Entry(info, a, tuple(suggest(a)) if suggest else ()) for a in articles]
            pages += 1
            if progress is not None:
                progress(pages, len(infos))

    try:
        if fmt is Format.PAGEXML:
            return _export_pagexml(library, out, [i.id for i in infos], tag, progress, cancel)
        if fmt is Format.TXT:
            with atomic_folder(out) as folder:
                items = write_txt(batches(), folder)
        else:
            # The BOM lets Excel recognise UTF-8 and show the Chinese; Python's csv module wants newline="".
            encoding, newline = ("utf-8-sig", "") if fmt is Format.CSV else ("utf-8", "\n")
            writer = write_csv if fmt is Format.CSV else write_jsonl
            with atomic_file(out, encoding=encoding, newline=newline) as handle:
                items = writer(batches(), handle)
    except _Cancelled:
        return ExportReport(pages, 0, cancelled=True)
    return ExportReport(pages, items)


def _export_pagexml(
    library: Library,
    out: Path,
    page_ids: list[int],
    tag: str | None,
    progress: Progress | None,
    cancel: Cancel | None,
) -> ExportReport:
    """A PAGE-XML file per page, named after the page, in the folder `out`."""
    names = UniqueNames()
    pages = items = 0
    with atomic_folder(out) as folder:
        for info, page, layer in library.iter_pages(page_ids):
            if cancel is not None and cancel():
                raise _Cancelled
            articles = [a for a in derive(page, layer) if tag is None or tag in a.tags]
            scan = library.scan(info.id)
            name = names.take(safe_name(page.name, "page"))
            (folder / f"{name}.xml").write_bytes(page_xml(page, layer, articles, scan))
            pages += 1
            items += len(articles)
            if progress is not None:
                progress(pages, len(page_ids))
    return ExportReport(pages, items)
