"""The rounds of development pages: each part of tests/data/dev is made in rounds of layouts, a seed base per
round, each round added later as fresh pages, scored once as they came, before any rule was written for them,
then kept. Shared by the generator (make_pages.py) and the scorer (score_dev.py)."""

from __future__ import annotations

SEED_BASE = {"tune": (1000, 9000, 13000, 17000), "heldout": (5000, 9500, 13500, 17500)}
DEV_ROUNDS = (1, 2, 3, 4)
# the text each round is made from: People's Daily of January 1998, or CCTV's evening news of June 2024
ROUND_SOURCE = {1: "people", 2: "people", 3: "people", 4: "xwlb"}


def round_of(part: str, seed: int) -> int | None:
    """The round a page of `part` with this seed in its name belongs to (a layout the engine garbled was made
    again with seed + 100 or + 200, inside its round's range); None for a part made in no rounds."""
    bases = SEED_BASE.get(part)
    if not bases:
        return None
    rounds = [r for r, base in zip(DEV_ROUNDS, bases, strict=True) if base <= seed]
    return max(rounds, key=lambda r: bases[r - 1]) if rounds else None
