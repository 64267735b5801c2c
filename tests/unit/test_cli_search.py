"""`proofdesk search` and `proofdesk replace`: output scripts can read, exit codes, refusals that change
nothing, and a replace that is one transaction."""

from __future__ import annotations

from pathlib import Path

import pytest

import proofdesk.cli as cli
from proofdesk.storage import Library

from .engines import snapshot, writes_held


def run(*argv: str) -> int:
    return cli.main(list(argv))


@pytest.fixture
def db(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """A library with two pages, on each engine."""
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "b.txt").write_text("全市审计系统召开会议\n\n党建引领发展，\n审计工作再上台阶。\n", encoding="utf-8")
    (pages / "a\x1b[2Jx.txt").write_text("本报讯 全市审记系统\n党建工作\n", encoding="utf-8")
    assert run("import", "--db", db, str(pages)) == 0
    capsys.readouterr()
    return db


def test_search_prints_page_line_text_in_page_order(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("search", "--db", str(db), "党建") == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == ["a\\x1b[2Jx:2: 党建工作", "b:3: 党建引领发展，"]
    assert err == "proofdesk: found on 2 lines of 2 pages\n"
    assert run("search", "--db", str(db), "--limit", "1", "审") == 0
    out, err = capsys.readouterr()
    assert out == "a\\x1b[2Jx:1: 本报讯 全市审记系统\n" and "(the first 1: --limit)" in err
    assert run("search", "--db", str(db), "--status", "done", "党建") == 1
    assert capsys.readouterr() == ("", "proofdesk: no line holds the text searched for\n")


def test_search_never_writes_and_refuses_what_it_cannot_do(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(db)
    assert run("search", "--db", str(db), "审计系统") == 0
    assert run("search", "--db", str(db), "") == 2
    assert capsys.readouterr().err.endswith("proofdesk: nothing to search for: the text to find is empty\n")
    with pytest.raises(SystemExit) as usage:
        run("search", "--db", str(db), "--limit", "0", "审")
    assert usage.value.code == 2
    assert run("search", "--db", str(tmp_path / "none.sqlite"), "审") == 2
    assert "no library at" in capsys.readouterr().err
    assert not (tmp_path / "none.sqlite").exists() and snapshot(db) == before


def test_replace_corrects_every_line_and_keeps_the_raw_pages(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("replace", "--db", str(db), "--dry-run", "审记", "审计") == 0
    out, err = capsys.readouterr()
    assert out == "a\\x1b[2Jx:1: 本报讯 全市审记系统 → 本报讯 全市审计系统\n"
    assert "would replace '审记' with '审计' on 1 line of 1 page; nothing was changed" in err
    assert run("search", "--db", str(db), "审记") == 0  # the dry run changed nothing
    capsys.readouterr()
    assert run("replace", "--db", str(db), "审", "审查") == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 3 and "replaced '审' with '审查' on 3 lines of 2 pages" in err
    with Library.open(db) as library:
        for info in library.pages():
            page, layer = library.load(info.id)
            assert "审查" not in "".join(page.lines)  # raw kept
            assert [layer.lines[n].correction for n in sorted(layer.lines) if layer.lines[n].correction]
    assert run("search", "--db", str(db), "审查计") == 0
    assert capsys.readouterr().out.count("\n") == 2
    assert run("replace", "--db", str(db), "没有的字", "x") == 1
    assert "nothing was changed" in capsys.readouterr().err


def test_search_by_expression_word_and_folded_forms_within_a_scope(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("search", "--db", db, "--regex", "审[计记]系统") == 0
    assert capsys.readouterr().out.splitlines() == ["a\\x1b[2Jx:1: 本报讯 全市审记系统", "b:1: 全市审计系统召开会议"]
    assert run("search", "--db", db, "--word", "发展") == 0
    assert capsys.readouterr().out.splitlines() == ["b:3: 党建引领发展，"]
    assert run("search", "--db", db, "--fold", "发展,") == 0  # the line's full-width comma
    assert capsys.readouterr().out.splitlines() == ["b:3: 党建引领发展，"]
    assert run("search", "--db", db, "--fold", "黨建引領發展") == 0  # typed in traditional characters
    assert capsys.readouterr().out.splitlines() == ["b:3: 党建引领发展，"]
    assert run("search", "--db", db, "黨建引領發展") == 1
    assert run("search", "--db", db, "--role", "title", "审") == 0
    assert capsys.readouterr().out.splitlines() == ["b:1: 全市审计系统召开会议"]
    assert run("search", "--db", db, "--corrected", "审") == 1
    assert run("search", "--db", db, "--uncorrected", "--status", "new", "审") == 0
    capsys.readouterr()
    assert run("search", "--db", db, "--tag", "没有这个主题", "审") == 2
    assert "no theme named '没有这个主题'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run("search", "--db", db, "--regex", "--word", "审")


def test_replace_by_expression_names_its_groups(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("replace", "--db", db, "--regex", "审(计|记)系统", r"审\1部门") == 0
    out = capsys.readouterr().out
    assert "本报讯 全市审记系统 → 本报讯 全市审记部门" in out and "全市审计系统召开会议 → 全市审计部门召开会议" in out


@pytest.mark.parametrize(
    ("options", "old", "new"),
    [
        ((), "", "x"),
        ((), "审", "a\nb"),
        ((), "审", "a\rb"),
        (("--regex",), "审(", "x"),
        (("--regex",), "审?", "x"),
        (("--regex",), "(审)", r"\2"),
        (("--regex",), "(审)", r"\1\n"),
    ],
)
def test_replace_refuses_bad_input_and_changes_nothing(
    db: str, options: tuple[str, ...], old: str, new: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(db)
    assert run("replace", "--db", str(db), *options, old, new) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nothing was changed" in err and "Traceback" not in err
    assert snapshot(db) == before


def test_a_replace_that_cannot_be_written_changes_no_page(
    db: str, capsys: pytest.CaptureFixture[str], short_lock_wait: float
) -> None:
    with writes_held(db):  # another program writing: readers go on, writers wait, then give up
        assert run("replace", "--db", str(db), "审", "审查") == 2
    assert "in use by another program" in capsys.readouterr().err
    with Library.open(db) as library:
        assert library.search("审查") == [] and len(library.search("审")) == 3
