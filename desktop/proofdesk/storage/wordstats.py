"""The library's word statistics: in how many pages each Han bigram occurs (`bigram`), the document
frequencies the parser weighs words by (`parsing.frequencies`).

They are kept with the pages, in the transaction that stores a page, so that parsing a page never reads every
page of the library. A page's raw text never changes, and pages are only ever added, so an import is the only
write that changes them. A bigram is stored by its code, its two code points in one integer (`code`): an
integer key is what both engines look up fastest, and a page adds some two thousand of them.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, func, select, text
from sqlmodel import SQLModel

from ..parsing.frequencies import page_bigrams
from . import tables  # noqa: F401  (registers the tables)
from .engine import is_server

_BIGRAM, _PAGE = (SQLModel.metadata.tables[t] for t in ("bigram", "page"))

_CHUNK = 500
"""Bigrams asked for in one query (well under every engine's limit of bound values)."""

_SHIFT = 21  # every code point fits in 21 bits


def code(bigram: str) -> int:
    return (ord(bigram[0]) << _SHIFT) | ord(bigram[1])


def bigram(code: int) -> str:
    return chr(code >> _SHIFT) + chr(code & ((1 << _SHIFT) - 1))


_ADD = {  # one statement for the bigrams of all the pages stored, with how many of them hold each (in the
    # bigrams' order, so that two writers on a server take the rows' locks in one order)
    "sqlite": "INSERT INTO bigram (code, pages) SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]')"
    " FROM json_each(:counts) WHERE true"
    " ON CONFLICT (code) DO UPDATE SET pages = bigram.pages + excluded.pages",
    "postgresql": "INSERT INTO bigram (code, pages)"
    " SELECT * FROM unnest(CAST(:codes AS bigint[]), CAST(:counts AS integer[]))"
    " ON CONFLICT (code) DO UPDATE SET pages = bigram.pages + EXCLUDED.pages",
}


class Tally:
    """The bigrams of pages stored in one transaction, counted in one statement for all of them."""

    def __init__(self) -> None:
        self.pages: Counter[str] = Counter()

    def add(self, lines: Sequence[str], bigrams: Iterable[str] | None = None) -> None:
        """Count a newly stored page (its distinct `bigrams`, when known already)."""
        self.pages.update(page_bigrams(lines) if bigrams is None else bigrams)

    def write(self, conn: Connection) -> None:
        # Coded once for each distinct bigram of the pages, not once for each of every page's.
        counts = sorted((code(b), n) for b, n in self.pages.items())
        if not counts:
            return
        if is_server(conn):
            codes, pages = zip(*counts, strict=True)
            conn.execute(text(_ADD["postgresql"]), {"codes": list(codes), "counts": list(pages)})
        else:
            conn.execute(text(_ADD["sqlite"]), {"counts": json.dumps(counts)})


def counts(conn: Connection, wanted: Iterable[str]) -> tuple[int, dict[str, int]]:
    """The number of pages, and in how many of them each of the `wanted` bigrams occurs (those in none are
    left out)."""
    pages = int(conn.execute(select(func.count()).select_from(_PAGE)).scalar_one())
    codes = sorted({code(b) for b in wanted})
    found: dict[str, int] = {}
    for start in range(0, len(codes), _CHUNK):
        chunk = codes[start : start + _CHUNK]
        rows = conn.execute(select(_BIGRAM.c.code, _BIGRAM.c.pages).where(_BIGRAM.c.code.in_(chunk)))
        found.update((bigram(c), int(n)) for c, n in rows)
    return pages, found
