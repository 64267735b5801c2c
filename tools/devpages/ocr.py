"""Read a page image with an OCR engine and write its text in a reading order, remembering each raw line's box."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

from layout import FOOTER_COL, Page, Region

ORDERS = ("rcol", "rxy", "rtop")
# From round 23 on, RapidOCR's pages are also read bodies first, headlines after (as engines that find the
# running text's blocks first do).
ORDERS_FROM_23 = (*ORDERS, "rbot")
Box = tuple[int, int, int, int]
Line = tuple[str, Box]


def norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


# --- engines --------------------------------------------------------------------------------------------


def _read_since(output: Path, png: Path) -> bool:
    """The engine's output for this layout is kept from a reading of its image as it is now (a layout of the
    same name drawn again, from other articles, must be read again)."""
    return output.exists() and output.stat().st_mtime >= png.stat().st_mtime


def read_tesseract(png: Path, base: Path) -> tuple[str, dict[int, Box]]:
    """Tesseract chi_sim, page segmentation 3: its txt output, and a box for each of its lines (from its TSV)."""
    if not _read_since(Path(f"{base}.tsv"), png):
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        subprocess.run(
            ["tesseract", str(png), str(base), "-l", "chi_sim", "--psm", "3", "txt", "tsv"],
            check=True,
            env=env,
            capture_output=True,
        )
    text = Path(f"{base}.txt").read_text(encoding="utf-8").replace("\f", "")
    text = "\n".join(line if line.strip() else "" for line in text.rstrip().split("\n")) + "\n"
    lines: dict[tuple[str, str, str, str], list] = {}
    with open(f"{base}.tsv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["level"] != "5" or not (row.get("text") or "").strip():
                continue
            key = (row["page_num"], row["block_num"], row["par_num"], row["line_num"])
            x, y, w, h = (int(row[k]) for k in ("left", "top", "width", "height"))
            entry = lines.setdefault(key, ["", [x, y, x + w, y + h]])
            entry[0] += row["text"]
            box = entry[1]
            box[0], box[1], box[2], box[3] = min(box[0], x), min(box[1], y), max(box[2], x + w), max(box[3], y + h)
    tsv_lines = [(norm(t), tuple(b)) for t, b in lines.values()]
    boxes: dict[int, Box] = {}
    k = 0
    for n, raw in enumerate(text.split("\n"), 1):
        if not raw.strip():
            continue
        want = norm(raw)
        # the txt lines are the TSV lines one for one; look a little ahead in case one was dropped
        best, best_at = 0.0, None
        for j in range(k, min(k + 4, len(tsv_lines))):
            r = SequenceMatcher(None, want, tsv_lines[j][0], autojunk=False).ratio()
            if r > best:
                best, best_at = r, j
            if r == 1.0:
                break
        if best_at is not None and best > 0.5:
            boxes[n] = tsv_lines[best_at][1]  # type: ignore[assignment]
            k = best_at + 1
    return text, boxes


def read_rapidocr(png: Path, base: Path) -> list[Line]:
    """RapidOCR's lines with their boxes (axis-aligned), in the engine's own order."""
    cache = Path(f"{base}.rapid.json")
    if not _read_since(cache, png):
        from rapidocr_onnxruntime import RapidOCR

        engine = RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)
        result, _ = engine(str(png))
        data = []
        for points, text, score in result or []:
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            data.append(
                {"text": text, "box": [int(min(xs)), int(min(ys)), int(max(xs)), int(max(ys))], "score": float(score)}
            )
        cache.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return [(d["text"], tuple(d["box"])) for d in json.loads(cache.read_text(encoding="utf-8"))]


# --- reading orders ---------------------------------------------------------------------------------------


def rows(lines: list[Line]) -> list[Line]:
    """Top to bottom, and left to right within a row of boxes at the same height."""
    out: list[Line] = []
    for line in sorted(lines, key=lambda ln: (ln[1][1] + ln[1][3]) / 2):
        out.append(line)
    # a stable left-to-right pass over boxes whose vertical centres are within half a line of each other
    result: list[Line] = []
    group: list[Line] = []
    for line in out:
        centre = (line[1][1] + line[1][3]) / 2
        if group and centre - (group[0][1][1] + group[0][1][3]) / 2 > (group[0][1][3] - group[0][1][1]) / 2:
            result += sorted(group, key=lambda ln: ln[1][0])
            group = []
        group.append(line)
    return result + sorted(group, key=lambda ln: ln[1][0])


def _inside(box: Box, region: Region) -> float:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    x0, y0, x1, y1 = region.box
    dx = max(x0 - cx, 0, cx - x1)
    dy = max(y0 - cy, 0, cy - y1)
    return dx + dy


def by_regions(lines: list[Line], page: Page, order: str) -> list[list[Line]]:
    """Lines grouped by the layout's blocks, in column order (`rcol`), headlines first (`rtop`) or bodies
    first and headlines after (`rbot`: the page's header still first, its footer last)."""
    groups: dict[int, list[Line]] = {}
    for line in lines:
        k = min(range(len(page.regions)), key=lambda r: _inside(line[1], page.regions[r]))
        groups.setdefault(k, []).append(line)

    def col_key(r: int) -> tuple[int, int, int]:
        reg = page.regions[r]
        return (reg.col, reg.box[1], reg.box[0])

    keys = sorted(groups, key=col_key)
    if order == "rtop":
        heads = sorted(
            (k for k in keys if page.regions[k].head), key=lambda r: page.regions[r].box[1:2] + page.regions[r].box[0:1]
        )
        keys = heads + [k for k in keys if not page.regions[k].head]
    elif order == "rbot":
        heads = sorted(
            (k for k in keys if page.regions[k].head and page.regions[k].col >= 0),
            key=lambda r: page.regions[r].box[1:2] + page.regions[r].box[0:1],
        )
        header = [k for k in keys if page.regions[k].col < 0]
        footer = [k for k in keys if page.regions[k].col == FOOTER_COL]
        bodies = [k for k in keys if k not in heads and k not in header and k not in footer]
        keys = header + bodies + heads + footer
    return [rows(groups[k]) for k in keys]


def xy_cut(lines: list[Line], gap: float, horizontal: bool = True) -> list[list[Line]]:
    """Recursive XY-cut: split at horizontal white bands first, then at vertical ones; leaves are read row-wise."""
    if len(lines) <= 1:
        return [lines] if lines else []
    for axis in (1, 0) if horizontal else (0, 1):
        lo, hi = (1, 3) if axis == 1 else (0, 2)
        spans = sorted((ln[1][lo], ln[1][hi]) for ln in lines)
        cuts = []
        reach = spans[0][1]
        for a, b in spans[1:]:
            if a - reach > (gap if axis == 1 else gap * 0.8):
                cuts.append((reach + a) / 2)
            reach = max(reach, b)
        if cuts:
            parts: list[list[Line]] = [[] for _ in range(len(cuts) + 1)]
            for ln in lines:
                centre = (ln[1][lo] + ln[1][hi]) / 2
                parts[sum(centre > c for c in cuts)].append(ln)
            out: list[list[Line]] = []
            for part in parts:
                out += xy_cut(part, gap, horizontal=axis == 0)
            return out
    return [rows(lines)]


def raw_text(lines: list[Line], page: Page, order: str) -> tuple[str, dict[int, Box]]:
    """The page as an OCR dump: one line per box, a blank line between blocks; and each raw line's box."""
    if order == "rxy":
        heights = sorted(ln[1][3] - ln[1][1] for ln in lines)
        blocks = xy_cut(lines, heights[len(heights) // 2] * 0.9)
    else:
        blocks = by_regions(lines, page, order)
    out: list[str] = []
    boxes: dict[int, Box] = {}
    for block in blocks:
        if not block:
            continue
        if out:
            out.append("")
        for text, box in block:
            text = text.strip()
            if text:
                out.append(text)
                boxes[len(out)] = box
    return "\n".join(out) + "\n", boxes
