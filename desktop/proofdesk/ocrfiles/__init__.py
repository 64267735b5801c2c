"""OCR files with line geometry (hOCR, ALTO, PAGE-XML, PaddleOCR/RapidOCR JSON), page images, and reading
any page file by its content."""

from .files import Caveat, Notice, PageFile, PageScan, page_name, read_page_files
from .images import (
    IMAGE_SUFFIXES,
    ImageError,
    ImageRef,
    ImageTrouble,
    copy_image,
    find_moved,
    images_folder,
    probe_image,
)
from .model import Box, LineGeometry, OcrFormat, OcrLine, OcrPage
from .problems import OcrFileError, Trouble
from .reading import MAX_OCR_BYTES, read_ocr, sniff

__all__ = [
    "IMAGE_SUFFIXES",
    "MAX_OCR_BYTES",
    "Box",
    "Caveat",
    "ImageError",
    "ImageRef",
    "ImageTrouble",
    "LineGeometry",
    "Notice",
    "OcrFileError",
    "OcrFormat",
    "OcrLine",
    "OcrPage",
    "PageFile",
    "PageScan",
    "Trouble",
    "copy_image",
    "find_moved",
    "images_folder",
    "page_name",
    "probe_image",
    "read_ocr",
    "read_page_files",
    "sniff",
]
