"""CPU instructions per parse, this checkout's parser beside another revision's, counted in the same run by
valgrind (cachegrind): on a machine busy with other work, timings of the same code drift by several per cent
between runs, the count by some 0.02 %.

    .venv/bin/python benchmarks/bench_parser_instructions.py [--against REV] [--every 8]

Each parser first parses every `--every`th development page from the second on, to warm up as an
application that has parsed other pages is, then parses the pages measured once: the seed pages (with
page-local and library IDF) or every `--every`th development page from the first. The difference between
that run's count and the count of a run that only warms up, divided by the parses it adds, is the count per
parse; no page measured was parsed before in its process, so nothing kept from an earlier parse of the same
text counts as a gain. `--against` (default HEAD) is exported from git into a temporary folder. Needs
valgrind (Debian: `valgrind`); a few minutes.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Run under valgrind with the parser of one tree: parse the seed or development pages `rounds` times after a
# warm-up (argv: kind, rounds, every).
PARSES = """
import sys
from pathlib import Path
from proofdesk.domain.model import Page
from proofdesk.parsing import DocumentFrequencies, parse_page
kind, measured, every, root = sys.argv[1], sys.argv[2] == "1", int(sys.argv[3]), Path(sys.argv[4])
def load(paths):
    return [Page(p.stem, tuple(p.read_text(encoding="utf-8").split("\\n"))) for p in paths]
seeds = load(sorted((root / "seeds").glob("*.txt")))
dev = load(sorted((root / "tests" / "data" / "dev").glob("*/*.txt")))
frequencies = DocumentFrequencies()
for page in seeds:
    frequencies.add(page)
idf = frequencies.idf()
for page in dev[1::every]:
    parse_page(page)
if kind == "seed":
    work = [(page, table) for page in seeds for table in (None, idf)]
else:
    work = [(page, None) for page in dev[::every]]
if measured:
    for page, table in work:
        parse_page(page, table)
print(len(work))
"""


def instructions(desktop: Path, kind: str, measured: bool, every: int) -> tuple[int, int]:
    """The instructions of a run that warms up and, if `measured`, parses the pages measured; and how many
    parses those are."""
    valgrind = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
    run = subprocess.run(
        [*valgrind, sys.executable, "-c", PARSES, kind, str(int(measured)), str(every), str(ROOT)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(desktop), "PYTHONHASHSEED": "0"},
    )
    refs = re.search(r"I\s+refs:\s+([\d,]+)", run.stderr)
    if refs is None:
        raise SystemExit(f"valgrind gave no count:\n{run.stderr[-2000:]}")
    return int(refs.group(1).replace(",", "")), int(run.stdout.split()[-1])


def per_parse(desktop: Path, kind: str, every: int) -> float:
    warmed, parses = instructions(desktop, kind, False, every)
    measured, _ = instructions(desktop, kind, True, every)
    return (measured - warmed) / parses


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--against", default="HEAD", help="the revision to compare with (default HEAD)")
    options.add_argument("--every", type=int, default=8, help="parse every Nth development page")
    args = options.parse_args()
    with tempfile.TemporaryDirectory(prefix="proofdesk-bench-") as folder:
        baseline = Path(folder)
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", args.against, "desktop"], capture_output=True, check=True
        )
        subprocess.run(["tar", "-x", "-C", str(baseline)], input=archive.stdout, check=True)
        print(f"CPU instructions per parse (millions): {args.against} beside this checkout")
        for kind, label in (("seed", "seed pages"), ("dev", f"every {args.every}th development page")):
            before, now = (per_parse(tree, kind, args.every) / 1e6 for tree in (baseline / "desktop", ROOT / "desktop"))
            print(f"  {label:34} {before:8.2f} {now:8.2f}  {100 * (now / before - 1):+6.2f} %")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
