"""Pages stored together, in one transaction: each page that cannot be stored is left out alone, with its
reason; the word statistics count every page stored, once."""

from __future__ import annotations

from collections import Counter

from proofdesk.domain.model import Page
from proofdesk.parsing import parse_page
from proofdesk.parsing.frequencies import page_bigrams
from proofdesk.storage import AlreadyStored, Library, NewPage, PageInfo, Problem, StorageError


def _new(name: str, *lines: str, content: str | None = None) -> NewPage:
    page = Page(name, lines)
    return NewPage(page, content or name, parse_page(page))


def test_a_batch_stores_the_pages_it_can_and_says_why_not_the_others(db: str) -> None:
    with Library.open(db) as library:
        (old,) = library.add_pages([_new("old", "党建引领发展")])
        assert isinstance(old, PageInfo)
        stored = library.add_pages(
            [
                _new("a", "党建引领发展，", "审计工作再上台阶。"),
                _new("copy", "另一份", content="old"),  # the same content as a stored page
                _new("old", "同名的另一页", content="other"),  # a name taken
                _new("b", "审计工作再上台阶。"),
            ]
        )
        assert [type(s) for s in stored] == [PageInfo, AlreadyStored, StorageError, PageInfo]
        assert isinstance(stored[2], StorageError) and stored[2].problem is Problem.DUPLICATE_NAME
        assert [p.name for p in library.pages()] == ["a", "b", "old"]
        stored_lines = (("党建引领发展",), ("党建引领发展，", "审计工作再上台阶。"), ("审计工作再上台阶。",))
        expected = Counter(b for lines in stored_lines for b in page_bigrams(lines))
        assert library.bigram_pages(expected) == (3, dict(expected))  # the refused pages counted nowhere
