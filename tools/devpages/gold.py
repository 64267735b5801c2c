"""The gold parse of an OCR page, derived from the layout: each OCR line is matched to the line that was drawn
there (by its box and its text), and takes that line's item and role.

Breaks: a line continues (`J`) the previous raw line of its item when both come from the same paragraph (or
headline, byline…) and it was drawn at most two lines after it (OCR may drop or merge a line); anything else
starts a unit (`P`). So where a reading order cuts a paragraph apart, each run of it in the raw text is a
paragraph of the gold, as an editor working on the raw text would have to make it.

A line that matches no drawn line (OCR noise in a photo, a rule read as text) is written as
`#ignore<TAB>LINE<TAB>TEXT`: it belongs to no item and is not scored.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from layout import Drawn, Page
from ocr import Box, norm


def _overlap(a: Box, b: Box) -> float:
    """The share of box `a` covered by box `b`."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    area = max(1, (a[2] - a[0]) * (a[3] - a[1]))
    return max(0, w) * max(0, h) / area


def _found(ocr: str, drawn: str) -> float:
    """The share of the OCR line's characters found, in order, in the drawn line."""
    if not ocr:
        return 0.0
    blocks = SequenceMatcher(None, ocr, drawn, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks) / len(ocr)


def match(text: str, box: Box | None, page: Page) -> Drawn | None:
    t = norm(text)
    best, best_score = None, 0.0
    if box is not None:
        for d in page.lines:
            ov = _overlap(box, d.box)
            if ov <= 0:
                continue
            found = _found(t, norm(d.text))
            ok = found >= 0.5 or (ov >= 0.25 and found >= 0.25) or (len(t) <= 3 and ov >= 0.7)
            score = found + 0.5 * ov
            if ok and score > best_score:
                best, best_score = d, score
    if best is None and len(t) >= 4:
        for d in page.lines:
            found = _found(t, norm(d.text))
            if found >= 0.8 and found > best_score:
                best, best_score = d, found
    return best


def gold_tsv(text: str, boxes: dict[int, Box], page: Page) -> tuple[str, int, int]:
    """The gold file for the raw page `text`; the number of ignored lines and of non-blank lines."""
    raw = text.split("\n")
    rows: list[tuple[int, Drawn]] = []
    ignored: list[tuple[int, str]] = []
    for n, line in enumerate(raw, 1):
        if not line.strip():
            continue
        d = match(line, boxes.get(n), page)
        if d is None:
            ignored.append((n, line))
        else:
            rows.append((n, d))
    ids: dict[int, int] = {}
    for _, d in rows:
        ids.setdefault(d.item, len(ids) + 1)
    last: dict[int, Drawn] = {}
    body: list[str] = []
    for n, d in rows:
        prev = last.get(d.item)
        cont = prev is not None and prev.role == d.role and prev.unit == d.unit and 0 <= d.pos - prev.pos <= 2
        body.append(f"{n}\t{ids[d.item]}\t{d.role}\t{'J' if cont else 'P'}\t{raw[n - 1]}")
        last[d.item] = d
    head = []
    for item, key in ids.items():
        it = page.items[item]
        head.append(f"#item\t{key}\t{it.kind}\t{it.note}")
    tail = [f"#ignore\t{n}\t{line}" for n, line in ignored]
    return "\n".join(head + body + tail) + "\n", len(ignored), len(rows) + len(ignored)
