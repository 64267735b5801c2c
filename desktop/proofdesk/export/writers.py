"""The three export formats. Each writer takes the selected items page by page and writes them to an open
file or a fresh folder; `corpus.export_library` chooses the items and makes the write atomic."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ..domain.derive import Article
from ..storage import PageInfo
from .names import UniqueNames, safe_name

FIELDS = (
    "page",
    "item",
    "kind",
    "kicker",
    "title",
    "subtitle",
    "byline",
    "paragraphs",
    "tags",
    "suggested_tags",
    "status",
    "source_lines",
    "blocks",
)

Suggest = Callable[[Article], Sequence[str]]
"""Ranked theme names for an item (best first)."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One exported item: the page it is on and what it says."""

    info: PageInfo
    article: Article
    suggested: tuple[str, ...]

    def record(self) -> dict[str, object]:
        a = self.article
        return {
            "page": a.page,
            "item": a.number,
            "kind": a.kind.value,
            "kicker": a.kicker,
            "title": a.title,
            "subtitle": a.subtitle,
            "byline": a.byline,
            "paragraphs": list(a.paragraphs),
            "tags": list(a.tags),
            "suggested_tags": list(self.suggested),
            "status": self.info.status.value,
            "source_lines": list(a.source_lines),
            "blocks": [{"role": u.role.value, "text": u.text} for u in a.units],
        }


Batches = Iterator[list[Entry]]
"""The selected items, one page at a time (a page with no selected item may come as an empty list)."""


def write_jsonl(batches: Batches, out: TextIO) -> int:
    count = 0
    for entries in batches:
        for entry in entries:
            out.write(json.dumps(entry.record(), ensure_ascii=False))
            out.write("\n")
            count += 1
    return count


CSV_LIST_SEPARATOR = "; "


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A cell beginning with one of these is taken as a formula by Excel, WPS and LibreOffice (formula injection:
`=HYPERLINK(...)` in an OCR'd headline would run when the CSV is opened)."""


def csv_cell(value: object) -> object:
    """`value` as a CSV cell that a spreadsheet shows as text: a `'` goes before a formula start."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(batches: Batches, out: TextIO) -> int:
    """One row per item. Paragraphs share one cell, a line each; lists are joined with `; `, line numbers
    with spaces (`3-9` would turn into a date in Excel); a text cell starting like a formula gets a `'`."""
    writer = csv.writer(out)
    writer.writerow(FIELDS)
    count = 0
    for entries in batches:
        for entry in entries:
            record = entry.record()
            row = [
                *(record[f] for f in FIELDS[:7]),
                "\n".join(entry.article.paragraphs),
                CSV_LIST_SEPARATOR.join(entry.article.tags),
                CSV_LIST_SEPARATOR.join(entry.suggested),
                record["status"],
                " ".join(str(n) for n in entry.article.source_lines),
                "\n".join(f"{b.role.value}\t{b.text}" for b in entry.article.units),
            ]
            writer.writerow([csv_cell(v) for v in row])
            count += 1
    return count


def item_text(article: Article) -> str:
    """An item as a plain text file: kicker, title, subtitle and byline lines, a blank line, a paragraph a
    line."""
    head = [line for line in (article.kicker, article.title, article.subtitle, article.byline) if line]
    body = list(article.paragraphs)
    return "\n".join([*head, "", *body] if head and body else head or body) + "\n"


def item_file_name(article: Article, width: int) -> str:
    label = article.title or (article.paragraphs[0][:20] if article.paragraphs else "")
    return f"{article.number:0{width}d}_{safe_name(label, article.kind.value)}.txt"


def write_txt(batches: Batches, folder: Path) -> int:
    """A folder per page, a file per item named `NN_title.txt`."""
    folders = UniqueNames()
    count = 0
    for entries in batches:
        if not entries:
            continue
        page_folder = folder / folders.take(safe_name(entries[0].article.page, "page"))
        page_folder.mkdir()
        width = max(2, len(str(entries[0].info.items)))
        for entry in entries:
            path = page_folder / item_file_name(entry.article, width)
            path.write_text(item_text(entry.article), encoding="utf-8")
            count += 1
    return count
