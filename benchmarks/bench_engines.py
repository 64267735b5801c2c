"""The same library on SQLite and on PostgreSQL: import (read, parse, store), storing alone, search, an export,
and `proofdesk copy` both ways.

    .venv/bin/python benchmarks/bench_engines.py --server URL --copy-server URL2 [--pages 500]

URL and URL2 name two empty PostgreSQL databases (`postgresql://user@host:port/dbname`): the first becomes the
library imported into, the second the target of the copy from the file. The pages are those of
`bench_library` (the seed pages varied); the file libraries go to a temporary folder.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from bench_library import make_pages

from proofdesk.export import Format, export_library
from proofdesk.importer import import_files
from proofdesk.location import parse
from proofdesk.storage import Library
from proofdesk.storage.copying import copy_library


def _rate(count: int, seconds: float) -> str:
    return f"{count / seconds:7.1f} pages/s ({seconds:6.2f} s)"


def measure(location: str, files: list[Path], folder: Path, label: str) -> None:
    start = time.perf_counter()
    with Library.open(location) as library:
        import_files(library, files)
        imported = time.perf_counter() - start
        print(f"{label:10} import          {_rate(len(files), imported)}")
        for query in ("本报记者", "党建"):
            start = time.perf_counter()
            hits = library.search(query, limit=None)
            took = 1000 * (time.perf_counter() - start)
            print(f"{label:10} search {query:6}   {len(hits):6} lines in {took:7.1f} ms")
        start = time.perf_counter()
        export_library(library, Format.JSONL, folder / f"{label}.jsonl")
        print(f"{label:10} export jsonl    {_rate(len(files), time.perf_counter() - start)}")


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__)
    arguments.add_argument("--server", required=True, help="URL of an empty PostgreSQL database")
    arguments.add_argument("--copy-server", required=True, help="URL of another empty PostgreSQL database")
    arguments.add_argument("--pages", type=int, default=500)
    options = arguments.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "pages").mkdir()
        files = make_pages(folder / "pages", options.pages)
        measure(str(folder / "library.sqlite"), files, folder, "sqlite")
        measure(options.server, files, folder, "postgresql")
        same = (folder / "sqlite.jsonl").read_bytes() == (folder / "postgresql.jsonl").read_bytes()
        print(f"the two exports are {'byte-identical' if same else 'DIFFERENT'}")
        for source, target, label in (
            (folder / "library.sqlite", parse(options.copy_server), "file → server"),
            (parse(options.server), folder / "copy.sqlite", "server → file"),
        ):
            report = copy_library(source, target)
            print(f"copy {label:14} {_rate(report.pages, report.seconds)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
