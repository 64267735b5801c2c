"""`proofdesk import`, `export`, `search`, `replace`, `attach-image`, `copy` …: the batch commands, kept apart
from `cli` so that opening the window does not load the storage and export stack first."""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from . import messages, replacing
from .domain import ops
from .domain.model import Role, Status, line_label
from .export import ExportError, Format
from .importer import FileResult, ImportStopped, Outcome, import_files
from .location import Location
from .ocrfiles import ImageError, ImageTrouble, copy_image, find_moved, images_folder, probe_image
from .pace import Pace
from .storage import Library, StorageError
from .tagging import export_corpus
from .text.decoding import expand_arguments
from .text.matching import Mode, Pattern, PatternError
from .text.words import load_jieba

OK, REFUSED, UNUSABLE, INTERRUPTED = 0, 1, 2, 130


def run(db: Location, args: argparse.Namespace) -> int:
    """Run the import or export that `args` names on library `db`; returns the exit status."""
    try:
        if args.command == "import":
            return _import(db, args.paths)
        if args.command == "attach-image":
            return _attach_image(db, args.page, args.image, copy=args.copy)
        if args.command == "relink-images":
            return _relink_images(db, args.folder)
        if args.command == "search":
            return _search(db, args)
        if args.command == "replace":
            return _replace(db, args)
        if args.command in ("check", "backup", "restore"):
            return _maintain(db, args)
        if args.command == "copy":
            return _copy(args.source, args.target)
        if args.command == "stats":
            return _stats(db)
        if args.command in ("claims", "release"):
            return _claims(db, args.pages if args.command == "release" else None)
        return _export(db, args)
    except StorageError as error:
        _say(messages.storage_problem(db, error))
        return UNUSABLE
    except ExportError as error:
        _say(messages.export_problem(error))
        return UNUSABLE


def _import(db: Location, arguments: list[str]) -> int:
    candidates = expand_arguments(arguments)
    progress = _ProgressLine()
    pace = Pace()

    def report(result: FileResult, done: int, total: int) -> None:
        if result.refused is not None:
            progress.clear()
            _say(messages.refusal(result.refused))
        for notice in result.notices:
            progress.clear()
            _say(messages.notice(result.path, notice))
        rate, left = pace.of(done, total)
        progress.show(f"importing {done}/{total}  {rate:.1f} files/s, {left} left  {messages.shown(result.path.name)}")

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


def _export(db: Location, args: argparse.Namespace) -> int:
    if _missing(db):
        _say(messages.no_library(db))
        return UNUSABLE
    to_stdout = str(args.out) == "-"
    if to_stdout and args.format == Format.TXT:
        _say(messages.txt_to_stdout())
        return UNUSABLE
    progress = _ProgressLine()
    # Read-only: an export never writes to the library, so a read-only library file exports too.
    with _interrupt() as interrupted, Library.open(db, read_only=True) as library:
        result = export_corpus(
            library,
            Format(args.format),
            args.out,
            status=Status(args.status) if args.status else None,
            tag=args.tag,
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


def _pattern(text: str, args: argparse.Namespace) -> Pattern:
    """What `search` or `replace` looks for, as its options read `text`; raises `PatternError`."""
    mode = Mode.REGEX if args.regex else Mode.WORD if args.word else Mode.TEXT
    return Pattern(text, mode, args.fold)


def _search(db: Location, args: argparse.Namespace) -> int:
    if not args.query:
        _say(messages.empty_query())
        return UNUSABLE
    try:
        find = _pattern(args.query, args)
    except PatternError as error:
        _say(messages.bad_pattern(error))
        return UNUSABLE
    if _missing(db):
        _say(messages.no_library(db))
        return UNUSABLE
    status = Status(args.status) if args.status else None
    role = Role(args.role) if args.role else None
    with Library.open(db, read_only=True) as library:
        if args.tag is not None and args.tag not in {t.name for t in library.themes()} | set(library.tag_counts()):
            _say(messages.unknown_tag(args.tag))
            return UNUSABLE
        if find.mode is Mode.WORD:
            load_jieba()
        hits = library.search(find, status, args.limit, tag=args.tag, role=role, corrected=args.corrected)
    for hit in hits:
        print(messages.hit(hit.page, hit.where, hit.text, None if find.holds(hit.text) else hit.raw))
    sys.stdout.flush()
    _say(messages.search_summary(len(hits), len({h.page_id for h in hits}), args.limit))
    return OK if hits else REFUSED


def _replace(db: Location, args: argparse.Namespace) -> int:
    old, new = args.old, args.new
    try:
        ops.check_replacement(old, new)
        find = _pattern(old, args)
    except ops.EditError as error:
        _say(messages.refused_replacement(error))
        return UNUSABLE
    except PatternError as error:
        _say(messages.bad_pattern(error))
        return UNUSABLE
    if _missing(db):
        _say(messages.no_library(db))
        return UNUSABLE
    if find.mode is Mode.WORD:
        load_jieba()
    with Library.open(db, read_only=args.dry_run) as library:
        try:
            planned, held = replacing.plan(library, find, new)
        except PatternError as error:
            _say(messages.bad_pattern(error))
            return UNUSABLE
        except ops.EditError as error:
            _say(messages.refused_replacement(error))
            return UNUSABLE
        if not args.dry_run:
            replacing.apply(library, planned)
    for name, editor in held.items():
        _say(messages.page_held(name, editor))
    for page in planned:
        for line, before, after in page.lines:
            print(messages.replaced_line(page.page.name, line_label(page.before, line), before, after))
    sys.stdout.flush()
    changed = sum(len(p.lines) for p in planned)
    _say(messages.replace_summary(old, new, changed, len(planned), args.dry_run))
    return OK if changed else REFUSED


def _maintain(db: Location, args: argparse.Namespace) -> int:
    from .storage import maintenance

    if args.command != "restore" and _missing(db):
        _say(messages.no_library(db))
        return UNUSABLE
    if args.command == "check":
        findings = maintenance.check(db)
        for line in messages.check_result(db, findings):
            _say(line)
        return UNUSABLE if findings else OK
    if not isinstance(db, Path):
        _say(messages.no_backup_on_server(db))
        return UNUSABLE
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


def _attach_image(db: Location, name: str, image: Path, *, copy: bool = False) -> int:
    if _missing(db):
        _say(messages.no_library(db))
        return UNUSABLE
    try:
        found = probe_image(image)
    except ImageError as error:
        _say(messages.image_problem(error))
        return UNUSABLE
    with Library.open(db) as library:
        page_id = library.page_id(name)
        if page_id is None:
            _say(messages.no_page(name))
            return UNUSABLE
        if copy:
            if not isinstance(db, Path):
                _say(messages.no_image_folder(db))
                return UNUSABLE
            try:
                found = copy_image(found, images_folder(db))
            except OSError as error:
                _say(messages.image_problem(ImageError(image, ImageTrouble.UNREADABLE, error.strerror or str(error))))
                return UNUSABLE
        library.attach_image(page_id, found)
    _say(messages.image_attached(name, found))
    return OK


def _relink_images(db: Location, folder: Path) -> int:
    if _missing(db):
        _say(messages.no_library(db))
        return UNUSABLE
    if not folder.is_dir():
        _say(messages.not_a_folder(folder))
        return UNUSABLE
    with Library.open(db) as library:
        attached = library.images()
        missing = [image for _page, image in attached if not Path(image.path).is_file()]
        found = find_moved(missing, folder)
        library.relink_images({page: found[image.path] for page, image in attached if image.path in found})
    _say(messages.relinked(len({i.path for i in missing}), len(found)))
    return OK


def _stats(db: Location) -> int:
    if _missing(db):
        _say(messages.no_library(db))
        return UNUSABLE
    with Library.open(db, read_only=True) as library:
        found = library.stats()
    for line in messages.stats(found):
        print(line)
    return OK


def _claims(db: Location, release: list[str] | None) -> int:
    """List the live claims, or release those on the named pages (all of them when none is named)."""
    if _missing(db):
        _say(messages.no_library(db))
        return UNUSABLE
    with Library.open(db, read_only=release is None) as library:
        if release is None:
            held = library.claims()
            names = {info.id: info.name for info in library.pages_by_id(held)}
            for page_id, claim in sorted(held.items(), key=lambda c: names[c[0]]):
                print(messages.claim_line(names[page_id], claim.editor, claim.expires))
            return OK
        ids = {name: library.page_id(name) for name in release}
        unknown = [name for name, page_id in ids.items() if page_id is None]
        if unknown:
            _say(messages.no_such_pages(unknown))
            return UNUSABLE
        released = library.release([i for i in ids.values() if i is not None] if release else None, anyone=True)
    _say(messages.released(released))
    return OK


def _missing(db: Location) -> bool:
    """A library file that is not there (a server's database is looked for when it is opened)."""
    return isinstance(db, Path) and not db.is_file()


def _copy(source: Location, target: Location) -> int:
    from .storage.copying import CopyError, copy_library

    if _missing(source):
        _say(messages.no_library(source))
        return UNUSABLE
    progress = _ProgressLine()
    try:
        with _interrupt() as interrupted:
            report = copy_library(
                source,
                target,
                progress=lambda done, total: progress.show(f"copying {done}/{total} pages"),
                cancel=interrupted.get,
            )
    except CopyError as error:
        progress.clear()
        _say(messages.copy_problem(source, target, error))
        return INTERRUPTED if error.problem == "cancelled" else UNUSABLE
    except StorageError as error:
        progress.clear()
        _say(messages.storage_problem(error.where or target, error))
        return UNUSABLE
    progress.clear()
    _say(messages.copied(source, target, report))
    return OK


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
    """The first Ctrl-C asks the running import or export to stop after the pages it is storing (they are
    stored whole or not at all) or the page it is exporting; a second one stops at once."""
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
