"""Reading raw page files: which files, which encoding, and why a file is refused.

Supported: UTF-8 (with or without BOM), GB18030 (a superset of GBK and GB2312), UTF-16 with a byte-order
mark; LF, CRLF or CR line ends. The text is put in NFC, never NFKC (NFKC rewrites Chinese punctuation).
Lines are split on line ends only, so line numbers agree with `nl -ba`.

A file that cannot be a page raises `Refused` with a `Refusal` code and the facts behind it; the command
line and the window put those into words.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

MAX_BYTES = 5 * 1024 * 1024
"""Largest page file accepted: a newspaper page is ~10–30 KB, so 5 MB is a wrong file, not a big page."""

PAGE_SUFFIX = ".txt"
PAGE_SUFFIXES = (PAGE_SUFFIX, ".hocr", ".html", ".htm", ".xhtml", ".xml", ".json")
"""Files a folder is searched for: text pages and OCR files (hOCR, ALTO, PAGE-XML, PaddleOCR JSON). Which a
file is, is decided by its content once read."""


class Refusal(StrEnum):
    MISSING = "missing"
    """No such file or folder."""
    NO_PAGES = "no-pages"
    """A folder with no page file (.txt or an OCR file's suffix, `PAGE_SUFFIXES`) anywhere below it."""
    UNREADABLE = "unreadable"
    """The operating system would not let us read it (`detail` holds its message)."""
    TOO_LARGE = "too-large"
    """Bigger than MAX_BYTES (`size`)."""
    EMPTY = "empty"
    """Empty, or only blank lines."""
    BINARY = "binary"
    """A known binary format, or control characters that text does not hold (`line`)."""
    NUL = "nul"
    """NUL bytes (`line`): binary data, or UTF-16 without a byte-order mark."""
    UNDECODABLE = "undecodable"
    """Not valid in any supported encoding (`line`: the first line that is not UTF-8)."""
    NAME_TAKEN = "name-taken"
    """The library holds another page of the same name with different content."""
    OCR_FILE = "ocr-file"
    """An OCR file (hOCR, ALTO, PAGE-XML, PaddleOCR JSON) that cannot be read (`detail`: the trouble code and
    its specifics, e.g. `unsafe: EntitiesForbidden`)."""
    FAILED = "failed"
    """Parsing or storing the page failed unexpectedly (`detail`)."""


class Encoding(StrEnum):
    UTF8 = "utf-8"
    UTF8_BOM = "utf-8-sig"
    GB18030 = "gb18030"
    UTF16 = "utf-16"


class Refused(Exception):
    """A file that cannot be imported as a page, and why."""

    def __init__(
        self, path: Path, reason: Refusal, *, line: int | None = None, size: int | None = None, detail: str = ""
    ) -> None:
        super().__init__(path, reason)
        self.path = path
        self.reason = reason
        self.line = line
        self.size = size
        self.detail = detail

    def __repr__(self) -> str:
        return f"Refused({str(self.path)!r}, {self.reason.value}, line={self.line}, size={self.size})"


@dataclass(frozen=True, slots=True)
class Decoded:
    """A page file's text, split into lines, and how it was encoded."""

    lines: tuple[str, ...]
    encoding: Encoding

    @property
    def content_hash(self) -> str:
        """sha256 of the NFC text with LF line ends: the same page saved as GB18030 with CRLF hashes the same."""
        return content_hash(self.lines)


def content_hash(lines: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


# Signatures of the binary files most likely to be picked up by mistake next to OCR text.
_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF8",
    b"II*\x00",  # TIFF (OCR scans)
    b"MM\x00*",
    b"%PDF-",
    b"PK\x03\x04",  # zip, docx, xlsx
    b"\xd0\xcf\x11\xe0",  # doc, xls
    b"\x1f\x8b",  # gzip
    b"SQLite format 3\x00",
    b"\x7fELF",
)
# Control characters that a text file never holds (tab, line ends, form feed and vertical tab are fine).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
# GB18030 decodes almost any byte soup; text whose characters land mostly in the private use area was not
# GB18030 to begin with.
_MAX_PRIVATE_USE = 0.01


def _line_of(data: bytes, offset: int, encoding: Encoding | None = None) -> int:
    """The 1-based line holding byte `offset`. Without `encoding` the bytes are read as Latin-1, which keeps
    every CR and LF of UTF-8 and GB18030 in place (their multi-byte sequences never contain those bytes)."""
    head = data[:offset].decode(encoding.value if encoding else "latin-1", errors="replace")
    return len(_split_lines(head + "x"))


def decode_bytes(data: bytes, path: Path) -> Decoded:
    """The lines of a page file's bytes; raises `Refused` (naming `path`) when they are not a page."""
    if not data:
        raise Refused(path, Refusal.EMPTY)
    if data.startswith(_MAGIC):
        raise Refused(path, Refusal.BINARY)
    text: str
    if data.startswith(codecs.BOM_UTF8):
        encoding = Encoding.UTF8_BOM
        text = _strict(data, encoding, path)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = Encoding.UTF16
        text = _strict(data, encoding, path)
    else:
        nul = data.find(b"\x00")
        if nul >= 0:
            raise Refused(path, Refusal.NUL, line=_line_of(data, nul))
        try:
            encoding, text = Encoding.UTF8, data.decode("utf-8")
        except UnicodeDecodeError as utf8_error:
            try:
                encoding, text = Encoding.GB18030, data.decode("gb18030")
            except UnicodeDecodeError:
                text = ""
            if not text or _private_use_share(text) > _MAX_PRIVATE_USE or _other_east_asian(data):
                raise Refused(path, Refusal.UNDECODABLE, line=_line_of(data, utf8_error.start)) from None
    lines = _split_lines(unicodedata.normalize("NFC", text))
    _check_text(lines, path)
    return Decoded(lines, encoding)


def _other_east_asian(data: bytes) -> bool:
    """Whether bytes that GB18030 accepts are really Japanese Shift-JIS or Korean EUC-KR: GB18030 decodes both
    into valid but meaningless Chinese. Chinese text is almost never valid in either of them (GB's most
    common characters fall in rows they leave unassigned), while Japanese text is full of kana and Korean
    text of Hangul syllables."""
    for codec, letters, share in (("shift_jis", _KANA, 0.15), ("euc_kr", _HANGUL, 0.6)):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        wide = [ch for ch in text if ord(ch) > 0x7F]
        found = sum(1 for ch in wide if letters.match(ch))
        if found >= _MIN_LETTERS and found >= share * len(wide):
            return True
    return False


_KANA = re.compile("[\u3041-\u30ff]")
_HANGUL = re.compile("[\uac00-\ud7a3]")
_MIN_LETTERS = 6
"""Fewer kana or Hangul than this cannot tell a language apart from chance (`你好` is valid EUC-KR)."""


def _strict(data: bytes, encoding: Encoding, path: Path) -> str:
    try:
        return data.decode(encoding.value).removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise Refused(path, Refusal.UNDECODABLE, line=_line_of(data, error.start, encoding)) from None


def _private_use_share(text: str) -> float:
    private = sum(1 for ch in text if unicodedata.category(ch) == "Co")
    return private / len(text)


def _split_lines(text: str) -> tuple[str, ...]:
    # str.splitlines also splits on form feed, U+2028 and others, which `nl -ba` does not count.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return tuple(lines)


def _check_text(lines: tuple[str, ...], path: Path) -> None:
    if not any(line.strip() for line in lines):
        raise Refused(path, Refusal.EMPTY)
    if _CONTROL.search("".join(lines)) is None:
        return
    number, line = next((n, line) for n, line in enumerate(lines, 1) if _CONTROL.search(line))
    raise Refused(path, Refusal.NUL if "\x00" in line else Refusal.BINARY, line=number)


def read_file(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; `Refused` (missing, unreadable, too large)
    otherwise."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise Refused(path, Refusal.UNREADABLE, detail="not a regular file")
        if size > limit:
            raise Refused(path, Refusal.TOO_LARGE, size=size)
        data = path.read_bytes()
    except FileNotFoundError:
        raise Refused(path, Refusal.MISSING) from None
    except OSError as error:
        raise Refused(path, Refusal.UNREADABLE, detail=error.strerror or str(error)) from None
    # Checked again: the file may have grown between stat and read.
    if len(data) > limit:
        raise Refused(path, Refusal.TOO_LARGE, size=len(data))
    return data


@dataclass(frozen=True, slots=True)
class Candidates:
    """The page files named by a list of arguments, and the arguments that name none."""

    files: list[Path]
    refused: list[Refused]


def expand_arguments(arguments: Iterable[str | os.PathLike[str]]) -> Candidates:
    """Files as given; folders searched recursively for `PAGE_SUFFIXES` (any case), sorted; each file once.

    A missing path, a folder without pages, a folder that cannot be listed or a path the system cannot look
    up (too long, a symbolic link loop, no permission to search) is reported, not raised, so the other
    arguments still count."""
    files: list[Path] = []
    refused: list[Refused] = []
    seen: set[Path] = set()
    for argument in arguments:
        path = Path(argument)
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            refused.append(Refused(path, Refusal.MISSING))
            continue
        except (OSError, ValueError) as error:  # ValueError: an embedded NUL
            refused.append(_unreadable(path, error))
            continue
        if stat.S_ISDIR(mode):
            unlistable: list[Refused] = []
            found = sorted(_pages_below(path, unlistable))
            refused.extend(unlistable)
            if not found and not unlistable:
                refused.append(Refused(path, Refusal.NO_PAGES))
        else:
            found = [path]
        for file in found:
            try:
                key = file.resolve(strict=True)
            except FileNotFoundError:
                key = file.absolute()  # a dangling link: read_page names it missing
            except (OSError, RuntimeError) as error:  # RuntimeError: a symbolic link loop (Python < 3.13)
                refused.append(_unreadable(file, error))
                continue
            if key not in seen:
                seen.add(key)
                files.append(file)
    return Candidates(files, refused)


def _unreadable(path: Path, error: BaseException) -> Refused:
    if isinstance(error, RuntimeError) or getattr(error, "errno", None) == errno.ELOOP:
        return Refused(path, Refusal.UNREADABLE, detail="a loop of symbolic links")
    if isinstance(error, OSError):
        return Refused(path, Refusal.UNREADABLE, detail=error.strerror or str(error))
    return Refused(path, Refusal.UNREADABLE, detail=str(error))


def _pages_below(folder: Path, unlistable: list[Refused]) -> Iterable[Path]:
    """The page files below `folder`; each folder that cannot be listed is added to `unlistable`."""

    def failed(error: OSError) -> None:
        unlistable.append(_unreadable(Path(error.filename or folder), error))

    # os.walk does not follow symbolic links to folders, so a link loop cannot make this run forever.
    for root, _dirs, names in os.walk(folder, onerror=failed):
        for name in names:
            if name.lower().endswith(PAGE_SUFFIXES):
                yield Path(root, name)
