"""The library's full-text index: found by trigram and by scan, kept up to date by every write, built by the
migration of an older library; and find and replace across the library."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from proofdesk import replacing
from proofdesk.domain import ops
from proofdesk.domain.model import Page, Role, Status
from proofdesk.parsing import parse_page
from proofdesk.storage import Library, Problem, StorageError, fulltext, schema
from proofdesk.text.matching import Mode, Pattern, PatternError
from proofdesk.themes import Theme
from tests.older import without_pieces
from tests.unit.engines import stretches_read

DATA = Path(__file__).parent.parent / "data"
ONE = Page("p1", ("全市审计系统召开会议", "", "■ 本报记者 王五", "", "党建引领发展，", "审计工作再上台阶。"))
TWO = Page("p2", ("乡村振兴看今朝", "", "本报讯 全市审记系统", "党建工作"))


@pytest.fixture
def lib(db: str) -> Iterator[Library]:
    """An empty library, on each engine."""
    library = Library.open(db)
    yield library
    library.close()


def _found(lib: Library, query: str, **kw: object) -> list[tuple[str, int, str]]:
    return [(h.page, h.line, h.text) for h in lib.search(query, **kw)]  # type: ignore[arg-type]


def _add(lib: Library, *pages: Page) -> dict[str, int]:
    return {p.name: lib.add_page(p, p.name, parse_page(p)).id for p in pages}


def test_trigram_and_short_queries_in_page_order(lib: Library) -> None:
    _add(lib, TWO, ONE)  # imported out of name order: hits still come in page order
    assert _found(lib, "审计系统") == [("p1", 1, "全市审计系统召开会议")]
    assert _found(lib, "党建") == [("p1", 5, "党建引领发展，"), ("p2", 4, "党建工作")]
    assert _found(lib, "审") == [
        ("p1", 1, "全市审计系统召开会议"),
        ("p1", 6, "审计工作再上台阶。"),
        ("p2", 3, "本报讯 全市审记系统"),
    ]
    assert _found(lib, "审", limit=2) == _found(lib, "审")[:2]
    assert _found(lib, "本报记者 王") == [("p1", 3, "■ 本报记者 王五")]
    assert _found(lib, "没有的文字") == [] and _found(lib, "") == []
    hit = lib.search("审计系统")[0]
    assert hit.item is not None and not hit.corrected


@pytest.mark.parametrize("candidate_rows", [fulltext.CANDIDATE_ROWS, 2], ids=["few-candidates", "frequent"])
def test_the_first_lines_of_a_query_are_those_of_every_line_in_page_order(
    lib: Library, candidate_rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pages stored out of name order, a status filter, a correction, and a line holding the query's trigrams
    # but not the query: the first lines found page by page are the first of all the lines found at once.
    pages = [Page(f"p{n}", ("审计工作再上台阶。", "台阶审计工作再上", f"第{n}版 审计工作")) for n in (5, 2, 9, 1, 7)]
    ids = _add(lib, *pages)
    _p, layer = lib.load(ids["p9"])
    lib.save(
        ids["p9"], layer, ops.set_status(ops.correct_text(layer, 2, "审计工作再上台阶", pages[2].text(2)), Status.DONE)
    )
    monkeypatch.setattr(fulltext, "CANDIDATE_ROWS", candidate_rows)
    for query, status in (("审计工作再上", None), ("工作再上台", None), ("审计工作", Status.DONE), ("第7版", None)):
        every = _found(lib, query, status=status, limit=None)
        assert every, query
        for limit in (1, 3, len(every) + 1):
            assert _found(lib, query, status=status, limit=limit) == every[:limit], (query, limit)
    assert _found(lib, "再上台阶审", limit=5) == []


def test_quotes_and_query_syntax_are_plain_text(lib: Library) -> None:
    page = Page("q", ('他说"好"AND OR NOT *', "a-b:c"))
    _add(lib, page)
    assert _found(lib, '"好"AND') == [("q", 1, page.lines[0])]
    assert _found(lib, "OR NOT *") == [("q", 1, page.lines[0])]
    assert _found(lib, "-b:") == [("q", 2, "a-b:c")]
    assert _found(lib, "or not") == []  # exact: what a replace would change


def test_status_filter_bounds_both_kinds_of_query(lib: Library) -> None:
    ids = _add(lib, ONE, TWO)
    _p, layer = lib.load(ids["p2"])
    lib.save(ids["p2"], layer, ops.set_status(layer, Status.DONE))
    assert _found(lib, "党建", status=Status.DONE) == [("p2", 4, "党建工作")]
    assert _found(lib, "全市审", status=Status.NEW) == [("p1", 1, "全市审计系统召开会议")]


def test_corrections_are_found_and_so_is_the_raw_text_they_replaced(lib: Library) -> None:
    ids = _add(lib, TWO)
    _p, layer = lib.load(ids["p2"])
    corrected = ops.correct_text(layer, 3, "本报讯 全市审计系统", TWO.text(3))
    lib.save(ids["p2"], layer, corrected)
    for query in ("审计系", "计"):
        assert _found(lib, query) == [("p2", 3, "本报讯 全市审计系统")]
    for query in ("审记系", "记"):
        (hit,) = lib.search(query)
        assert (hit.text, hit.raw, hit.corrected) == ("本报讯 全市审计系统", "本报讯 全市审记系统", True)
    lib.save(ids["p2"], corrected, layer)  # undone: the correction leaves the index
    assert _found(lib, "审计系") == []


def test_a_reparse_keeps_the_index_right(lib: Library) -> None:
    ids = _add(lib, ONE)
    _p, layer = lib.load(ids["p1"])
    corrected = ops.correct_text(layer, 6, "审计工作更上台阶。", ONE.text(6))
    lib.save(ids["p1"], layer, corrected)
    lib.replace_layer(ids["p1"], ops.rebase(corrected, parse_page(ONE)), parsed_with=2)
    assert _found(lib, "更上台") == [("p1", 6, "审计工作更上台阶。")]
    lib.replace_layer(ids["p1"], parse_page(ONE), parsed_with=3)  # a layer without the correction
    assert _found(lib, "更上台") == [] and _found(lib, "再上台") == [("p1", 6, "审计工作再上台阶。")]


def test_a_deleted_page_leaves_no_hits(lib: Library) -> None:
    _add(lib, ONE, TWO)
    with lib._transaction() as conn:
        conn.exec_driver_sql("DELETE FROM page WHERE name = 'p1'")
    assert _found(lib, "党建") == [("p2", 4, "党建工作")]
    with lib._transaction(write=False) as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM line_search").scalar_one() == 3


def test_a_version_4_library_gets_its_index(tmp_path: Path) -> None:
    path = tmp_path / "v4.sqlite"
    with Library.open(path) as lib:
        ids = _add(lib, ONE, TWO)
        _p, layer = lib.load(ids["p2"])
        lib.save(ids["p2"], layer, ops.correct_text(layer, 3, "本报讯 全市审计系统", TWO.text(3)))
    with sqlite3.connect(path) as conn:  # as version 4 left it: no index
        without_pieces(conn)
        for name in ("line_search_insert", "line_search_update", "line_search_delete", "line_search_forget"):
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("DROP TABLE line_search")
        conn.execute("DROP INDEX line_corrected")
        conn.execute("DROP TABLE history")  # and none of what came later
        conn.execute("DROP TABLE bigram")
        conn.execute("DROP TABLE claim")
        for column in ("version", "items", "lines", "doubts", "edited"):
            conn.execute(f"ALTER TABLE page DROP COLUMN {column}")
        conn.execute("DROP TABLE alembic_version")
        conn.execute("PRAGMA user_version = 4")
    with Library.open(path) as lib:
        assert _found(lib, "审计系") == [("p1", 1, "全市审计系统召开会议"), ("p2", 3, "本报讯 全市审计系统")]
        assert [h.raw for h in lib.search("审记")] == ["本报讯 全市审记系统"]
        assert _found(lib, "党建") == [("p1", 5, "党建引领发展，"), ("p2", 4, "党建工作")]
    fresh = tmp_path / "fresh.sqlite"
    Library.open(fresh).close()
    assert _objects(path) == _objects(fresh)


def test_the_first_schema_migrates_to_a_searchable_library(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as conn:
        conn.executescript((DATA / "library_v1.sql").read_text(encoding="utf-8"))
    with Library.open(path) as lib:
        (hit,) = lib.search("全市审计")
        assert (hit.page, hit.line, hit.text, hit.raw) == ("p1", 4, "本报讯 全市审计系统", "本报讯　全市审计系统")


def _objects(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST
        return conn.execute("SELECT type, name FROM sqlite_master ORDER BY type, name").fetchall()


def test_a_library_without_its_index_is_not_taken_for_version_5(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Library.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE line_search")
    with pytest.raises(StorageError) as caught:
        Library.open(path)
    assert caught.value.problem is Problem.DAMAGED and "line_search" in caught.value.detail


def test_replace_corrects_shown_text_only_and_in_one_transaction(lib: Library) -> None:
    ids = _add(lib, ONE, TWO)
    planned, held = replacing.plan(lib, "审记", "审计")
    assert held == {}
    assert [(p.page.name, p.lines) for p in planned] == [("p2", ((3, "本报讯 全市审记系统", "本报讯 全市审计系统"),))]
    replacing.apply(lib, planned)
    page, layer = lib.load(ids["p2"])
    assert page == TWO and layer.lines[3].correction == "本报讯 全市审计系统"
    assert layer.status is Status.REVIEW
    assert replacing.plan(lib, "审记", "审计") == ([], {})  # found in raw text only: nothing left to change
    for old, new in (("", "x"), ("审", "a\nb")):
        with pytest.raises(ops.EditError):
            replacing.plan(lib, old, new)


THREE = Page("p3", ("ＣＣＴＶ新闻联播", "", "cctv报道 1998年7月", "发展中国家的发展"))
FOUR = Page("p4", ("國家發展改革委員會", "国家发展改革委员会"))


def test_words_expressions_and_folded_forms_are_found_through_the_index_or_a_scan(
    lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(lib, ONE, TWO, THREE, FOUR)

    def found(find: Pattern) -> list[tuple[str, int]]:
        return [(h.page, h.line) for h in lib.search(find, limit=None)]

    assert found(Pattern("CCTV")) == []
    assert found(Pattern("CCTV", folded=True)) == [("p3", 1), ("p3", 3)]  # the index asked for every form
    assert found(Pattern("cctv新闻", folded=True)) == [("p3", 1)]
    assert found(Pattern("国家发展改革", folded=True)) == [("p4", 1), ("p4", 2)]  # traditional or simplified
    assert found(Pattern("國家發展改革")) == [("p4", 1)]
    assert found(Pattern("发展", Mode.WORD)) == [("p1", 5), ("p3", 4), ("p4", 2)]  # not p3's 发展中国家
    assert found(Pattern(r"审[计记]系统", Mode.REGEX)) == [("p1", 1), ("p2", 3)]  # no plain run of 3: every page
    assert found(Pattern(r"(\d+)年\d+月", Mode.REGEX)) == [("p3", 3)]
    # A frequent run: the candidate pages are not narrowed, and the lines are still those matched.
    monkeypatch.setattr(fulltext, "CANDIDATE_ROWS", 1)
    assert found(Pattern("cctv新闻", folded=True)) == [("p3", 1)]
    assert lib.search(Pattern("审", Mode.REGEX), limit=2) == lib.search(Pattern("审", Mode.REGEX), limit=None)[:2]


def test_the_scope_keeps_lines_of_one_page_theme_role_or_correction(lib: Library) -> None:
    ids = _add(lib, ONE, TWO)
    _page, layer = lib.load(ids["p1"])
    title = next(n for n in layer.order if layer.lines[n].role is Role.TITLE)
    key = layer.lines[5].item
    assert key is not None
    edited = ops.correct_text(ops.set_tags(layer, key, ["基层治理"]), 6, "审计工作再上新台阶。", ONE.text(6))
    lib.set_themes([Theme("基层治理", "", ())])
    lib.save(ids["p1"], layer, edited)

    def found(find: str, **scope: object) -> list[tuple[str, int]]:
        return [(h.page, h.line) for h in lib.search(find, limit=None, **scope)]  # type: ignore[arg-type]

    assert found("审") == [("p1", 1), ("p1", 6), ("p2", 3)]
    assert found("审", page_id=ids["p2"]) == [("p2", 3)]
    assert found("审", role=Role.TITLE) == [("p1", title)] == [("p1", 1)]
    assert found("审", corrected=True) == [("p1", 6)]
    assert found("审", corrected=False) == [("p1", 1), ("p2", 3)]
    assert found("发展", tag="基层治理") == [("p1", 5)]
    assert found("党建", tag="基层治理") == [("p1", 5)]  # p2's 党建 is in an item without the theme
    assert found("党建", tag="乡村振兴") == []
    assert found("审计工作", status=Status.NEW, corrected=True) == [("p1", 6)]
    assert found("审计工作", status=Status.DONE) == []


def test_a_replace_by_expression_uses_its_groups_and_stays_in_its_scope(lib: Library) -> None:
    ids = _add(lib, ONE, TWO, THREE)
    planned, _held = replacing.plan(lib, Pattern(r"(\d+)年(\d+)月", Mode.REGEX), r"\1.\2")
    assert [(p.page.name, p.lines) for p in planned] == [("p3", ((3, "cctv报道 1998年7月", "cctv报道 1998.7"),))]
    planned, _held = replacing.plan(lib, Pattern("审"), "审", role=Role.TITLE)
    assert planned == []  # the same text: nothing changes
    planned, _held = replacing.plan(lib, Pattern("审"), "查", page_id=ids["p2"])
    assert [(p.page.name, [n for n, *_ in p.lines]) for p in planned] == [("p2", [3])]
    with pytest.raises(PatternError):
        replacing.plan(lib, Pattern(r"(\d+)年", Mode.REGEX), r"\2")
    with pytest.raises(ops.EditError):
        replacing.plan(lib, Pattern(r"(\d+)年", Mode.REGEX), "\\n")
    assert lib.search("1998年7月")  # nothing was written by the refused plans


@pytest.mark.parametrize(
    "find",
    [Pattern("审"), Pattern("审计"), Pattern("审计系统"), Pattern(r"\d{4}", Mode.REGEX), Pattern("发展", Mode.WORD)],
)
def test_a_search_by_stretches_finds_what_one_search_finds(
    lib: Library, monkeypatch: pytest.MonkeyPatch, find: Pattern
) -> None:
    _add(lib, ONE, TWO, THREE, FOUR, Page("p5", ("审计署：1998年审计报告", "")), Page("p6", ("没有", "")))
    whole = lib.search(find, limit=None)
    monkeypatch.setattr(fulltext.Stretch, "MIN_PAGES", 1)
    parts, after = [], None
    while True:
        part = lib.search_part(find, limit=100, after=after, seconds=0)  # stops after every page it can
        parts.append(part)
        if part.stopped_after is None:
            break
        after = part.stopped_after
    assert [h for p in parts for h in p.hits] == whole and whole
    if lib.on_server and find.mode is Mode.TEXT:
        assert len(parts) == 1  # one statement the server answers: never cut
    else:
        assert len(parts) >= len({h.page_id for h in whole})  # a page a stretch (pages without hits too)
        assert len(parts) == 6 or find.mode is not Mode.REGEX  # no plain run to look up: every page is read
    assert all(p.stopped_after is not None for p in parts[:-1])
    monkeypatch.setattr(fulltext.Stretch, "MIN_PAGES", 10)  # a small library is searched whole at once
    assert lib.search_part(find, limit=100, seconds=0).stopped_after is None


def test_replace_finds_its_lines_in_stretches_that_can_be_stopped(
    lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(lib, ONE, TWO, THREE, FOUR, Page("p5", ("审计署：1998年审计报告", "")), Page("p6", ("没有", "")))
    find = Pattern(r"审[计记]", Mode.REGEX)  # read on the pages that hold 审
    whole = replacing.lines_holding(lib, find)
    assert whole == {lib.page_id("p1"): {1, 6}, lib.page_id("p2"): {3}, lib.page_id("p5"): {1}}
    monkeypatch.setattr(fulltext.Stretch, "MIN_PAGES", 1)  # as if each page took longer than a stretch
    assert replacing.lines_holding(lib, find) == whole  # at once all the same
    steps = [(dict(found), reached) for found, reached in replacing.stretches(lib, find, seconds=0)]
    assert [reached for _found, reached in steps] == ["p1", "p2", None]  # a page a stretch, in page order
    assert steps[-1][0] == whole
    assert [set(found) for found, _r in steps][:2] == [{lib.page_id("p1")}, {lib.page_id("p1"), lib.page_id("p2")}]
    # Every line of a text the index holds: one statement answers, faster than any stretches would.
    indexed = list(replacing.stretches(lib, Pattern("全市审"), seconds=0))
    assert [(set(found), reached) for found, reached in indexed] == [({lib.page_id("p1"), lib.page_id("p2")}, None)]
    # Leaving the loop stops the search: the pages after the stretch are not read.
    reads = stretches_read(lib, monkeypatch)
    for _found, at in replacing.stretches(lib, find, Status.NEW, seconds=0):
        if at == "p2":
            break
    assert reads == [None, "p1"]
    # The command line's plan searches in one go, as before.
    reads.clear()
    planned, _held = replacing.plan(lib, find, "审计")
    assert reads == [None] and {p.page.name for p in planned} == {"p2"}
