"""File names made from headlines and page names that are valid on Windows, macOS and Linux alike."""

from __future__ import annotations

import re

# Forbidden on Windows, or path separators, or control characters (C0, C1), or the bidirectional controls
# that make a name display differently from what it is (`abc\u202etxt.exe` shows as `abcexe.txt`).
_FORBIDDEN = re.compile('[\x00-\x1f\x7f-\x9f/\\\\:*?"<>|\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]')
_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"]
    + [f"{stem}{n}" for stem in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")]
    + ["CONIN$", "CONOUT$"]
)
MAX_CHARS = 60
MAX_BYTES = 180
"""UTF-8 bytes of the name without the item number and extension: ext4 allows 255 per name, and a shorter
name keeps Windows paths under its 260-character limit in ordinary folders."""


def safe_name(text: str, fallback: str) -> str:
    """`text` as a file or folder name: forbidden characters become `_`, white space is folded, leading and
    trailing dots and spaces go (Windows drops trailing ones, leading ones hide the file), the length is
    capped, and a Windows device name (`CON`, `com1.txt`...) gets a `_` in front. `fallback` is used when
    nothing is left."""
    name = " ".join(_FORBIDDEN.sub("_", text).split())
    name = name[:MAX_CHARS].encode("utf-8")[:MAX_BYTES].decode("utf-8", errors="ignore")
    name = name.strip(" .")
    if not name:
        name = fallback
    if name.split(".")[0].rstrip(" ").upper() in _RESERVED:
        name = "_" + name
    return name


class UniqueNames:
    """Hands out names that differ even on case-insensitive file systems (Windows, macOS)."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def take(self, name: str) -> str:
        candidate, n = name, 1
        while candidate.casefold() in self._taken:
            n += 1
            candidate = f"{name}_{n}"
        self._taken.add(candidate.casefold())
        return candidate
