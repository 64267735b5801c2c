"""The development pages (tests/data/dev, made by tools/devpages/make_pages.py) are well formed.

Each page is an OCR text `<family>_<engine>_<order>_<seed>.txt`, its gold parse `.tsv` (format of
../shared/gold/FORMAT.md, plus `#ignore<TAB>LINE<TAB>TEXT` rows for OCR lines that match nothing drawn) and
the engine's box for each line, `.boxes.json`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from proofdesk.domain.model import Break, Kind, Role

DEV = Path(__file__).resolve().parents[1] / "data" / "dev"
PARTS = ("tune", "heldout")
FAMILIES = {"narrow", "wide", "tabloid"}
ENGINE_ORDERS = {"tesseract": {"tess"}, "rapidocr": {"rcol", "rxy", "rtop", "rbot"}}
STEM = re.compile(r"^(narrow|wide|tabloid)_(tesseract|rapidocr)_(tess|rcol|rxy|rtop|rbot)_(\d+)$")
GOLD_ROLES = {r.value for r in Role} - {Role.IGNORED.value}


def pages(part: str) -> list[Path]:
    return sorted((DEV / part).glob("*.txt"))


ALL = [p for part in PARTS for p in pages(part)]


def test_both_parts_cover_every_family_engine_and_order() -> None:
    for part in PARTS:
        stems = [STEM.match(p.stem) for p in pages(part)]
        assert all(stems), [p.stem for p in pages(part) if not STEM.match(p.stem)]
        seen = {(m.group(1), m.group(2), m.group(3)) for m in stems if m}
        for family in FAMILIES:
            for engine, orders in ENGINE_ORDERS.items():
                for order in orders:
                    assert (family, engine, order) in seen, f"{part}: no {family} page read by {engine} ({order})"


def test_parts_are_apart() -> None:
    seeds = {part: {STEM.match(p.stem).group(4) for p in pages(part)} for part in PARTS}  # type: ignore[union-attr]
    assert not seeds["tune"] & seeds["heldout"]
    titles = {
        part: {
            row.split("\t")[3]
            for p in pages(part)
            for row in _rows(p.with_suffix(".tsv"))
            if row.startswith("#item\t") and row.split("\t")[2] == "article"
        }
        for part in PARTS
    }
    assert not titles["tune"] & titles["heldout"], "an article is on pages of both parts"
    assert 0.25 <= len(pages("heldout")) / len(ALL) <= 0.45


def test_the_set_is_small() -> None:
    assert 30 <= len(ALL) <= 900  # rounds of 36 to 45 pages, and one of 12 held-out pages
    assert sum(f.stat().st_size for f in DEV.rglob("*") if f.is_file()) < 16_000_000


@pytest.mark.parametrize("txt", ALL, ids=lambda p: p.stem)
def test_every_line_has_its_box(txt: Path) -> None:
    boxes = json.loads(txt.with_suffix(".boxes.json").read_text(encoding="utf-8"))
    raw = txt.read_text(encoding="utf-8").split("\n")
    assert set(boxes) == {str(n) for n, text in enumerate(raw, 1) if text.strip()}
    assert all(len(box) == 4 and box[2] > 0 and box[3] > 0 for box in boxes.values())


def _rows(tsv: Path) -> list[str]:
    return tsv.read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("txt", ALL, ids=lambda p: p.stem)
def test_gold_covers_the_raw_page(txt: Path) -> None:
    tsv = txt.with_suffix(".tsv")
    assert tsv.exists(), f"{txt.name} has no gold"
    raw = txt.read_text(encoding="utf-8").split("\n")
    kinds: dict[int, str] = {}
    lines: dict[int, tuple[int, str, str]] = {}
    ignored: set[int] = set()
    for row in _rows(tsv):
        cells = row.split("\t")
        if cells[0] == "#item":
            key = int(cells[1])
            assert key == len(kinds) + 1, f"item {key} out of order"
            assert cells[2] in {k.value for k in Kind}
            kinds[key] = cells[2]
        elif cells[0] == "#ignore":
            n = int(cells[1])
            assert raw[n - 1] == cells[2]
            ignored.add(n)
        else:
            n, item, role, brk = int(cells[0]), int(cells[1]), cells[2], cells[3]
            assert "\t".join(cells[4:]) == raw[n - 1], f"line {n}: text differs from the raw page"
            assert role in GOLD_ROLES and brk in {b.value for b in Break}
            assert n not in lines
            lines[n] = (item, role, brk)
    content = {n for n, text in enumerate(raw, 1) if text.strip()}
    assert set(lines) | ignored == content and not set(lines) & ignored
    assert len(ignored) <= 0.04 * len(content)
    first: dict[int, int] = {}
    for n in sorted(lines):
        first.setdefault(lines[n][0], n)
    assert list(first) == sorted(first) == list(kinds), "item ids are not in the order of their first line"
    assert all(lines[n][2] == "P" for n in first.values()), "an item's first line continues something"
