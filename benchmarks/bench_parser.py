"""Parser throughput on the seed pages, with and without library-wide IDF.

    .venv/bin/python benchmarks/bench_parser.py [--seconds 5] [--profile]

Prints pages per second (and lines per second) for `parse_page`; the target is 200 pages/s or more.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import time
from collections.abc import Mapping

from proofdesk.domain.model import Page
from proofdesk.parsing import PARSER_VERSION, DocumentFrequencies, parse_page
from proofdesk.paths import seeds_dir

TARGET = 200.0


def load_pages() -> list[Page]:
    return [
        Page(path.stem, tuple(path.read_text(encoding="utf-8").split("\n")))
        for path in sorted(seeds_dir().glob("*.txt"))
    ]


def throughput(pages: list[Page], idf: Mapping[str, float] | None, seconds: float) -> tuple[float, float]:
    """Pages and lines parsed per second over about `seconds` of repeated parsing."""
    parsed = lines = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for page in pages:
            parse_page(page, idf)
            parsed += 1
            lines += len(page.lines)
    elapsed = time.perf_counter() - start
    return parsed / elapsed, lines / elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--profile", action="store_true", help="print the functions that take the most time")
    args = parser.parse_args()
    pages = load_pages()
    frequencies = DocumentFrequencies()
    for page in pages:
        frequencies.add(page)
    idf = frequencies.idf()
    for page in pages:  # warm the caches the way a running application has them
        parse_page(page, idf)
    print(f"parser version {PARSER_VERSION}, {len(pages)} seed pages")
    worst = float("inf")
    for label, table in (("page-local IDF", None), ("library IDF", idf)):
        pages_per_second, lines_per_second = throughput(pages, table, args.seconds / 2)
        worst = min(worst, pages_per_second)
        print(f"{label:>15}: {pages_per_second:8.1f} pages/s  {lines_per_second:10.0f} lines/s")
    print(f"{'target':>15}: {TARGET:8.1f} pages/s  {'met' if worst >= TARGET else 'NOT MET'}")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        throughput(pages, idf, 2.0)
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(20)
        print(out.getvalue())
    return 0 if worst >= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
