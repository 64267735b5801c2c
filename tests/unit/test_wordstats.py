"""The library's word statistics are kept with the pages: the same counts as counting every page afresh, after
imports on both engines, after a migration and after a copy; a re-parse weighs words as before."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import proofdesk.cli as cli
from proofdesk.importer import library_idf
from proofdesk.parsing import DocumentFrequencies, parse_page
from proofdesk.parsing.frequencies import page_bigrams
from proofdesk.storage import Library
from proofdesk.storage.wordstats import bigram, code


def recount(library: Library) -> tuple[int, dict[str, int]]:
    """In how many pages each bigram occurs, counted from the stored pages."""
    counted: Counter[str] = Counter()
    infos = library.pages()
    for info in infos:
        counted.update(page_bigrams(library.load(info.id)[0].lines))
    return len(infos), dict(counted)


def test_imports_keep_the_counts_of_every_page(db: str, seed_files: list[Path], tmp_path: Path) -> None:
    assert cli.main(["import", "--db", db, *map(str, seed_files[:2])]) == 0
    assert cli.main(["import", "--db", db, *map(str, seed_files)]) == 0  # two new, two already stored
    with Library.open(db) as library:
        documents, counted = recount(library)
        assert documents == len(seed_files)
        assert library.bigram_pages(counted) == (documents, counted)
        assert library.bigram_pages(["囧囧", "魑魅"]) == (documents, {})


def test_a_reparse_weighs_words_over_the_whole_library(db: str, seed_files: list[Path]) -> None:
    assert cli.main(["import", "--db", db, *map(str, seed_files)]) == 0
    with Library.open(db) as library:
        infos = library.pages()
        frequencies = DocumentFrequencies()
        pages = [library.load(info.id)[0] for info in infos]
        for page in pages:
            frequencies.add(page)
        everything = frequencies.idf()
        for page in pages:
            idf = library_idf(library, [page], stored=True)
            assert set(idf) == page_bigrams(page.lines) and idf.unseen == everything.unseen
            assert dict(idf) == {b: everything[b] for b in idf}
            assert parse_page(page, idf) == parse_page(page, everything)


def test_a_bigram_is_stored_by_a_code_that_gives_it_back() -> None:
    for pair in ("党建", "𠀀𪚥", "〇一"):
        assert bigram(code(pair)) == pair
    assert len({code(b) for b in ("党建", "建党", "党党")}) == 3
