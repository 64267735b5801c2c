"""Theme suggestions in the review window: how long after the window shows they are ready, and how long each
suggestion takes.

    .venv/bin/python benchmarks/bench_window_themes.py [--pages N] [--runs 3]

Each run starts the window twice, each time a fresh process (jieba not yet imported) with
`proofdesk.gui.app.run` on the library, in a new temporary home: the first start builds jieba's dictionary cache
and segments every article, the second finds both kept in the cache folder. For each it prints:
- the seconds from the start of the process, and from the window being exposed, to the suggester being ready
  (built in a worker);
- milliseconds per suggestion in the worker (`Suggestions.suggest_ms`), over every article of up to 20 pages;
- milliseconds from asking (selecting an item) to the suggestions on screen, which adds the queued signal.

Without --pages the library is the five sample pages; with it, the sample pages repeated under new names;
with --library, that library.
Runs offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

RUN = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication
    from proofdesk.gui import app

    shown = []

    class Exposed(QObject):
        def eventFilter(self, watched, event):
            # The first window exposed is the main window's (its QWindow receives the event).
            if event.type() == QEvent.Type.Expose and not shown:
                shown.append(time.perf_counter())
            return False

    def step(window, tags, queue, asked):
        if asked:
            asked[-1] = (time.perf_counter() - asked[-1]) * 1000
        if not queue:
            ms = sorted(window.themes.suggestions.suggest_ms)
            seen = sorted(asked)
            print("COUNT", len(ms), flush=True)
            print("MEDIAN", statistics.median(ms), flush=True)
            print("P95", ms[int(len(ms) * 0.95)], flush=True)
            print("MAX", ms[-1], flush=True)
            print("SHOWN_MEDIAN", statistics.median(seen), flush=True)
            QApplication.quit()
            return
        page_id, key = queue.pop(0)
        if window.session.page_id != page_id:
            window.session.open_page(page_id)
        window.articles.select_item(None)
        asked.append(time.perf_counter())
        window.articles.select_item(key)

    def ready(window, tags, seconds):
        print("READY", time.perf_counter() - shown[0], flush=True)
        print("FROM_START", time.time() - float(sys.argv[2]), flush=True)
        print("BUILD", seconds, flush=True)
        if window.session.library is None:  # ready before the window's library is open: ask once it is
            window.session.libraryReady.connect(lambda: QTimer.singleShot(0, lambda: ask(window, tags)))
        else:
            ask(window, tags)

    def ask(window, tags):
        from proofdesk.domain.derive import derive
        from proofdesk.domain.model import TAGGED_KINDS
        library = window.session.library
        queue = []
        for info, page, layer in library.iter_pages([i.id for i in library.pages()[:20]]):
            queue += [(info.id, a.key) for a in derive(page, layer) if a.kind in TAGGED_KINDS and a.text]
        window.themes.suggestions.suggest_ms.clear()
        asked = []
        tags.suggestionsShown.connect(lambda _found: QTimer.singleShot(0, lambda: step(window, tags, queue, asked)))
        step(window, tags, queue, asked)

    def attach():
        window = next((w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"), None)
        if window is None:
            QTimer.singleShot(1, attach)
            return
        tags = window.themes.tags
        window.themes.suggestions.ready.connect(lambda seconds: ready(window, tags, seconds))

    import statistics
    qapp = QApplication(sys.argv)
    qapp.installEventFilter(Exposed(qapp))
    QTimer.singleShot(0, attach)
    sys.exit(app.run(__import__("pathlib").Path(sys.argv[1])))
    """
)


def run_once(library: Path, home: str) -> dict[str, float]:
    child = subprocess.run(
        [sys.executable, "-c", RUN, str(library), repr(time.time())],
        capture_output=True,
        text=True,
        timeout=3600,
        env={**os.environ, "PROOFDESK_HOME": home, "LANG": "C"},
    )
    if child.returncode != 0:
        raise SystemExit(child.stderr)
    return {word: float(rest) for word, _, rest in (line.partition(" ") for line in child.stdout.splitlines())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=0, help="library of N pages (default: the 5 sample pages)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--library", type=Path, help="an existing library (such as make_library.py makes)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="proofdesk-bench-") as scratch:
        measure(args, Path(scratch))


def measure(args: argparse.Namespace, folder: Path) -> None:
    library = args.library or folder / "library.sqlite"
    if args.library:
        pass
    elif args.pages:
        from bench_window import build_library

        build_library(library, args.pages)
    else:
        from proofdesk import paths
        from proofdesk.importer import import_files
        from proofdesk.storage import Library

        with Library.open(library) as opened:
            import_files(opened, sorted(paths.seeds_dir().glob("*.txt")))
    started = time.perf_counter()
    results: list[tuple[str, dict[str, float]]] = []
    for _ in range(args.runs):
        # The first start in a new home segments every article; the second finds their words kept.
        home = tempfile.mkdtemp(dir=folder)
        results += [("first start ", run_once(library, home)), ("second start", run_once(library, home))]
    for n, (start, r) in enumerate(results, 1):
        print(
            f"run {(n + 1) // 2}, {start}: suggestions ready {r['FROM_START']:.2f} s after the start, "
            f"{r['READY']:.2f} s after the window showed (build "
            f"{r['BUILD']:.2f} s); {r['COUNT']:.0f} suggestions: median {r['MEDIAN']:.1f} ms, p95 {r['P95']:.1f} ms,"
            f" max {r['MAX']:.1f} ms in the worker; on screen {r['SHOWN_MEDIAN']:.1f} ms after asking (median)"
        )
    for start in ("first start ", "second start"):
        ready = statistics.median(r["READY"] for s, r in results if s == start)
        from_start = statistics.median(r["FROM_START"] for s, r in results if s == start)
        print(f"median ready time, {start}: {from_start:.2f} s after the start, {ready:.2f} s after the window showed")
    print(f"({time.perf_counter() - started:.0f} s in all)")


if __name__ == "__main__":
    main()
