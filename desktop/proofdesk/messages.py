"""The command line's words for the codes the core returns (the window words them through `tr()`)."""

from __future__ import annotations

from pathlib import Path

from .export import ExportError, ExportProblem, ExportReport
from .importer import ImportReport, Outcome
from .ocrfiles import MAX_OCR_BYTES, Caveat, ImageError, ImageRef, ImageTrouble, Notice, page_name
from .storage import Problem, StorageError
from .text.decoding import MAX_BYTES, Refusal, Refused

_MB = 1024 * 1024


def refusal(refused: Refused) -> str:
    """One line: which file, and why it was not imported."""
    line = f" (line {refused.line})" if refused.line is not None else ""
    size = f"{(refused.size or 0) / _MB:.1f} MB"
    reason = {
        Refusal.MISSING: "no such file or folder",
        Refusal.NO_PAGES: "the folder holds no page files (.txt, hOCR, ALTO, PAGE-XML, PaddleOCR JSON)",
        Refusal.UNREADABLE: f"cannot be read: {refused.detail}",
        Refusal.TOO_LARGE: f"is {size}; page files over {MAX_BYTES // _MB} MB are refused"
        f" (OCR files over {MAX_OCR_BYTES // _MB} MB)",
        Refusal.EMPTY: "is empty or holds only blank lines",
        Refusal.BINARY: f"holds binary data, not text{line}",
        Refusal.NUL: f"holds NUL bytes{line}: binary data, or UTF-16 without a byte-order mark",
        Refusal.UNDECODABLE: f"is not text in UTF-8, GB18030/GBK or UTF-16{line}",
        Refusal.NAME_TAKEN: f"the library already has a page named {page_name(refused.path)!r} with other content",
        Refusal.OCR_FILE: _ocr_trouble(refused.detail),
        Refusal.FAILED: f"could not be parsed or stored: {refused.detail}",
    }[refused.reason]
    return f"{refused.path}: not imported: {reason}"


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
    Problem.DAMAGED: "is damaged or is not a Proofdesk library",
    Problem.NEWER_SCHEMA: "was written by a newer version of Proofdesk; update Proofdesk to use it",
    Problem.CANNOT_OPEN: "cannot be opened",
    Problem.DUPLICATE_NAME: "already has a page of that name",
}


def storage_problem(db: Path, error: StorageError) -> str:
    detail = f" ({error.detail})" if error.detail else ""
    return f"library {db} {_PROBLEMS[error.problem]}{detail}"


def no_library(db: Path) -> str:
    return f"no library at {db} (import pages first, or name one with --db)"


def export_problem(error: ExportError) -> str:
    reason = {
        ExportProblem.OUT_IS_FOLDER: "is a folder; name a file to write",
        ExportProblem.OUT_IS_FILE: "is a file; a TXT or PAGE-XML export needs a folder",
        ExportProblem.FOLDER_NOT_EXPORT: "is a folder that holds other files; name a new or empty folder",
        ExportProblem.CANNOT_WRITE: f"cannot be written: {error.detail}",
    }[error.problem]
    return f"{error.path} {reason}; nothing was exported"


def import_summary(report: ImportReport) -> str:
    parts = [
        f"{report.count(Outcome.IMPORTED)} imported",
        f"{report.count(Outcome.DUPLICATE)} already in the library",
        f"{report.count(Outcome.REFUSED)} refused",
    ]
    stopped = "; interrupted, the rest was not imported" if report.cancelled else ""
    files = len(report.results)
    return f"{files} file{'' if files == 1 else 's'}: {', '.join(parts)}{stopped}"


def export_summary(report: ExportReport, out: Path) -> str:
    return f"exported {report.items} items from {report.pages} pages to {out}"


def notice(path: Path, found: Notice) -> str:
    """One line: a page imported with a doubt about its scan."""
    reason = {
        Caveat.IMAGE_MISSING: f"the image {found.detail} it names is not beside it; no image attached",
        Caveat.IMAGE_BAD: f"the image beside it is not a readable image ({found.detail}); not attached",
        Caveat.BOX_OUTSIDE: f"{found.detail} line boxes lie outside the page",
    }[found.warning]
    return f"{path}: imported, but {reason}"


def image_problem(error: ImageError) -> str:
    reason = {
        ImageTrouble.MISSING: "no such file",
        ImageTrouble.UNREADABLE: f"cannot be read: {error.detail}",
        ImageTrouble.NOT_AN_IMAGE: "is not a PNG, JPEG, TIFF or WebP image",
    }[error.trouble]
    return f"{error.path}: {reason}; nothing was attached"


def no_page(name: str) -> str:
    return f"the library has no page named {name!r}; nothing was attached"


def image_attached(name: str, image: ImageRef) -> str:
    size = f", {image.width} × {image.height} px" if image.width and image.height else ""
    return f"attached {image.path} to page {name}{size}"


def not_a_folder(folder: Path) -> str:
    return f"{folder} is not a folder; nothing was changed"


def relinked(missing: int, found: int) -> str:
    left = missing - found
    rest = f", still missing: {left}" if left else ""
    return f"images not at their recorded path: {missing}, found again: {found}{rest}"
