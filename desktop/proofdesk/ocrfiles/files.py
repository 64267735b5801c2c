"""Reading any page file the importer is given: a plain text page, or an OCR file with geometry.

Which it is is decided by content (`sniff`), never by the file's name. A file that cannot be a page raises
`Refused`, as a text page does; nothing is read from it then.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from ..domain.model import Page
from ..text.decoding import MAX_BYTES, Decoded, Refusal, Refused, content_hash, decode_bytes, read_file
from .images import ImageError, ImageRef, ImageTrouble, find_image, probe_image
from .model import LineGeometry, OcrFormat, OcrPage
from .problems import OcrFileError
from .reading import MAX_OCR_BYTES, read_ocr, sniff

# Suffixes that name the kind of OCR file rather than the page: `0001.hocr`, `0001.page.xml`.
_KIND_SUFFIXES = (".hocr", ".alto", ".page", ".ocr")


class Caveat(StrEnum):
    """Something doubtful about a page that was imported all the same."""

    IMAGE_MISSING = "image-missing"
    """The OCR file names an image that is not beside it."""
    IMAGE_BAD = "image-bad"
    """The image beside the page cannot be read or is no image: not attached."""
    BOX_OUTSIDE = "box-outside"
    """Some line boxes lie outside the page or image (`detail`: how many)."""


@dataclass(frozen=True, slots=True)
class Notice:
    warning: Caveat
    detail: str = ""


@dataclass(frozen=True, slots=True)
class PageScan:
    """What the library keeps about a page's scan: the OCR file's format and page size, each raw line's
    geometry by line number, and the image when one is attached."""

    format: OcrFormat | None = None
    width: int | None = None
    height: int | None = None
    lines: dict[int, LineGeometry] = field(default_factory=dict)
    image: ImageRef | None = None

    def line_boxes(self) -> dict[int, tuple[float, float, float, float]]:
        """Each raw line's box (x, y, width, height), as the parser takes them."""
        return {n: (g.box.x, g.box.y, g.box.width, g.box.height) for n, g in self.lines.items()}


@dataclass(frozen=True, slots=True)
class PageFile:
    """A page read from a file, ready to parse and store."""

    path: Path
    page: Page
    content_hash: str
    scan: PageScan | None
    notices: tuple[Notice, ...] = ()


def page_name(path: Path) -> str:
    """A page's name: the file name without its extension and without a `.hocr`-like kind suffix."""
    stem = path.stem
    for suffix in _KIND_SUFFIXES:
        if stem.lower().endswith(suffix) and len(stem) > len(suffix):
            return stem[: -len(suffix)]
    return stem


def read_page(path: Path) -> tuple[Page, Decoded]:
    """The page in a plain text file (named after the file without its extension) and its decoded text."""
    decoded = decode_bytes(read_file(path, MAX_BYTES), path)
    return Page(path.stem, decoded.lines), decoded


def read_page_files(path: Path) -> list[PageFile]:
    """The pages in one file (PPOCRLabel's Label.txt holds several); raises `Refused`."""
    data = _read(path)
    try:
        fmt = sniff(data)
        if fmt is None:
            if len(data) > MAX_BYTES:
                raise Refused(path, Refusal.TOO_LARGE, size=len(data))
            decoded = decode_bytes(data, path)
            page = Page(page_name(path), decoded.lines)
            image, notices = _image(path.parent, page.name, "", None)
            scan = PageScan(image=image) if image else None
            return [PageFile(path, page, decoded.content_hash, scan, notices)]
        pages = read_ocr(data, fmt)
    except OcrFileError as error:
        raise Refused(path, Refusal.OCR_FILE, detail=str(error)) from None
    several = len(pages) > 1
    return [_page_file(path, ocr, index if several else 0) for index, ocr in enumerate(pages, 1)]


def _read(path: Path) -> bytes:
    data = read_file(path, MAX_OCR_BYTES)
    if not data:
        raise Refused(path, Refusal.EMPTY)
    return data


def _page_file(path: Path, ocr: OcrPage, number: int) -> PageFile:
    name = ocr.name or (f"{page_name(path)}_{number}" if number else page_name(path))
    lines = ocr.raw_lines()
    geometry = ocr.geometry()
    folder = path.parent
    if ocr.name and ocr.image and "/" in ocr.image:  # Label.txt names images from the folder above its own
        candidate = path.parent.parent / ocr.image
        folder = candidate.parent if candidate.is_file() else folder
    image, notices = _image(folder, name, ocr.image, ocr)
    width, height = ocr.width, ocr.height
    if image is not None:
        width, height = width or image.width, height or image.height
    outside = _outside(geometry, width, height)
    if outside:
        notices += (Notice(Caveat.BOX_OUTSIDE, str(outside)),)
    scan = PageScan(ocr.format, width, height, geometry, image)
    return PageFile(path, Page(name, lines), content_hash(lines), scan, notices)


def _image(folder: Path, name: str, named: str, ocr: OcrPage | None) -> tuple[ImageRef | None, tuple[Notice, ...]]:
    found = find_image(folder, name, named)
    if found is None:
        if named and ocr is not None:
            return None, (Notice(Caveat.IMAGE_MISSING, named),)
        return None, ()
    try:
        return probe_image(found), ()
    except ImageError as error:
        detail = f"{found.name}: {error.trouble.value}" + (f" ({error.detail})" if error.detail else "")
        if error.trouble is ImageTrouble.MISSING:
            return None, (Notice(Caveat.IMAGE_MISSING, found.name),)
        return None, (Notice(Caveat.IMAGE_BAD, detail),)


def _outside(geometry: dict[int, LineGeometry], width: int | None, height: int | None) -> int:
    count = 0
    for g in geometry.values():
        box = g.box
        negative = min(box.x, box.y, box.width, box.height) < 0
        beyond = (width is not None and box.right > width) or (height is not None and box.bottom > height)
        count += negative or beyond
    return count
