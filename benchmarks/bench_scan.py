"""Opening a page with a very large scan: does the window stay responsive?

    .venv/bin/python benchmarks/bench_scan.py [--width 10000] [--height 14000] [--switches 20] [--first-start]

Makes a grey JPEG of the given size in a temporary folder, attaches it to two sample pages, opens the
window on them and prints:
- the time from the window shown to the first page's scan on screen;
- once the window has settled (jieba, loaded for the theme suggestions in a worker thread, is loaded), for a
  page whose scan was not decoded before: the time to show the page, the time until its image is on screen,
  and the longest stall of the event loop meanwhile (the largest gap between ticks of a 5 ms timer);
- the median time to switch between two pages with scans (load, derive, paint, their decoded scans).

The window starts as every start after the first does, with jieba's dictionary cached; `--first-start` starts
it without. Runs offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from proofdesk.gui.app import create_main_window
from proofdesk.gui.session import Session
from proofdesk.importer import import_files
from proofdesk.ocrfiles import probe_image
from proofdesk.paths import seeds_dir
from proofdesk.storage import Library
from proofdesk.text.words import is_loaded


def make_scan(path: Path, width: int, height: int) -> None:
    small = QImage(width // 10, height // 10, QImage.Format.Format_RGB32)
    small.fill(QColor("white"))
    painter = QPainter(small)
    for row in range(20, small.height() - 20, 12):
        painter.fillRect(20 + (row % 7), row, small.width() - 40, 6, QColor("#444444"))
    painter.end()
    grey = small.convertToFormat(QImage.Format.Format_Grayscale8)
    big = grey.scaled(width, height, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.FastTransformation)
    assert big.save(str(path), "JPEG", 80), "could not write the JPEG"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--width", type=int, default=10_000)
    parser.add_argument("--height", type=int, default=14_000)
    parser.add_argument("--switches", type=int, default=20)
    parser.add_argument("--first-start", action="store_true", help="no jieba cache yet")
    args = parser.parse_args()
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory(prefix="proofdesk-bench-scan-") as scratch:
        measure(app, args, Path(scratch))


def measure(app: QApplication, args: argparse.Namespace, folder: Path) -> None:
    os.environ["PROOFDESK_HOME"] = str(folder / "home")
    if not args.first_start:
        build = "from proofdesk.text.words import load_jieba; load_jieba()"
        subprocess.run([sys.executable, "-c", build], check=True)  # the cache, as a start before left it
    scan = folder / "scan.jpg"
    started = time.perf_counter()
    make_scan(scan, args.width, args.height)
    print(
        f"scan {args.width} x {args.height}: {scan.stat().st_size / 1e6:.1f} MB JPEG, "
        f"made in {time.perf_counter() - started:.1f} s"
    )
    db = folder / "library.sqlite"
    seeds = sorted(seeds_dir().glob("*.txt"))[:2]
    with Library.open(db) as library:
        import_files(library, seeds)
        image = probe_image(scan)
        ids = [p.id for p in library.pages()]
        for page_id in ids:
            library.attach_image(page_id, image)
    session = Session(db)
    session.attach(Library.open(db))
    window = create_main_window(session, QSettings(str(folder / "w.ini"), QSettings.Format.IniFormat))
    window.resize(1400, 860)
    window.show()
    showing = time.perf_counter()

    def shown() -> bool:
        return window.scan_view.image() is not None

    def wait_for_image() -> None:
        loop = QEventLoop()
        poll = QTimer()
        poll.timeout.connect(lambda: loop.quit() if shown() else None)
        poll.start(5)
        loop.exec()
        poll.stop()

    wait_for_image()  # the first page, opened with the window
    print(f"first page's scan on screen {(time.perf_counter() - showing) * 1000:.0f} ms after the window showed")
    while not is_loaded():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    gaps: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.timeout.connect(lambda: gaps.append(clock.restart() / 1000))
    window.scan_view._cache.clear()  # decode afresh, as for a page not seen before
    opened = time.perf_counter()
    session.open_page(ids[1])
    switch = time.perf_counter() - opened
    clock.start()
    ticker.start(5)
    wait_for_image()
    on_screen = time.perf_counter() - opened
    ticker.stop()
    print(
        f"open a page with a scan not decoded before: page shown in {switch * 1000:.0f} ms, image on screen after "
        f"{on_screen * 1000:.0f} ms; longest event-loop stall while the image was decoded and first drawn "
        f"{max(gaps, default=0) * 1000:.0f} ms (limit 100 ms)"
    )

    switches = []
    for i in range(args.switches):
        started = time.perf_counter()
        session.open_page(ids[i % 2])
        app.processEvents()
        switches.append(time.perf_counter() - started)
    print(
        f"page switch between two pages with scans: median {statistics.median(switches) * 1000:.1f} ms over "
        f"{len(switches)} (scans of recent pages are kept decoded)"
    )
    window.close()
    session.close()


if __name__ == "__main__":
    main()
