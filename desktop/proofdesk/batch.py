"""`proofdesk import` and `proofdesk export`: the batch commands, kept apart from `cli` so that opening the
window does not load the storage and export stack first."""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from . import messages
from .domain.derive import Article
from .domain.model import Status
from .export import ExportError, Format, export_library
from .importer import FileResult, ImportStopped, Outcome, import_files
from .storage import Library, StorageError
from .tagging import build_suggester, suggested_names
from .text.decoding import expand_arguments

OK, REFUSED, UNUSABLE, INTERRUPTED = 0, 1, 2, 130


def run(db: Path, args: argparse.Namespace) -> int:
    """Run the import or export that `args` names on library `db`; returns the exit status."""
    try:
        if args.command == "import":
            return _import(db, args.paths)
        if args.command in ("check", "backup", "restore"):
            return _maintain(db, args)
        return _export(db, args)
    except StorageError as error:
        _say(messages.storage_problem(db, error))
        return UNUSABLE
    except ExportError as error:
        _say(messages.export_problem(error))
        return UNUSABLE


def _import(db: Path, arguments: list[str]) -> int:
    candidates = expand_arguments(arguments)
    progress = _ProgressLine()

    def report(result: FileResult, done: int, total: int) -> None:
        if result.refused is not None:
            progress.clear()
            _say(messages.refusal(result.refused))
        progress.show(f"importing {done}/{total}  {messages.shown(result.path.name)}")

    try:
        with _interrupt() as interrupted, Library.open(db) as library:
            outcome = import_files(
                library, candidates.files, refused=candidates.refused, progress=report, cancel=interrupted.get
            )
    except ImportStopped as stopped:
        progress.clear()
        _say(messages.storage_problem(db, stopped))
        _say(messages.import_summary(stopped.report))
        return UNUSABLE
    progress.clear()
    _say(messages.import_summary(outcome))
    if outcome.cancelled:
        return INTERRUPTED
    return REFUSED if outcome.count(Outcome.REFUSED) else OK


def _export(db: Path, args: argparse.Namespace) -> int:
    if not db.is_file():
        _say(messages.no_library(db))
        return UNUSABLE
    to_stdout = str(args.out) == "-"
    if to_stdout and args.format == Format.TXT:
        _say(messages.txt_to_stdout())
        return UNUSABLE
    progress = _ProgressLine()
    # Read-only: an export never writes to the library, so a read-only library file exports too.
    with _interrupt() as interrupted, Library.open(db, read_only=True) as library:
        result = export_library(
            library,
            Format(args.format),
            args.out,
            status=Status(args.status) if args.status else None,
            tag=args.tag,
            suggest=_suggestions(library) if args.format == Format.JSONL else None,
            progress=lambda done, total: progress.show(f"exporting {done}/{total} pages"),
            cancel=interrupted.get,
            stream=sys.stdout.buffer if to_stdout else None,
        )
    progress.clear()
    if result.cancelled:
        _say("interrupted; the output is incomplete" if to_stdout else "interrupted; the export was not written")
        return INTERRUPTED
    _say(messages.export_summary(result, None if to_stdout else args.out))
    return OK


def _maintain(db: Path, args: argparse.Namespace) -> int:
    from .storage import maintenance

    if args.command != "restore" and not db.is_file():
        _say(messages.no_library(db))
        return UNUSABLE
    if args.command == "check":
        findings = maintenance.check(db)
        for line in messages.check_result(db, findings):
            _say(line)
        return UNUSABLE if findings else OK
    if args.command == "backup":
        _say(messages.backed_up(db, maintenance.backup(db, args.out)))
        return OK
    try:
        aside = maintenance.restore(db, args.backup)
    except maintenance.BadBackup as error:
        _say(messages.bad_backup(args.backup, error))
        return UNUSABLE
    _say(messages.restored(db, args.backup, aside))
    return OK


def _suggestions(library: Library) -> Callable[[Article], list[str]]:
    """Ranked themes for each exported item, from a suggester over the whole library."""
    suggester = build_suggester(library)
    return lambda article: suggested_names(suggester, article)


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
