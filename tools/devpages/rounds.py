"""The rounds of development pages: each part of tests/data/dev is made in rounds of layouts, a seed base per
round, each round added later as fresh pages, scored once as they came, before any rule was written for them,
then kept. Shared by the generator (make_pages.py) and the scorer (score_dev.py)."""

from __future__ import annotations

# the seed each round's layouts of a part count from; round 5 was made for `heldout` alone
SEED_BASE = {
    "tune": {
        1: 1000,
        2: 9000,
        3: 13000,
        4: 17000,
        6: 25000,
        7: 29000,
        8: 33000,
        9: 37000,
        10: 41000,
        11: 45000,
        12: 49000,
        13: 53000,
        14: 57000,
        15: 61000,
        16: 65000,
        17: 69000,
        18: 73000,
        19: 77000,
        20: 81000,
        21: 85000,
        22: 89000,
        23: 93000,
    },
    "heldout": {
        1: 5000,
        2: 9500,
        3: 13500,
        4: 17500,
        5: 21500,
        6: 25500,
        7: 29500,
        8: 33500,
        9: 37500,
        10: 41500,
        11: 45500,
        12: 49500,
        13: 53500,
        14: 57500,
        15: 61500,
        16: 65500,
        17: 69500,
        18: 73500,
        19: 77500,
        20: 81500,
        21: 85500,
        22: 89500,
        23: 93500,
    },
}
DEV_ROUNDS = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23)
# the text each round is made from: People's Daily of January 1998, CCTV's evening news of June 2024, or the
# same evening news of March, April, May, June, July, August, September, October, November or December 2025
# or of January, February, March, April, May, June, July or August 2026, or of January 2025
ROUND_SOURCE = {
    1: "people",
    2: "people",
    3: "people",
    4: "xwlb",
    5: "xwlb2025",
    6: "xwlb202509",
    7: "xwlb202511",
    8: "xwlb202510",
    9: "xwlb202508",
    10: "xwlb202507",
    11: "xwlb202506",
    12: "xwlb202505",
    13: "xwlb202504",
    14: "xwlb202603",
    15: "xwlb202604",
    16: "xwlb202605",
    17: "xwlb202606",
    18: "xwlb202607",
    19: "xwlb202608",
    20: "xwlb202512",
    21: "xwlb202601",
    22: "xwlb202602",
    23: "xwlb202501",
}


def round_of(part: str, seed: int) -> int | None:
    """The round a page of `part` with this seed in its name belongs to (a layout the engine garbled was made
    again with seed + 100 or + 200, inside its round's range); None for a part made in no rounds."""
    bases = SEED_BASE.get(part, {})
    rounds = [r for r, base in bases.items() if base <= seed]
    return max(rounds, key=lambda r: bases[r]) if rounds else None
