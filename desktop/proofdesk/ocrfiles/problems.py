"""Why an OCR file cannot be read, and what is doubtful about one that can."""

from __future__ import annotations

from enum import StrEnum


class Trouble(StrEnum):
    MALFORMED = "malformed"
    """Not well-formed XML or JSON, or a structure the format does not allow (`detail` says where)."""
    UNSAFE = "unsafe"
    """XML declaring entities or naming external resources: refused rather than expanded or fetched."""
    UNKNOWN = "unknown"
    """XML or JSON, but of no OCR format Proofdesk reads (`detail` names its root)."""
    NO_TEXT = "no-text"
    """A well-formed OCR file without a single line of text."""


class OcrFileError(Exception):
    """An OCR file that cannot be imported: `trouble` says why, `detail` gives the specifics."""

    def __init__(self, trouble: Trouble, detail: str = "") -> None:
        super().__init__(f"{trouble.value}: {detail}" if detail else trouble.value)
        self.trouble = trouble
        self.detail = detail
