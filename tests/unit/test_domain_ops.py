"""Edit operations on a layer: each does what the editor asked, and no sequence of them loses a raw line."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from proofdesk.domain import ops
from proofdesk.domain.derive import derive
from proofdesk.domain.model import (
    Break,
    ItemState,
    Kind,
    Layer,
    LineState,
    Page,
    Role,
    Status,
    check_invariant,
    diff,
    make_layer,
)

RAW = (
    "激活“神经末梢”",  # 1
    "■ 本报记者 苑莘",  # 2
    "",  # 3
    "今年以来，该镇牢固树立",  # 4
    "“党建+”理念。",  # 5
    "",  # 6
    "7月23日，开发区政务",  # 7
    "服务中心。",  # 8
    "■ 商景豪",  # 9
)
PAGE = Page("p", RAW)


def layer() -> Layer:
    """Three items: 1-5 article, 7-9 photo."""
    lines = {
        1: LineState(1, Role.TITLE),
        2: LineState(1, Role.BYLINE),
        4: LineState(1, Role.BODY),
        5: LineState(1, Role.BODY, Break.JOIN),
        7: LineState(2, Role.CAPTION, confidence=0.3),
        8: LineState(2, Role.CAPTION, Break.JOIN),
        9: LineState(2, Role.CREDIT),
    }
    return make_layer(lines, [ItemState(1, Kind.ARTICLE), ItemState(2, Kind.PHOTO)])


def test_layer_is_valid_and_derives() -> None:
    assert check_invariant(PAGE, layer()) == []
    first, second = derive(PAGE, layer())
    assert (first.title, first.byline) == ("激活“神经末梢”", "本报记者 苑莘")
    assert first.paragraphs == ("今年以来，该镇牢固树立“党建+”理念。",)
    assert second.kind is Kind.PHOTO and second.byline == "商景豪"
    assert second.source_lines == (7, 8, 9)


def test_split_starts_a_new_item_and_pins_both() -> None:
    after = ops.split_item(layer(), 4)
    assert after.item_lines(1) == [1, 2]
    new = after.item_of(4)
    assert new is not None and new not in (1, 2) and after.item_lines(new) == [4, 5]
    assert after.items[1].pinned and after.items[new].pinned
    assert not any(after.lines[n].edited for n in (1, 2, 4, 5))  # no line was corrected
    assert [a.source_lines for a in derive(PAGE, after)] == [(1, 2), (4, 5), (7, 8, 9)]


def test_split_at_first_line_is_refused() -> None:
    with pytest.raises(ops.EditError):
        ops.split_item(layer(), 1)


def test_merge_takes_all_lines_and_themes() -> None:
    tagged = ops.set_tags(ops.set_tags(layer(), 1, ["党建品牌"]), 2, ["为民服务", "党建品牌"])
    after = ops.merge_items(tagged, 1, 2)
    assert list(after.items) == [1]
    assert after.item_lines(1) == [1, 2, 4, 5, 7, 8, 9]
    assert after.items[1].tags == ("党建品牌", "为民服务")


def test_neighbour_and_merge_with_next() -> None:
    assert ops.neighbour(layer(), 1, +1) == 2
    with pytest.raises(ops.EditError):
        ops.neighbour(layer(), 2, +1)


def test_move_lines_to_other_and_new_item() -> None:
    after = ops.move_lines(layer(), [9], 1)
    assert after.item_lines(1) == [1, 2, 4, 5, 9]
    fresh = ops.move_lines(after, [7, 8], None)
    new = fresh.item_of(7)
    assert new is not None and fresh.item_lines(new) == [7, 8]
    assert 2 not in fresh.items  # the emptied photo item is gone


def test_ignore_and_restore_a_line() -> None:
    ignored = ops.set_role(layer(), [2], Role.IGNORED)
    assert ignored.lines[2].item is None
    assert derive(PAGE, ignored)[0].byline == ""
    restored = ops.set_role(ignored, [2], Role.BYLINE)
    assert restored.lines[2].item == 1 and derive(PAGE, restored)[0].byline == "本报记者 苑莘"


def test_toggle_break_joins_paragraphs() -> None:
    split = ops.toggle_break(layer(), 5)
    assert split.lines[5].brk is Break.PARAGRAPH
    assert derive(PAGE, split)[0].paragraphs == ("今年以来，该镇牢固树立", "“党建+”理念。")
    assert ops.toggle_break(split, 5).lines[5].brk is Break.JOIN


def test_correct_text_keeps_raw() -> None:
    after = ops.correct_text(layer(), 4, "今年以来，该镇牢固树立了", PAGE.text(4))
    assert after.lines[4].correction == "今年以来，该镇牢固树立了"
    assert PAGE.text(4) == RAW[3]
    assert "牢固树立了“党建+”" in derive(PAGE, after)[0].paragraphs[0]
    cleared = ops.correct_text(after, 4, PAGE.text(4), PAGE.text(4))
    assert cleared.lines[4].correction is None
    with pytest.raises(ops.EditError):
        ops.correct_text(layer(), 4, "two\nlines", PAGE.text(4))


def test_tagging_pins_the_item_but_edits_no_line() -> None:
    after = ops.set_tags(layer(), 2, ["为民服务"])
    assert after.items[2].pinned and not any(s.edited for s in after.lines.values())


def test_a_taxonomy_edit_retags_items_without_pinning_them() -> None:
    start = layer()
    assert ops.retag_items(start, {2: ("为民服务",)}).items[2].tags == ("为民服务",)
    assert not ops.retag_items(start, {2: ("为民服务",)}).items[2].pinned
    assert ops.retag_items(start, {999: ("为民服务",)}) is start, "keys of other pages are left out"
    assert ops.retag_items(start, {2: start.items[2].tags}) is start


def test_kind_status_and_editing_clears_doubt() -> None:
    after = ops.set_kind(layer(), 2, Kind.ARTICLE)
    assert after.items[2].kind is Kind.ARTICLE and after.items[2].kind_edited
    assert layer().doubts() == [7]
    assert ops.set_role(layer(), [7], Role.CAPTION).doubts() == []
    assert ops.set_status(layer(), Status.DONE).status is Status.DONE


def test_confirming_a_doubt_keeps_the_parser_decision_as_the_editor_s() -> None:
    before = layer()
    after = ops.confirm_doubts(before, [7, 8])
    assert after.doubts() == []
    state = after.lines[7]
    assert (state.item, state.role, state.brk) == (2, Role.CAPTION, Break.PARAGRAPH)
    assert after.lines[8] == before.lines[8], "only doubts are confirmed"
    assert after.items[2].pinned and check_invariant(PAGE, after) == []
    with pytest.raises(ops.EditError):
        ops.confirm_doubts(after, [7, 8])
    # A re-parse that would decide otherwise keeps the confirmed line as it is, in its item.
    other = {n: replace(s, item=1, role=Role.BODY, brk=Break.JOIN, confidence=0.9) for n, s in before.lines.items()}
    reparsed = ops.rebase(after, make_layer(other, [ItemState(1, Kind.ARTICLE)]))
    assert (reparsed.lines[7].role, reparsed.lines[7].brk) == (Role.CAPTION, Break.PARAGRAPH)
    assert reparsed.item_lines(reparsed.lines[7].item or 0) == [7, 8, 9]
    assert reparsed.doubts() == []


def test_diff_names_what_changed() -> None:
    before = layer()
    change = diff(before, ops.toggle_break(before, 5))
    assert change.lines == {5} and not change.items and not change.status
    assert not diff(before, layer())


def test_edits_on_blank_or_unknown_are_refused() -> None:
    with pytest.raises(ops.EditError):
        ops.toggle_break(layer(), 3)
    with pytest.raises(ops.EditError):
        ops.set_kind(layer(), 99, Kind.AD)


# -- property: no sequence of edits loses or duplicates a raw line -----------------------------------------------

LINES = [n for n in range(1, len(RAW) + 1) if RAW[n - 1]]
line_st = st.sampled_from(LINES)
edit_st = st.one_of(
    st.tuples(st.just("split"), line_st),
    st.tuples(st.just("merge"), line_st, line_st),
    st.tuples(st.just("move"), st.lists(line_st, min_size=1, max_size=4), st.one_of(st.none(), line_st)),
    st.tuples(st.just("role"), st.lists(line_st, min_size=1, max_size=3), st.sampled_from(list(Role))),
    st.tuples(st.just("break"), line_st),
    st.tuples(st.just("correct"), line_st, st.text(max_size=5)),
    st.tuples(st.just("kind"), line_st, st.sampled_from(list(Kind))),
    st.tuples(st.just("tags"), line_st, st.lists(st.sampled_from(["a", "b", "c"]), max_size=3)),
    st.tuples(st.just("confirm"), st.lists(line_st, min_size=1, max_size=3)),
)


def apply(current: Layer, edit: tuple) -> Layer:  # type: ignore[type-arg]
    name, *args = edit
    item = current.item_of
    match name:
        case "split":
            return ops.split_item(current, args[0])
        case "merge":
            a, b = item(args[0]), item(args[1])
            if a is None or b is None:
                raise ops.EditError(ops.EditProblem.IGNORED_LINE)
            return ops.merge_items(current, a, b)
        case "move":
            return ops.move_lines(current, args[0], None if args[1] is None else item(args[1]))
        case "role":
            return ops.set_role(current, args[0], args[1])
        case "break":
            return ops.toggle_break(current, args[0])
        case "correct":
            return ops.correct_text(current, args[0], args[1], PAGE.text(args[0]))
        case "confirm":
            return ops.confirm_doubts(current, args[0])
        case "kind" | "tags":
            key = item(args[0])
            if key is None:
                raise ops.EditError(ops.EditProblem.IGNORED_LINE)
            return ops.set_kind(current, key, args[1]) if name == "kind" else ops.set_tags(current, key, args[1])
    raise AssertionError(name)


@settings(max_examples=300, deadline=None)
@given(st.lists(edit_st, max_size=12))
def test_no_edit_sequence_breaks_the_invariant(edits: list[tuple]) -> None:  # type: ignore[type-arg]
    current = layer()
    for edit in edits:
        try:
            current = apply(current, edit)
        except (ops.EditError, KeyError):
            continue
        assert check_invariant(PAGE, current) == []
        articles = derive(PAGE, current)
        covered = sorted(n for a in articles for n in a.source_lines)
        ignored = sorted(n for n, s in current.lines.items() if s.role is Role.IGNORED)
        assert sorted(covered + ignored) == LINES  # every line exactly once
    assert PAGE.lines == RAW
