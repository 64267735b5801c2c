"""PaddleOCR / RapidOCR results saved as JSON, and PPOCRLabel's `Label.txt`.

Accepted shapes (each line is one text box; the engines give no blocks, so a page is one block):
- a list of `[box, text, score]` or `[box, [text, score]]` (RapidOCR, PaddleOCR 2), possibly wrapped in a
  one-element list (PaddleOCR 2 returns one list per image);
- a list of objects with `box`/`points`/`bbox` and `text`/`transcription`, optionally `score`/`confidence`;
- PaddleOCR 3's `rec_texts` with `rec_polys` or `rec_boxes` and `rec_scores` (possibly under `res`), and
  RapidOCR's `txts` with `boxes` and `scores`;
- `Label.txt`: a line per image, `path<TAB>[{"transcription": ..., "points": [[x, y], ...]}, ...]`.
"""

from __future__ import annotations

import json
import re
from pathlib import PurePosixPath
from typing import Any

from .model import Box, LineGeometry, OcrFormat, OcrLine, OcrPage, blocks_of, clean_line
from .problems import OcrFileError, Trouble

_LABEL_LINE = re.compile(r"^([^\t\n]+)\t(\[.*\])\s*$")


def paddle_pages(value: Any) -> list[OcrPage] | None:
    """The page in a parsed JSON value, or None when the value is of no shape above."""
    lines = _lines(value)
    if lines is None:
        return None
    return [OcrPage(OcrFormat.PADDLE, blocks_of([lines]))]


def _lines(value: Any) -> list[OcrLine] | None:
    if isinstance(value, dict):
        if isinstance(value.get("res"), dict):
            return _lines(value["res"])
        for texts, boxes, scores in (
            ("rec_texts", "rec_polys", "rec_scores"),
            ("rec_texts", "rec_boxes", "rec_scores"),
            ("txts", "boxes", "scores"),
        ):
            if isinstance(value.get(texts), list) and isinstance(value.get(boxes), list):
                confidences = value.get(scores) or [None] * len(value[texts])
                rows = zip(value[boxes], value[texts], confidences, strict=False)
                return [_line(box, text, score) for box, text, score in rows]
        return None
    if not isinstance(value, list):
        return None
    if len(value) == 1 and isinstance(value[0], list) and value[0] and _is_entry(value[0][0]):
        value = value[0]
    if not value or not all(_is_entry(entry) for entry in value):
        return None
    return [_entry(entry) for entry in value]


def _is_entry(entry: Any) -> bool:
    if isinstance(entry, dict):
        return any(k in entry for k in ("text", "transcription")) and any(k in entry for k in ("box", "points", "bbox"))
    return isinstance(entry, list) and len(entry) in (2, 3) and isinstance(entry[0], list)


def _entry(entry: Any) -> OcrLine:
    if isinstance(entry, dict):
        box = next(entry[k] for k in ("points", "box", "bbox") if k in entry)
        text = entry.get("transcription", entry.get("text"))
        score = entry.get("score", entry.get("confidence"))
        return _line(box, text, score)
    if len(entry) == 2:  # [box, [text, score]]
        pair = entry[1]
        if not isinstance(pair, list) or len(pair) != 2:
            raise OcrFileError(Trouble.MALFORMED, f"entry {str(entry)[:60]}")
        return _line(entry[0], pair[0], pair[1])
    return _line(entry[0], entry[1], entry[2])


def _line(box: Any, text: Any, score: Any) -> OcrLine:
    if not isinstance(text, str):
        raise OcrFileError(Trouble.MALFORMED, f"text {str(text)[:40]!r} is not a string")
    try:
        if len(box) == 4 and all(isinstance(v, int | float) for v in box):  # x0, y0, x1, y1
            points = [(float(box[0]), float(box[1])), (float(box[2]), float(box[3]))]
        else:
            points = [(float(p[0]), float(p[1])) for p in box]
        if not points:
            raise ValueError
        confidence = float(score) if score is not None else None
    except (TypeError, ValueError, IndexError):
        raise OcrFileError(Trouble.MALFORMED, f"box {str(box)[:60]}") from None
    outline = Box.around(points)
    return OcrLine(clean_line(text), LineGeometry(outline, float(outline.height), confidence))


def is_label_file(text: str) -> bool:
    """Whether `text` looks like PPOCRLabel's Label.txt (its first non-blank line is `path<TAB>[...]`)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    return _LABEL_LINE.match(first) is not None


def read_label_file(text: str) -> list[OcrPage]:
    pages = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        match = _LABEL_LINE.match(line)
        if match is None:
            raise OcrFileError(Trouble.MALFORMED, f"line {number} is not path<TAB>[...]")
        try:
            entries = json.loads(match.group(2))
        except json.JSONDecodeError as error:
            raise OcrFileError(Trouble.MALFORMED, f"line {number}: {error.msg}") from None
        lines = _lines(entries) if entries else []
        if lines is None:
            raise OcrFileError(Trouble.MALFORMED, f"line {number}: not a list of boxes with text")
        image = match.group(1).replace("\\", "/")
        pages.append(OcrPage(OcrFormat.PADDLE, blocks_of([lines]), image=image, name=PurePosixPath(image).stem))
    return pages
