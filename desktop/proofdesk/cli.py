"""The `proofdesk` command.

    proofdesk [--db PATH]                          open the review window
    proofdesk import [--db PATH] FILE|DIR ...      import raw pages (.txt, or OCR files with geometry: hOCR,
                                                   ALTO, PAGE-XML, PaddleOCR/RapidOCR JSON; folders are searched)
                                                   and parse them; a same-name image beside a page is attached
    proofdesk export [--db PATH] --format jsonl|txt|csv|pagexml --out PATH|- [--status done] [--tag THEME]
    proofdesk attach-image [--db PATH] [--copy] PAGE IMAGE
                                                   attach a scan to a page (by reference, with its hash;
                                                   --copy: a copy in the folder beside the library)
    proofdesk relink-images [--db PATH] FOLDER     re-point pages whose images were moved into FOLDER
    proofdesk search [--db PATH] [--regex|--word] [--fold] [--status S] [--tag T] [--role R]
                     [--corrected|--uncorrected] [--limit N] QUERY
                                                   lines holding QUERY (raw or corrected text), as
                                                   page:line: text in page order; --regex: QUERY is a regular
                                                   expression, --word: a whole word; --fold: full-width and
                                                   half-width forms, letter case, traditional and
                                                   simplified characters as one
    proofdesk replace [--db PATH] [--regex|--word] [--fold] [--dry-run] OLD NEW
                                                   correct every line showing OLD to show NEW instead (the raw
                                                   pages are kept), in one transaction; with --regex, NEW may
                                                   name OLD's groups (\\1, \\g<name>)
    proofdesk check [--db PATH]                    integrity check and every stored value; exit 2 if damaged
    proofdesk backup [--db PATH] [--out FILE]      verified backup (default: backups/ beside the library)
    proofdesk restore [--db PATH] BACKUP           verified restore; the current file is kept aside
    proofdesk copy SRC DST                         copy a whole library into a new or empty one, verified
                                                   (between library files and PostgreSQL databases)
    proofdesk stats [--db PATH]                    pages by status, the parser's accuracy on the done pages,
                                                   and each editor's work by day
    proofdesk --version

`--db` selects the library: a file (default: `library.sqlite` in the user data folder) or a PostgreSQL
database, `postgresql://user@host:port/dbname` (libpq's URL: service names, .pgpass and sslmode work).

Exit status, for scripts:
    0    done
    1    some files were refused: each is named on stderr with the reason; the other files were imported;
         `search` found no line, `replace` no line to change
    2    usage error; or the library cannot be used (locked, damaged or another program's database, written
         by a newer Proofdesk, read-only, disk full: also in the middle of an import, after which the
         summary still comes), the export target cannot be written or is the library, `--tag` names no
         theme, a search or replacement that cannot be made (empty text to find, a line break in the
         replacement, a regular expression that does not compile, matches an empty text or lacks a group
         the replacement names), or the review window is unavailable
    130  interrupted: pages imported before stay; an unfinished export leaves the old target as it was

Messages go to stderr, one line each, without tracebacks: `proofdesk: PATH: not imported: REASON` for each
refused file, then one summary line. Progress is shown on stderr only when it is a terminal. The wording of
every refusal and problem code is in `messages.py`.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .domain.model import Role
from .location import BadLocation, Location, parse
from .paths import default_library

OK, UNUSABLE, INTERRUPTED = 0, 2, 130
FORMATS = ("jsonl", "txt", "csv", "pagexml")
STATUSES = ("new", "review", "done")
ROLES = tuple(role.value for role in Role)


def _parser() -> argparse.ArgumentParser:
    # The subcommands accept --db too; SUPPRESS keeps their default from hiding a --db given before them.
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument("--db", type=_location, default=argparse.SUPPRESS, metavar="DB", help=_DB_HELP)
    parser = argparse.ArgumentParser(prog="proofdesk", description="Proofdesk (校对台): proofread OCR pages.")
    parser.add_argument("--db", type=_location, default=None, metavar="DB", help=_DB_HELP)
    parser.add_argument("--version", action="version", version=f"proofdesk {__version__}")
    parser.add_argument(
        "--smoke", action="store_true", help="check this installation (temporary library, window shown offscreen)"
    )
    commands = parser.add_subparsers(
        dest="command",
        metavar="{import,export,search,replace,attach-image,relink-images,check,backup,restore,copy,stats,claims,"
        "release}",
    )
    importing = commands.add_parser("import", parents=[db], help="import raw pages and parse them")
    importing.add_argument("paths", nargs="+", metavar="FILE|DIR")
    exporting = commands.add_parser("export", parents=[db], help="export the clean corpus")
    exporting.add_argument("--format", required=True, choices=FORMATS)
    exporting.add_argument("--out", required=True, type=Path, metavar="PATH", help="file or folder; - for stdout")
    exporting.add_argument("--status", choices=STATUSES)
    exporting.add_argument("--tag", metavar="THEME")
    # How the text to find is read, for `search` and `replace`.
    finding = argparse.ArgumentParser(add_help=False)
    mode = finding.add_mutually_exclusive_group()
    mode.add_argument("--regex", action="store_true", help="the text to find is a regular expression (Python's)")
    mode.add_argument("--word", action="store_true", help="find the text as a whole word only")
    finding.add_argument(
        "--fold",
        action="store_true",
        help="full-width and half-width forms, letter case, traditional and simplified characters as one",
    )
    searching = commands.add_parser("search", parents=[db, finding], help="find lines holding a text")
    searching.add_argument("--status", choices=STATUSES)
    searching.add_argument("--tag", metavar="THEME", help="only lines of articles with this theme")
    searching.add_argument("--role", choices=ROLES, help="only lines of this role")
    corrected = searching.add_mutually_exclusive_group()
    corrected.add_argument(
        "--corrected", action="store_const", const=True, dest="corrected", help="only corrected lines"
    )
    corrected.add_argument(
        "--uncorrected", action="store_const", const=False, dest="corrected", help="only lines not corrected"
    )
    searching.add_argument("--limit", type=_positive, metavar="N", help="print at most N lines")
    searching.add_argument("query", metavar="QUERY")
    replacing = commands.add_parser("replace", parents=[db, finding], help="correct a text everywhere it shows")
    replacing.add_argument("--dry-run", action="store_true", help="print what would change, change nothing")
    replacing.add_argument("old", metavar="OLD")
    replacing.add_argument("new", metavar="NEW")
    attaching = commands.add_parser("attach-image", parents=[db], help="attach a page image to a page")
    attaching.add_argument("page", metavar="PAGE", help="the page's name")
    attaching.add_argument("image", type=Path, metavar="IMAGE", help="a .jpg, .png, .tif or .webp scan")
    attaching.add_argument(
        "--copy", action="store_true", help="copy the image into the images folder beside the library first"
    )
    relinking = commands.add_parser("relink-images", parents=[db], help="find moved page images again")
    relinking.add_argument("folder", type=Path, metavar="FOLDER", help="where the images are now (searched)")
    commands.add_parser("check", parents=[db], help="check the library: integrity and every stored value")
    backing = commands.add_parser("backup", parents=[db], help="make a verified backup of the library")
    backing.add_argument("--out", type=Path, metavar="FILE", help="backup file (default: backups/ beside it)")
    restoring = commands.add_parser("restore", parents=[db], help="replace the library with a verified backup")
    restoring.add_argument("backup", type=Path, metavar="BACKUP")
    copying = commands.add_parser("copy", help="copy a whole library into a new or empty one (file or server)")
    copying.add_argument("source", type=_location, metavar="SRC", help="library file or postgresql:// URL")
    copying.add_argument("target", type=_location, metavar="DST", help="new or empty library file or database")
    commands.add_parser("stats", parents=[db], help="pages by status, parser accuracy, each editor's work by day")
    commands.add_parser("claims", parents=[db], help="the pages editors' windows hold, and who holds them")
    releasing = commands.add_parser("release", parents=[db], help="release the claims of a window that is gone")
    releasing.add_argument("pages", nargs="*", metavar="PAGE", help="the pages' names (none: every page)")
    return parser


_DB_HELP = "library file, or a PostgreSQL database as postgresql://user@host:port/dbname"


def _location(value: str) -> Location:
    try:
        return parse(value)
    except BadLocation as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a number of lines: {value!r}")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.smoke:
        from .gui.smoke import run_smoke

        return run_smoke()
    db: Location = args.db or default_library()
    try:
        if args.command is None:
            return _window(db)
        from . import batch

        return batch.run(db, args)
    except KeyboardInterrupt:
        _say("interrupted")
        return INTERRUPTED


def _window(db: Location) -> int:
    try:
        app = importlib.import_module("proofdesk.gui.app")
    except ModuleNotFoundError as error:
        missing = error.name or ""
        if missing not in ("proofdesk.gui", "proofdesk.gui.app") and not missing.startswith("PySide6"):
            raise
        _say(_no_window(missing))
        return UNUSABLE
    code: int = app.run(db)
    return code


def _say(line: str) -> None:
    print(f"proofdesk: {line}", file=sys.stderr, flush=True)


def _no_window(missing: str) -> str:
    if missing.split(".")[0] == "PySide6":
        return "the review window needs PySide6, which is not installed; import and export still work"
    return "the review window is not available in this build; import and export still work"


if __name__ == "__main__":
    sys.exit(main())
