"""Who changed what and when: every write to a page recorded under the connection's editor, on both engines,
and the team statistics counted from it."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

import proofdesk.cli as cli
from proofdesk.domain import ops
from proofdesk.domain.model import Layer, Page, Role, Status
from proofdesk.parsing import parse_page
from proofdesk.storage import Library
from proofdesk.storage.history import EDITOR_ENV, Action, default_editor
from proofdesk.themes import Retag, Theme

from .engines import on_server

PAGE = Page("p1", ("标题一行", "", "■ 本报记者 王五", "", "正文第一行，", "正文第二行。", "", "另一篇文章。"))


def test_every_write_is_recorded_with_its_editor(db: str) -> None:
    layer = parse_page(PAGE)
    with Library.open(db, editor="王五") as wang:
        info = wang.add_page(PAGE, "h1", layer)
        edited = ops.correct_text(layer, 5, "正文第一行,", PAGE.text(5))
        wang.save(info.id, layer, edited)
        key = edited.lines[5].item
        assert key is not None
        tagged = ops.set_tags(edited, key, ("党建",))
        wang.save(info.id, edited, tagged)
    with Library.open(db, editor="李四") as li:
        done = ops.set_status(ops.set_role(tagged, [1], Role.TITLE), Status.DONE)
        li.save(info.id, tagged, done)
        li.replace_layer(info.id, done, parsed_with=2)
        li.set_themes([Theme("党的建设")], Retag({"党建": "党的建设"}))
        entries = li.page_history(info.id)
    assert [(e.editor, e.action, e.lines, e.items, e.status) for e in entries] == [
        ("王五", Action.IMPORT, (), (), "new"),
        ("王五", Action.EDIT, (5,), (), None),
        ("王五", Action.EDIT, (), (key,), None),
        ("李四", Action.EDIT, (1,), (), "done"),
        ("李四", Action.REPARSE, (), (), None),
        ("李四", Action.RETAG, (), (key,), None),
    ]
    moment = datetime.fromisoformat(entries[-1].at)
    assert moment.tzinfo is not None and abs((datetime.now(UTC) - moment).total_seconds()) < 60


def test_every_earlier_state_of_a_page_can_be_rebuilt(db: str) -> None:
    states = [parse_page(PAGE)]
    with Library.open(db, editor="王五") as wang:
        info = wang.add_page(PAGE, "h1", states[0])

        def save(after: Layer) -> None:
            wang.save(info.id, states[-1], after)
            states.append(after)

        save(ops.correct_text(states[-1], 5, "正文第一行,", PAGE.text(5)))
        key = states[-1].lines[5].item
        assert key is not None
        save(ops.set_tags(states[-1], key, ("党建",)))
        save(ops.set_status(ops.split_item(states[-1], 6), Status.DONE))
        reparsed = ops.set_role(parse_page(PAGE), [8], Role.NOTE)
        wang.replace_layer(info.id, reparsed, parsed_with=2)
        states.append(reparsed)
        wang.set_taxonomy([Theme("党建")], {(info.id, key): ("党建",)})
        states.append(wang.load(info.id)[1])
        wang.attach_image(info.id, None)
        states.append(states[-1])
        entries = wang.page_history(info.id)
        assert len(entries) == len(states) and all(e.rewindable for e in entries[1:])
        for entry, state in zip(entries, states, strict=True):
            assert wang.layer_after(info.id, entry.id) == state, entry.action
        assert wang.layer_after(info.id, entries[-1].id + 100) is None
    if not on_server(db):  # a change recorded by an older Proofdesk kept nothing: states before it are lost
        with sqlite3.connect(db) as conn:
            conn.execute("UPDATE history SET replaced = NULL WHERE id = ?", (entries[2].id,))
        with Library.open(db) as library:
            assert not library.page_history(info.id)[2].rewindable
            assert [library.layer_after(info.id, e.id) is not None for e in entries] == [False, False] + [True] * 5


def test_an_unchanged_layer_records_nothing(db: str) -> None:
    layer = parse_page(PAGE)
    with Library.open(db) as library:
        info = library.add_page(PAGE, "h1", layer)
        library.save(info.id, layer, layer)
        assert [e.action for e in library.page_history(info.id)] == [Action.IMPORT]


def test_the_editor_is_named_by_the_environment_or_is_the_system_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(EDITOR_ENV, " 王五 ")
    assert default_editor() == "王五"
    monkeypatch.delenv(EDITOR_ENV)
    assert default_editor()


def test_stats_count_each_editors_work_and_the_parsers_accuracy(
    db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    layer = parse_page(PAGE)
    other = Page("p2", ("另一版", "", "正文。"))
    with Library.open(db, editor="王五") as wang:
        info = wang.add_page(PAGE, "h1", layer)
        wang.add_page(other, "h2", parse_page(other))
        done = ops.set_status(ops.correct_text(layer, 5, "正文第一行,", PAGE.text(5)), Status.DONE)
        wang.save(info.id, layer, done)
        found = wang.stats()
    assert found.pages == {"new": 1, "done": 1}
    assert found.corrections == [("，", ",", 1)]
    assert found.done_lines == len(layer.lines) and found.changed["correction"] == 1 == found.changed["any"]
    (day,) = found.days
    assert (day.editor, len(day.pages_done), day.edits, day.lines) == ("王五", 1, 1, 1)
    monkeypatch.setenv(EDITOR_ENV, "李四")
    assert cli.main(["stats", "--db", db]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "pages: 2 (new 1, review 0, done 1)"
    share = f"{100 * (len(layer.lines) - 1) / len(layer.lines):.1f}%"
    assert out[1].startswith(f"parser accuracy on the done pages: {share} of {len(layer.lines)} lines kept as parsed")
    assert out[2] == "most frequent corrections: ， → , (1)"
    assert out[3:] == ["editor\tday\tpages done\tedits\tlines changed", f"王五\t{day.day}\t1\t1\t1"]


def test_the_most_frequent_corrections_are_counted_across_pages(db: str) -> None:
    pages = [Page(f"p{i}", ("全市审记工作会议召开", "", f"审记局第{i}次会议。")) for i in range(3)]
    with Library.open(db) as library:
        for page in pages:
            layer = parse_page(page)
            info = library.add_page(page, page.name, layer)
            fixed = ops.correct_text(layer, 1, "全市审计工作会议召开", page.text(1))
            if page.name != "p0":
                fixed = ops.correct_text(fixed, 3, page.text(3).replace("审记", "审计"), page.text(3))
            library.save(info.id, layer, fixed)
        found = library.stats().corrections
    assert found == [("记", "计", 5)]


def test_another_connections_edit_changes_the_data_version(db: str) -> None:
    layer = parse_page(PAGE)
    with Library.open(db) as mine, Library.open(db, editor="李四") as theirs:
        info = mine.add_page(PAGE, "h1", layer)
        seen = mine.data_version()
        theirs.save(info.id, layer, ops.set_status(layer, Status.REVIEW))  # a status change, no new page
        assert mine.data_version() != seen
