"""The page list a window at a time: counts, windows, positions and sorting done by the library, on each engine,
agree with sorting and filtering every page in memory."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from proofdesk.domain import ops
from proofdesk.domain.model import Page, Status
from proofdesk.parsing import parse_page
from proofdesk.storage import Library, PageInfo, PageQuery

LINES = ("标题一行", "", "■ 本报记者 王五", "", "正文第一行，", "正文第二行。", "", "另一篇文章。")
NAMES = ("b_2", "A%1", "a_3", "c10", "c9", "B_2x", "d")
RANK = {Status.NEW: 0, Status.REVIEW: 1, Status.DONE: 2}


@pytest.fixture
def lib(db: str) -> Iterator[Library]:
    """Pages of different names, statuses and counts."""
    library = Library.open(db)
    for n, name in enumerate(NAMES):
        page = Page(name, LINES[: 3 + n % 6])
        info = library.add_page(page, f"h{n}", parse_page(page))
        if n % 3:
            _page, layer = library.load(info.id)
            library.save(info.id, layer, ops.set_status(layer, Status.DONE if n % 3 == 1 else Status.REVIEW))
    yield library
    library.close()


def expected(every: list[PageInfo], query: PageQuery) -> list[PageInfo]:
    shown = [
        i
        for i in every
        if (query.status is None or i.status is query.status)
        and query.name.lower() in i.name.lower()
        and (query.pages is None or i.id in query.pages)
    ]
    shown.sort(key=lambda i: i.name, reverse=query.sort == "name" and query.descending)
    if query.sort != "name":  # equal keys stay in name order either way round
        key = (lambda i: RANK[i.status]) if query.sort == "status" else (lambda i: getattr(i, query.sort))
        shown.sort(key=key, reverse=query.descending)
    return shown


QUERIES = [
    PageQuery(),
    PageQuery(descending=True),
    PageQuery(sort="status"),
    PageQuery(sort="status", descending=True),
    PageQuery(sort="items", descending=True),
    PageQuery(sort="doubts"),
    PageQuery(sort="edited", descending=True),
    PageQuery(name="_2"),  # `_` and `%` are letters of the name, not patterns
    PageQuery(name="%"),
    PageQuery(name="B", sort="items"),
    PageQuery(status=Status.DONE),
    PageQuery(status=Status.NEW, name="c"),
]


@pytest.mark.parametrize("query", QUERIES, ids=str)
def test_windows_and_positions_follow_the_order_and_filter(lib: Library, query: PageQuery) -> None:
    every = lib.pages()
    shown = expected(every, query)
    assert lib.count_pages(query) == len(shown)
    assert lib.page_window(query, 0, 100) == shown
    assert [i for start in range(0, len(shown), 2) for i in lib.page_window(query, start, 2)] == shown
    assert lib.page_order(query) == [(i.id, i.name) for i in shown]
    assert lib.page_rows([i.name for i in reversed(shown)]) == shown[::-1]
    for info in every:
        row = lib.page_position(query, info.id)
        assert row == (shown.index(info) if info in shown else None)


def test_a_set_of_pages_filters_the_list(lib: Library) -> None:
    every = lib.pages()
    some = frozenset(i.id for i in every[1::2])
    query = PageQuery(pages=some, sort="name", descending=True)
    assert lib.page_window(query, 0, 100) == expected(every, query)
    assert lib.count_pages(replace(query, pages=frozenset())) == 0
    assert lib.page_position(query, every[0].id) is None


def test_pages_by_status_are_counted(lib: Library) -> None:
    counts = lib.status_counts()
    statuses = [i.status for i in lib.pages()]
    assert counts == {s: statuses.count(s) for s in Status}
    assert sum(counts.values()) == len(NAMES)
