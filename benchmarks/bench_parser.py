"""Parser throughput on the seed pages, with and without library-wide IDF, beside a baseline measured in the
same run: reading the same pages into lines (`profile_page`: widths, columns, bigrams), the least any parse
does. The development pages of other papers (tests/data/dev, when present) are parsed too.

    .venv/bin/python benchmarks/bench_parser.py [--seconds 5] [--profile]

Prints pages per second (and lines per second, and pages per second of CPU time, which tells more on a machine
busy with other work); the target is 200 pages/s or more on the seed pages.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import time
from collections.abc import Callable, Mapping
from pathlib import Path

from proofdesk.domain.model import Page
from proofdesk.parsing import PARSER_VERSION, DocumentFrequencies, parse_page
from proofdesk.parsing.profile import profile_page
from proofdesk.paths import seeds_dir

TARGET = 200.0


DEV = Path(__file__).resolve().parents[1] / "tests" / "data" / "dev"


def load_pages(paths: list[Path]) -> list[Page]:
    return [Page(path.stem, tuple(path.read_text(encoding="utf-8").split("\n"))) for path in paths]


def throughput(pages: list[Page], work: Callable[[Page], object], seconds: float) -> tuple[float, float, float]:
    """Pages and lines handled per second over about `seconds` of doing `work` again and again, and pages per
    second of the process's CPU time (what a machine busy with other work still tells)."""
    parsed = lines = 0
    start, cpu = time.perf_counter(), time.process_time()
    while time.perf_counter() - start < seconds:
        for page in pages:
            work(page)
            parsed += 1
            lines += len(page.lines)
    elapsed, cpu_elapsed = time.perf_counter() - start, time.process_time() - cpu
    return parsed / elapsed, lines / elapsed, parsed / cpu_elapsed


def parsing(idf: Mapping[str, float] | None) -> Callable[[Page], object]:
    return lambda page: parse_page(page, idf)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--profile", action="store_true", help="print the functions that take the most time")
    args = parser.parse_args()
    pages = load_pages(sorted(seeds_dir().glob("*.txt")))
    dev = load_pages(sorted(DEV.glob("*/*.txt")))
    frequencies = DocumentFrequencies()
    for page in pages:
        frequencies.add(page)
    idf = frequencies.idf()
    for page in pages:  # warm the caches the way a running application has them
        parse_page(page, idf)
    print(f"parser version {PARSER_VERSION}, {len(pages)} seed pages")
    worst = float("inf")
    runs: list[tuple[str, list[Page], Callable[[Page], object]]] = [
        ("reading only", pages, profile_page),
        ("page-local IDF", pages, parsing(None)),
        ("library IDF", pages, parsing(idf)),
    ]
    if dev:
        runs.append((f"{len(dev)} dev pages", dev, parsing(None)))
    for label, some, work in runs:
        pages_per_second, lines_per_second, per_cpu_second = throughput(some, work, args.seconds / len(runs))
        if "IDF" in label:
            worst = min(worst, pages_per_second)
        print(
            f"{label:>15}: {pages_per_second:8.1f} pages/s  {lines_per_second:10.0f} lines/s"
            f"  {per_cpu_second:8.1f} pages/CPU s"
        )
    print(f"{'target':>15}: {TARGET:8.1f} pages/s  {'met' if worst >= TARGET else 'NOT MET'}")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        throughput(pages, parsing(idf), 2.0)
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(20)
        print(out.getvalue())
    return 0 if worst >= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
