"""The `proofdesk` command.

    proofdesk [--db PATH]                          open the review window
    proofdesk import [--db PATH] FILE|DIR ...      import raw pages (recursing into folders for *.txt), parse them
    proofdesk export [--db PATH] --format jsonl|txt|csv --out PATH [--status done] [--tag THEME]
    proofdesk --version

`--db` selects the library file (default: `library.sqlite` in the user data folder).

Exit status, for scripts:
    0    done
    1    some files were refused: each is named on stderr with the reason; the other files were imported
    2    usage error; or the library cannot be used (locked, damaged, written by a newer Proofdesk,
         read-only, disk full), the export target cannot be written, or the review window is unavailable
    130  interrupted: pages imported before stay; an unfinished export leaves the old target as it was

Messages go to stderr, one line each, without tracebacks: `proofdesk: PATH: not imported: REASON` for each
refused file, then one summary line. Progress is shown on stderr only when it is a terminal. The wording of
every refusal and problem code is in `messages.py`.
"""

from __future__ import annotations

import argparse
import importlib
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from . import __version__, messages
from .domain.derive import Article
from .domain.model import Status
from .export import ExportError, Format, export_library
from .importer import FileResult, Outcome, import_files
from .paths import default_library
from .storage import Library, StorageError
from .tagging import build_suggester, suggested_names
from .text.decoding import expand_arguments

OK, REFUSED, UNUSABLE, INTERRUPTED = 0, 1, 2, 130


def _parser() -> argparse.ArgumentParser:
    # The subcommands accept --db too; SUPPRESS keeps their default from hiding a --db given before them.
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument("--db", type=Path, default=argparse.SUPPRESS, metavar="PATH", help="library file")
    parser = argparse.ArgumentParser(prog="proofdesk", description="Proofdesk (校对台): proofread OCR pages.")
    parser.add_argument("--db", type=Path, default=None, metavar="PATH", help="library file")
    parser.add_argument("--version", action="version", version=f"proofdesk {__version__}")
    parser.add_argument(
        "--smoke", action="store_true", help="check this installation (temporary library, window shown offscreen)"
    )
    commands = parser.add_subparsers(dest="command", metavar="{import,export}")
    importing = commands.add_parser("import", parents=[db], help="import raw pages and parse them")
    importing.add_argument("paths", nargs="+", metavar="FILE|DIR")
    exporting = commands.add_parser("export", parents=[db], help="export the clean corpus")
    exporting.add_argument("--format", required=True, choices=[f.value for f in Format])
    exporting.add_argument("--out", required=True, type=Path, metavar="PATH")
    exporting.add_argument("--status", choices=[s.value for s in Status])
    exporting.add_argument("--tag", metavar="THEME")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.smoke:
        from .gui.smoke import run_smoke

        return run_smoke()
    db: Path = args.db or default_library()
    try:
        if args.command == "import":
            return _import(db, args.paths)
        if args.command == "export":
            return _export(db, args)
        return _window(db)
    except StorageError as error:
        _say(messages.storage_problem(db, error))
        return UNUSABLE
    except ExportError as error:
        _say(messages.export_problem(error))
        return UNUSABLE
    except KeyboardInterrupt:
        _say("interrupted")
        return INTERRUPTED


def _import(db: Path, arguments: list[str]) -> int:
    candidates = expand_arguments(arguments)
    progress = _ProgressLine()

    def report(result: FileResult, done: int, total: int) -> None:
        if result.refused is not None:
            progress.clear()
            _say(messages.refusal(result.refused))
        progress.show(f"importing {done}/{total}  {result.path.name}")

    with _interrupt() as interrupted, Library.open(db) as library:
        outcome = import_files(
            library, candidates.files, refused=candidates.refused, progress=report, cancel=interrupted.get
        )
    progress.clear()
    _say(messages.import_summary(outcome))
    if outcome.cancelled:
        return INTERRUPTED
    return REFUSED if outcome.count(Outcome.REFUSED) else OK


def _export(db: Path, args: argparse.Namespace) -> int:
    if not db.is_file():
        _say(messages.no_library(db))
        return UNUSABLE
    progress = _ProgressLine()
    with _interrupt() as interrupted, Library.open(db) as library:
        result = export_library(
            library,
            Format(args.format),
            args.out,
            status=Status(args.status) if args.status else None,
            tag=args.tag,
            suggest=_suggestions(library) if args.format == Format.JSONL else None,
            progress=lambda done, total: progress.show(f"exporting {done}/{total} pages"),
            cancel=interrupted.get,
        )
    progress.clear()
    if result.cancelled:
        _say("interrupted; the export was not written")
        return INTERRUPTED
    _say(messages.export_summary(result, args.out))
    return OK


def _suggestions(library: Library) -> Callable[[Article], list[str]]:
    """Ranked themes for each exported item, from a suggester over the whole library."""
    suggester = build_suggester(library)
    return lambda article: suggested_names(suggester, article)


def _window(db: Path) -> int:
    try:
        app = importlib.import_module("proofdesk.gui.app")
    except ModuleNotFoundError as error:
        missing = error.name or ""
        if missing not in ("proofdesk.gui", "proofdesk.gui.app") and not missing.startswith("PySide6"):
            raise
        _say(messages.no_window(missing))
        return UNUSABLE
    code: int = app.run(db)
    return code


def _say(line: str) -> None:
    print(f"proofdesk: {line}", file=sys.stderr, flush=True)


class _ProgressLine:
    """A line on stderr rewritten in place, shown only on a terminal (a log gets the final summary only)."""

    def __init__(self) -> None:
        self._shown = 0
        self._tty = sys.stderr.isatty()

    def show(self, text: str) -> None:
        if self._tty:
            text = text[:79]
            sys.stderr.write("\r" + text.ljust(self._shown))
            sys.stderr.flush()
            self._shown = len(text)

    def clear(self) -> None:
        if self._shown:
            sys.stderr.write("\r" + " " * self._shown + "\r")
            self._shown = 0


class _Flag:
    def __init__(self) -> None:
        self.value = False

    def get(self) -> bool:
        return self.value


@contextmanager
def _interrupt() -> Iterator[_Flag]:
    """The first Ctrl-C asks the running import or export to stop after the current page (so that page is
    either stored whole or not at all); a second one stops at once."""
    flag = _Flag()

    def handle(_signum: int, _frame: FrameType | None) -> None:
        if flag.value:
            raise KeyboardInterrupt
        flag.value = True

    try:
        previous = signal.signal(signal.SIGINT, handle)
    except ValueError:  # not the main thread: Ctrl-C is not ours to handle
        yield flag
        return
    try:
        yield flag
    finally:
        signal.signal(signal.SIGINT, previous)


if __name__ == "__main__":
    sys.exit(main())
