"""CPU instructions per page stored, this checkout's library beside another revision's, counted in the same run
by valgrind (cachegrind), where timings on a machine busy with other work drift by several per cent.

    .venv/bin/python benchmarks/bench_store_instructions.py [--against REV] [--pages 50]

Each tree parses the same `2 × --pages` pages (the seed pages, varied as `bench_library.py` varies them) with
its own parser and stores the first half in one transaction, as an import stores its pages; the run measured
then stores the second half in one transaction more. The difference between that run's count and the count of
a run that stops before it, divided by the pages, is the count per page stored: the library's rows, its
full-text index and word statistics, SQLite's work included. `--against` (default HEAD) is exported from git
into a temporary folder. Needs valgrind (Debian: `valgrind`); a few minutes.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench_library import make_pages
from bench_parser_instructions import ROOT, exported, per_unit

# Run under valgrind with the library of one tree (argv: 1 to store the pages measured or 0 to stop before,
# the folder of the pages); each run makes a new library in a temporary folder.
STORES = """
import sys
import tempfile
from pathlib import Path
from proofdesk.ocrfiles.files import read_page
from proofdesk.parsing import PARSER_VERSION, parse_page
from proofdesk.parsing.frequencies import page_bigrams
from proofdesk.storage import Library, NewPage
from proofdesk.text.decoding import content_hash
measured, folder = sys.argv[1] == "1", Path(sys.argv[2])
pages = [read_page(path)[0] for path in sorted(folder.glob("*.txt"))]
def parsed(page):
    return NewPage(page, content_hash((page.name, *page.lines)), parse_page(page), PARSER_VERSION,
                   bigrams=page_bigrams(page.lines))
new = [parsed(page) for page in pages]
half = len(new) // 2
with tempfile.TemporaryDirectory() as scratch, Library.open(Path(scratch) / "library.sqlite") as opened:
    opened.add_pages(new[:half])
    if measured:
        opened.add_pages(new[half:])
print(len(new) - half)
"""


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--against", default="HEAD", help="the revision to compare with (default HEAD)")
    options.add_argument("--pages", type=int, default=50, help="pages stored in the transaction measured")
    args = options.parse_args()
    with tempfile.TemporaryDirectory(prefix="proofdesk-bench-") as folder:
        root = Path(folder)
        (root / "pages").mkdir()
        make_pages(root / "pages", 2 * args.pages)
        (root / "before").mkdir()
        baseline = exported(args.against, root / "before")
        before, now = (per_unit(tree, STORES, str(root / "pages")) / 1e6 for tree in (baseline, ROOT / "desktop"))
        print(f"CPU instructions per page stored (millions): {args.against} beside this checkout")
        print(f"  {args.pages} pages in one transaction   {before:8.2f} {now:8.2f}  {100 * (now / before - 1):+6.2f} %")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
