"""hOCR (Tesseract's `hocr` output and other engines'): read with the standard library's HTML parser, which
neither expands declared entities nor fetches anything, and accepts HTML as well as XHTML."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .model import Box, LineGeometry, OcrFormat, OcrLine, OcrPage, blocks_of, clean_line, join_words, wide_gaps
from .problems import OcrFileError, Trouble

LINE_CLASSES = frozenset({"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"})
# A block is the nearest of these around a line; Tesseract ends each `ocr_par` with a blank line in its txt.
BLOCK_CLASSES = ("ocr_par", "ocr_carea", "ocrx_block")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"})
_BBOX = re.compile(r"\bbbox\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)")
_X_SIZE = re.compile(r"\bx_size\s+([0-9.]+)")
_WCONF = re.compile(r"\bx_wconf\s+([0-9.]+)")
_IMAGE = re.compile(r'\bimage\s+"([^"]*)"')


@dataclass(slots=True)
class _Element:
    tag: str
    classes: frozenset[str]
    title: str
    ident: int


@dataclass(slots=True)
class _Line:
    ident: int
    block: int | None
    title: str
    text: list[str] = field(default_factory=list)
    words: list[list[str]] = field(default_factory=list)
    spans: list[tuple[float, float] | None] = field(default_factory=list)
    confidences: list[float] = field(default_factory=list)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[_Element] = []
        self.pages: list[tuple[str, list[list[OcrLine]]]] = []
        self.line: _Line | None = None
        self.word: list[str] | None = None
        self.last_block: int | None = None
        self.count = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        classes = frozenset((values.get("class") or "").split())
        title = values.get("title") or ""
        if tag in _VOID:
            return
        self.count += 1
        element = _Element(tag, classes, title, self.count)
        self.stack.append(element)
        if "ocr_page" in classes:
            self.pages.append((title, [[]]))
            self.last_block = None
        elif classes & LINE_CLASSES and self.line is None:
            block = next((e.ident for e in reversed(self.stack) if e.classes & set(BLOCK_CLASSES)), None)
            self.line = _Line(element.ident, block, title)
        elif "ocrx_word" in classes and self.line is not None:
            self.word = []
            self.line.words.append(self.word)
            box = _BBOX.search(title)
            self.line.spans.append((float(box.group(1)), float(box.group(3))) if box else None)
            confidence = _WCONF.search(title)
            if confidence:
                self.line.confidences.append(float(confidence.group(1)) / 100)

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            element = self.stack.pop()
            if self.line is not None and element.ident == self.line.ident:
                self._end_line()
            elif "ocrx_word" in element.classes:
                self.word = None
            if element.tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.word is not None:
            self.word.append(data)
        elif self.line is not None:
            self.line.text.append(data)

    def _end_line(self) -> None:
        line, self.line, self.word = self.line, None, None
        assert line is not None
        if not self.pages:
            self.pages.append(("", [[]]))
        blocks = self.pages[-1][1]
        if line.block is None or line.block != self.last_block:
            blocks.append([])
        self.last_block = line.block
        geometry = _geometry(line)
        if line.words:
            height = geometry.box.height if geometry else float("inf")
            text = join_words(["".join(w) for w in line.words], wide_gaps(line.spans, height))
        else:
            text = "".join(line.text)
        blocks[-1].append(OcrLine(clean_line(text), geometry))


def _geometry(line: _Line) -> LineGeometry | None:
    box = _BBOX.search(line.title)
    if box is None:
        return None
    x0, y0, x1, y1 = (int(v) for v in box.groups())
    size = _X_SIZE.search(line.title)
    confidence = round(sum(line.confidences) / len(line.confidences), 3) if line.confidences else None
    return LineGeometry(Box(x0, y0, x1 - x0, y1 - y0), float(size.group(1)) if size else float(y1 - y0), confidence)


def read_hocr(text: str) -> list[OcrPage]:
    reader = _Reader()
    try:
        reader.feed(text)
        reader.close()
    except AssertionError as error:  # HTMLParser's way of refusing markup it cannot make sense of
        raise OcrFileError(Trouble.MALFORMED, str(error)) from None
    pages = []
    for title, blocks in reader.pages:
        box = _BBOX.search(title)
        image = _IMAGE.search(title)
        pages.append(
            OcrPage(
                OcrFormat.HOCR,
                blocks_of(blocks),
                width=int(box.group(3)) if box else None,
                height=int(box.group(4)) if box else None,
                image=image.group(1) if image else "",
            )
        )
    return pages
