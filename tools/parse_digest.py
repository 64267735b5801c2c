"""A digest of what the parser makes of every sample page and development page, to tell that two builds of it
parse alike: the compiled parser of the packaged app (see setup.py) against the Python of this checkout.

    python tools/parse_digest.py

Parses the sample pages with page-local and library IDF (the library's IDF sent through pickle, as it goes
to the import's worker processes), and each development page (tests/data/dev) from its text, with its line
boxes, and with the roles editors gave the development pages' section labels and bylines (their gold) as
learned roles. Prints the number of parses, their SHA-1, and the file the parser was loaded from (a `.so` when
it is compiled)."""

from __future__ import annotations

import hashlib
import json
import pickle
from pathlib import Path

from proofdesk.domain.model import Page, Role
from proofdesk.parsing import DocumentFrequencies, Learned, parse_page
from proofdesk.parsing import parser as parser_module

ROOT = Path(__file__).resolve().parents[1]
LEARNED = {Role.SECTION, Role.BYLINE}


def read(path: Path) -> Page:
    return Page(path.stem, tuple(path.read_text(encoding="utf-8").split("\n")))


def gold_roles(tsv: Path, page: Page) -> list[tuple[str, Role]]:
    """The lines the gold file gives a role of `LEARNED`, as an editor's decisions."""
    decisions = []
    for row in tsv.read_text(encoding="utf-8").splitlines():
        if row and not row.startswith("#"):
            number, _item, role, *_ = row.split("\t")
            if Role(role) in LEARNED:
                decisions.append((page.lines[int(number) - 1], Role(role)))
    return decisions


def main() -> int:
    seeds = [read(path) for path in sorted((ROOT / "seeds").glob("*.txt"))]
    frequencies = DocumentFrequencies()
    for page in seeds:
        frequencies.add(page)
    idf = pickle.loads(pickle.dumps(frequencies.idf()))
    parses = []
    for page in seeds:
        parses += [parse_page(page), parse_page(page, idf)]
    dev = sorted((ROOT / "tests" / "data" / "dev").glob("*/*.txt"))
    pages = [read(path) for path in dev]
    learned = Learned(
        d for path, page in zip(dev, pages, strict=True) for d in gold_roles(path.with_suffix(".tsv"), page)
    )
    for path, page in zip(dev, pages, strict=True):
        read_boxes = json.loads(path.with_suffix(".boxes.json").read_text(encoding="utf-8"))
        boxes = {int(n): (x, y, w, h) for n, (x, y, w, h) in read_boxes.items()}
        parses += [parse_page(page), parse_page(page, None, None, boxes), parse_page(page, None, learned)]
    digest = hashlib.sha1("\n".join(map(repr, parses)).encode()).hexdigest()
    print(f"{len(parses)} parses {digest} {parser_module.__file__}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
