"""Telling an OCR file from a plain text page by its content, and reading it."""

from __future__ import annotations

import codecs
import json
import re

from .hocr import read_hocr
from .model import OcrFormat, OcrPage
from .paddle import is_label_file, paddle_pages, read_label_file
from .problems import OcrFileError, Trouble
from .xmlfiles import local, parse_xml, read_alto, read_page_xml

MAX_OCR_BYTES = 64 * 1024 * 1024
"""Largest OCR file accepted: ALTO with a box per character of a big page runs to a few megabytes."""

# hOCR classes on elements, or the `ocr-system` / `ocr-capabilities` meta tags every hOCR head carries.
_HOCR = re.compile(
    rb"class\s*=\s*['\"][^'\"]*\bocr_(page|line|par|carea)\b|name\s*=\s*['\"]ocr-(system|capabilities)\b"
)
_MARKUP = re.compile(r"^<(\?xml|!doctype|html|[a-z_][\w.-]*:?[\w.-]*[\s>/])", re.IGNORECASE)


def _text(data: bytes) -> str | None:
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding).removeprefix("\ufeff")
            except UnicodeDecodeError:
                return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def sniff(data: bytes) -> OcrFormat | None:
    """The OCR format of a file's bytes; None for anything else (a plain text page).

    Decided by content, never by the file's name: markup with hOCR classes is hOCR; XML whose root is `alto`
    or `PcGts` is ALTO or PAGE; JSON of one of PaddleOCR's or RapidOCR's shapes, or PPOCRLabel's label lines,
    are Paddle. Raises `OcrFileError(UNKNOWN)` for XML or JSON of any other kind: such a file is not a page."""
    text = _text(data[:65536])
    if text is None and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # A cut in the middle of a character: judge the head by what decodes.
        text = data[:65536].decode("utf-8", errors="ignore")
    head = (text or "").lstrip()
    if head.startswith("<") and _MARKUP.match(head):
        if _HOCR.search(data):
            return OcrFormat.HOCR
        root = re.search(r"<(?!\?|!)([\w.-]+:)?([\w.-]+)", head)
        name = root.group(2).lower() if root else ""
        if name == "alto":
            return OcrFormat.ALTO
        if name == "pcgts":
            return OcrFormat.PAGE
        raise OcrFileError(Trouble.UNKNOWN, f"<{name}>")
    if head.startswith(("[", "{")):
        full = _text(data)
        try:
            value = json.loads(full) if full is not None else None
        except json.JSONDecodeError:
            value = None
        if value is not None:
            if paddle_pages(value) is None:
                raise OcrFileError(Trouble.UNKNOWN, "JSON")
            return OcrFormat.PADDLE
    if is_label_file(head):
        return OcrFormat.PADDLE
    return None


def read_ocr(data: bytes, fmt: OcrFormat) -> list[OcrPage]:
    """The pages of an OCR file of format `fmt`; raises `OcrFileError`."""
    if fmt in (OcrFormat.ALTO, OcrFormat.PAGE):
        root = parse_xml(data)
        name = local(root).lower()
        if name == "alto":
            pages = read_alto(root)
        elif name == "pcgts":
            pages = read_page_xml(root)
        else:
            raise OcrFileError(Trouble.UNKNOWN, f"<{local(root)}>")
    else:
        text = _text(data)
        if text is None:
            raise OcrFileError(Trouble.MALFORMED, "not UTF-8 or UTF-16 text")
        pages = read_hocr(text) if fmt is OcrFormat.HOCR else _paddle(text)
    pages = [p for p in pages if p.blocks]
    if not pages:
        raise OcrFileError(Trouble.NO_TEXT)
    return pages


def _paddle(text: str) -> list[OcrPage]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return read_label_file(text)
    pages = paddle_pages(value)
    if pages is None:
        raise OcrFileError(Trouble.UNKNOWN, "JSON")
    return pages
