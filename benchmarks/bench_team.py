"""A team on one library: editor processes claiming, correcting and releasing pages at random, some of their
writes based on a page's older version, on an SQLite file and on a PostgreSQL database side by side.

    .venv/bin/python benchmarks/bench_team.py --server URL [--editors 8] [--pages 500] [--edits 10000]

URL names an empty PostgreSQL database. Each editor process opens its own connection and, for each edit,
stays on its page or (half of the time) releases it and moves on to a random one, claims it (a page another
editor holds is refused to it: it tries the write anyway a tenth of the time, which must be refused), reads
the page with its version, corrects one line with a text of its own and writes it; a fifth of the writes are
based on a version read earlier (the editor was slow), and must be refused when the page changed since.

Checked afterwards: no lost update (each page's acknowledged writes raised its version exactly once each,
1, 2, 3 …, and every line shows the text of the last acknowledged write to it), every refusal reported, and
the history holds one change per acknowledged write. Printed: edits/s and the p95 write latency.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from bench_library import make_pages

from proofdesk.domain import ops
from proofdesk.importer import import_files
from proofdesk.location import parse
from proofdesk.storage import Library, Problem, StorageError
from proofdesk.storage.copying import copy_library
from proofdesk.storage.history import Action

Ack = tuple[int, int, int, str]
"""An acknowledged write: page id, the version it made, the line it corrected, the text."""


def editor(location: str, number: int, edits: int, page_ids: list[int], seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    acks: list[Ack] = []
    outcomes: Counter[str] = Counter()
    latencies: list[float] = []
    earlier: dict[int, tuple[Any, Any, int]] = {}
    with Library.open(location, editor=f"editor-{number}") as library:
        page_id = rng.choice(page_ids)
        for k in range(edits):
            if rng.random() < 0.5:  # on to another page, as a window does: the one it leaves is released
                library.release([page_id])
                page_id = rng.choice(page_ids)
            claim = library.claim(page_id)
            if not claim.mine and rng.random() > 0.1:
                outcomes["held, not tried"] += 1
                continue
            if page_id in earlier and rng.random() < 0.2:
                page, layer, version = earlier.pop(page_id)  # slow: based on what it read before
            else:
                page, layer, version = library.load_versioned(page_id)
                earlier[page_id] = (page, layer, version)
            line = rng.choice(sorted(layer.lines))
            text = f"{page.text(line)[:6]}〔{number}-{k}〕"
            after = ops.correct_text(layer, line, text, page.text(line))
            start = time.perf_counter()
            try:
                written = library.save(page_id, layer, after, version)
            except StorageError as error:
                if error.problem not in (Problem.CLAIMED, Problem.CONFLICT):
                    raise
                outcomes[error.problem.value] += 1
            else:
                assert written is not None
                acks.append((page_id, written, line, text))
                outcomes["written"] += 1
            latencies.append(time.perf_counter() - start)
        library.release()
    return {"acks": acks, "outcomes": outcomes, "latencies": latencies}


def run(location: str, editors: int, edits: int, page_ids: list[int]) -> tuple[float, list[float], Counter[str]]:
    per_editor = edits // editors
    context = multiprocessing.get_context("spawn")
    start = time.perf_counter()
    with context.Pool(editors) as pool:
        results = pool.starmap(editor, [(location, n, per_editor, page_ids, 1000 + n) for n in range(editors)])
    seconds = time.perf_counter() - start
    acks = [a for r in results for a in r["acks"]]
    outcomes: Counter[str] = sum((r["outcomes"] for r in results), Counter())
    latencies = [t for r in results for t in r["latencies"]]
    _verify(location, acks, outcomes)
    return seconds, latencies, outcomes


def _verify(location: str, acks: list[Ack], outcomes: Counter[str]) -> None:
    by_page: dict[int, list[Ack]] = defaultdict(list)
    for ack in acks:
        by_page[ack[0]].append(ack)
    with Library.open(location, read_only=True) as library:
        for page_id, page_acks in by_page.items():
            page_acks.sort(key=lambda a: a[1])
            versions = [a[1] for a in page_acks]
            _page, layer, version = library.load_versioned(page_id)
            assert versions == list(range(1, len(versions) + 1)) and version == len(versions), (page_id, versions)
            last = {line: text for _p, _v, line, text in page_acks}
            for line, text in last.items():
                assert layer.lines[line].correction == text, ("lost update", page_id, line)
            edits = [e for e in library.page_history(page_id) if e.action is Action.EDIT]
            assert len(edits) == len(page_acks), ("history", page_id)
    assert outcomes["written"] == len(acks)


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__)
    arguments.add_argument("--server", required=True, help="URL of an empty PostgreSQL database")
    arguments.add_argument("--editors", type=int, default=8)
    arguments.add_argument("--pages", type=int, default=500)
    arguments.add_argument("--edits", type=int, default=10_000)
    options = arguments.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "pages").mkdir()
        files = make_pages(folder / "pages", options.pages)
        file_library = folder / "library.sqlite"
        with Library.open(file_library) as library:
            import_files(library, files)
            page_ids = [p.id for p in library.pages()]
        copy_library(file_library, parse(options.server))
        print(f"{options.editors} editors, {len(page_ids)} pages, {options.edits} edits each engine")
        print(f"{'engine':10} {'edits/s':>8} {'p95 ms':>7} {'median ms':>9}  outcomes (every write checked)")
        for label, location in (("sqlite", str(file_library)), ("postgresql", options.server)):
            seconds, latencies, outcomes = run(location, options.editors, options.edits, page_ids)
            p95 = statistics.quantiles(latencies, n=20)[-1] * 1000
            median = statistics.median(latencies) * 1000
            tried = sum(outcomes.values())
            print(
                f"{label:10} {tried / seconds:8.1f} {p95:7.1f} {median:9.1f}  "
                + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items()))
            )
    print("no lost update; every refused write reported; history complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
