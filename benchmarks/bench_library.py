"""Throughput of a 1,000-page library: import (read, parse, store) beside its ceiling, parse alone, store
alone, each export (JSONL and CSV also with theme suggestions), search and replace across the library beside a
LIKE scan of the stored pages, and the re-parse of one page with the stored word statistics beside counting
them over every page.

    .venv/bin/python benchmarks/bench_library.py [--pages 1000] [--profile]
    .venv/bin/python benchmarks/bench_library.py --sustained 10000

The import's ceiling is a plain-Python read of the same files and an `executemany` of their lines into SQLite
(as many pages to a transaction as the import stores at once), and the same with each line's row of a trigram
full-text index, which the library keeps with every page. `--sustained N` imports N pages into an empty
library and prints only the import: its pace as it goes, beside the ceiling, and the peak memory of this
process and of the parsing workers.

The pages are the seed pages under other names, each varied (its blank-line blocks rotated and a line of its
own appended) so that no two have the same content. Everything is written to a temporary folder.
Peak memory is the process's maximum resident set size.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from proofdesk import importer, replacing
from proofdesk.domain.model import Layer, Page
from proofdesk.export import Format, export_library
from proofdesk.importer import STORE_EVERY, Outcome, import_files, library_idf
from proofdesk.ocrfiles.files import read_page
from proofdesk.parsing import PARSER_VERSION, DocumentFrequencies, parse_page
from proofdesk.paths import seeds_dir
from proofdesk.storage import Library, NewPage
from proofdesk.tagging import export_corpus


def make_pages(folder: Path, count: int) -> list[Path]:
    seeds = sorted(seeds_dir().glob("*.txt"))
    files = []
    for i in range(count):
        seed = seeds[i % len(seeds)]
        blocks = seed.read_text("utf-8").rstrip("\n").split("\n\n")
        turn = (i // len(seeds)) % len(blocks)
        text = "\n\n".join(blocks[turn:] + blocks[:turn]) + f"\n\n（本报第{i + 1}号版面）\n"
        path = folder / f"{i + 1:04d}_{seed.stem}.txt"
        path.write_text(text, "utf-8")
        files.append(path)
    return files


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def peak_memory_mb(children: bool = False) -> float:
    """The peak resident memory of this process (or of the largest of its ended child processes)."""
    try:
        import resource
    except ImportError:  # Windows
        return float("nan")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)


def ceiling(files: list[Path], path: Path, indexed: bool = False) -> float:
    """Seconds to read `files` in plain Python and `executemany` their lines into a new SQLite file at `path`
    (WAL, synchronous=FULL, `STORE_EVERY` pages to a transaction); `indexed`: each non-blank line also into a
    trigram FTS5 table made as the library's."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE line (page_id INTEGER, line INTEGER, text TEXT, PRIMARY KEY (page_id, line))")
    conn.execute(f"CREATE VIRTUAL TABLE line_search USING fts5(raw, corrected, {TRIGRAM})")
    conn.execute("INSERT INTO line_search (line_search, rank) VALUES ('automerge', 16)")
    start = time.perf_counter()
    for at in range(0, len(files), STORE_EVERY):
        conn.execute("BEGIN")
        for page_id, file in enumerate(files[at : at + STORE_EVERY], at + 1):
            lines = file.read_text("utf-8").split("\n")
            conn.executemany("INSERT INTO line VALUES (?, ?, ?)", [(page_id, n, t) for n, t in enumerate(lines, 1)])
            if indexed:
                rows = [((page_id << 32) + n, t) for n, t in enumerate(lines, 1) if t.strip()]
                conn.executemany("INSERT INTO line_search (rowid, raw) VALUES (?, ?)", rows)
        conn.execute("COMMIT")
    seconds = time.perf_counter() - start
    conn.close()
    return seconds


TRIGRAM = "tokenize = 'trigram case_sensitive 1', detail = none"


def sustained(n: int) -> int:
    """Import `n` generated pages into an empty library, printing the pace as it goes, then the ceilings."""
    with tempfile.TemporaryDirectory(prefix="proofdesk-bench-") as tmp:
        root = Path(tmp)
        (root / "pages").mkdir()
        files = make_pages(root / "pages", n)
        print(f"import of {n} pages into an empty library, parsed in {importer.Parsers().workers} processes")
        start = time.perf_counter()
        marks = {n * k // 10 for k in range(1, 11)}

        def progress(_result: object, done: int, _total: int) -> None:
            if done in marks:
                seconds = time.perf_counter() - start
                print(f"  {done:7} pages  {seconds:7.1f} s  {done / seconds:6.0f} pages/s  RSS {rss_mb():5.0f} MB")

        with Library.open(root / "library.sqlite") as library:
            report = import_files(library, files, progress=progress)
        seconds = time.perf_counter() - start
        assert report.count(Outcome.IMPORTED) == n, "every page must import"
        plain = ceiling(files, root / "ceiling.sqlite")
        indexed = ceiling(files, root / "ceiling-indexed.sqlite", indexed=True)
        size = (root / "library.sqlite").stat().st_size
    print(f"  {'import':44} {seconds:7.1f} s  {n / seconds:6.0f} pages/s  (library {size / 1024**2:.0f} MB)")
    print(f"  {'ceiling: read + executemany of the lines':44} {plain:7.1f} s  {n / plain:6.0f} pages/s")
    print(f"  {'ceiling with the full-text index rows':44} {indexed:7.1f} s  {n / indexed:6.0f} pages/s")
    print(f"  {'peak memory: this process / a worker':44} {peak_memory_mb():7.0f} MB / {peak_memory_mb(True):.0f} MB")
    return 0


def rss_mb() -> float:
    """This process's resident memory now (Linux), else its peak."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024**2
    except OSError:
        return peak_memory_mb()


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--pages", type=int, default=1000)
    options.add_argument("--profile", action="store_true", help="print where the import spends its time")
    options.add_argument("--sustained", type=int, metavar="N", help="only import N pages, pace and memory")
    args = options.parse_args()
    with tempfile.TemporaryDirectory(prefix="proofdesk-bench-") as home:
        os.environ.setdefault("PROOFDESK_HOME", home)
        return sustained(args.sustained) if args.sustained else measure(args.pages, args.profile)


def measure(n: int, profiling: bool) -> int:
    rows: list[tuple[str, float]] = []

    with tempfile.TemporaryDirectory(prefix="proofdesk-bench-") as tmp:
        root = Path(tmp)
        (root / "pages").mkdir()
        files = make_pages(root / "pages", n)

        pages = [read_page(f)[0] for f in files]
        rows.append(("read + decode", timed(lambda: [read_page(f) for f in files])))
        layers: list[Layer] = []
        rows.append(("parse", timed(lambda: layers.extend(parse_page(p) for p in pages))))

        parsed = enumerate(zip(pages, layers, strict=True))
        new = [NewPage(page, str(i), layer, PARSER_VERSION) for i, (page, layer) in parsed]
        with Library.open(root / "store-only.sqlite") as library:
            # A transaction per page (the baseline), and as the import stores them: STORE_EVERY at a time.
            rows.append(("store, a page at a time", timed(lambda: [library.add_pages([n]) for n in new])))
        with Library.open(root / "store-batched.sqlite") as library:
            every = STORE_EVERY
            rows.append(
                (
                    f"store, {every} pages at a time",
                    timed(lambda: [library.add_pages(new[i : i + every]) for i in range(0, len(new), every)]),
                )
            )

        # The baseline: the import as it runs on one core, every page parsed in this process.
        workers, importer.WORKERS = importer.WORKERS, 1
        with Library.open(root / "parsed-here.sqlite") as library:
            rows.append(("import, parsed in this process", timed(lambda: import_files(library, files))))
        importer.WORKERS = workers
        profile = cProfile.Profile() if profiling else None
        with Library.open(root / "library.sqlite") as library:
            if profile:
                profile.enable()
            start = time.perf_counter()
            report = import_files(library, files)
            rows.append((f"import, parsed in {importer.Parsers().workers} processes", time.perf_counter() - start))
            if profile:
                profile.disable()
            assert report.count(Outcome.IMPORTED) == n, "every page must import"
            rows.append(("  ceiling: read + executemany", ceiling(files, root / "ceiling.sqlite")))
            rows.append(("  ceiling + full-text index", ceiling(files, root / "indexed.sqlite", indexed=True)))
            rows.append(("import again (all duplicates)", timed(lambda: import_files(library, files))))
            for fmt in Format:
                out = root / f"out.{fmt.value}"
                rows.append((f"export {fmt.value}", timed(partial(export_library, library, fmt, out))))
            # With theme suggestions, as `proofdesk export` writes JSONL: the first segments the articles (jieba),
            # the second finds their words kept.
            for run in ("first", "second"):
                out = root / "suggested.jsonl"
                seconds = timed(partial(export_corpus, library, Format.JSONL, out))
                rows.append((f"export jsonl + suggestions, {run}", seconds))
            searches = search_rows(library, root / "library.sqlite")
            reparse = reparse_times(library)
        size = (root / "library.sqlite").stat().st_size

    print(f"{n} pages; library {size / 1024 / 1024:.1f} MB")
    for label, seconds in rows:
        print(f"  {label:32} {seconds:7.2f} s  {n / seconds:8.0f} pages/s")
    print(f"  peak memory (max RSS)            {peak_memory_mb():7.0f} MB")
    print("search (milliseconds; the LIKE scan reads every stored page and splits the matching ones into lines)")
    print(f"  {'query':34} {'lines':>6} {'index':>9} {'LIKE scan':>10}")
    for label, lines, indexed, scanned in searches:
        print(f"  {label:34} {lines:6} {indexed * 1000:9.1f} {scanned * 1000:10.1f}")
    print("re-parse of one page (milliseconds, median of 5): the library's word statistics")
    print(f"  {'read from the stored statistics':34} {reparse[0] * 1000:9.1f}")
    print(f"  {'counted over every stored page':34} {reparse[1] * 1000:9.1f}")
    if profile:
        listing = io.StringIO()
        pstats.Stats(profile, stream=listing).sort_stats("tottime").print_stats(15)
        print(listing.getvalue())
    return 0


# Frequent texts (on every page of the synthetic library, so a scan finds its first 100 lines at once), a
# text on one page only (its number, near the end in page order) and one on no page.
SEARCHES = (
    ("高质量发展", 100),
    ("高质量发展", None),
    ("党建品牌", 100),
    ("党建", 100),
    ("党建", None),
    ("第{last}号", None),
    ("没有的文字", None),
)


def like_scan(path: Path, query: str, limit: int | None) -> int:
    """What finding lines costs without the index: every stored page read by LIKE, the matching ones split
    into lines (the shown text: corrections included), in page order."""
    found = 0
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT page_id, line, correction FROM line WHERE correction IS NOT NULL")
        corrected = {(p, n): c for p, n, c in rows}
        pages = conn.execute(
            "SELECT p.id, p.raw FROM page p WHERE p.raw LIKE ?1 OR EXISTS (SELECT 1 FROM line l WHERE l.page_id = p.id"
            " AND l.correction LIKE ?1) ORDER BY p.name",
            (f"%{query}%",),
        )
        for page_id, raw in pages:
            for n, line in enumerate(raw.split("\n"), 1):
                if query in line or query in corrected.get((page_id, n), ""):
                    found += 1
                    if limit is not None and found >= limit:
                        return found
    return found


def reparse_times(library: Library) -> tuple[float, float]:
    """Parsing one stored page with the library's word weights: read from the stored statistics (as the window
    does), and counted afresh over every stored page (what it costs without them)."""
    infos = library.pages()
    pages = [library.load(infos[i * len(infos) // 5].id)[0] for i in range(5)]

    def counted(page: Page) -> Layer:
        frequencies = DocumentFrequencies()
        with sqlite3.connect(library.path) as conn:  # type: ignore[arg-type]
            for (raw,) in conn.execute("SELECT raw FROM page"):
                frequencies.add(Page("", tuple(raw.split("\n"))))
        return parse_page(page, frequencies.idf())

    stored = [timed(partial(lambda p: parse_page(p, library_idf(library, [p], stored=True)), p)) for p in pages]
    fresh = [timed(partial(counted, p)) for p in pages]
    return statistics.median(stored), statistics.median(fresh)


def search_rows(library: Library, path: Path) -> list[tuple[str, int, float, float]]:
    """Each query's lines found, time through the index and time of the LIKE scan; then a replace across the
    library (plan and write in one transaction) and its undo."""
    rows = []
    last = len(library.pages())
    for query, limit in ((q.format(last=last), lim) for q, lim in SEARCHES):
        label = f"{len(query)} characters, {'first 100' if limit else 'all'}"
        hits: list[object] = []
        indexed = timed(lambda q=query, lim=limit, out=hits: out.extend(library.search(q, limit=lim)))
        counted: list[int] = []
        scanned = timed(lambda q=query, lim=limit, out=counted: out.append(like_scan(path, q, lim)))
        assert counted[0] == len(hits), (query, limit, counted[0], len(hits))
        rows.append((f"{query} ({label})", len(hits), indexed, scanned))
    planned: list[replacing.PageReplacement] = []
    plan = timed(lambda: planned.extend(replacing.plan(library, "高质量发展", "高质量的发展")[0]))
    lines = sum(len(p.lines) for p in planned)
    write = timed(lambda: replacing.apply(library, planned))
    undo = timed(lambda: library.save_pages((p.page_id, p.after, p.before) for p in planned))
    rows.append(("replace: plan (load each page)", lines, plan, float("nan")))
    rows.append(("replace: write (one transaction)", lines, write, float("nan")))
    rows.append(("replace: write back (undo)", lines, undo, float("nan")))
    return rows


if __name__ == "__main__":
    sys.exit(main())
