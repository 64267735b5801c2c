"""How fast the review window opens and switches pages on a 1,000-page library.

    .venv/bin/python benchmarks/bench_window.py [--pages 1000] [--runs 5] [--library PATH]

Prints:
- the time from starting a process until a bare PySide6 main window is exposed and painted, until
  Proofdesk's window (`proofdesk.gui.app.run`, lock and translations included) is, and until its first page
  is painted on screen (read from the file at once; the library is opened in a worker once it is);
- the time to switch pages (load from SQLite, derive the items, repaint), over many pages, and the window
  thread's CPU time for it (what a loaded machine does not inflate).

Runs offscreen unless QT_QPA_PLATFORM says otherwise. The library is built once under the temp folder
(sample pages copied under new names) and reused.
"""

from __future__ import annotations

import argparse
import compileall
import os
import random
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import proofdesk

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    def painted():
        print("SHOWN", flush=True)
        QApplication.quit()

    class Painted(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, painted)  # once the rest of the window's first frame is painted
            return False

    app = QApplication(sys.argv)
    window = QMainWindow()
    spy = Painted()
    window.installEventFilter(spy)
    window.setWindowTitle("bare")
    window.resize(1400, 860)
    window.show()
    app.exec()
    """
)

PROOFDESK = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    def rss():
        with open("/proc/self/status") as status:
            return next(line.split()[1] for line in status if line.startswith("VmRSS"))

    class Painted(QObject):
        def eventFilter(self, window, event):
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, lambda: print("SHOWN", flush=True))  # once painted, as the bare window's
                if window.shown_page is not None:  # put there before the window was first painted
                    QTimer.singleShot(0, first_page)  # once the rest of the first frame is painted
                else:
                    window.pageShown.connect(lambda _page_id: (window.repaint(), first_page()))
            return False

    def first_page():
        print("PAGE", flush=True)
        print("RSS", rss(), flush=True)
        QApplication.quit()

    app = QApplication(sys.argv)
    spy = Painted()
    from proofdesk.gui import app as gui_app
    create_main_window = gui_app.create_main_window

    def watched_window(*args):
        window = create_main_window(*args)
        window.installEventFilter(spy)
        return window

    gui_app.create_main_window = watched_window
    code = gui_app.run(Path(sys.argv[1]))
    print("JIEBA", "jieba" in sys.modules, flush=True)
    sys.exit(code)
    """
)


def build_library(path: Path, pages: int) -> None:
    """`pages` pages: the sample pages again and again under new names, each parsed once."""
    from proofdesk import paths
    from proofdesk.ocrfiles.files import read_page
    from proofdesk.parsing import PARSER_VERSION, parse_page
    from proofdesk.storage import Library
    from proofdesk.text.decoding import content_hash

    seeds = [read_page(p)[0] for p in sorted(paths.seeds_dir().glob("*.txt"))]
    layers = [parse_page(page) for page in seeds]
    from proofdesk.domain.model import Page

    started = time.perf_counter()
    with Library.open(path) as library:
        for n in range(pages):
            seed, layer = seeds[n % len(seeds)], layers[n % len(seeds)]
            page = Page(f"{n:04d}_{seed.name}", seed.lines)
            library.add_page(page, content_hash((page.name, *page.lines)), layer, PARSER_VERSION)
    print(f"built a {pages}-page library in {time.perf_counter() - started:.1f} s: {path}")


def timed_process(script: str, *args: str, home: str) -> dict[str, float | str]:
    """Seconds from starting the process to each line it prints (`SHOWN`, `PAGE`), plus other lines; `home`:
    the folder of its settings (an earlier run's, or a new, empty one)."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PROOFDESK_HOME": home},
    )
    seen: dict[str, float | str] = {}
    assert child.stdout is not None
    for line in child.stdout:
        word, _, rest = line.strip().partition(" ")
        seen[word] = rest if rest else time.perf_counter() - started
    child.wait(60)
    child.stdout.close()
    return seen


def window_times(library: Path, runs: int, scratch: Path) -> None:
    """A bare window, then Proofdesk's, alternating: started for the first time (no settings: the library
    opens, then its first page shows), and started again (the page left last time shows from the file while
    the library opens). Their settings are kept in folders inside `scratch`."""
    returning = tempfile.mkdtemp(dir=scratch)
    timed_process(PROOFDESK, str(library), home=returning)  # leaves the settings of a window closed on a page
    bare, ours, again = [], [], []
    for _ in range(runs):
        bare.append(float(timed_process(BARE, home=tempfile.mkdtemp(dir=scratch))["SHOWN"]))
        ours.append(timed_process(PROOFDESK, str(library), home=tempfile.mkdtemp(dir=scratch)))
        again.append(timed_process(PROOFDESK, str(library), home=returning))
    shown = [float(r["SHOWN"]) for r in ours]
    page = [float(r["PAGE"]) for r in ours]
    b, s, p = statistics.median(bare), statistics.median(shown), statistics.median(page)
    r = statistics.median(float(r["PAGE"]) for r in again)
    print(f"bare PySide6 window shown:      {b * 1000:6.0f} ms (median of {runs})")
    print(f"Proofdesk window shown:         {s * 1000:6.0f} ms = {s / b:.2f} x bare (limit 2.5 x)")
    print(f"Proofdesk first page on screen: {p * 1000:6.0f} ms = {p / b:.2f} x bare (first start: no page left)")
    print(f"  started again, last page:     {r * 1000:6.0f} ms = {r / b:.2f} x bare (read from the file at once)")
    memory = [int(str(r.get("RSS", "0"))) / 1024 for r in ours]
    print(f"window's memory with its first page: {statistics.median(memory):6.0f} MB (resident, median)")
    print(f"jieba loaded in the window process: {ours[-1].get('JIEBA')}")


def switch_times(library: Path, switches: int, folder: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from proofdesk.gui.app import create_main_window
    from proofdesk.gui.session import Session
    from proofdesk.storage import Library

    app = QApplication.instance() or QApplication([])
    os.environ["PROOFDESK_HOME"] = str(folder)
    started = time.perf_counter()
    session = Session(library)
    session.attach(Library.open(library))
    window = create_main_window(session, QSettings(str(folder / "w.ini"), QSettings.Format.IniFormat))
    window.show()
    app.processEvents()
    print(
        f"window with {window.library_panel.model.rowCount()} pages built in-process: "
        f"{(time.perf_counter() - started) * 1000:.0f} ms"
    )
    ids = [info.id for info in session.library.pages()]  # type: ignore[union-attr]
    random.seed(4)
    times, cpu = [], []
    for page_id in random.sample(ids, min(switches, len(ids))):
        t0, c0 = time.perf_counter(), time.thread_time()
        session.open_page(page_id)
        window.repaint()  # paint now, as the editor would see it
        app.processEvents()
        times.append(time.perf_counter() - t0)
        cpu.append(time.thread_time() - c0)
    times.sort()
    cpu.sort()
    print(
        f"page switch over {len(times)} pages: median {statistics.median(times) * 1000:.1f} ms, "
        f"p95 {times[int(len(times) * 0.95)] * 1000:.1f} ms, max {times[-1] * 1000:.1f} ms (limit 100 ms)"
    )
    print(
        f"  the window's thread's CPU: median {statistics.median(cpu) * 1000:.1f} ms, "
        f"p95 {cpu[int(len(cpu) * 0.95)] * 1000:.1f} ms (wall clock minus what other work took from it)"
    )
    window.close()
    session.close()


def main() -> None:
    # An installed Proofdesk (pip, the .deb) carries its bytecode; with PYTHONDONTWRITEBYTECODE set, a source
    # checkout would instead compile every module at each start and time the compiler, not the window.
    compileall.compile_dir(str(Path(proofdesk.__file__).parent), quiet=1)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--switches", type=int, default=200)
    parser.add_argument("--library", type=Path)
    args = parser.parse_args()
    library = args.library or Path(tempfile.gettempdir()) / f"proofdesk-bench-{args.pages}.sqlite"
    if not library.exists():
        build_library(library, args.pages)
    print(f"platform: {os.environ['QT_QPA_PLATFORM']}")
    with tempfile.TemporaryDirectory(prefix="proofdesk-bench-") as scratch:
        window_times(library, args.runs, Path(scratch))
        switch_times(library, args.switches, Path(scratch))


if __name__ == "__main__":
    main()
