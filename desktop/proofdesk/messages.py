"""The command line's words for the codes the core returns (the window words them through `tr()`)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from .domain.ops import EditError, EditProblem
from .export import ExportError, ExportProblem, ExportReport
from .importer import ImportReport, Outcome
from .location import Location, Server
from .ocrfiles import MAX_OCR_BYTES, Caveat, ImageError, ImageRef, ImageTrouble, Notice, page_name
from .storage import Problem, StorageError
from .storage.copying import CopyError, CopyProblem, CopyReport
from .storage.history import Stats
from .text.decoding import MAX_BYTES, Refusal, Refused
from .text.matching import PatternError

_MB = 1024 * 1024

# Control characters (C0, DEL, C1: terminal escape sequences) and bidirectional controls, which would let a
# file name rewrite the terminal or display as another name.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def shown(name: object) -> str:
    """A path or name as it may be printed: every control character written as an escape (`\\x1b`)."""
    return _UNSAFE.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", str(name))


def refusal(refused: Refused) -> str:
    """One line: which file, and why it was not imported."""
    line = f" (line {refused.line})" if refused.line is not None else ""
    size = f"{(refused.size or 0) / _MB:.1f} MB"
    reason = {
        Refusal.MISSING: "no such file or folder",
        Refusal.NO_PAGES: "the folder holds no page files (.txt, hOCR, ALTO, PAGE-XML, PaddleOCR JSON)",
        Refusal.UNREADABLE: f"cannot be read: {shown(refused.detail)}",
        Refusal.TOO_LARGE: f"is {size}; page files over {MAX_BYTES // _MB} MB are refused"
        f" (OCR files over {MAX_OCR_BYTES // _MB} MB)",
        Refusal.EMPTY: "is empty or holds only blank lines",
        Refusal.BINARY: f"holds binary data, not text{line}",
        Refusal.NUL: f"holds NUL bytes{line}: binary data, or UTF-16 without a byte-order mark",
        Refusal.UNDECODABLE: f"is not text in UTF-8, GB18030/GBK or UTF-16{line}",
        Refusal.NAME_TAKEN: f"the library already has a page named '{shown(page_name(refused.path))}' with other"
        " content",
        Refusal.OCR_FILE: shown(_ocr_trouble(refused.detail)),
        Refusal.FAILED: f"could not be parsed or stored: {shown(refused.detail)}",
    }[refused.reason]
    return f"{shown(refused.path)}: not imported: {reason}"


_TROUBLES = {
    "malformed": "is not a well-formed OCR file",
    "unsafe": "is XML that declares entities or names outside resources; refused for safety",
    "unknown": "is XML or JSON of no OCR format Proofdesk reads (hOCR, ALTO, PAGE-XML, PaddleOCR/RapidOCR JSON)",
    "no-text": "is an OCR file without a line of text",
}


def _ocr_trouble(detail: str) -> str:
    """`detail` is an `OcrFileError`'s text: its trouble code, then the specifics."""
    code, _, specifics = detail.partition(": ")
    reason = _TROUBLES.get(code, "cannot be read as an OCR file")
    return f"{reason} ({specifics})" if specifics else reason


_PROBLEMS = {
    Problem.LOCKED: "is in use by another program; close it and try again",
    Problem.DISK_FULL: "cannot be written: the disk is full (nothing was lost; free some space and try again)",
    Problem.READ_ONLY: "cannot be written: the file or its folder is read-only",
    Problem.DAMAGED: "is damaged or is not a Proofdesk library; it was not changed ('proofdesk check' lists the"
    " damage, 'proofdesk restore' brings back a backup)",
    Problem.NEWER_SCHEMA: "was written by a newer version of Proofdesk; update Proofdesk to use it",
    Problem.CANNOT_OPEN: "cannot be opened",
    Problem.DUPLICATE_NAME: "already has a page of that name",
    Problem.UNREACHABLE: "is on a server that cannot be reached; check the address and that the server runs",
    Problem.DENIED: "refused the user name or password, or the user may not use this database",
    Problem.CLAIMED: "has the page open in another editor's window; nothing was written",
    Problem.CONFLICT: "has a page that changed while this command ran; nothing was written, run it again",
}


_SERVER_PROBLEMS = {
    Problem.LOCKED: "is in use by another program, which holds a lock on it; try again",
    Problem.READ_ONLY: "cannot be written: the database or this connection is read-only",
    Problem.DAMAGED: "is not a Proofdesk library (or was changed by another program); it was not changed",
    Problem.CANNOT_OPEN: "cannot be opened",
}


def storage_problem(db: Location, error: StorageError) -> str:
    detail = f" ({shown(error.detail)})" if error.detail else ""
    words = _SERVER_PROBLEMS.get(error.problem) if isinstance(db, Server) else None
    return f"library {shown(db)} {words or _PROBLEMS[error.problem]}{detail}"


def no_library(db: Location) -> str:
    return f"no library at {shown(db)} (import pages first, or name one with --db)"


def no_backup_on_server(db: Location) -> str:
    return (
        f"library {shown(db)} is on a server, which keeps its own backups (pg_dump);"
        " 'proofdesk copy' copies it to a library file"
    )


def no_image_folder(db: Location) -> str:
    return f"library {shown(db)} is on a server, with no folder beside it to copy images into; attach without --copy"


def copied(source: Location, target: Location, report: CopyReport) -> str:
    rate = f", {report.pages / report.seconds:.0f} pages/s" if report.seconds > 0 and report.pages else ""
    return (
        f"copied {_count(report.pages, 'page')} from {shown(source)} to {shown(target)} in {report.seconds:.1f} s"
        f"{rate}; verified: the rows of every table and a checksum of every page"
    )


def copy_problem(source: Location, target: Location, error: CopyError) -> str:
    reason = {
        CopyProblem.SAME_LIBRARY: f"{shown(source)} and {shown(target)} are the same library",
        CopyProblem.TARGET_NOT_EMPTY: f"library {shown(target)} is not empty; copy into a new file or empty database",
        CopyProblem.MISMATCH: f"the copy in {shown(target)} differs from the library ({shown(error.detail)})",
        CopyProblem.CANCELLED: "interrupted",
    }[error.problem]
    return f"{reason}; nothing was copied, {shown(target)} is as it was"


def export_problem(error: ExportError) -> str:
    if error.problem is ExportProblem.UNKNOWN_TAG:
        tag, out = shown(error.detail), shown(error.path)
        return f"the library has no theme named '{tag}'; nothing was exported, {out} is unchanged"
    reason = {
        ExportProblem.OUT_IS_FOLDER: "is a folder; name a file to write",
        ExportProblem.OUT_IS_FILE: "is a file; a TXT or PAGE-XML export needs a folder",
        ExportProblem.FOLDER_NOT_EXPORT: "is a folder that holds other files; name a new or empty folder",
        ExportProblem.CANNOT_WRITE: f"cannot be written: {shown(error.detail)}",
        ExportProblem.OUT_IS_LIBRARY: "is the library, one of its files or another database; name another file",
    }[error.problem]
    return f"{shown(error.path)} {reason}; nothing was exported"


def import_summary(report: ImportReport) -> str:
    parts = [
        f"{report.count(Outcome.IMPORTED)} imported",
        f"{report.count(Outcome.DUPLICATE)} already in the library",
        f"{report.count(Outcome.REFUSED)} refused",
    ]
    if report.cancelled:
        stopped = "; interrupted, the rest was not imported"
    elif report.not_done:
        stopped = f"; stopped by the library problem above, {report.not_done} not imported"
    else:
        stopped = ""
    files = len(report.results) + report.not_done
    return f"{files} file{'' if files == 1 else 's'}: {', '.join(parts)}{stopped}"


def export_summary(report: ExportReport, out: Path | None) -> str:
    """`out` None: standard output."""
    where = "standard output" if out is None else shown(out)
    return f"exported {report.items} items from {report.pages} pages to {where}"


def txt_to_stdout() -> str:
    return "a TXT export is a folder and cannot go to standard output; --out - works for jsonl and csv"


def check_result(db: Location, findings: list[str]) -> list[str]:
    """The lines `proofdesk check` prints: each finding, then the verdict."""
    if not findings:
        checked = "schema recognised" if isinstance(db, Server) else "integrity check passed"
        return [f"library {shown(db)} is sound ({checked}, every page read)"]
    lines = [f"library {shown(db)}: {shown(finding)}" for finding in findings]
    lines.append(f"library {shown(db)} is damaged; 'proofdesk restore --db {shown(db)} BACKUP' brings back a backup")
    return lines


def backed_up(db: Location, target: Path) -> str:
    return f"library {shown(db)} backed up to {shown(target)} (verified)"


def restored(db: Location, source: Path, aside: Path | None) -> str:
    kept = f"; the previous library is kept as {shown(aside)}" if aside is not None else ""
    return f"library {shown(db)} restored from {shown(source)} (verified){kept}"


def bad_backup(source: Path, error: StorageError) -> str:
    reason = {
        Problem.DAMAGED: "is damaged or is not a Proofdesk library",
        Problem.CANNOT_OPEN: "cannot be opened",
        Problem.NEWER_SCHEMA: "was written by a newer version of Proofdesk",
    }.get(error.problem, _PROBLEMS[error.problem])
    detail = f" ({shown(error.detail)})" if error.detail else ""
    return f"backup {shown(source)} {reason}{detail}; nothing was restored"


def notice(path: Path, found: Notice) -> str:
    """One line: a page imported with a doubt about its scan."""
    reason = {
        Caveat.IMAGE_MISSING: f"the image {found.detail} it names is not beside it; no image attached",
        Caveat.IMAGE_BAD: f"the image beside it is not a readable image ({found.detail}); not attached",
        Caveat.BOX_OUTSIDE: f"{found.detail} line boxes lie outside the page",
    }[found.warning]
    return f"{shown(path)}: imported, but {reason}"


def image_problem(error: ImageError) -> str:
    reason = {
        ImageTrouble.MISSING: "no such file",
        ImageTrouble.UNREADABLE: f"cannot be read: {error.detail}",
        ImageTrouble.NOT_AN_IMAGE: "is not a PNG, JPEG, TIFF or WebP image",
    }[error.trouble]
    return f"{shown(error.path)}: {reason}; nothing was attached"


def claim_line(name: str, editor: str, expires: float) -> str:
    until = datetime.fromtimestamp(expires, UTC).isoformat(timespec="seconds")
    return f"{name}\t{editor}\tuntil {until}"


def no_such_pages(names: list[str]) -> str:
    return f"the library has no page named {', '.join(repr(shown(n)) for n in names)}; no claim was released"


def released(count: int) -> str:
    return f"{count} claim released" if count == 1 else f"{count} claims released"


def no_page(name: str) -> str:
    return f"the library has no page named '{shown(name)}'; nothing was attached"


def image_attached(name: str, image: ImageRef) -> str:
    size = f", {image.width} × {image.height} px" if image.width and image.height else ""
    return f"attached {shown(image.path)} to page {shown(name)}{size}"


def not_a_folder(folder: Path) -> str:
    return f"{shown(folder)} is not a folder; nothing was changed"


def relinked(missing: int, found: int) -> str:
    left = missing - found
    rest = f", still missing: {left}" if left else ""
    return f"images not at their recorded path: {missing}, found again: {found}{rest}"


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def hit(page: str, line: int | str, text: str, raw: str | None = None) -> str:
    """One line of `proofdesk search` on standard output: `page:line: text`, with the raw text after it
    when only the raw text holds what was searched for (a correction replaced it)."""
    found_in_raw = f"  (raw: {shown(raw)})" if raw is not None else ""
    return f"{shown(page)}:{line}: {shown(text)}{found_in_raw}"


def replaced_line(page: str, line: int | str, before: str, after: str) -> str:
    """One line of `proofdesk replace` on standard output: `page:line: before → after`."""
    return f"{shown(page)}:{line}: {shown(before)} → {shown(after)}"


def search_summary(lines: int, pages: int, limit: int | None) -> str:
    if not lines:
        return "no line holds the text searched for"
    more = f" (the first {limit}: --limit)" if limit is not None and lines >= limit else ""
    return f"found on {_count(lines, 'line')} of {_count(pages, 'page')}{more}"


def replace_summary(old: str, new: str, lines: int, pages: int, dry_run: bool) -> str:
    what = f"'{shown(old)}' with '{shown(new)}'"
    if not lines:
        return f"no line shows '{shown(old)}'; nothing was changed"
    where = f"on {_count(lines, 'line')} of {_count(pages, 'page')}"
    if dry_run:
        return f"would replace {what} {where}; nothing was changed (--dry-run)"
    return f"replaced {what} {where} (as corrections; the raw pages are kept)"


def empty_query() -> str:
    return "nothing to search for: the text to find is empty"


def bad_pattern(error: PatternError) -> str:
    """A text to find that cannot be searched for, or a replacement naming a group the regular expression
    lacks."""
    return f"cannot use {error}; nothing was changed"


def unknown_tag(tag: str) -> str:
    return f"the library has no theme named '{shown(tag)}'"


_EDIT_PROBLEMS = {
    EditProblem.NO_LINE: "line {0} is blank or not on the page",
    EditProblem.NO_ITEM: "there is no item {0} on this page",
    EditProblem.IGNORED_LINE: "line {0} is ignored and belongs to no item",
    EditProblem.STARTS_ITEM: "line {0} already starts its item",
    EditProblem.SAME_ITEM: "an item cannot be merged with itself",
    EditProblem.NO_NEIGHBOUR: "there is no item on that side",
    EditProblem.NO_LINES: "no lines to move",
    EditProblem.LINE_BREAK: "a corrected line cannot hold a line break",
    EditProblem.NO_DOUBT: "none of these lines is a doubt",
    EditProblem.NOTHING_TO_FIND: "nothing to replace: the text to find is empty",
    EditProblem.NO_PAGE: "no page is open",
    EditProblem.CROSSED: "the edits do not fit the page as another editor left it",
    EditProblem.LINE_EDGE: "line {0} can only be cut inside its raw text, not at its start or end",
    EditProblem.NOT_A_PIECE: "line {0} is a whole raw line: only an added line or a cut can be taken back",
}


def page_held(name: str, editor: str) -> str:
    return f"{shown(name)}: left as it is, {shown(editor)} has it open"


def edit_problem(error: EditError) -> str:
    """Why an edit does not apply."""
    return _EDIT_PROBLEMS[error.problem].format(error.subject)


def refused_replacement(error: EditError) -> str:
    """A replacement that cannot be made (`ops.check_replacement`)."""
    return f"{edit_problem(error)}; nothing was changed"


def share(part: int, whole: int) -> str:
    """`part` of `whole` in per cent, to a tenth (a dash of nothing)."""
    return f"{100 * part / whole:.1f}%" if whole else "-"


def stats(found: Stats) -> list[str]:
    """What `proofdesk stats` prints: pages by status, the parser's accuracy on the done pages (the share of
    their lines the editors left as parsed, and of those they changed, by what), each editor's work by day."""
    pages = sum(found.pages.values())
    by_status = ", ".join(f"{s} {found.pages.get(s, 0)}" for s in ("new", "review", "done"))
    lines = [f"pages: {pages} ({by_status})"]
    if found.done_lines:
        kept = found.done_lines - found.changed["any"]
        what = ", ".join(
            f"{label} {share(found.changed[key], found.done_lines)}"
            for key, label in (("item", "item"), ("role", "role"), ("brk", "break"), ("correction", "text"))
        )
        lines.append(
            f"parser accuracy on the done pages: {share(kept, found.done_lines)} of {found.done_lines} lines"
            f" kept as parsed; changed by editors: {what}"
        )
    else:
        lines.append("parser accuracy: no page is done yet")
    if found.corrections:
        lines.append(
            "most frequent corrections: "
            + ", ".join(f"{shown(a) or '(nothing)'} → {shown(b) or '(nothing)'} ({n})" for a, b, n in found.corrections)
        )
    if not found.search_indexed:
        lines.append("search: every line is read (the database has no pg_trgm extension for a trigram index)")
    if found.days:  # a table, tab-separated (names of any width line up in a spreadsheet, and scripts split it)
        lines.append("editor\tday\tpages done\tedits\tlines changed")
        for day in found.days:
            lines.append(f"{shown(day.editor)}\t{day.day}\t{len(day.pages_done)}\t{day.edits}\t{day.lines}")
    return lines
