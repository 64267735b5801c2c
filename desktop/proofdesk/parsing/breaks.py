"""Soft wrap or paragraph break before each line of running text.

Narrow columns: a line that does not end a sentence wraps (also across a blank line, which is then a column
cut, not a paragraph break), unless it stops short of its column on a colon or a closing bracket, or a list
item follows; a line that ends a sentence short of its column ends its paragraph; a full line that ends a
sentence is followed by a paragraph only when the next line is about two em short (its indent dropped by
OCR; punctuation hung past the column's edge counts half). A paragraph's first line counts as full two em
early, for the same reason. With line boxes, an indent on the scan starts a paragraph. Paragraph-per-line
pages: a line that ends a sentence ends its paragraph; any other is cut. Lines of columns an OCR order read
by rows are kept apart.
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping
from typing import NamedTuple

from ..domain.model import Break
from . import features as f
from .profile import INDENT, Box, Line, ascii_glyphs, read_across, read_down, shared_width, width

# A line this much shorter than its expected width stops short of the column.
SHORT = 1.0
# A line this many em short of its column whose sentence stays open is a doubt: on the development pages a
# quarter to three quarters of such lines were no running text going on, against a tenth of those less short.
OPEN_FAR_SHORT = 5.0
# A next line at least this much short of the column may be a first line that lost its indent.
INDENT_SHORT = 1.5
# Below this it is more likely the last line of a wrapped paragraph.
INDENT_LONG = 3.5
# A line short of its column that ends on these ends its paragraph though no sentence ends.
CLAUSE_ENDS = ("：", ":", "）", ")")
# A line short of its column that ends on a percentage ends its paragraph: OCR drops the small full stop after
# a percent sign (`同比仅增长3%`), and no line stops short in the middle of a sentence there (nor on a page of
# a paragraph per line: `群，钾肥总产量占全国77%`).
_PERCENT_END = re.compile(r"[0-9０-９][%％]$")
# So does a line that is a percentage alone, read apart from its digits (`%`) or misread (`00/06`, `°06` for `90%`).
_PERCENT_APART = re.compile(r"^[0-9.%％°/]{0,5}[%％°/][0-9.%％°/]{0,5}$")
# Punctuation that no line starts with (closing quotes and brackets too): a line may end on it past the
# column's edge. How much shorter such a line counts (an em hung, or none: half the way).
HANGING = frozenset("，。、；：？！”’）》」』")
HUNG = 0.5
_UPPER_HYPHEN = re.compile(r"[A-Z]-$")  # matched on a line's last two characters
_ATTRIBUTION = re.compile(r"^[^，。“”]{1,24}(?:说|表示|介绍|指出|坦言|感慨|告诉记者|说道)。$")


class BreakDecision(NamedTuple):
    brk: Break
    confidence: float
    rule: str


FIRST = BreakDecision(Break.PARAGRAPH, 1.0, "first-line")
# A line of another column than the line before it: joining them would mix two texts.
INTERLEAVED = BreakDecision(Break.PARAGRAPH, 0.55, "columns-interleaved")


def stream_breaks(stream: list[Line], narrow: bool, rows: Mapping[int, int] | None = None) -> list[BreakDecision]:
    """The break before each line of one run of text lines (the first starts a paragraph). Lines of
    columns an OCR order interleaved (`rows`: a line read so, with the number of columns across its row, see
    `interleaved_lines`) are kept apart: joining them would mix two texts."""
    rows = rows or {}
    out: list[BreakDecision] = []
    for pos, line in enumerate(stream):
        if pos == 0:
            out.append(FIRST)
            continue
        prev = stream[pos - 1]
        boxed = prev.box is not None and line.box is not None  # the scan tells nothing of lines without boxes
        if boxed and read_across(prev, line):
            out.append(BreakDecision(Break.PARAGRAPH, 0.9, "columns-read-across"))
        elif boxed and (indent := _indent_on_scan(prev, line, stream[max(0, pos - LEFT_LINES) : pos])) is not None:
            out.append(indent)
        elif _next_in_rows(prev, line, rows) and not read_down(prev, line):
            # (the scan, where it is known, shows whether the next line is the one printed under)
            out.append(INTERLEAVED)
        elif prev.text.endswith("-") and _UPPER_HYPHEN.match(prev.text[-2:]) and line.text[:1].isupper():
            # `PD-⏎CA`: the hyphen may belong to the word or to the line end; keep it, and ask.
            out.append(BreakDecision(Break.JOIN, 0.5, "hyphen-kept"))
        elif narrow:
            out.append(_narrow(prev, line, out[-1].brk is Break.PARAGRAPH))
        else:
            out.append(_paragraph_page(prev, line))
    return out


def _next_in_rows(prev: Line, line: Line, rows: Mapping[int, int]) -> bool:
    """`line` comes after `prev` in a block an OCR order read by rows, less than a row further on: another
    column's line (a column's lines stand a row apart; the story's lines between may have gone to another)."""
    return prev.index in rows and 0 < line.index - prev.index < rows.get(line.index, 0)


# On the scan, a paragraph's first line starts this many em right of the line above it (two em printed); a
# line at most `FLUSH` em from it is no first line.
SCAN_INDENT = 1.2
SCAN_INDENT_MAX = 3.5
FLUSH = 0.4
# The column's left edge is found among the line before and this many more.
LEFT_LINES = 4


def _indent_on_scan(a: Line, b: Line, above: list[Line]) -> BreakDecision | None:
    """The boxes show whether the next line `b` of the column is indented (a paragraph starts, whatever
    `a`'s last character: OCR drops or misreads the full stop, and a salutation ends on a colon) or, after a
    line `a` that ends a sentence, flush (the paragraph goes on): an indent the OCR text does not keep. The
    column's left edge is the leftmost of the lines `above` `b` (`a` and a few before it) in its column where
    two of them start together: a stray mark read before a line moves its box left. Where none do, the
    leftmost, and only after a sentence's end. None when the boxes are unknown, `b` is not under `a`, or
    they show nothing."""
    if a.box is None or b.box is None or b.width < 4:
        return None
    bx, by, bw, _bh = b.box
    if by <= a.box[1] or not _same_column(a.box, b.box):
        return None
    em = bw / b.width
    starts = [line.box[0] for line in above if line.box is not None and _same_column(line.box, b.box)]
    shared = [x for k, x in enumerate(starts) if any(abs(x - y) <= FLUSH * em for y in starts[k + 1 :] + starts[:k])]
    if not (shared or a.final):
        return None
    shift = (bx - min(shared or starts)) / em
    if SCAN_INDENT <= shift <= SCAN_INDENT_MAX:
        return BreakDecision(Break.PARAGRAPH, 0.9 if a.final else 0.75, "indent-on-scan")
    if a.final and shift <= FLUSH and a.width >= a.column - SHORT:
        return BreakDecision(Break.JOIN, 0.75, "flush-on-scan")
    return None


def _same_column(a: Box, b: Box) -> bool:
    """Two boxes one over the other: they share a stretch of width (the end of a paragraph, short, and the
    next line, indented, may share little)."""
    return shared_width(a, b) > 0


def _narrow(a: Line, b: Line, a_starts: bool) -> BreakDecision:
    expected = a.column - (INDENT if a_starts else 0.0)
    full = a.width >= expected - SHORT
    if a.final or not full:
        listed = f.opens_with_enumerator(b.text)
    else:  # a full line cut off in mid-word, then a later item of a list: OCR lost the line between
        listed = f.is_han(a.text[-1]) and f.opens_later_item(b.text)  # (`…首次亮相，穿` / `（二）一件件快递…`)
    if listed:
        return BreakDecision(Break.PARAGRAPH, 0.85, "enumerator-opens")
    if not a.final:
        if full:
            rule = "column-cut" if b.gap_before else "soft-wrap"
            return BreakDecision(Break.JOIN, 0.95 if not b.gap_before else 0.85, rule)
        if a.text.endswith(CLAUSE_ENDS) and _short_however_printed(a, expected) and any(map(str.isalnum, a.text)):
            # `同志们、朋友们：⏎`, `…（新华社记者王⏎新庆摄)⏎`: a colon or a closing bracket short of the column
            # (not a stray bracket OCR read alone)
            return BreakDecision(Break.PARAGRAPH, 0.55, "clause-ends-short")
        if _ends_on_percentage(a.text) and _short_however_printed(a, expected):
            return BreakDecision(Break.PARAGRAPH, 0.75, "percentage-ends-short")
        # Far short of the column, an open sentence is as likely a headline's line or a cut column's: a doubt.
        doubt = a.width <= a.column - OPEN_FAR_SHORT
        return BreakDecision(Break.JOIN, 0.55 if doubt else 0.6, "open-sentence-short-line")
    if not full:
        return BreakDecision(Break.PARAGRAPH, 0.9, "sentence-ends-short")
    # Punctuation no line may start with hangs past the column's edge (`罗干说，改革开放以来，`): the line's
    # text stops an em shorter, but a full line may as well end on it inside the column.
    short_by = short_of_column(b)
    if f.strip_closers(a.text) != a.text and _ATTRIBUTION.search(b.text):
        # `…。”⏎莘县县委宣传部干部孟琛说。`: who said the quotation closes its paragraph.
        return BreakDecision(Break.JOIN, 0.7, "quote-attribution")
    if f.is_attendance(b.text) or (a_starts and f.is_attendance(a.text)):
        # (a whole line of who attended is a paragraph of its own, however short the line after a full one; not the
        # end of a sentence begun on the line before: `香港特区行政` / `长官李家超、…负责人等出席。`)
        return BreakDecision(Break.PARAGRAPH, 0.75, "attendance-alone")
    if short_by >= INDENT_LONG and b.final:
        return BreakDecision(Break.JOIN, 0.55, "full-line-then-last-line")
    if short_by >= INDENT_SHORT:
        confidence = 0.75 if not b.final else 0.55
        return BreakDecision(Break.PARAGRAPH, confidence, "indent-dropped")
    return BreakDecision(Break.JOIN, 0.7, "full-line-wraps")


def short_of_column(line: Line) -> float:
    """How many em the line stops short of its column, punctuation hung past the column's edge counted half an
    em shorter (`罗干说，改革开放以来，`: its text stops an em short, but a full line may as well end on it)."""
    return line.column - line.width + (HUNG if line.text[-1] in HANGING else 0.0)


def _short_however_printed(line: Line, expected: float) -> bool:
    """The line stops short of its column even where its digits, Latin letters and signs print a full em wide
    rather than the half em they count (`第三十次缔约方大会（COP30)`, `别同比增长5.9%、5.6%、4%` fill theirs). Counted
    from the text as read, not from the line's width, which counts them as wide as the page's full lines show
    they print: they would be widened twice (`同比增长33.65%` stops 3.5 em short of a 12-em column, and ends its
    paragraph)."""
    return width(line.text) + 0.5 * ascii_glyphs(line.text) < expected - SHORT


def _ends_on_percentage(text: str) -> bool:
    return bool(_PERCENT_END.search(text) or _PERCENT_APART.match(text))


def _paragraph_page(a: Line, b: Line) -> BreakDecision:
    if a.final:
        return BreakDecision(Break.PARAGRAPH, 0.9, "sentence-ends-line")
    if _ends_on_percentage(a.text) and _short_however_printed(a, a.column):
        return BreakDecision(Break.PARAGRAPH, 0.75, "percentage-ends-short")
    if f.ends_open(a.text):
        return BreakDecision(Break.JOIN, 0.85, "open-punctuation-cut")
    return BreakDecision(Break.JOIN, 0.85 if b.gap_before else 0.9, "mid-sentence-cut")


# An OCR order reading across a page's columns by rows reads up to this many columns (a narrow page's six:
# two stories of two and three columns side by side read as one row are five).
COLUMNS_READ = 6
# A block is read by rows where its line ends make words with a line a row down this many times more often
# than with the next line, and this many times as often as with the next line or any other.
ROWS_MIN = 2
# Interleaved stretches are found from this many skips at least: twice, a word the page knows a row down is
# as likely chance (`的时`, `不同`) in a column read in order.
INTERLEAVED_MIN = 3
# Skips this close together belong to one stretch.
INTERLEAVED_GAP = 3
# A stretch of this many skips at least goes on over the lines around it that make no word across their ends.
INTERLEAVED_SPREAD = 3


def interleaved_lines(
    lines: list[Line], running: list[bool], seen: Container[str], words: Container[str] = frozenset()
) -> dict[int, int]:
    """Lines of two to four columns an OCR engine read row by row (`a` of one column, `b` of the next, `c`
    of the first again, or of the third and so on): where a line's last character and the next line's first
    make no word the page knows, but with the line a row further down they do, again and again a row of the
    same length, three times at least. Where that is seen, the whole block was read by
    rows: the stretch goes on, before and after, up to a blank line or a line end that makes a word the page
    knows. A whole block is read by rows too where its line ends make words with a line a row down far more
    often than with the next (`_blocks_read_by_rows`). `running` tells the running-text lines; `seen` holds
    the pairs of Han characters that stand together elsewhere on the page, and a block's line ends make a word
    where they are one of them or of `words` (the parser gives the language's common words where no line
    boxes tell the columns apart, since a block's own words seldom recur on its page). Returns each such line
    with the number of columns read across its row (its column's next line is that many lines further
    down)."""
    skips: list[tuple[int, int]] = []  # (line, columns): its sentence goes on `columns` lines further down
    for i in range(len(lines) - 2):
        a, b = lines[i], lines[i + 1]
        if not (running[i] and running[i + 1]) or a.final or b.gap_before:
            continue
        end, following = a.text[-1], b.text[0]
        if not (f.is_han(end) and f.is_han(following)) or end + following in seen:
            continue  # (the next line goes on with a word the page knows)
        for c in lines[i + 2 : i + 1 + COLUMNS_READ]:
            skipped = c.text[0]
            if not (running[c.index] and not c.gap_before and f.is_han(skipped)):
                break
            if end + skipped in seen:
                skips.append((i, c.index - i))
                break
    stretches: list[list[tuple[int, int]]] = []
    for i, read in skips:
        # (one stretch reads the same number of columns throughout)
        if stretches and i - stretches[-1][-1][0] <= INTERLEAVED_GAP and read == stretches[-1][-1][1]:
            stretches[-1].append((i, read))
        else:
            stretches.append([(i, read)])
    found: dict[int, int] = {}
    for stretch in stretches:
        if len(stretch) < INTERLEAVED_MIN:
            continue
        first, last = stretch[0][0], sum(stretch[-1])
        if len(stretch) >= INTERLEAVED_SPREAD:
            while last + 1 < len(lines) and _read_on(lines[last], lines[last + 1], running[last + 1], seen):
                last += 1
            while first > 0 and _read_on(lines[first - 1], lines[first], running[first - 1], seen):
                first -= 1
        found.update(dict.fromkeys(range(first, last + 1), stretch[0][1]))
    found.update(_blocks_read_by_rows(lines, running, seen, words))
    return found


def _blocks_read_by_rows(
    lines: list[Line], running: list[bool], seen: Container[str], words: Container[str]
) -> dict[int, int]:
    """The running lines of each block (between blank lines) whose open line ends make words the page knows
    with the line a row further down (of two to six lines) twice more often than with the next line, and at
    least twice as often as with the next line or any other: a block read by rows, where the page knows too few
    of its words for stretches."""
    out: dict[int, int] = {}
    block: list[Line] = []
    for i in range(len(lines) + 1):
        if i < len(lines) and not lines[i].gap_before:
            if running[i]:
                block.append(lines[i])
            continue
        if len(block) > ROWS_MIN + 1 and (read := _read_by_rows(block, seen, words)):
            out.update((line.index, read) for line in block)
        block = [lines[i]] if i < len(lines) and running[i] else []
    return out


def _read_by_rows(block: list[Line], seen: Container[str], words: Container[str]) -> int:
    """The number of columns the block was read across by rows, 0 if it was read in order."""
    ends = [line.text[-2:] if not line.final and f.is_han(line.text[-1]) else "" for line in block]
    starts = [line.text[:2] if f.is_han(line.text[0]) else "" for line in block]

    def known(step: int) -> int:
        """How often the line ends make words the page or the language knows with the line `step` further
        down."""
        return _words_across(ends, starts[step:], seen, words)

    by_step = {step: known(step) for step in range(1, COLUMNS_READ + 1)}
    read = max(range(2, COLUMNS_READ + 1), key=by_step.__getitem__)
    by_rows = by_step.pop(read)
    return read if by_rows >= by_step[1] + ROWS_MIN and by_rows >= ROWS_MIN * max(by_step.values()) else 0


def _words_across(ends: list[str], starts: list[str], seen: Container[str], words: Container[str]) -> int:
    """The words lines make with the lines they are set beside, `ends` giving each line's last two characters
    (none where it ends no open Han word) and `starts` the first two of the line beside it (none where it starts
    with no Han character): one for the two Han characters that meet when the page or the language (`words`)
    knows them as a word, one more for a three-character word of the language across them (`相|适应`, `邓小|平`),
    which two characters meeting by chance seldom make."""
    known = 0
    for end, start in zip(ends, starts, strict=False):
        if end and start:
            pair = end[-1] + start[0]
            three = (len(end) == 2 and end + start[0] in words) or (len(start) == 2 and end[-1] + start in words)
            known += (pair in seen or pair in words) + three
    return known


def _read_on(a: Line, b: Line, running: bool, seen: Container[str]) -> bool:
    """Line `b` follows `a` in the same block of rows, and nothing on the page shows that `b` continues `a`'s
    sentence (`a`'s last character and `b`'s first make no word the page knows)."""
    if not running or b.gap_before:
        return False
    pair = a.text[-1] + b.text[0]
    return not (f.is_han(pair[0]) and f.is_han(pair[1]) and pair in seen)
