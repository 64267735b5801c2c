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
# warm-up (argv: 1 to parse the pages measured or 0 to only warm up, kind, every, the checkout).
PARSES = """
import sys
from pathlib import Path
from proofdesk.domain.model import Page
from proofdesk.parsing import DocumentFrequencies, parse_page
measured, kind, every, root = sys.argv[1] == "1", sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
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


def instructions(desktop: Path, script: str, *args: str) -> tuple[int, int]:
    """The CPU instructions of running `script` with `args` under valgrind on the Proofdesk of `desktop`, and
    the number the script prints last (how many parses or pages it measured)."""
    valgrind = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
    run = subprocess.run(
        [*valgrind, sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(desktop), "PYTHONHASHSEED": "0"},
    )
    refs = re.search(r"I\s+refs:\s+([\d,]+)", run.stderr)
    if refs is None:
        raise SystemExit(f"valgrind gave no count:\n{run.stderr[-2000:]}")
    return int(refs.group(1).replace(",", "")), int(run.stdout.split()[-1])


def per_unit(desktop: Path, script: str, *args: str) -> float:
    """Instructions per parse (or page) measured: a run that also does the measured work less one that only
    warms up (the script's first argument: 1 or 0)."""
    warmed, _ = instructions(desktop, script, "0", *args)
    measured, units = instructions(desktop, script, "1", *args)
    return (measured - warmed) / units


def exported(revision: str, folder: Path) -> Path:
    """The `desktop` folder of `revision`, exported from git into `folder`."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "desktop"], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return folder / "desktop"


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--against", default="HEAD", help="the revision to compare with (default HEAD)")
    options.add_argument("--every", type=int, default=8, help="parse every Nth development page")
    args = options.parse_args()
    with tempfile.TemporaryDirectory(prefix="proofdesk-bench-") as folder:
        baseline = exported(args.against, Path(folder))
        print(f"CPU instructions per parse (millions): {args.against} beside this checkout")
        for kind, label in (("seed", "seed pages"), ("dev", f"every {args.every}th development page")):
            before, now = (
                per_unit(tree, PARSES, kind, str(args.every), str(ROOT)) / 1e6 for tree in (baseline, ROOT / "desktop")
            )
            print(f"  {label:34} {before:8.2f} {now:8.2f}  {100 * (now / before - 1):+6.2f} %")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
