"""Throughput of a 1,000-page library: import (read, parse, store), parse alone, store alone, and each export.

    .venv/bin/python benchmarks/bench_library.py [--pages 1000] [--profile]

The pages are the seed pages under other names, each varied (its blank-line blocks rotated and a line of its
own appended) so that no two have the same content. Everything is written to a temporary folder.
Peak memory is the process's maximum resident set size.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from proofdesk.domain.model import Layer
from proofdesk.export import Format, export_library
from proofdesk.importer import Outcome, import_files
from proofdesk.parsing import PARSER_VERSION, parse_page
from proofdesk.paths import seeds_dir
from proofdesk.storage import Library
from proofdesk.text.decoding import read_page


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


def peak_memory_mb() -> float:
    try:
        import resource
    except ImportError:  # Windows
        return float("nan")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--pages", type=int, default=1000)
    options.add_argument("--profile", action="store_true", help="print where the import spends its time")
    args = options.parse_args()
    n = args.pages
    rows: list[tuple[str, float]] = []

    with tempfile.TemporaryDirectory(prefix="proofdesk-bench-") as tmp:
        root = Path(tmp)
        (root / "pages").mkdir()
        files = make_pages(root / "pages", n)

        pages = [read_page(f)[0] for f in files]
        rows.append(("read + decode", timed(lambda: [read_page(f) for f in files])))
        layers: list[Layer] = []
        rows.append(("parse", timed(lambda: layers.extend(parse_page(p) for p in pages))))

        with Library.open(root / "store-only.sqlite") as library:
            rows.append(
                (
                    "store (add_page)",
                    timed(
                        lambda: [
                            library.add_page(page, str(i), layer, PARSER_VERSION)
                            for i, (page, layer) in enumerate(zip(pages, layers, strict=True))
                        ]
                    ),
                )
            )

        profile = cProfile.Profile() if args.profile else None
        with Library.open(root / "library.sqlite") as library:
            if profile:
                profile.enable()
            start = time.perf_counter()
            report = import_files(library, files)
            rows.append(("import (read, parse, store)", time.perf_counter() - start))
            if profile:
                profile.disable()
            assert report.count(Outcome.IMPORTED) == n, "every page must import"
            rows.append(("import again (all duplicates)", timed(lambda: import_files(library, files))))
            for fmt in Format:
                out = root / f"out.{fmt.value}"
                rows.append((f"export {fmt.value}", timed(partial(export_library, library, fmt, out))))
        size = (root / "library.sqlite").stat().st_size

    print(f"{n} pages; library {size / 1024 / 1024:.1f} MB")
    for label, seconds in rows:
        print(f"  {label:32} {seconds:7.2f} s  {n / seconds:8.0f} pages/s")
    print(f"  peak memory (max RSS)            {peak_memory_mb():7.0f} MB")
    if profile:
        listing = io.StringIO()
        pstats.Stats(profile, stream=listing).sort_stats("tottime").print_stats(15)
        print(listing.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
