#!/usr/bin/env python3
"""Make the parser's development pages: real articles laid out as newspaper pages, read by real OCR engines,
with gold parses derived from the layout. See README.md in this folder.

    make_pages.py --corpus DIR [--xwlb DIR] --out tests/data/dev [--work DIR] [--only STEM ...] [--jobs N]
                  [--paper | --round N]

--corpus DIR is `data/NER_data` of a checkout of KuroginQin/People_Crawler (People's Daily, 1998: rounds 1-3
and the paper's pages); --xwlb DIR is `news/` of a checkout of DuckBurnIncense/xin-wen-lian-bo (CCTV's
《新闻联播》 reports, June 2024: round 4; March 2025: round 5; September and November 2025: rounds 6 and 7;
October 2025: round 8; August 2025: round 9).
A round reads the source of `ROUND_SOURCE`; only the corpora of the rounds made are needed. Pages are written
to OUT/tune and OUT/heldout as <stem>.txt (the OCR text) and <stem>.tsv (the gold parse); images and OCR output stay in
--work. Everything is seeded: the same corpus and engines give the same pages. Without --round, every round
of layouts of tests/data/dev; --round N makes round N only.

With --paper, the pages of one paper instead (OUT/paper): a run of narrow pages read by RapidOCR column by
column, whose column labels, page sections, regular reporters and notice sources come from a few of the
paper's own (the way a library holds thousands of pages of one paper), for measuring what the parser
learns from an editor's corrections of the first pages.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import re
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import layout  # noqa: E402
from corpus import (  # noqa: E402
    XWLB_DAYS,
    XWLB_DAYS_2025,
    XWLB_DAYS_202501,
    XWLB_DAYS_202504,
    XWLB_DAYS_202505,
    XWLB_DAYS_202506,
    XWLB_DAYS_202507,
    XWLB_DAYS_202508,
    XWLB_DAYS_202509,
    XWLB_DAYS_202510,
    XWLB_DAYS_202511,
    XWLB_DAYS_202512,
    XWLB_DAYS_202601,
    XWLB_DAYS_202602,
    XWLB_DAYS_202603,
    XWLB_DAYS_202604,
    XWLB_DAYS_202605,
    XWLB_DAYS_202606,
    XWLB_DAYS_202607,
    XWLB_DAYS_202608,
    Article,
    first_of_each_title,
    new_titles,
    read_corpus,
    read_xwlb,
)
from gold import gold_tsv  # noqa: E402
from layout import Composer, Page, make_story, page_date  # noqa: E402
from ocr import ORDERS, ORDERS_FROM_23, raw_text, read_rapidocr, read_tesseract  # noqa: E402
from rounds import DEV_ROUNDS, ROUND_SOURCE, SEED_BASE  # noqa: E402

FAMILIES = ("narrow", "wide", "tabloid")
# per part and family: how many layouts go to Tesseract and how many to RapidOCR (each read in every order)
PLAN = {"tune": (2, 2), "heldout": (1, 1)}
# the days of the rounds before round 11 that read the evening news
EARLIER_XWLB_DAYS = (
    XWLB_DAYS,
    XWLB_DAYS,
    XWLB_DAYS_2025,
    XWLB_DAYS_202507,
    XWLB_DAYS_202508,
    XWLB_DAYS_202509,
    XWLB_DAYS_202510,
    XWLB_DAYS_202511,
)
# The days of the rounds from round 11 on, in the order they were made.
FRESH_XWLB_DAYS = (
    XWLB_DAYS_202506,
    XWLB_DAYS_202505,
    XWLB_DAYS_202504,
    XWLB_DAYS_202603,
    XWLB_DAYS_202604,
    XWLB_DAYS_202605,
    XWLB_DAYS_202606,
    XWLB_DAYS_202607,
    XWLB_DAYS_202608,
    XWLB_DAYS_202512,
    XWLB_DAYS_202601,
    XWLB_DAYS_202602,
    XWLB_DAYS_202501,
)


def _fresh(days: tuple[str, str], earlier: tuple[tuple[str, str], ...]) -> Callable[[Path], list[Article]]:
    """A reader of the first report of each title of `days` whose title none of the `earlier` days reported."""
    return lambda folder: new_titles(
        first_of_each_title(read_xwlb(folder, days)), [a for d in earlier for a in read_xwlb(folder, d)]
    )


READERS = {
    "people": read_corpus,
    "xwlb": read_xwlb,
    "xwlb2025": lambda folder: read_xwlb(folder, XWLB_DAYS_2025),
    "xwlb202509": lambda folder: read_xwlb(folder, XWLB_DAYS_202509),
    "xwlb202511": lambda folder: first_of_each_title(read_xwlb(folder, XWLB_DAYS_202511)),
    "xwlb202510": lambda folder: first_of_each_title(read_xwlb(folder, XWLB_DAYS_202510)),
    "xwlb202508": lambda folder: first_of_each_title(read_xwlb(folder, XWLB_DAYS_202508)),
    "xwlb202507": lambda folder: first_of_each_title(read_xwlb(folder, XWLB_DAYS_202507)),
    # from round 11 on: the first report of each title, none whose title an earlier round's days reported
    **{
        f"xwlb{days[0][:6]}": _fresh(days, (*EARLIER_XWLB_DAYS, *FRESH_XWLB_DAYS[:k]))
        for k, days in enumerate(FRESH_XWLB_DAYS)
    },
}
# One paper: this many narrow pages read by RapidOCR column by column, with articles of the held-out part.
PAPER_PAGES = 10
PAPER_SEED = 7000
MAX_IGNORED = 0.04  # a page with more unalignable OCR lines than this is dropped


def split(articles: list[Article]) -> dict[str, list[Article]]:
    """A third of the articles is kept for the held-out pages."""
    return {
        "tune": [a for k, a in enumerate(articles) if k % 3 != 2],
        "heldout": [a for k, a in enumerate(articles) if k % 3 == 2],
    }


def captions(articles: list[Article], rng: random.Random) -> list[str]:
    """Photo captions: photo-news texts, and opening sentences of stories (what a caption usually says)."""
    out = []
    for art in articles:
        text = art.paragraphs[0]
        sentences = re.findall(r"[^。！？]+[。！？]", text)
        cap = ""
        for sentence in sentences:
            if len(cap) + len(sentence) > 90:
                break
            cap += sentence
        if len(cap) >= 20:
            out.append(cap)
    rng.shuffle(out)
    return out


def plan(rounds: tuple[int, ...] = DEV_ROUNDS) -> list[dict[str, object]]:
    jobs = []
    for part, (n_tess, n_rapid) in PLAN.items():
        for r in rounds:
            if r not in SEED_BASE[part]:
                continue
            seed = SEED_BASE[part][r]
            for family in FAMILIES:
                for engine, count in (("tesseract", n_tess), ("rapidocr", n_rapid)):
                    for _ in range(count):
                        seed += 1
                        layout = f"{family}_{seed}"
                        job = {"part": part, "family": family, "engine": engine, "seed": seed, "layout": layout}
                        jobs.append(job | {"round": r, "source": ROUND_SOURCE[r]})
    return jobs


def paper_plan() -> list[dict[str, object]]:
    return [
        {
            "part": "paper",
            "family": "narrow",
            "engine": "rapidocr",
            "seed": PAPER_SEED + k,
            "layout": f"narrow_{PAPER_SEED + k}",
            "source": "people",
        }
        for k in range(1, PAPER_PAGES + 1)
    ]


def use_paper_profile() -> None:
    """Narrow the layout's lists to one paper's: three column labels, two page sections, one notice source,
    and four regular reporters who sign two stories in three."""
    if getattr(layout, "paper", False):
        return
    layout.paper = True  # type: ignore[attr-defined]
    rng = random.Random(PAPER_SEED)
    layout.LABELS[:] = rng.sample(layout.LABELS, 3)
    layout.SECTIONS[:] = rng.sample(layout.SECTIONS, 2)
    layout.AD_SOURCES[:] = rng.sample(layout.AD_SOURCES, 1)
    regulars = [layout.name(rng) for _ in range(4)]
    anyone = layout.name
    layout.name = lambda r: r.choice(regulars) if r.random() < 0.67 else anyone(r)  # type: ignore[assignment]


def compose(job: dict[str, object], parts: dict[str, list[Article]]) -> Page:
    rng = random.Random(int(job["seed"]))  # type: ignore[call-overload]
    pool = parts["heldout" if job["part"] == "paper" else str(job["part"])]
    date = page_date(rng)
    stories_src = [a for a in pool if not a.picture]
    rng.shuffle(stories_src)
    stories = [make_story(a, rng, date, 0) for a in stories_src]
    # photo captions: the source's photo-news texts; a source without any lends the openings of the stories
    # drawn last (the first of the shuffled list), as captions usually retell a story's first sentence
    caps = captions([a for a in pool if a.picture] or stories_src[: len(stories_src) // 4], rng)
    return Composer(str(job["family"]), rng, stories, caps, date).compose()


def attempt(job: dict[str, object], seed: int, parts: dict[str, list[Article]], work: Path) -> list[dict[str, object]]:
    """One layout read by the job's engine: a page per reading order."""
    job = dict(job, seed=seed)
    page = compose(job, parts)
    layout = f"{job['family']}_{seed}"
    png = work / f"{layout}.png"
    page.image.save(png, dpi=(300, 300))  # without a resolution Tesseract reads straight across the columns
    with open(work / f"{layout}.layout.pickle", "wb") as fh:
        pickle.dump((page.lines, page.items, page.regions, page.width, page.height), fh)
    results = []
    if job["engine"] == "tesseract":
        results.append(("tess", read_tesseract(png, work / layout)))
    else:
        lines = read_rapidocr(png, work / layout)
        if job["part"] == "paper":
            orders: tuple[str, ...] = ("rcol",)
        else:
            orders = ORDERS_FROM_23 if int(job["round"]) >= 23 else ORDERS  # type: ignore[call-overload]
        for order in orders:
            results.append((order, raw_text(lines, page, order)))
    out = []
    for order, (text, boxes) in results:
        stem = f"{job['family']}_{job['engine']}_{order}_{seed}"
        tsv, ignored, total = gold_tsv(text, boxes, page)
        geometry = {n: [x0, y0, x1 - x0, y1 - y0] for n, (x0, y0, x1, y1) in sorted(boxes.items())}
        out.append(
            {
                "stem": stem,
                "part": job["part"],
                "text": text,
                "tsv": tsv,
                "boxes": geometry,
                "ignored": ignored,
                "lines": total,
            }
        )
    return out


def run_job(job: dict[str, object], corpora: dict[str, Path], work: Path) -> list[dict[str, object]]:
    """The job's pages; a layout the engine garbles (too many lines that match nothing drawn) is replaced by
    another one (seed + 100) up to twice."""
    if job["part"] == "paper":
        use_paper_profile()
    source = str(job["source"])
    parts = split(READERS[source](corpora[source]))
    seed = int(job["seed"])  # type: ignore[call-overload]
    for k in range(3):
        pages = attempt(job, seed + 100 * k, parts, work)
        for page in pages:
            page["kept"] = int(page["ignored"]) <= MAX_IGNORED * max(1, int(page["lines"]))  # type: ignore[call-overload]
        if all(page["kept"] for page in pages):
            break
    return pages


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, help="People_Crawler's data/NER_data (rounds 1-3, --paper)")
    ap.add_argument("--xwlb", type=Path, help="xin-wen-lian-bo's news/ (rounds 4-13)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--work", type=Path, default=Path("/tmp/devpages-work"))
    ap.add_argument("--only", nargs="*", help="layouts to make (family_seed), default all")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--paper", action="store_true", help="the pages of one paper (OUT/paper) instead")
    ap.add_argument("--round", type=int, choices=DEV_ROUNDS, help="only this round of layouts")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    rounds = (args.round,) if args.round else DEV_ROUNDS
    jobs = [j for j in (paper_plan() if args.paper else plan(rounds)) if not args.only or j["layout"] in args.only]
    corpora = {source: args.corpus if source == "people" else args.xwlb for source in READERS}
    missing = sorted({str(j["source"]) for j in jobs if corpora[str(j["source"])] is None})
    if missing:
        flags = sorted({"--corpus" if m == "people" else "--xwlb" for m in missing})
        ap.error("these rounds need " + " and ".join(flags))
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(run_job, job, corpora, args.work) for job in jobs]
        report = []
        for fut in futures:
            for page in fut.result():
                keep = bool(page["kept"])
                report.append({k: page[k] for k in ("stem", "part", "ignored", "lines")} | {"kept": keep})
                print(
                    f"{page['stem']:40} {page['part']:8} lines={page['lines']:4} ignored={page['ignored']:3}"
                    f"{'' if keep else '  DROPPED'}",
                    flush=True,
                )
                if keep:
                    folder = args.out / str(page["part"])
                    folder.mkdir(parents=True, exist_ok=True)
                    (folder / f"{page['stem']}.txt").write_text(str(page["text"]), encoding="utf-8")
                    (folder / f"{page['stem']}.tsv").write_text(str(page["tsv"]), encoding="utf-8")
                    boxes = json.dumps(page["boxes"], separators=(",", ":"))
                    (folder / f"{page['stem']}.boxes.json").write_text(boxes + "\n", encoding="utf-8")
    (args.work / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
