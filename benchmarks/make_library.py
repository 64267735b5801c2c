"""Make a library of many pages for the benchmarks at scale (10,000 or 100,000 pages, as an archive of
thirty years holds).

    .venv/bin/python benchmarks/make_library.py --pages 100000 PATH

The first 1,000 pages are the seed pages varied as `bench_library.py` varies them (blocks rotated, a line of
their own), parsed and stored by the library as an import stores them. The rest are copies of those, made
inside the database, page by page as the library would hold them: the page, its items and lines, its rows
of the full-text index under the copy's own line ids, and the word statistics counted for every copy. Copies
have names and content hashes of their own. Storing 100,000 pages through the library would take the
import's time (`bench_library.py` measures that); this takes minutes.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from bench_library import make_pages

from proofdesk.importer import STORE_EVERY
from proofdesk.ocrfiles.files import read_page
from proofdesk.parsing import PARSER_VERSION, parse_page
from proofdesk.storage import Library, NewPage
from proofdesk.text.decoding import content_hash

BASE = 1000

# Every table that holds a page's rows, with the columns after `page_id` (the page table is copied apart).
PAGE_TABLES = {
    "item": '"key", kind, kind_edited, tags, pinned',
    "line": "line, item, role, brk, correction, edited, rule, confidence, piece_line, piece_start, piece_added, "
    "piece_seq",
    "line_box": "line, x, y, width, height, type_height, ocr_confidence",
    "page_scan": "format, width, height, image, image_hash, image_width, image_height",
}
PAGE_COLUMNS = "raw, status, imported_at, parsed_with, version, items, lines, doubts, edited"


def store_base(path: Path, count: int) -> None:
    """`count` distinct pages, parsed and stored as an import does."""
    with tempfile.TemporaryDirectory(prefix="proofdesk-make-") as tmp:
        files = make_pages(Path(tmp), count)
        new = []
        for file in files:
            page = read_page(file)[0]
            new.append(NewPage(page, content_hash((page.name, *page.lines)), parse_page(page), PARSER_VERSION))
    with Library.open(path) as library:
        for start in range(0, len(new), STORE_EVERY):
            stored = library.add_pages(new[start : start + STORE_EVERY])
            failed = [s for s in stored if isinstance(s, Exception)]
            if failed:
                raise SystemExit(f"make_library: a base page was not stored: {failed[0]}")


def copy_base(path: Path, base: int, copies: int) -> None:
    """`copies` more copies of the first `base` pages, each copy in one transaction."""
    conn = sqlite3.connect(path)
    try:
        (first, last) = conn.execute("SELECT min(id), max(id) FROM page").fetchone()
        if last - first + 1 != base:
            raise SystemExit(f"make_library: {path} must hold exactly its {base} base pages")
        for n in range(1, copies + 1):
            shift = n * base
            with conn:
                conn.execute(
                    f"INSERT INTO page (id, name, content_hash, {PAGE_COLUMNS}) "
                    f"SELECT id + ?, printf('%03d-', ?) || name, content_hash || printf('-%03d', ?), {PAGE_COLUMNS} "
                    "FROM page WHERE id BETWEEN ? AND ?",
                    (shift, n, n, first, last),
                )
                for table, columns in PAGE_TABLES.items():
                    conn.execute(
                        f"INSERT INTO {table} (page_id, {columns}) SELECT page_id + ?, {columns} FROM {table} "
                        "WHERE page_id BETWEEN ? AND ?",
                        (shift, first, last),
                    )
                conn.execute(
                    "INSERT INTO line_search (rowid, raw, corrected) SELECT rowid + (? << 32), raw, corrected "
                    "FROM line_search WHERE rowid >= (? << 32) AND rowid < ((? + 1) << 32)",
                    (shift, first, last),
                )
            print(f"\r{(n + 1) * base} pages", end="", file=sys.stderr, flush=True)
        with conn:
            conn.execute("UPDATE bigram SET pages = pages * ?", (copies + 1,))
        print(file=sys.stderr)
    finally:
        conn.close()


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--pages", type=int, default=100_000, help=f"a multiple of {BASE}")
    options.add_argument("path", type=Path)
    args = options.parse_args()
    if args.pages % BASE or args.pages <= 0:
        options.error(f"--pages must be a multiple of {BASE}")
    if args.path.exists():
        options.error(f"{args.path} exists already")
    started = time.perf_counter()
    store_base(args.path, BASE)
    stored = time.perf_counter()
    copy_base(args.path, BASE, args.pages // BASE - 1)
    done = time.perf_counter()
    size = args.path.stat().st_size / 1024**3
    print(
        f"{args.pages} pages in {args.path} ({size:.1f} GB): {BASE} stored in {stored - started:.0f} s, "
        f"copies made in {done - stored:.0f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
