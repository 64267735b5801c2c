"""The library's work at scale, on a library made by `make_library.py` (1,000, 10,000 or 100,000 pages), each
figure beside a baseline measured in the same run:

- listing the pages (what the page list reads at start) beside a bare `SELECT` of their names;
- searching: a 4-character text on every page and a 2-character one, the first 100 lines and every line,
  through the index beside a LIKE scan of the stored pages (the scan only for the first 100);
- replacing a text on 1,000 lines of a 100,000-page library (10 lines in 1,000 pages): plan and write;
- re-parsing one page as the window's worker does (its own connection, the stored word statistics, the
  editors' roles learnt) beside the parse alone;
- importing 200 new pages into the library as it is, beside the same into an empty library;
- the theme suggester (what the window builds after it shows): when it can be asked, and when it has read
  every page it reads (at most `tagging.MOST_PAGES`).

    .venv/bin/python benchmarks/bench_scale.py PATH

The replacement is written back as it was; the 200 imported pages stay (named `new-<time>-…`).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

from bench_library import like_scan, make_pages, peak_memory_mb, timed

from proofdesk import replacing
from proofdesk.domain.model import Layer, Page
from proofdesk.importer import import_files, reparse
from proofdesk.parsing import parse_page
from proofdesk.storage import Library

# On every page of a made library, and on one page in a hundred of each 1,000 (pages 100, 200 … 1,000).
FREQUENT = "高质量发展"
TWO = "党建"
RARE = "00号版面）"

T = TypeVar("T")


def median_of(runs: int, action: Callable[[], T]) -> tuple[float, T]:
    """The median time of `runs` runs (the first reads the file's pages from disk, the others find them
    cached), and what the last run gave."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    assert result is not None
    return statistics.median(times), result


def reparsed(path: Path, page: Page) -> Layer:
    """`page` parsed afresh as the window's worker does it: on a connection of its own to the library (not
    quick-checked again), its words weighed by the stored statistics, the editors' roles learnt."""
    with Library.open(path, quick_check=False) as library:
        return reparse(library, page)


def new_pages(folder: Path, count: int) -> list[Path]:
    """`count` pages the library does not hold yet (names and a line of this run's own)."""
    run = time.strftime("%Y%m%d%H%M%S")
    files = []
    for path in make_pages(folder, count):
        new = path.with_name(f"new-{run}-{path.name}")
        new.write_text(path.read_text("utf-8") + f"（{run}）\n", "utf-8")
        path.unlink()
        files.append(new)
    return files


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("path", type=Path)
    args = options.parse_args()
    with tempfile.TemporaryDirectory(prefix="proofdesk-bench-") as home:
        os.environ.setdefault("PROOFDESK_HOME", home)
        return measure(args.path)


def measure(path: Path) -> int:
    rows: list[tuple[str, float, str]] = []
    with Library.open(path) as library:
        listed: list[object] = []
        rows.append(("list the pages", timed(lambda: listed.extend(library.pages())), "ms"))
        with sqlite3.connect(path) as conn:
            rows.append(
                ("  baseline: SELECT every name", timed(lambda: conn.execute("SELECT name FROM page").fetchall()), "ms")
            )
        n = len(listed)

        for query, limit in ((FREQUENT[:4], 100), (FREQUENT[:4], None), (TWO, 100), (TWO, None)):
            label = f"search {len(query)} characters, {'the first 100 lines' if limit else 'every line'}"
            # Every line of a frequent text takes up to a minute at 100,000 pages: once is enough.
            seconds, hits = median_of(3 if limit else 1, partial(library.search, query, limit=limit))
            rows.append((label, seconds, f"ms, {len(hits)} lines"))
            if limit:
                seconds, _found = median_of(3, partial(like_scan, path, query, limit))
                rows.append(("  baseline: LIKE scan", seconds, "ms"))

        planned: list[replacing.PageReplacement] = []
        plan = timed(lambda: planned.extend(replacing.plan(library, RARE, RARE.replace("号", "号 "))[0]))
        lines = sum(len(p.lines) for p in planned)
        write = timed(lambda: replacing.apply(library, planned))
        library.save_pages((p.page_id, p.after, p.before) for p in planned)
        rows.append((f"replace on {lines} lines: plan", plan, "ms"))
        rows.append((f"replace on {lines} lines: write", write, "ms"))

        infos = library.pages()
        pages = [library.load(infos[i * len(infos) // 5].id)[0] for i in range(5)]
        for label, work in (
            ("re-parse one page as the window does", partial(reparsed, path)),
            ("  baseline: the parse alone", partial(parse_page, idf=None)),
        ):
            rows.append((label, statistics.median(timed(partial(work, p)) for p in pages), "ms"))

        with tempfile.TemporaryDirectory(prefix="proofdesk-bench-") as tmp:
            folder = Path(tmp)
            files = new_pages(folder, 200)
            into_large = timed(partial(import_files, library, files))
            with Library.open(folder / "empty.sqlite") as empty:
                into_empty = timed(partial(import_files, empty, files))
        rows.append(("import 200 pages into this library", into_large, f"s, {200 / into_large:.0f} pages/s"))
        rows.append(("  baseline: into an empty library", into_empty, f"s, {200 / into_empty:.0f} pages/s"))

        from proofdesk.tagging import FIRST_PAGES, build_suggester

        # A first start in a new home segments the articles it reads; a second finds their words kept.
        for start_label in ("first start", "second start"):
            ready: list[float] = []
            start = time.perf_counter()
            built = build_suggester(library, ready=lambda _s, r=ready, t=start: r.append(time.perf_counter() - t))
            rows.append((f"suggester, {start_label}: ready ({FIRST_PAGES} pages)", ready[0], "s"))
            rows.append((f"suggester, {start_label}: built ({len(built)} articles)", time.perf_counter() - start, "s"))

    print(f"{n} pages in {path} ({path.stat().st_size / 1024**3:.1f} GB)")
    for label, seconds, unit in rows:
        value = seconds * 1000 if unit.startswith("ms") else seconds
        print(f"  {label:44} {value:10.1f} {unit}")
    print(f"  {'peak memory (max RSS)':44} {peak_memory_mb():10.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
