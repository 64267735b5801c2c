"""The window's words for the codes the core returns. Every string goes through Qt's translation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..domain.model import Kind, Role, Status

if TYPE_CHECKING:
    from ..domain.checks import Finding
    from ..domain.derive import Article
    from ..domain.ops import EditError
    from ..export import ExportError
    from ..ocrfiles import Notice
    from ..storage import Problem
    from ..text.decoding import Refused
    from ..text.matching import PatternError


def role_name(role: Role) -> str:
    return {
        Role.KICKER: QCoreApplication.translate("Roles", "kicker"),
        Role.TITLE: QCoreApplication.translate("Roles", "title"),
        Role.SUBTITLE: QCoreApplication.translate("Roles", "subtitle"),
        Role.BYLINE: QCoreApplication.translate("Roles", "byline"),
        Role.HEADING: QCoreApplication.translate("Roles", "heading"),
        Role.BODY: QCoreApplication.translate("Roles", "body text"),
        Role.NOTE: QCoreApplication.translate("Roles", "author note"),
        Role.CAPTION: QCoreApplication.translate("Roles", "caption"),
        Role.CREDIT: QCoreApplication.translate("Roles", "photo credit"),
        Role.SECTION: QCoreApplication.translate("Roles", "section label"),
        Role.AD: QCoreApplication.translate("Roles", "notice / ad"),
        Role.IGNORED: QCoreApplication.translate("Roles", "ignored"),
    }[role]


def role_mark(role: Role) -> str:
    """The short mark drawn beside a line (body text has none: it is most of the page)."""
    return {
        Role.KICKER: QCoreApplication.translate("RoleMarks", "K"),
        Role.TITLE: QCoreApplication.translate("RoleMarks", "T"),
        Role.SUBTITLE: QCoreApplication.translate("RoleMarks", "S"),
        Role.BYLINE: QCoreApplication.translate("RoleMarks", "B"),
        Role.HEADING: QCoreApplication.translate("RoleMarks", "H"),
        Role.BODY: "",
        Role.NOTE: QCoreApplication.translate("RoleMarks", "N"),
        Role.CAPTION: QCoreApplication.translate("RoleMarks", "C"),
        Role.CREDIT: QCoreApplication.translate("RoleMarks", "Cr"),
        Role.SECTION: QCoreApplication.translate("RoleMarks", "Sec"),
        Role.AD: QCoreApplication.translate("RoleMarks", "Ad"),
        Role.IGNORED: QCoreApplication.translate("RoleMarks", "X"),
    }[role]


def rule_name(rule: str) -> str:
    """What a parser rule means, for the tooltip; an unknown code is shown as it is."""
    names = {
        "byline-after-story": QCoreApplication.translate("Rules", "byline after its story"),
        "byline-alone": QCoreApplication.translate("Rules", "byline with no story beside it"),
        "byline-before-story": QCoreApplication.translate("Rules", "byline before its story"),
        "byline-photo-credit": QCoreApplication.translate("Rules", "photo credit after a dated caption"),
        "byline-story-has-one": QCoreApplication.translate("Rules", "the story before already has a byline"),
        "byline-under-headline": QCoreApplication.translate("Rules", "byline under its headline"),
        "clause-ends-short": QCoreApplication.translate("Rules", "a colon or closing bracket ends a short line"),
        "percentage-ends-short": QCoreApplication.translate("Rules", "a short line ends on a percentage"),
        "column-cut": QCoreApplication.translate("Rules", "sentence runs on across a column cut"),
        "column-shares-words": QCoreApplication.translate(
            "Rules", "a column with no headline goes on the story whose words it shares"
        ),
        "display-line-read-as-headline": QCoreApplication.translate("Rules", "short line read as a headline"),
        "enumerator-opens": QCoreApplication.translate("Rules", "a list item (一是, （一）) opens a paragraph"),
        "columns-interleaved": QCoreApplication.translate("Rules", "lines of columns read row by row, across them"),
        "headline-far": QCoreApplication.translate("Rules", "headline placed by its words, away from its story"),
        "headline-under-credit": QCoreApplication.translate(
            "Rules", "headline under a photo's credit heads the story after it"
        ),
        "first-line": QCoreApplication.translate("Rules", "first line of a paragraph"),
        "attendance-alone": QCoreApplication.translate("Rules", "who attended: a paragraph of its own"),
        "full-line-then-last-line": QCoreApplication.translate("Rules", "full line, then a paragraph's last line"),
        "full-line-wraps": QCoreApplication.translate("Rules", "full line wraps on"),
        "heading": QCoreApplication.translate("Rules", "heading inside the article"),
        "headline-alone": QCoreApplication.translate("Rules", "headline with no story beside it"),
        "headline-little-overlap": QCoreApplication.translate("Rules", "headline shares few words with its story"),
        "headline-only-neighbour": QCoreApplication.translate("Rules", "headline next to its only story"),
        "headline-overlap": QCoreApplication.translate("Rules", "headline goes where its words are"),
        "headline-second-claim": QCoreApplication.translate("Rules", "a story already had a headline"),
        "headline-signature": QCoreApplication.translate("Rules", "unit signature names the story"),
        "headline-split-story": QCoreApplication.translate("Rules", "two headlines split one text"),
        "hyphen-kept": QCoreApplication.translate("Rules", "line-end hyphen kept"),
        "indent-on-scan": QCoreApplication.translate("Rules", "indented on the scan: a paragraph starts"),
        "flush-on-scan": QCoreApplication.translate("Rules", "flush on the scan: the paragraph goes on"),
        "columns-read-across": QCoreApplication.translate("Rules", "the next line stands in another column"),
        "indent-dropped": QCoreApplication.translate("Rules", "paragraph start whose indent OCR dropped"),
        "label-ad": QCoreApplication.translate("Rules", "notice or advert"),
        "label-section": QCoreApplication.translate("Rules", "section label or page furniture"),
        "mid-sentence-cut": QCoreApplication.translate("Rules", "line cut in mid-sentence"),
        "note": QCoreApplication.translate("Rules", "author note"),
        "ocr-noise": QCoreApplication.translate("Rules", "what OCR made of a photo, no words"),
        "open-punctuation-cut": QCoreApplication.translate("Rules", "line ends on open punctuation"),
        "open-sentence-short-line": QCoreApplication.translate("Rules", "short line with an open sentence"),
        "quote-attribution": QCoreApplication.translate("Rules", "attribution after a quotation"),
        "running-text": QCoreApplication.translate("Rules", "running text"),
        "sentence-ends-line": QCoreApplication.translate("Rules", "sentence ends the line"),
        "sentence-ends-short": QCoreApplication.translate("Rules", "sentence ends a short line"),
        "soft-wrap": QCoreApplication.translate("Rules", "soft wrap"),
        "story-split-between-headlines": QCoreApplication.translate("Rules", "text split between two headlines"),
    }
    return names.get(rule, rule)


def action_name(action: str) -> str:
    """A kind of change in a page's history (`storage.history.Action`), for the history dialog."""
    names = {
        "import": QCoreApplication.translate("History", "Imported"),
        "edit": QCoreApplication.translate("History", "Edited"),
        "reparse": QCoreApplication.translate("History", "Re-parsed"),
        "image": QCoreApplication.translate("History", "Page image"),
        "retag": QCoreApplication.translate("History", "Themes renamed or merged"),
    }
    return names.get(action, action)


def kind_name(kind: Kind) -> str:
    return {
        Kind.ARTICLE: QCoreApplication.translate("Kinds", "article"),
        Kind.PHOTO: QCoreApplication.translate("Kinds", "photo"),
        Kind.SECTION: QCoreApplication.translate("Kinds", "section label"),
        Kind.AD: QCoreApplication.translate("Kinds", "notice / ad"),
    }[kind]


def item_headline(article: Article) -> str:
    """What names an item: its title, else its first paragraph ("" when it has no text)."""
    return article.title or (article.paragraphs[0] if article.paragraphs else "")


def item_label(article: Article, width: int = 40) -> str:
    """An item as lists and menus name it: its number, its kind and the start of its headline."""
    headline = item_headline(article)[:width] or QCoreApplication.translate("Models", "(empty)")
    return f"{article.number}  {kind_name(article.kind)} · {headline}"


def status_name(status: Status) -> str:
    return {
        Status.NEW: QCoreApplication.translate("Statuses", "new"),
        Status.REVIEW: QCoreApplication.translate("Statuses", "in review"),
        Status.DONE: QCoreApplication.translate("Statuses", "done"),
    }[status]


def problem_text(problem: Problem) -> str:
    from ..storage import Problem

    return {
        Problem.LOCKED: QCoreApplication.translate(
            "Problems", "The library is locked by another program. Close it and retry."
        ),
        Problem.DISK_FULL: QCoreApplication.translate("Problems", "The disk is full. Free some space and retry."),
        Problem.READ_ONLY: QCoreApplication.translate("Problems", "The library file or its folder is read-only."),
        Problem.DAMAGED: QCoreApplication.translate(
            "Problems",
            "The library file is damaged or is not a Proofdesk library. It was not changed: restore a backup"
            " from the backups folder beside it (proofdesk restore), or open another library.",
        ),
        Problem.NEWER_SCHEMA: QCoreApplication.translate(
            "Problems", "The library was written by a newer Proofdesk. Update Proofdesk."
        ),
        Problem.CANNOT_OPEN: QCoreApplication.translate("Problems", "The library file cannot be opened."),
        Problem.DUPLICATE_NAME: QCoreApplication.translate("Problems", "The library already has a page of that name."),
        Problem.UNREACHABLE: QCoreApplication.translate(
            "Problems", "The library's server cannot be reached. Check its address and that it is running, then retry."
        ),
        Problem.DENIED: QCoreApplication.translate(
            "Problems", "The server refused the user name or password, or the user may not use this library."
        ),
        Problem.CLAIMED: QCoreApplication.translate(
            "Problems", "Another editor has this page open; it is read-only here until they move on."
        ),
        Problem.CONFLICT: QCoreApplication.translate(
            "Problems",
            "Another editor changed this page since it was opened here. Your edits are kept: apply them"
            " to their version, or drop them.",
        ),
    }[problem]


def held_text(editor: str) -> str:
    """Why an edit of the open page is refused while another editor has it."""
    return QCoreApplication.translate("Problems", "{0} is editing this page; it is read-only here.").format(editor)


def pattern_problem_text(error: PatternError) -> str:
    """Why a text to find (or its replacement) cannot be used, for the find dialog."""
    from ..text.matching import PatternProblem

    text = {
        PatternProblem.EMPTY: QCoreApplication.translate("EditProblems", "Type the text to find first."),
        PatternProblem.LINE_BREAK: QCoreApplication.translate("Find", "The text to find cannot hold a line break."),
        PatternProblem.REGEX: QCoreApplication.translate("Find", "This is not a regular expression ({0})."),
        PatternProblem.EMPTY_MATCH: QCoreApplication.translate(
            "Find", "This regular expression matches an empty text, so it would match everywhere."
        ),
        PatternProblem.GROUP: QCoreApplication.translate(
            "Find", "The replacement names a group the regular expression does not have ({0})."
        ),
    }[error.problem]
    return text.format(error.detail)


def edit_problem_text(error: EditError) -> str:
    """Why an edit does not apply, for the status bar."""
    from ..domain.ops import EditProblem

    return {
        EditProblem.NO_LINE: QCoreApplication.translate("EditProblems", "Line {0} is blank or not on the page."),
        EditProblem.NO_ITEM: QCoreApplication.translate("EditProblems", "There is no item {0} on this page."),
        EditProblem.IGNORED_LINE: QCoreApplication.translate(
            "EditProblems", "Line {0} is ignored and belongs to no item."
        ),
        EditProblem.STARTS_ITEM: QCoreApplication.translate("EditProblems", "Line {0} already starts its item."),
        EditProblem.SAME_ITEM: QCoreApplication.translate("EditProblems", "An item cannot be merged with itself."),
        EditProblem.NO_NEIGHBOUR: QCoreApplication.translate("EditProblems", "There is no item on that side."),
        EditProblem.NO_LINES: QCoreApplication.translate("EditProblems", "Select the lines to move first."),
        EditProblem.LINE_BREAK: QCoreApplication.translate(
            "EditProblems", "A corrected line cannot hold a line break."
        ),
        EditProblem.NO_DOUBT: QCoreApplication.translate("EditProblems", "None of these lines is a doubt."),
        EditProblem.NOTHING_TO_FIND: QCoreApplication.translate("EditProblems", "Type the text to find first."),
        EditProblem.NO_PAGE: QCoreApplication.translate("EditProblems", "Open a page first."),
        EditProblem.CROSSED: QCoreApplication.translate(
            "EditProblems", "Your edits do not fit the page as the other editor left it; drop them and edit again."
        ),
        EditProblem.LINE_EDGE: QCoreApplication.translate(
            "EditProblems", "Line {0} can only be cut inside its raw text, not at its start or end."
        ),
        EditProblem.NOT_A_PIECE: QCoreApplication.translate(
            "EditProblems", "Line {0} is a whole raw line: only an added line or a cut can be taken back."
        ),
    }[error.problem].format(error.subject)


def refusal_text(refused: Refused) -> str:
    from ..ocrfiles import MAX_OCR_BYTES, page_name
    from ..text.decoding import MAX_BYTES, Refusal

    line = "" if refused.line is None else QCoreApplication.translate("Refusals", " (line {0})").format(refused.line)
    mb = 1024 * 1024
    texts = {
        Refusal.MISSING: QCoreApplication.translate("Refusals", "No such file or folder."),
        Refusal.NO_PAGES: QCoreApplication.translate(
            "Refusals", "The folder holds no page files (.txt, hOCR, ALTO, PAGE-XML, PaddleOCR JSON)."
        ),
        Refusal.UNREADABLE: QCoreApplication.translate("Refusals", "Cannot be read: {0}").format(refused.detail),
        Refusal.TOO_LARGE: QCoreApplication.translate(
            "Refusals", "Too large ({0:.1f} MB); text pages over {1} MB and OCR files over {2} MB are refused."
        ).format((refused.size or 0) / mb, MAX_BYTES // mb, MAX_OCR_BYTES // mb),
        Refusal.EMPTY: QCoreApplication.translate("Refusals", "Empty, or only blank lines."),
        Refusal.BINARY: QCoreApplication.translate("Refusals", "Binary data, not text") + line,
        Refusal.NUL: QCoreApplication.translate(
            "Refusals", "Holds NUL bytes: binary data or UTF-16 without a byte-order mark"
        )
        + line,
        Refusal.UNDECODABLE: QCoreApplication.translate("Refusals", "Not text in UTF-8, GB18030/GBK or UTF-16") + line,
        Refusal.NAME_TAKEN: QCoreApplication.translate(
            "Refusals", "The library has another page named {0} with other content."
        ).format(page_name(refused.path)),
        Refusal.OCR_FILE: QCoreApplication.translate("Refusals", "Not a readable OCR file: {0}").format(refused.detail),
        Refusal.FAILED: QCoreApplication.translate("Refusals", "Could not be parsed or stored: {0}").format(
            refused.detail
        ),
    }
    return texts[refused.reason]


def notice_text(notice: Notice) -> str:
    """A page imported with a doubt about its scan: what to check."""
    from ..ocrfiles import Caveat

    return {
        Caveat.IMAGE_MISSING: QCoreApplication.translate(
            "Notices", "Imported; the image {0} it names is not beside it, so no image is attached."
        ),
        Caveat.IMAGE_BAD: QCoreApplication.translate(
            "Notices", "Imported; the image beside it cannot be read ({0}), so it is not attached."
        ),
        Caveat.BOX_OUTSIDE: QCoreApplication.translate("Notices", "Imported; {0} line boxes lie outside the page."),
    }[notice.warning].format(notice.detail)


def export_problem_text(error: ExportError) -> str:
    from ..export import ExportProblem

    return {
        ExportProblem.OUT_IS_FOLDER: QCoreApplication.translate("Export", "The target is a folder; choose a file."),
        ExportProblem.OUT_IS_FILE: QCoreApplication.translate(
            "Export", "The target is a file; a TXT or PAGE-XML export needs a folder."
        ),
        ExportProblem.FOLDER_NOT_EXPORT: QCoreApplication.translate(
            "Export", "The target folder holds other files; choose a new or empty folder."
        ),
        ExportProblem.CANNOT_WRITE: QCoreApplication.translate("Export", "The target cannot be written: {0}").format(
            error.detail
        ),
        ExportProblem.OUT_IS_LIBRARY: QCoreApplication.translate(
            "Export", "The target is the library itself, one of its files or another database; choose another file."
        ),
        ExportProblem.UNKNOWN_TAG: QCoreApplication.translate("Export", "The library has no theme named {0}.").format(
            error.detail
        ),
    }[error.problem]


def finding_text(finding: Finding) -> str:
    from ..domain.checks import Check

    lines = ", ".join(str(n) for n in finding.lines[:6]) + ("…" if len(finding.lines) > 6 else "")
    return {
        Check.UNPLACED: QCoreApplication.translate("Checks", "{0} lines are in no item (lines {1})"),
        Check.NO_HEADLINE: QCoreApplication.translate("Checks", "An article has no headline (line {1})"),
        Check.ORPHAN_BYLINE: QCoreApplication.translate("Checks", "A byline or credit stands alone (lines {1})"),
        Check.EDGE_HEADING: QCoreApplication.translate("Checks", "A heading is at the edge of its item (line {1})"),
        Check.DOUBTS: QCoreApplication.translate(
            "Checks", "{0} doubtful parser decisions not yet looked at (lines {1})"
        ),
    }[finding.check].format(len(finding.lines), lines)
