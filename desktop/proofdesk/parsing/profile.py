"""The page profile: how wide each line is, how wide its column is, and what kind of page this is.

Narrow-column pages (16–17 em, a hard break at every line) and paragraph-per-line pages need different
break rules, and captions or boxed texts on a narrow page run at their own width, so the column is measured
per block of lines rather than once per page.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from statistics import median

from ..domain.model import Page, Role
from ..text.cleaning import HAN
from .features import ends_sentence, has_sentence_punct, is_ocr_noise
from .frequencies import bigrams
from .learned import Learned

# A line starting this share of a line's height above another still stands on its row; one starting up to
# this many line heights below it stands on the next row (a column cut read on lower down goes further).
ROW_OVERLAP = 0.5
NEXT_ROW = 1.8
# A line is printed right above another when it ends at most this many of the lower line's heights above it
# and shares this part of the narrower line's width.
ABOVE_GAP = 3.5
ABOVE_SHARE = 0.2
# Lines wider than this are not narrow-column lines.
WIDE = 40.0
# A page whose text sits mostly in wide lines is a paragraph-per-line page, unless this share of its wide lines at
# least (and this many) stop within `SAME_COLUMN` em of their upper quartile: a page of wide columns (42 to 53 em)
# wrapped at every line. On the tuned-on pages the hard-wrapped ones share 0.44 to 0.93, the same pages as a
# paragraph per line 0.02 to 0.20 (0.5 where they have fewer than eight wide lines).
WIDE_SHARE = 0.5
WRAPPED_SHARE = 0.4
WRAPPED_MIN = 8
# Blocks need this many measurable lines before their own median counts as their column.
MIN_BLOCK = 3
# No text column is narrower than this (em), nor than this share of the page's column.
MIN_COLUMN = 6.0
MIN_COLUMN_SHARE = 0.5
# A full line is at least this share of its block's longer full lines (their upper quartile).
FULL_SHARE = 0.6
# A paragraph's first line stands this many em short of its column (its indent, which OCR drops).
INDENT = 2.0
# Running text has a sentence's punctuation in this share of its lines at least (a headline group in few).
TEXT_SHARE = 0.4
# A block whose median is this close to the page's column is in the page's column.
SAME_COLUMN = 1.0


@lru_cache(maxsize=8192)
def _char_width(ch: str) -> float:
    return 1.0 if unicodedata.east_asian_width(ch) in "WFA" else 0.5


def _narrow_class() -> re.Pattern[str]:
    """A character class of the non-ASCII characters of the Basic Multilingual Plane that are narrow."""
    ranges: list[str] = []
    start = None
    for code in range(0x80, 0x10000):
        narrow = 0xD800 <= code <= 0xDFFF or unicodedata.east_asian_width(chr(code)) not in "WFA"
        if narrow and start is None:
            start = code
        elif not narrow and start is not None:
            ranges.append(f"\\u{start:04x}-\\u{code - 1:04x}")
            start = None
    if start is not None:
        ranges.append(f"\\u{start:04x}-\\uffff")
    return re.compile("[\\x00-\\x7f" + "".join(ranges) + "]")


_NARROW = _narrow_class()
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def width(text: str) -> float:
    """Display width in em: East-Asian wide, full-width and ambiguous characters 1, the rest 0.5."""
    if text.isascii():
        return len(text) * 0.5
    if _ASTRAL.search(text):
        # Outside the BMP (rare: extension ideographs, emoji) the class does not apply; ask each character.
        return sum(map(_char_width, text))
    return len(text) - 0.5 * len(_NARROW.findall(text))


# Where a raw line stands on the scan, when the page came from an OCR file with geometry: x, y of its box's top
# left corner, its width and height, in the scan's pixels. Keyed by raw line number.
Box = tuple[float, float, float, float]
LineBoxes = Mapping[int, Box]


@dataclass(slots=True)
class Line:
    """A non-blank raw line with what the parser measures about it."""

    index: int  # position among the page's non-blank lines
    number: int  # 1-based raw line number
    text: str  # the raw text without surrounding white space
    width: float
    gap_before: int  # blank lines before it (the page start counts as many)
    gap_after: int
    column: float = 0.0
    block: int = 0  # blank-line-delimited block this line is in
    bigrams: list[str] = field(default_factory=list)
    final: bool = False  # ends a sentence (see `features.ends_sentence`)
    learned: Role | None = None  # the role editors gave this text on other pages of the library
    box: Box | None = None  # where it stands on the scan, when that is known
    column_right: float | None = None  # its column's right edge on the scan, where the next box starts beside it
    scale: float | None = None  # its type's size on the scan, as a share of the page's body type (`_type_scales`)


@dataclass(slots=True)
class Profile:
    """The measured shape of a page."""

    lines: list[Line]
    narrow: bool  # a hard break at every line (narrow columns, or wide ones: `_hard_wrapped`), not a paragraph a line
    column: float  # the page's most common body column width
    blocks: list[list[int]] = field(default_factory=list)  # line indexes of each block
    above: list[int | None] = field(default_factory=list)  # the line printed right above each (`printed_above`)
    noise: list[int] = field(default_factory=list)  # raw line numbers of what OCR made of photos (`is_ocr_noise`)


PAGE_EDGE = 99


def profile_page(page: Page, learned: Learned | None = None, boxes: LineBoxes | None = None) -> Profile:
    """Measure `page`: its non-blank lines, the column each sits in, and whether it is a narrow page; each line
    with its box on the scan when `boxes` gives one."""
    lines: list[Line] = []
    noise: list[int] = []
    blank = PAGE_EDGE
    held = 0  # the blank lines before a noise line: it stands in no gap (a headline goes on across it)
    for number, raw in enumerate(page.lines, 1):
        text = raw.strip()
        if not text:
            blank += 1
            continue
        if is_ocr_noise(text) and not (learned and learned.role_of(text)):
            noise.append(number)
            held, blank = max(held, blank), 0
            continue
        blank, held = max(blank, held), 0
        if lines:
            lines[-1].gap_after = blank
        lines.append(
            Line(
                len(lines),
                number,
                text,
                width(text),
                blank,
                PAGE_EDGE,
                bigrams=bigrams(text),
                final=ends_sentence(text),
                learned=learned.role_of(text) if learned else None,
                box=boxes.get(number) if boxes else None,
            )
        )
        blank = 0
    if lines:
        lines[-1].gap_after = PAGE_EDGE

    blocks: list[list[int]] = []
    for line in lines:
        if not blocks or line.gap_before > 0:
            blocks.append([])
        line.block = len(blocks) - 1
        blocks[-1].append(line.index)

    total = sum(line.width for line in lines) or 1.0
    wide = [line.width for line in lines if line.width > WIDE]
    narrow = sum(wide) / total < WIDE_SHARE or _hard_wrapped(wide)
    measurable = [_measurable(line) for line in lines]
    filling = [m and _full(line, lines) for m, line in zip(measurable, lines, strict=True)]
    page_column = _page_column(lines, blocks, measurable, filling)
    _assign_columns(lines, blocks, page_column, measurable, filling)
    if _widen_narrow(lines, page_column, filling):
        # (the columns measured again with the lines as wide as they print)
        page_column = _page_column(lines, blocks, measurable, filling)
        _assign_columns(lines, blocks, page_column, measurable, filling)
    if boxes:
        _column_rights(lines)
        _type_scales(lines)
    above: list[int | None] = printed_above(lines) if boxes else [None] * len(lines)
    return Profile(lines, narrow, page_column, blocks, above, noise)


# Lines of one column start within this many em of each other (an indent is two).
COLUMN_START = 3.0


def _column_rights(lines: list[Line]) -> None:
    """Where the next line's box starts right of a line's on its row, the right edge of the line's column: where
    the lines starting under or over it (within `COLUMN_START` em) end, mostly (the median: a headline over
    several columns does not count). `read_across` then tells a printed line the OCR engine cut in two, the
    second box starting inside the column, from the next column."""
    boxed = [line.box for line in lines if line.box is not None]
    for a, b in pairwise(lines):
        if a.box is None or b.box is None:
            continue
        ax, ay, aw, ah = a.box
        bx, by, _bw, bh = b.box
        if bx < ax + aw or abs(by - ay) > ROW_OVERLAP * min(ah, bh):
            continue
        rights = [x + w for x, _y, w, _h in boxed if abs(x - ax) <= COLUMN_START * ah]
        a.column_right = median(rights) if rights else None


# Type is measured on lines of this many Han characters at least, this share of the line (digits and Latin
# letters print wider than the half em they count).
SIZED_HAN = 2
SIZED_HAN_SHARE = 0.6
_HAN = re.compile(f"[{HAN}]")


def _type_size(line: Line) -> float | None:
    """The size of the line's type on the scan: its box's height, or its width per em where that is less (an
    engine's box over two printed lines is twice as high as their type; one over two columns' lines, wide)."""
    if line.box is None:
        return None
    text = "".join(line.text.split())
    han = len(_HAN.findall(text))
    if han < SIZED_HAN or han < SIZED_HAN_SHARE * len(text) or "  " in line.text:
        return None
    _x, _y, w, h = line.box
    return min(h, w / width(text))


def _type_scales(lines: list[Line]) -> None:
    """Each line's type size as a share of the page's body type (the median: running text fills the page)."""
    sizes = [(line, size) for line in lines if (size := _type_size(line)) is not None]
    body = median(size for _line, size in sizes) if sizes else 0.0
    if body <= 0:
        return
    for line, size in sizes:
        line.scale = size / body


# Full lines holding this many ASCII characters at least tell how wide they print; they need to be this many.
NARROW_SAMPLE = 2
NARROW_LINES = 2
# ASCII characters that print at least this wide (em) are a full-width face the OCR engine read as ASCII.
WIDE_NARROW = 0.75
_ASCII_GLYPH = re.compile(r"[!-~]")


def ascii_glyphs(text: str) -> int:
    return len(_ASCII_GLYPH.findall(text))


def _hard_wrapped(wide: list[float]) -> bool:
    """The page's wide lines (`wide`, their widths) mostly stop at one width: a column they are wrapped at."""
    if len(wide) < WRAPPED_MIN:
        return False
    column = sorted(wide)[3 * (len(wide) - 1) // 4]
    return sum(1 for w in wide if abs(w - column) <= SAME_COLUMN) >= WRAPPED_SHARE * len(wide)


def _widen_narrow(lines: list[Line], column: float, filling: list[bool]) -> bool:
    """Digits and Latin letters may be printed full-width (`１９９７`) and read by the OCR engine as ASCII, which
    `width` counts half an em: a line full of them then reads short of its column. The lines that must fill the
    column (they wrap in mid-sentence) and hold ASCII characters tell how wide these print on this page, against
    the width of those that hold none (or the page's `column`); where that is about a full em, each line's width
    counts them so, and True is returned: the columns, measured from the lines as read, are to be measured
    again. `filling`: the measurable lines that must fill their column."""
    full = [(line, ascii_glyphs(line.text)) for line in lines if filling[line.index] and not line.gap_after]
    plain = [line.width for line, n in full if n == 0]
    if len(plain) >= NARROW_LINES:
        column = float(median(plain))  # (`column` was measured with them half an em wide)
    samples = [(column - (line.width - 0.5 * n)) / n for line, n in full if n >= NARROW_SAMPLE]
    if len(samples) < NARROW_LINES or (printed := min(1.0, median(samples))) < WIDE_NARROW:
        return False
    for line in lines:
        line.width += (printed - 0.5) * ascii_glyphs(line.text)
    return True


def _measurable(line: Line) -> bool:
    return line.width >= 4 and not line.text.startswith(("■", "——"))


def _full(line: Line, lines: list[Line]) -> bool:
    """A line that must fill its column: it wraps in mid-sentence and is not a paragraph's first line
    (which OCR prints two em short, its indent dropped)."""
    if line.final or line.gap_before or line.index == 0:
        return False
    return not lines[line.index - 1].final


def _page_column(lines: list[Line], blocks: list[list[int]], measurable: list[bool], filling: list[bool]) -> float:
    """The median width of lines that wrap in mid-sentence (the full lines), over the whole page."""
    wrapped = [lines[i].width for block in blocks for i in block[:-1] if filling[i]]
    if not wrapped:
        wrapped = [line.width for line in lines if measurable[line.index]]
    return float(median(wrapped)) if wrapped else 16.0


def _assign_columns(
    lines: list[Line], blocks: list[list[int]], page_column: float, measurable: list[bool], filling: list[bool]
) -> None:
    own: list[float | None] = []
    for block in blocks:
        # Lines that wrap in mid-sentence are full; a sentence may end anywhere, and the block's last line
        # is often a paragraph end.
        inner = [lines[i] for i in block[:-1] if measurable[i]]
        wrapped = [line for line in inner if filling[line.index]]
        value: float | None = None
        if len(wrapped) >= MIN_BLOCK - 1:
            value = float(median(_full_widths(wrapped)))
        elif len(inner) >= MIN_BLOCK:
            # Few lines wrap (short paragraphs): the column is as wide as the longer lines, not a paragraph's end.
            value = _upper_quartile([line.width for line in inner])
            if value < page_column <= value + INDENT:
                # (those are paragraphs' first lines where the paragraphs are of one or two lines)
                value = page_column
        # A headline group is no column: its lines are short, or without a sentence's punctuation.
        wide_enough = value is not None and value >= max(MIN_COLUMN, page_column * MIN_COLUMN_SHARE)
        own.append(value if wide_enough and _running_text(block, lines) else None)
    filled = _fill(own, page_column)
    for b, value in enumerate(filled):
        if abs(value - page_column) <= SAME_COLUMN:
            # Quotation marks count 1 em but print narrower, so a block full of them reads a little wide.
            filled[b] = page_column
    for line in lines:
        line.column = filled[line.block]


def _full_widths(wrapped: list[Line]) -> list[float]:
    """The widths of the lines that wrap in mid-sentence but for a headline's or a byline's lines read into the
    block with no blank between them and its text (`7亿亩进度过半` / `本报记者夏国` over lines of 28 em): those
    far shorter than the block's longer full lines."""
    upper = _upper_quartile([line.width for line in wrapped])
    return [line.width for line in wrapped if line.width >= FULL_SHARE * upper]


def _upper_quartile(widths: list[float]) -> float:
    return sorted(widths)[3 * len(widths) // 4]


def _running_text(block: list[int], lines: list[Line]) -> bool:
    """Enough of the block's lines hold a sentence's punctuation for it to be running text."""
    return sum(1 for i in block if has_sentence_punct(lines[i].text)) >= TEXT_SHARE * len(block)


def _fill(own: list[float | None], default: float) -> list[float]:
    """Each block's own column, or the nearest measured block's (the earlier one on a tie)."""
    n = len(own)
    before: list[tuple[int, float] | None] = [None] * n
    after: list[tuple[int, float] | None] = [None] * n
    last: tuple[int, float] | None = None
    for b in range(n):
        value = own[b]
        if value is not None:
            last = (b, value)
        before[b] = last
    last = None
    for b in range(n - 1, -1, -1):
        value = own[b]
        if value is not None:
            last = (b, value)
        after[b] = last
    out: list[float] = []
    for b in range(n):
        x, y = before[b], after[b]
        if x is None and y is None:
            out.append(default)
        elif y is None or (x is not None and b - x[0] <= y[0] - b):
            assert x is not None
            out.append(x[1])
        else:
            out.append(y[1])
    return out


def shared_width(a: Box, b: Box) -> float:
    """The stretch of width two boxes share (negative: the gap between them)."""
    return min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])


def read_down(a: Line, b: Line) -> bool:
    """`b` is printed right under `a` in the same column: its box starts where `a`'s ends (within a line's
    height) and shares half the narrower width. False when either box is unknown."""
    if a.box is None or b.box is None:
        return False
    _ax, ay, aw, ah = a.box
    _bx, by, bw, bh = b.box
    return shared_width(a.box, b.box) >= 0.5 * min(aw, bw) and ay + ah - ROW_OVERLAP * bh <= by <= ay + ah + max(ah, bh)


def read_across(a: Line, b: Line) -> bool:
    """`b` stands in another column than `a`, on its row or the next: an OCR order that reads the page across
    its columns, row by row (a column cut, read on at the top of the next column, goes up instead, or
    further down past a photo). False when either box is unknown."""
    if a.box is None or b.box is None:
        return False
    ax, ay, aw, ah = a.box
    bx, by, bw, bh = b.box
    apart = bx >= ax + aw or ax >= bx + bw
    if apart and a.column_right is not None and bx < a.column_right - ah:
        return False  # `b` starts inside `a`'s column: one printed line the OCR engine cut in two
    return apart and ay - ROW_OVERLAP * min(ah, bh) <= by <= ay + NEXT_ROW * max(ah, bh)


def printed_above(lines: list[Line]) -> list[int | None]:
    """For each line, the index of the line printed right above it on the scan: the nearest whose box ends
    above its own, at most `ABOVE_GAP` line heights higher, and shares a stretch of its width (a headline
    over two columns stands above the first line of each). None where the boxes are unknown or nothing is."""
    boxed = sorted((line.box[1] + line.box[3], line.index) for line in lines if line.box is not None)
    bottoms = [bottom for bottom, _ in boxed]
    found: list[int | None] = [None] * len(lines)
    for line in lines:
        if line.box is None:
            continue
        x, y, w, h = line.box
        start = bisect_left(bottoms, y - ABOVE_GAP * h)
        end = bisect_right(bottoms, y + ROW_OVERLAP * h)
        for _bottom, j in reversed(boxed[start:end]):  # the nearest first
            other = lines[j].box
            assert other is not None
            if j == line.index or other[1] >= y:
                continue
            if min(x + w, other[0] + other[2]) - max(x, other[0]) >= ABOVE_SHARE * min(w, other[2]):
                found[line.index] = j
                break
    return found
