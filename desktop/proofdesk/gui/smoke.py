"""`proofdesk --smoke`: prove that an installed Proofdesk works, without touching the user's files.

In a temporary folder it opens a new library (which runs the migrations), imports one of the bundled sample
pages, loads jieba's dictionary and OpenCC's tables, shows the main window on that library, lets Qt paint it
and closes it. Exit status 0 when all of that worked; otherwise one line on stderr naming the step that
failed, and status 1.

Release builds run it against the built package, where there is no source tree and no virtual environment.
Without a display (no DISPLAY or WAYLAND_DISPLAY on Linux) the window is shown offscreen. When
PROOFDESK_SMOKE_SCREENSHOT names a PNG file, the screen holding the window is saved there (under Xvfb this
shows what an editor would see, fonts included).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from .. import messages, paths

if TYPE_CHECKING:
    from ..storage import Library

SCREENSHOT_ENV = "PROOFDESK_SMOKE_SCREENSHOT"
SHOW_SECONDS = 1.0
"""How long the window stays up: long enough for the library to load and Qt to paint the page."""

T = TypeVar("T")


class SmokeFailure(Exception):
    """A step failed; the message is the line shown to the user."""


def run_smoke() -> int:
    """Run every step in a temporary home; 0 when all passed, 1 (with one line on stderr) otherwise."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="proofdesk-smoke-") as folder:
        # Settings, cache and data of this run all go below the temporary folder.
        previous_home = os.environ.get(paths.HOME_ENV)
        os.environ[paths.HOME_ENV] = str(Path(folder) / "home")
        try:
            timings = _steps(Path(folder))
        except SmokeFailure as failure:
            print(f"proofdesk: smoke test failed: {failure}", file=sys.stderr, flush=True)
            return 1
        finally:
            if previous_home is None:
                os.environ.pop(paths.HOME_ENV, None)
            else:
                os.environ[paths.HOME_ENV] = previous_home
    total = time.perf_counter() - started
    details = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in timings)
    print(f"proofdesk: smoke test passed in {total:.2f} s ({details})", file=sys.stderr, flush=True)
    return 0


def _step(name: str, action: Callable[[], T]) -> tuple[T, float]:
    """Run one step; any exception becomes a SmokeFailure naming the step."""
    start = time.perf_counter()
    try:
        result = action()
    except SmokeFailure:
        raise
    except Exception as error:  # a smoke test reports every failure, whatever it is
        raise SmokeFailure(f"{name}: {type(error).__name__}: {error}") from error
    return result, time.perf_counter() - start


def _steps(folder: Path) -> list[tuple[str, float]]:
    from ..importer import Outcome, import_files
    from ..storage import Library
    from ..text.matching import fold
    from ..themes.segment import load_jieba, tokenize

    timings: list[tuple[str, float]] = []
    opened, seconds = _step("opening a new library", lambda: Library.open(folder / "library.sqlite"))
    timings.append(("library", seconds))
    try:
        seeds = sorted(paths.seeds_dir().glob("*.txt"))
        if not seeds:
            raise SmokeFailure(f"no sample pages in {paths.seeds_dir()}")
        report, seconds = _step(f"importing {seeds[0].name}", lambda: import_files(opened, seeds[:1]))
        if report.count(Outcome.IMPORTED) != 1:
            refused = report.refused[0].refused if report.refused else None
            raise SmokeFailure(messages.refusal(refused) if refused else f"importing {seeds[0].name}: nothing imported")
        timings.append(("import", seconds))

        def jieba_words() -> list[str]:
            load_jieba(paths.cache_dir())
            return tokenize("校对台把报纸版面的识别文本整理成干净的文章语料")

        words, seconds = _step("loading jieba", jieba_words)
        if not words:
            raise SmokeFailure("loading jieba: the dictionary segmented nothing")
        timings.append(("jieba", seconds))

        folded, seconds = _step("loading OpenCC's tables", lambda: fold("國家發展"))
        if folded != "国家发展":
            raise SmokeFailure(f"loading OpenCC's tables: 國家發展 folded to {folded}")
        timings.append(("opencc", seconds))

        shown, seconds = _step("showing the window", lambda: _show_window(opened))
        timings.append(("window", seconds))
        if not shown:
            raise SmokeFailure("showing the window: it never became visible")
    finally:
        opened.close()  # the window's session may have closed it already; closing twice is harmless
    return timings


def _show_window(library: Library) -> bool:
    """Show the main window on `library` (handed over to the window's session), paint, close. Whether the
    window was visible."""
    from PySide6.QtCore import QSettings

    from .app import create_main_window, install_translators
    from .inputmethod import fix_input_method_env
    from .platform import create_application
    from .session import Session

    fix_input_method_env()
    app = create_application([sys.argv[0]])
    app.setApplicationName("Proofdesk")
    install_translators(app)
    session = Session(library.path)
    settings = QSettings(str(paths.config_dir() / "smoke.ini"), QSettings.Format.IniFormat)
    window = create_main_window(session, settings)
    try:
        window.show()
        session.attach(library)
        _wait(SHOW_SECONDS)
        visible = window.isVisible()
        screenshot = os.environ.get(SCREENSHOT_ENV)
        if screenshot:
            screen = window.screen()
            if not screen.grabWindow(0).save(screenshot):
                raise SmokeFailure(f"could not save the screenshot to {screenshot}")
        window.close()
        _wait(0.1)
        return visible
    finally:
        session.close()
        window.deleteLater()
        _wait(0)


def _wait(seconds: float) -> None:
    """Let Qt process events (painting, queued signals, workers reporting back) for `seconds`."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    QCoreApplication.sendPostedEvents()
