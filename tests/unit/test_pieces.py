"""Sub-line edits: a raw line cut into segments, lines the OCR lost added, a word joined across a hyphen. The raw
page never changes, and no raw character is lost or repeated."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from proofdesk.domain import ops
from proofdesk.domain.derive import derive
from proofdesk.domain.model import (
    Break,
    Field,
    ItemState,
    Kind,
    Layer,
    LineState,
    Page,
    Role,
    check_invariant,
    line_label,
    make_layer,
)

RAW = (
    "丰收在望",  # 1
    "",  # 2
    "田野里一片金黄，确保秋粮丰收。 ■ 马红坤 史晓燕",  # 3
    "The PD-",  # 4
    "CA cycle works.",  # 5
)
PAGE = Page("p", RAW)


def layer() -> Layer:
    lines = {
        1: LineState(1, Role.TITLE),
        3: LineState(2, Role.CAPTION),
        4: LineState(3, Role.BODY),
        5: LineState(3, Role.BODY, Break.JOIN),
    }
    return make_layer(lines, [ItemState(1, Kind.ARTICLE), ItemState(2, Kind.PHOTO), ItemState(3, Kind.ARTICLE)])


CUT = RAW[2].index("■")


def test_a_credit_at_the_end_of_a_caption_becomes_the_photo_s_byline() -> None:
    cut = ops.split_line(PAGE, layer(), 3, CUT)
    (piece,) = cut.lines.keys() - layer().lines.keys()
    assert piece > len(RAW) and check_invariant(PAGE, cut) == []
    assert cut.raw_text(PAGE, 3) + cut.raw_text(PAGE, piece) == RAW[2]
    assert [line_label(cut, n) for n in cut.order] == ["1", "3", "3.2", "4", "5"]
    credited = ops.set_role(cut, [piece], Role.CREDIT)
    photo = derive(PAGE, credited)[1]
    assert photo.paragraphs == ("田野里一片金黄，确保秋粮丰收。",)
    assert photo.byline == "马红坤 史晓燕"
    assert photo.source_lines == (3,)  # the raw line once, whichever parts it gave
    assert credited.items[2].pinned  # a re-parse keeps it as the editor left it


def test_a_segment_goes_to_another_item_and_back() -> None:
    cut = ops.split_line(PAGE, layer(), 3, CUT)
    piece = max(cut.lines)
    moved = ops.move_lines(cut, [piece], 1)
    assert moved.item_lines(1) == [1, piece]
    assert derive(PAGE, moved)[0].paragraphs == ("■ 马红坤 史晓燕",)
    back = ops.remove_piece(PAGE, moved, piece)
    assert back.raw_text(PAGE, 3) == RAW[2] and piece not in back.lines


def test_a_line_is_cut_again_and_put_back_together() -> None:
    once = ops.split_line(PAGE, layer(), 3, CUT)
    first = max(once.lines)
    twice = ops.split_line(PAGE, once, 3, 4)
    second = max(twice.lines)
    assert [twice.raw_text(PAGE, n) for n in (3, second, first)] == [
        "田野里一",
        "片金黄，确保秋粮丰收。 ",
        "■ 马红坤 史晓燕",
    ]
    assert [line_label(twice, n) for n in twice.order] == ["1", "3", "3.2", "3.3", "4", "5"]
    third = ops.split_line(PAGE, twice, first, 2)  # a segment is cut too
    assert "".join(third.raw_text(PAGE, n) for n in third.order if third.raw_line(n) == 3) == RAW[2]
    whole = ops.remove_piece(
        PAGE, ops.remove_piece(PAGE, ops.remove_piece(PAGE, third, max(third.lines)), first), second
    )
    assert whole.lines == layer().lines  # the item stays pinned: the editor worked on it


def test_a_corrected_line_is_cut_at_the_same_place_of_its_correction() -> None:
    corrected = ops.correct_text(layer(), 3, "田野里一片金黄,确保秋粮丰收。 ■ 马红坤 史晓艳", RAW[2])
    cut = ops.split_line(PAGE, corrected, 3, CUT)
    piece = max(cut.lines)
    assert cut.lines[3].correction == "田野里一片金黄,确保秋粮丰收。 "
    assert cut.lines[piece].correction == "■ 马红坤 史晓艳"
    assert cut.raw_text(PAGE, piece) == "■ 马红坤 史晓燕"
    assert Field.CORRECTION in cut.lines[piece].edited
    joined = ops.remove_piece(PAGE, cut, piece)
    assert joined.lines[3].correction == corrected.lines[3].correction


def test_a_cut_at_the_start_or_end_or_of_an_added_line_is_refused() -> None:
    for at in (0, len(RAW[2]), len(RAW[2]) + 3):
        with pytest.raises(ops.EditError) as error:
            ops.split_line(PAGE, layer(), 3, at)
        assert error.value.problem is ops.EditProblem.LINE_EDGE
    added = ops.add_line(PAGE, layer(), 3, "新的一行")
    with pytest.raises(ops.EditError):
        ops.split_line(PAGE, added, max(added.lines), 2)
    with pytest.raises(ops.EditError) as error:
        ops.remove_piece(PAGE, layer(), 3)
    assert error.value.problem is ops.EditProblem.NOT_A_PIECE


def test_a_lost_headline_is_added_above_the_body() -> None:
    base = layer()
    added = ops.add_line(PAGE, base, 4, "丰收的秘诀")
    new = max(added.lines)
    assert check_invariant(PAGE, added) == []
    assert added.item_lines(3) == [new, 4, 5] and added.raw_line(new) is None
    assert added.raw_text(PAGE, new) == "" and added.lines[new].edited == frozenset(Field)
    titled = ops.set_role(added, [new], Role.TITLE)
    assert derive(PAGE, titled)[2].title == "丰收的秘诀"
    assert derive(PAGE, titled)[2].source_lines == (4, 5)
    assert line_label(titled, new) == "+"


def test_added_lines_keep_the_order_they_were_added_in() -> None:
    first = ops.add_line(PAGE, layer(), 4, "第一行")
    a = max(first.lines)
    second = ops.add_line(PAGE, first, a, "第二行", after=True)
    b = max(second.lines)
    third = ops.add_line(PAGE, second, a, "第零行")
    c = max(third.lines)
    assert [n for n in third.order if n > len(RAW)] == [c, a, b]
    last = ops.add_line(PAGE, third, 5, "文末", after=True)
    assert last.order[-1] == max(last.lines) and last.item_of(max(last.lines)) == 3
    assert ops.remove_piece(PAGE, last, max(last.lines)) == third


def test_a_word_is_joined_across_its_hyphen_in_one_step() -> None:
    assert derive(PAGE, layer())[2].paragraphs == ("The PD-CA cycle works.",)
    joined = ops.join_word(layer(), 5)
    assert joined.lines[5].brk is Break.HYPHEN and Field.BREAK in joined.lines[5].edited
    assert derive(PAGE, joined)[2].paragraphs == ("The PDCA cycle works.",)
    assert ops.join_word(joined, 5).lines[5].brk is Break.PARAGRAPH
    assert ops.toggle_break(joined, 5).lines[5].brk is Break.PARAGRAPH


def test_a_reparse_keeps_the_editor_s_pieces() -> None:
    cut = ops.split_line(PAGE, layer(), 3, CUT)
    edited = ops.add_line(PAGE, ops.set_role(cut, [max(cut.lines)], Role.CREDIT), 1, "引题", after=False)
    parsed = make_layer(
        {n: LineState(1, Role.BODY, rule="p", confidence=0.4) for n in (1, 3, 4, 5)}, [ItemState(1, Kind.ARTICLE)]
    )
    rebased = ops.rebase(edited, parsed)
    assert check_invariant(PAGE, rebased) == []
    assert {n: rebased.lines[n] for n in edited.lines if n > len(RAW)} == {
        n: edited.lines[n] for n in edited.lines if n > len(RAW)
    }
    assert derive(PAGE, rebased)[1].byline == "马红坤 史晓燕"


def test_pieces_made_on_both_sides_cross_and_one_side_s_are_reapplied() -> None:
    base = layer()
    mine = ops.split_line(PAGE, base, 3, CUT)
    theirs = ops.set_role(base, [1], Role.KICKER)
    merged = ops.reapply(base, mine, theirs)
    assert merged.lines[1].role is Role.KICKER and max(merged.lines) == max(mine.lines)
    other_piece = ops.add_line(PAGE, base, 4, "别人的")
    with pytest.raises(ops.EditError):
        ops.reapply(base, mine, other_piece)


# -- property: no sequence of edits with pieces loses or repeats a raw character ---------------------------------

KEYS = st.integers(min_value=1, max_value=12)
edit_st = st.one_of(
    st.tuples(st.just("cut"), KEYS, st.integers(min_value=0, max_value=30)),
    st.tuples(st.just("add"), KEYS, st.text(min_size=1, max_size=3), st.booleans()),
    st.tuples(st.just("remove"), KEYS),
    st.tuples(st.just("move"), st.lists(KEYS, min_size=1, max_size=3), st.one_of(st.none(), KEYS)),
    st.tuples(st.just("role"), st.lists(KEYS, min_size=1, max_size=2), st.sampled_from(list(Role))),
    st.tuples(st.just("split"), KEYS),
    st.tuples(st.just("join"), KEYS),
    st.tuples(st.just("correct"), KEYS, st.text(max_size=4)),
)


def apply(current: Layer, edit: tuple) -> Layer:  # type: ignore[type-arg]
    name, *args = edit
    match name:
        case "cut":
            return ops.split_line(PAGE, current, args[0], args[1])
        case "add":
            return ops.add_line(PAGE, current, args[0], args[1], after=args[2])
        case "remove":
            return ops.remove_piece(PAGE, current, args[0])
        case "move":
            return ops.move_lines(current, args[0], None if args[1] is None else current.item_of(args[1]))
        case "role":
            return ops.set_role(current, args[0], args[1])
        case "split":
            return ops.split_item(current, args[0])
        case "join":
            return ops.join_word(current, args[0])
        case "correct":
            return ops.correct_text(current, args[0], args[1], current.raw_text(PAGE, args[0]))
    raise AssertionError(name)


@settings(max_examples=300, deadline=None)
@given(st.lists(edit_st, max_size=14))
def test_no_edit_sequence_loses_or_repeats_a_raw_character(edits: list[tuple]) -> None:  # type: ignore[type-arg]
    current = layer()
    for edit in edits:
        try:
            current = apply(current, edit)
        except (ops.EditError, KeyError, ValueError):
            continue
        assert check_invariant(PAGE, current) == []
        for n in PAGE.content_lines():
            parts = [current.raw_text(PAGE, k) for k in current.order if current.raw_line(k) == n]
            assert "".join(parts) == PAGE.text(n)
        articles = derive(PAGE, current)
        covered = {n for a in articles for n in a.source_lines}
        ignored = {k for k, s in current.lines.items() if s.role is Role.IGNORED}
        assert covered | {current.raw_line(k) for k in ignored} >= set(PAGE.content_lines())
