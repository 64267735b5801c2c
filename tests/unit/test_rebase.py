"""Re-parsing a page keeps every editor decision and takes everything else from the new parse."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from proofdesk.domain import ops
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
    make_layer,
)
from tests.unit.test_domain_ops import PAGE, apply, edit_st, layer


def reparsed() -> Layer:
    """A 'better parser' that joins 7-9 to the article and calls line 5 a heading."""
    lines = {
        1: LineState(10, Role.TITLE, rule="new"),
        2: LineState(10, Role.BYLINE, rule="new"),
        4: LineState(10, Role.BODY, rule="new"),
        5: LineState(10, Role.HEADING, rule="new"),
        7: LineState(11, Role.CAPTION, rule="new"),
        8: LineState(11, Role.CAPTION, Break.JOIN, rule="new"),
        9: LineState(11, Role.CREDIT, rule="new"),
    }
    return make_layer(lines, [ItemState(10, Kind.ARTICLE), ItemState(11, Kind.PHOTO)])


def test_untouched_layer_takes_the_new_parse_with_old_keys() -> None:
    result = ops.rebase(layer(), reparsed())
    assert result.lines[5].role is Role.HEADING
    assert result.lines[1].rule == "new"
    assert set(result.items) == {1, 2}  # keys of the items they overlap
    assert check_invariant(PAGE, result) == []


def test_editor_values_survive() -> None:
    edited = ops.correct_text(layer(), 4, "今年以来，该镇", PAGE.text(4))
    edited = ops.set_role(edited, [5], Role.BODY)
    edited = ops.set_tags(edited, 2, ["为民服务"])
    edited = ops.toggle_break(edited, 8)
    result = ops.rebase(edited, reparsed())
    assert result.lines[4].correction == "今年以来，该镇"
    assert result.lines[5].role is Role.BODY
    assert result.lines[8].brk is Break.PARAGRAPH
    assert result.items[2].tags == ("为民服务",)
    assert result.item_lines(2) == [7, 8, 9]
    assert result.items[2].pinned


def test_editor_grouping_survives_a_parse_that_disagrees() -> None:
    edited = ops.merge_items(layer(), 1, 2)
    result = ops.rebase(edited, reparsed())
    assert result.item_lines(1) == [1, 2, 4, 5, 7, 8, 9]
    assert len(result.items) == 1


def test_themes_of_an_unchanged_item_survive_on_its_kind() -> None:
    edited = ops.set_kind(layer(), 2, Kind.AD)
    result = ops.rebase(edited, reparsed())
    assert result.items[2].kind is Kind.AD


@settings(max_examples=200, deadline=None)
@given(st.lists(edit_st, max_size=10))
def test_rebase_after_any_edits_keeps_them(edits: list[tuple]) -> None:  # type: ignore[type-arg]
    current = layer()
    for edit in edits:
        try:
            current = apply(current, edit)
        except (ops.EditError, KeyError):
            continue
    result = ops.rebase(current, reparsed())
    assert check_invariant(PAGE, result) == []
    for n, state in current.lines.items():
        kept = result.lines[n]
        if Field.ROLE in state.edited:
            assert kept.role is state.role
        if Field.BREAK in state.edited:
            assert kept.brk is state.brk
        if Field.CORRECTION in state.edited:
            assert kept.correction == state.correction
        if state.item is not None and (Field.ITEM in state.edited or current.items[state.item].pinned):
            assert kept.item == state.item
            assert result.item_lines(state.item) == current.item_lines(state.item)
    for key, item in current.items.items():
        if item.tags and key in result.items:
            assert result.items[key].tags == item.tags


def test_rebase_of_a_page_with_its_own_parse_changes_nothing() -> None:
    page = Page("x", ("标题", "", "正文一行", "正文二行"))
    from proofdesk.parsing import parse_page

    first = parse_page(page)
    assert ops.rebase(first, parse_page(page)) == first
