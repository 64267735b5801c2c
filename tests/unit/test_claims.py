"""Two editors on one page: claims while a window shows a page, and no write applied over another's change,
on both engines."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import proofdesk.cli as cli
from proofdesk import replacing
from proofdesk.domain import ops
from proofdesk.domain.model import Kind, Layer, Page, Role, check_invariant
from proofdesk.parsing import parse_page
from proofdesk.storage import Library, Problem, StorageError
from proofdesk.storage import claims as claims_module
from tests.pgserver import ThrowawayServer

PAGE = Page("p1", ("标题一行", "", "■ 本报记者 王五", "", "正文第一行，审记", "正文第二行。", "", "另一篇文章。"))


def _added(db: str) -> tuple[int, Layer]:
    layer = parse_page(PAGE)
    with Library.open(db, editor="importer") as library:
        return library.add_page(PAGE, "h1", layer).id, layer


def test_a_claimed_page_is_held_until_released_and_refuses_others_writes(db: str) -> None:
    page_id, layer = _added(db)
    with Library.open(db, editor="王五") as wang, Library.open(db, editor="李四") as li:
        mine = wang.claim(page_id)
        assert (mine.editor, mine.mine) == ("王五", True)
        theirs = li.claim(page_id)
        assert (theirs.editor, theirs.mine) == ("王五", False)
        assert wang.claim(page_id).expires >= mine.expires  # renewed
        assert {p: (c.editor, c.mine) for p, c in li.claims().items()} == {page_id: ("王五", False)}

        _page, stored, version = li.load_versioned(page_id)
        with pytest.raises(StorageError) as caught:
            li.save(page_id, stored, ops.set_role(stored, [1], Role.KICKER), version)
        assert caught.value.problem is Problem.CLAIMED and caught.value.detail == "王五"
        assert li.load_versioned(page_id) == (PAGE, layer, version)  # nothing written

        assert li.release([page_id]) == 0  # not theirs to release
        assert wang.release([page_id]) == 1
        assert li.claim(page_id).mine
        li.save(page_id, stored, ops.set_role(stored, [1], Role.KICKER), version)
        assert wang.claims()[page_id].editor == "李四"


def test_a_claim_not_renewed_expires(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    page_id, _layer = _added(db)
    with Library.open(db, editor="王五") as wang, Library.open(db, editor="李四") as li:
        monkeypatch.setattr(claims_module, "LEASE", -1.0)  # a window that died: its claim is past its time
        wang.claim(page_id)
        assert li.claims() == {}
        monkeypatch.setattr(claims_module, "LEASE", 180.0)
        assert li.claim(page_id).mine


def test_a_write_based_on_an_older_version_is_refused_and_changes_nothing(db: str) -> None:
    page_id, _layer = _added(db)
    with Library.open(db, editor="王五") as wang, Library.open(db, editor="李四") as li:
        _page, wang_layer, wang_version = wang.load_versioned(page_id)
        _page, li_layer, li_version = li.load_versioned(page_id)
        theirs = ops.correct_text(li_layer, 5, "正文第一行，审计", PAGE.text(5))
        after_li = li.save(page_id, li_layer, theirs, li_version)
        assert after_li == li_version + 1

        mine = ops.set_role(wang_layer, [1], Role.KICKER)
        with pytest.raises(StorageError) as caught:
            wang.save(page_id, wang_layer, mine, wang_version)
        assert caught.value.problem is Problem.CONFLICT
        with pytest.raises(StorageError) as caught:
            wang.replace_layer(page_id, mine, parsed_with=9, based_on=wang_version)
        assert caught.value.problem is Problem.CONFLICT
        assert wang.load_versioned(page_id) == (PAGE, theirs, after_li)
        assert [e.editor for e in wang.page_history(page_id)] == ["importer", "李四"]

        # Made again on the other editor's version, both edits stand.
        again = ops.reapply(wang_layer, mine, theirs)
        assert wang.save(page_id, theirs, again, after_li) == after_li + 1
        _page, stored, _version = li.load_versioned(page_id)
        assert stored.lines[1].role is Role.KICKER and stored.lines[5].correction == "正文第一行，审计"


def test_a_replace_leaves_out_pages_another_editor_holds_and_refuses_a_page_changed_meanwhile(db: str) -> None:
    page_id, _layer = _added(db)
    with Library.open(db, editor="王五") as wang, Library.open(db, editor="李四") as li:
        wang.claim(page_id)
        assert replacing.plan(li, "审记", "审计") == ([], {"p1": "王五"})
        wang.release()
        planned, held = replacing.plan(li, "审记", "审计")
        assert held == {} and len(planned) == 1
        _page, layer, version = wang.load_versioned(page_id)
        wang.save(page_id, layer, ops.set_role(layer, [1], Role.KICKER), version)
        with pytest.raises(StorageError) as caught:
            replacing.apply(li, planned)
        assert caught.value.problem is Problem.CONFLICT
        assert li.load(page_id)[1].lines[5].correction is None


def test_release_command_frees_a_page_a_dead_window_holds(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    page_id, _layer = _added(db)
    with Library.open(db, editor="王五") as wang:
        wang.claim(page_id)
    assert cli.main(["--db", db, "claims"]) == 0
    out = capsys.readouterr().out
    assert "p1" in out and "王五" in out
    assert cli.main(["--db", db, "release", "p2"]) == 2
    assert "p2" in capsys.readouterr().err
    assert cli.main(["--db", db, "release", "p1"]) == 0
    with Library.open(db) as library:
        assert library.claims() == {}
    assert cli.main(["--db", db, "claims"]) == 0
    assert "p1" not in capsys.readouterr().out


def test_edits_of_other_lines_are_made_again_and_crossing_edits_are_not() -> None:
    base = parse_page(PAGE)  # one article: lines 1, 3, 5, 6, 8
    theirs = ops.split_item(base, 8)  # line 8 becomes an article of its own
    mine = ops.correct_text(ops.set_kind(base, 1, Kind.PHOTO), 5, "正文第一行，审计", PAGE.text(5))
    again = ops.reapply(base, mine, theirs)
    assert again.items[1].kind is Kind.PHOTO and again.lines[5].correction == "正文第一行，审计"
    assert again.lines[8] == theirs.lines[8] and again.items.keys() == theirs.items.keys()
    assert check_invariant(PAGE, again) == []
    # Both gave line 8 a role, each another.
    with pytest.raises(ops.EditError) as caught:
        ops.reapply(base, ops.set_role(base, [8], Role.NOTE), ops.set_role(theirs, [8], Role.HEADING))
    assert caught.value.problem is ops.EditProblem.CROSSED
    # Both corrected line 5, each otherwise.
    other = ops.correct_text(base, 5, "正文第一行，审讦", PAGE.text(5))
    with pytest.raises(ops.EditError):
        ops.reapply(base, mine, other)
    assert ops.reapply(base, mine, mine) == mine  # the same edit on both sides


_EDITOR = """
import sys, time
from proofdesk.domain import ops
from proofdesk.storage import Library, claims
claims.LEASE = 3.0  # a short lease, so that the test need not wait three minutes
library = Library.open(sys.argv[1], editor="王五")
page_id = int(sys.argv[2])
library.claim(page_id)
page, layer, version = library.load_versioned(page_id)
library.save(page_id, layer, ops.correct_text(layer, 5, "正文第一行，审计", page.text(5)), version)
print("written", flush=True)
time.sleep(600)
"""


def test_an_editor_killed_mid_work_loses_nothing_written_and_its_claim_expires(db: str) -> None:
    page_id, _layer = _added(db)
    with subprocess.Popen(
        [sys.executable, "-c", _EDITOR, db, str(page_id)], stdout=subprocess.PIPE, text=True
    ) as editor:
        try:
            assert editor.stdout is not None and editor.stdout.readline().strip() == "written"
        finally:
            editor.send_signal(signal.SIGKILL)
            editor.wait()
    with Library.open(db, editor="李四") as li:
        assert li.claims()[page_id].editor == "王五"
        assert not li.claim(page_id).mine
        deadline = time.monotonic() + 10
        while not li.claim(page_id).mine:
            assert time.monotonic() < deadline, "the dead editor's claim never expired"
            time.sleep(0.2)
        assert li.load(page_id)[1].lines[5].correction == "正文第一行，审计"


def test_a_listener_hears_of_other_connections_changes_and_claims(pg_server: ThrowawayServer) -> None:
    url = pg_server.new_database()
    page_id, layer = _added(url)
    with Library.open(url) as watching, Library.open(url, editor="李四") as li:
        listener = watching.listen()
        assert listener is not None
        try:
            assert not listener.wait(0.2)  # nothing yet
            li.claim(page_id)
            assert listener.wait(5)
            li.save(page_id, layer, ops.set_role(layer, [1], Role.KICKER))
            assert listener.wait(5)
        finally:
            listener.close()


def test_a_file_library_has_no_listener(tmp_path: Path) -> None:
    with Library.open(tmp_path / "library.sqlite") as library:
        assert library.listen() is None
