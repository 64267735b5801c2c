"""What an OCR file with geometry says about a page: blocks of lines, each with its box, type height and the
engine's confidence; and how that becomes a raw page.

The raw page of such a file is its lines in document order with one blank line between blocks, so that a
Tesseract hOCR file numbers its lines exactly as Tesseract's own `txt` output does.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class OcrFormat(StrEnum):
    HOCR = "hocr"
    ALTO = "alto"
    PAGE = "page"
    PADDLE = "paddle"
    """PaddleOCR / RapidOCR JSON, and PPOCRLabel's `Label.txt`."""


@dataclass(frozen=True, slots=True)
class Box:
    """An axis-aligned box in image pixels (x, y of the top left corner)."""

    x: int
    y: int
    width: int
    height: int

    @classmethod
    def around(cls, points: list[tuple[float, float]]) -> Box:
        """The smallest box holding every point (of a polygon or a quadrilateral)."""
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        left, top = round(min(xs)), round(min(ys))
        return cls(left, top, round(max(xs)) - left, round(max(ys)) - top)

    @property
    def right(self) -> int:
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height

    def union(self, other: Box) -> Box:
        left, top = min(self.x, other.x), min(self.y, other.y)
        return Box(left, top, max(self.right, other.right) - left, max(self.bottom, other.bottom) - top)


@dataclass(frozen=True, slots=True)
class LineGeometry:
    """Where a raw line stands on the scan. `type_height` is the engine's size of the type (hOCR `x_size`,
    otherwise the box height); `confidence` is the engine's, from 0 to 1, when it gives one."""

    box: Box
    type_height: float | None = None
    confidence: float | None = None


@dataclass(frozen=True, slots=True)
class OcrLine:
    text: str
    geometry: LineGeometry | None


@dataclass(frozen=True, slots=True)
class OcrPage:
    """One page of an OCR file. `name` is the page's own name when the file names one (PPOCRLabel's
    `Label.txt` holds many pages, each named after its image); `image` the image file the engine read,
    as the file gives it; `width` and `height` the page size in pixels when known."""

    format: OcrFormat
    blocks: tuple[tuple[OcrLine, ...], ...]
    width: int | None = None
    height: int | None = None
    image: str = ""
    name: str = ""

    def raw_lines(self) -> tuple[str, ...]:
        """The page as raw text: each block's lines, one blank line between blocks."""
        lines: list[str] = []
        for block in self.blocks:
            if lines:
                lines.append("")
            lines.extend(line.text for line in block)
        return tuple(lines)

    def geometry(self) -> dict[int, LineGeometry]:
        """Each raw line's geometry by its 1-based number in `raw_lines`."""
        found: dict[int, LineGeometry] = {}
        number = 0
        for index, block in enumerate(self.blocks):
            number += 1 if index else 0  # the blank line between blocks
            for line in block:
                number += 1
                if line.geometry is not None:
                    found[number] = line.geometry
        return found


_SPACES = re.compile(r"[^\S\u3000]+")  # the ideographic space is text, as in a text page
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2010-\u206f]")
_LATIN = re.compile(r"[A-Za-z0-9]")


def clean_line(text: str) -> str:
    """A line's text as one raw line, as a text page's would be: in NFC (never NFKC), control characters
    dropped, line ends and runs of white space inside made one space, none at the ends (a raw line never
    holds a line end; a blank line would split a block)."""
    return _SPACES.sub(" ", _CONTROL.sub("", unicodedata.normalize("NFC", text))).strip()


def join_words(words: list[str], wide: list[bool | None] | None = None) -> str:
    """A line from its words. `wide[i]` says whether the gap before word i on the page is wide (`wide_gaps`),
    None where the file gives no boxes.

    Two Latin words (letters or digits where they meet) always get a space. Otherwise, where the gap is
    known, a space marks a wide one only: engines split Chinese text, dates (`7`, `月`) and quotes into words
    that were printed without spaces, and a wide gap may be the gutter between two columns read as one
    line. Where it is not known, Chinese meets Chinese without a space and anything else with one."""
    out = ""
    for index, raw in enumerate(words):
        word = raw.strip()
        if not word:
            continue
        if out:
            gap = wide[index] if wide is not None else None
            latin = _LATIN.match(out[-1]) is not None and _LATIN.match(word[0]) is not None
            if latin or gap or (gap is None and not (_CJK.match(out[-1]) and _CJK.match(word[0]))):
                out += " "
        out += word
    return out


WIDE_GAP = 1.0
"""A gap between two words wider than this many times the line's height is a space on the page. Of the
thresholds tried (0.3–1.0 of the height) on three real Tesseract pages, 1.0 agreed best with the spaces of
Tesseract's own txt output."""


def wide_gaps(spans: list[tuple[float, float] | None], height: float) -> list[bool | None]:
    """For words given as (left, right) spans on a line `height` high: whether the gap before each is wide
    (None where a span is missing)."""
    wide: list[bool | None] = [None] * len(spans)
    previous: tuple[float, float] | None = None
    for index, span in enumerate(spans):
        if span is not None and previous is not None:
            wide[index] = span[0] - previous[1] > WIDE_GAP * height
        previous = span
    return wide


def blocks_of(blocks: list[list[OcrLine]]) -> tuple[tuple[OcrLine, ...], ...]:
    """Blocks without empty lines and without blocks left empty."""
    kept = (tuple(line for line in block if line.text) for block in blocks)
    return tuple(block for block in kept if block)
