"""Page images: found beside a page file, checked to be an image, hashed, measured from their header.

Images are stored by reference (path and content hash), never copied into the library: scans run to tens
of megabytes a page. Only the header is read for the size, so a 10,000 × 14,000 px scan costs nothing
more than its hash."""

from __future__ import annotations

import hashlib
import os
import shutil
import struct
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp")


class ImageTrouble(StrEnum):
    MISSING = "missing"
    UNREADABLE = "unreadable"
    NOT_AN_IMAGE = "not-an-image"


class ImageError(Exception):
    def __init__(self, path: Path, trouble: ImageTrouble, detail: str = "") -> None:
        super().__init__(path, trouble, detail)
        self.path = path
        self.trouble = trouble
        self.detail = detail


@dataclass(frozen=True, slots=True)
class ImageRef:
    """A page's scan: where it is, the sha256 of its bytes, and its size in pixels when the header says."""

    path: str
    sha256: str
    width: int | None = None
    height: int | None = None


def find_image(folder: Path, page_name: str, named: str = "") -> Path | None:
    """The image beside a page file: the one the OCR file names, else one with the page's name and an image
    suffix (any case)."""
    if named:
        candidate = folder / Path(named.replace("\\", "/")).name
        if candidate.is_file() and candidate.suffix.lower() in IMAGE_SUFFIXES:
            return candidate
    try:
        images = _images_in(folder, folder.stat().st_mtime_ns)
    except OSError:
        return None
    found = images.get(page_name)
    return folder / found if found is not None else None


@lru_cache(maxsize=64)
def _images_in(folder: Path, _mtime_ns: int) -> dict[str, str]:
    """The image files of a folder by stem, the first suffix of IMAGE_SUFFIXES winning. Cached per folder and
    modification time: an import of a folder of thousands of pages lists it once, not once a page."""
    found: dict[str, tuple[int, str]] = {}
    for entry in os.scandir(folder):
        stem, dot, suffix = entry.name.rpartition(".")
        rank = IMAGE_SUFFIXES.index("." + suffix.lower()) if dot and "." + suffix.lower() in IMAGE_SUFFIXES else -1
        if rank < 0 or not entry.is_file():
            continue
        if stem not in found or (rank, entry.name) < found[stem]:
            found[stem] = (rank, entry.name)
    return {stem: name for stem, (_rank, name) in found.items()}


def probe_image(path: Path) -> ImageRef:
    """Check that `path` is an image, hash it and read its size; raises `ImageError`."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            head = handle.read(256 * 1024)
            digest.update(head)
            while chunk := handle.read(1024 * 1024):
                digest.update(chunk)
    except FileNotFoundError:
        raise ImageError(path, ImageTrouble.MISSING) from None
    except OSError as error:
        raise ImageError(path, ImageTrouble.UNREADABLE, error.strerror or str(error)) from None
    size = image_size(head)
    if size is None:
        raise ImageError(path, ImageTrouble.NOT_AN_IMAGE)
    width, height = size
    return ImageRef(str(path.resolve()), digest.hexdigest(), width, height)


def image_size(head: bytes) -> tuple[int | None, int | None] | None:
    """(width, height) from an image's first bytes; (None, None) for an image whose size is not in reach;
    None when the bytes are no PNG, JPEG, TIFF or WebP."""
    if head.startswith(b"\x89PNG\r\n\x1a\n") and len(head) >= 24:
        width, height = struct.unpack(">II", head[16:24])
        return width, height
    if head.startswith(b"\xff\xd8\xff"):
        return _jpeg_size(head)
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return _tiff_size(head)
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return _webp_size(head)
    return None


def _jpeg_size(head: bytes) -> tuple[int | None, int | None]:
    at = 2
    while at + 9 < len(head):
        if head[at] != 0xFF:
            return None, None
        marker = head[at + 1]
        length = struct.unpack(">H", head[at + 2 : at + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", head[at + 5 : at + 9])
            return width, height
        at += 2 + length
    return None, None


def _tiff_size(head: bytes) -> tuple[int | None, int | None]:
    order = "<" if head.startswith(b"II") else ">"
    try:
        (offset,) = struct.unpack(order + "I", head[4:8])
        (count,) = struct.unpack(order + "H", head[offset : offset + 2])
        found: dict[int, int] = {}
        for i in range(count):
            entry = head[offset + 2 + 12 * i : offset + 14 + 12 * i]
            tag, kind = struct.unpack(order + "HH", entry[:4])
            if tag in (256, 257):
                short = kind == 3
                found[tag] = struct.unpack(order + ("H" if short else "I"), entry[8:10] if short else entry[8:12])[0]
    except struct.error:
        return None, None
    return found.get(256), found.get(257)


def _webp_size(head: bytes) -> tuple[int | None, int | None]:
    chunk = head[12:16]
    if chunk == b"VP8X" and len(head) >= 30:
        return 1 + int.from_bytes(head[24:27], "little"), 1 + int.from_bytes(head[27:30], "little")
    if chunk == b"VP8 " and len(head) >= 30:
        width, height = struct.unpack("<HH", head[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L" and len(head) >= 25:
        bits = int.from_bytes(head[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    return None, None


def find_moved(missing: list[ImageRef], folder: Path) -> dict[str, ImageRef]:
    """Where images that are no longer at their path are now: files below `folder` with the same name and
    the same content hash. Returns the new reference by old path; images not found are left out."""
    wanted: dict[str, list[ImageRef]] = {}
    for image in missing:
        wanted.setdefault(Path(image.path.replace("\\", "/")).name, []).append(image)
    found: dict[str, ImageRef] = {}
    for candidate in sorted(folder.rglob("*")):
        if candidate.name not in wanted or not candidate.is_file():
            continue
        try:
            probed = probe_image(candidate)
        except ImageError:
            continue
        for image in wanted[candidate.name]:
            if image.path not in found and probed.sha256 == image.sha256:
                found[image.path] = probed
    return found


def images_folder(library: Path) -> Path:
    """Where copies of page images go when the editor asks for them: a folder beside the library file."""
    return library.with_name(library.name + ".images")


def copy_image(image: ImageRef, folder: Path) -> ImageRef:
    """A copy of `image` in `folder`, named by its content hash (a second copy of the same scan is not made);
    written under a temporary name and moved into place. Raises OSError."""
    source = Path(image.path)
    target = folder / f"{image.sha256[:32]}{source.suffix.lower()}"
    if not target.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.part")
        shutil.copyfile(source, partial)
        os.replace(partial, target)
    return ImageRef(str(target.resolve()), image.sha256, image.width, image.height)
