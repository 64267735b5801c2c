#!/usr/bin/env python3
"""Score the parser on a part of the development pages, per layout family, OCR engine and reading order.

    .venv/bin/python tools/devpages/score_dev.py [tune|heldout ...] [--pages] [--boxes] [--round N] [--per-line]

The figures are those of the parser tests (tests/unit/parse_scoring.py): items (B-cubed F1), paragraphs,
titles and bylines (exact-match F1), micro-averaged over the pages of each group. Lines a gold file marks
`#ignore` belong to no item and are not scored.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "tests" / "data" / "dev"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools" / "devpages"))

from rounds import DEV_ROUNDS, round_of  # noqa: E402
from tests.unit.parse_scoring import (  # noqa: E402
    Figures,
    Gold,
    dev_pages,
    doubts,
    editor_decisions,
    learning_per_paper,
    paragraph_per_line,
    read_gold,
    score,
)

from proofdesk.domain.derive import derive  # noqa: E402
from proofdesk.domain.model import (  # noqa: E402
    Break,
    ItemState,
    Kind,
    Layer,
    LineState,
    Page,
    Role,
    make_layer,
)
from proofdesk.parsing import Learned, parse_page  # noqa: E402


def facets(stem: str) -> dict[str, str]:
    """`narrow_rapidocr_rxy_1004` → family narrow, engine rapidocr, order rxy."""
    family, engine, order, _seed = stem.split("_")
    return {"family": family, "engine": engine, "order": order}


def blank_line_split(page: Page) -> Layer:
    """The naive parse to compare with: every block between blank lines is an article of one paragraph."""
    lines: dict[int, LineState] = {}
    key = 0
    previous_blank = True
    for n, text in enumerate(page.lines, 1):
        if not text.strip():
            previous_blank = True
            continue
        key += previous_blank
        lines[n] = LineState(key, Role.BODY, Break.PARAGRAPH if previous_blank else Break.JOIN)
        previous_blank = False
    return make_layer(lines, [ItemState(k, Kind.ARTICLE) for k in range(1, key + 1)])


def table(
    part: str,
    show_pages: bool,
    baseline: bool = False,
    boxes: bool = False,
    only: int | None = None,
    per_line: bool = False,
) -> str:
    golds = dev_pages(part)
    if only is not None:
        golds = [g for g in golds if round_of(part, int(g.page.name.rsplit("_", 1)[1])) == only]
    if per_line:
        golds = [paragraph_per_line(g) for g in golds]
    parsed = {
        g.page.name: blank_line_split(g.page)
        if baseline
        else parse_page(g.page, None, None, g.boxes if boxes else None)
        for g in golds
    }
    groups: dict[tuple[str, str], list[Gold]] = defaultdict(list)
    for g in golds:
        for facet, value in facets(g.page.name).items():
            groups[(facet, value)].append(g)
        groups[("all", part)].append(g)
        if show_pages:
            groups[("page", g.page.name)].append(g)
    rows = [f"{'group':<10} {'value':<28} {'pages':>5} {'items':>6} {'paras':>6} {'titles':>6} {'bylines':>7}"]
    order = {"family": 0, "engine": 1, "order": 2, "page": 3, "all": 4}
    for (facet, value), members in sorted(groups.items(), key=lambda kv: (order[kv[0][0]], kv[0][1])):
        f: Figures = score((g, parsed[g.page.name]) for g in members)
        rows.append(
            f"{facet:<10} {value:<28} {len(members):>5} {f.items:>6.3f} {f.paragraphs:>6.3f} "
            f"{f.titles:>6.3f} {f.bylines:>7.3f}"
        )
    return "\n".join(rows)


def export(part: str, path: Path, gold: bool) -> None:
    """The parse (or, with `gold`, the gold parse) of every page of `part` as JSON Lines for score_parse.py."""
    with open(path, "w", encoding="utf-8") as out:
        for tsv in sorted((DEV / part).glob("*.tsv")):
            g = read_gold(tsv, tsv.with_suffix(".txt"))
            layer = g.layer() if gold else parse_page(g.page)
            for art in derive(g.page, layer):
                record = {
                    "page": art.page,
                    "item": art.number,
                    "kind": str(art.kind),
                    "title": art.title,
                    "byline": art.byline,
                    "paragraphs": list(art.paragraphs),
                    "source_lines": list(art.source_lines),
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")


def learning(corrected: list[int]) -> str:
    """What the parser learns from an editor: the figures on the last half of the paper's pages (`paper`, one
    paper's pages in print order) after an editor corrected the roles the parse got wrong on its first N
    pages, as the library learns them."""
    pages = dev_pages("paper")
    first, last = pages[: len(pages) // 2], pages[len(pages) // 2 :]
    rows = [f"{'pages corrected':<16} {'decisions':>9} {'items':>6} {'paras':>6} {'titles':>6} {'bylines':>7}"]
    for n in corrected:
        learned = Learned(editor_decisions(first[:n], parse_page))
        f = score((g, parse_page(g.page, None, learned)) for g in last)
        rows.append(
            f"{n:<16} {len(learned):>9} {f.items:>6.3f} {f.paragraphs:>6.3f} {f.titles:>6.3f} {f.bylines:>7.3f}"
        )
    # Each round of held-out pages is a paper of its own: the second half of every round's pages, before and
    # after an editor corrected the first half of that round's.
    rows.append("held out, each round a paper: its later half before and after its first half was corrected")
    before, after, decisions = learning_per_paper("heldout")
    for name, f, count in (("before", before, 0), ("after", after, decisions)):
        rows.append(f"{name:<16} {count:>9} {f.items:>6.3f} {f.paragraphs:>6.3f} {f.titles:>6.3f} {f.bylines:>7.3f}")
    return "\n".join(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    # No `choices`: argparse of Python 3.11 checks an empty list against them and refuses it.
    ap.add_argument("parts", nargs="*", metavar="{tune,heldout,paper}", help="default: tune")
    ap.add_argument("--pages", action="store_true", help="a row per page too")
    ap.add_argument("--baseline", action="store_true", help="score a naive blank-line split instead, for reference")
    ap.add_argument("--export", type=Path, help="write the parse of the (first) part as JSONL instead")
    ap.add_argument("--gold", action="store_true", help="with --export: write the gold parse (a self-check)")
    ap.add_argument("--learn", action="store_true", help="one paper's later pages after its first were corrected")
    ap.add_argument("--boxes", action="store_true", help="parse with the OCR engine's line boxes too")
    ap.add_argument("--round", type=int, choices=DEV_ROUNDS, help="only the pages of this round (tune, heldout)")
    ap.add_argument("--per-line", action="store_true", help="each paragraph on one line, as some engines write it")
    ap.add_argument("--doubts", action="store_true", help="how well the doubts lead to the parse's mistakes, instead")
    args = ap.parse_args()
    args.parts = args.parts or ["tune"]
    if unknown := set(args.parts) - {"tune", "heldout", "paper"}:
        ap.error(f"no such part: {', '.join(sorted(unknown))}")
    if args.learn:
        print(learning([0, 1, 3, 5]))
        return 0
    if args.export:
        export(args.parts[0], args.export, args.gold)
        return 0
    for part in args.parts:
        how = " (blank-line split)" if args.baseline else " (with line boxes)" if args.boxes else ""
        how += ", a paragraph per line" if args.per_line else ""
        if args.round and part == "paper":
            print(f"== {part}: made in no rounds, left out with --round ==")
            continue
        print(f"== {part}{how}{f', round {args.round}' if args.round else ''} ==")
        if args.doubts:
            golds = [paragraph_per_line(g) if args.per_line else g for g in dev_pages(part)]
            print(doubts((g, parse_page(g.page, None, None, g.boxes if args.boxes else None)) for g in golds))
            continue
        print(table(part, args.pages, args.baseline, args.boxes, args.round, args.per_line))
    return 0


if __name__ == "__main__":
    sys.exit(main())
