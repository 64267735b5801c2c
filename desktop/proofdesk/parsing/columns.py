"""Columns of one article side by side. On a page with line boxes, a block of running text at the top of its
column whose first line stands level with the top of a column of running text right left of it is the next
column of that module, unless a headline of its own stands over it: it goes on that column's story,
wherever the OCR order put it (an order that reads the page column by column gives a module's next column
after the headlines and stories printed under its first).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from statistics import median

from .classes import RUNNING, STORY_TEXT, Cls
from .groups import Story
from .profile import Box, Line, read_down
from .segments import head_above

# Two first lines are level when their tops differ by at most this share of a line's height.
LEVEL = 0.5
# The next column starts at most this many em right of the column before it ends (the gap between columns).
COLUMN_GAP = 4.0
# Columns of one module are about as wide: their widths differ by this many em at most.
SAME_WIDTH = 3.0


def continue_columns(
    stories: dict[int, list[Story]],
    lines: list[Line],
    classes: list[Cls],
    above: list[int | None],
    make: Callable[[list[int], set[int]], Story],
) -> None:
    """Move each block of running text standing level with, and right of, a block of another story's text onto
    that story (with the blocks printed right under it); the stories left over are made again by `make` from
    their remaining lines and headings."""
    owner = {i: story for run in stories.values() for story in run for i in story.lines}
    blocks = {
        start: block
        for start, block in _text_blocks(lines, classes, owner).items()
        if _column_top(start, classes, above)
    }
    moved = False
    for start, block in blocks.items():
        left = _left_neighbour(start, block, blocks, lines)
        if left is None or _own_headline(start, left, lines, classes, above):
            continue
        source, target = owner[start], owner[left]
        # A lead opens a story, and a caption stays under its photo.
        if source is target or classes[start] is Cls.LEAD or source.dated or target.dated:
            continue
        run = _run_from(start, source, lines)
        source.lines = [i for i in source.lines if i not in run]
        target.lines = sorted([*target.lines, *run])
        target.headings |= source.headings & run
        source.headings -= run
        for i in run:
            owner[i] = target
        moved = True
    if not moved:
        return
    for k in list(stories):
        kept = [make(story.lines, story.headings) if story.lines else story for story in stories[k]]
        stories[k] = [story for story in kept if story.lines]
        if not stories[k]:
            del stories[k]


def _column_top(i: int, classes: list[Cls], above: list[int | None]) -> bool:
    """No running text is printed right above line `i`."""
    j = above[i]
    return j is None or classes[j] not in RUNNING


def _own_headline(start: int, left: int, lines: list[Line], classes: list[Cls], above: list[int | None]) -> bool:
    """A headline printed over the block and not over the column left of it too: the block opens a story."""
    head = head_above(lines, classes, above, start)
    return head is not None and head != head_above(lines, classes, above, left)


def _text_blocks(lines: list[Line], classes: list[Cls], owner: dict[int, Story]) -> dict[int, list[int]]:
    """The boxed blocks of running text in stories, by their first line: lines between blank lines."""
    blocks: dict[int, list[int]] = {}
    start: int | None = None
    for line in lines:
        i = line.index
        text = i in owner and classes[i] in STORY_TEXT and line.box is not None
        if not text or line.gap_before or start is None:
            start = i if text else None
            if start is not None:
                blocks[start] = []
        if start is not None:
            blocks[start].append(i)
    return blocks


def _left_neighbour(start: int, block: list[int], blocks: dict[int, list[int]], lines: list[Line]) -> int | None:
    """The earlier block whose first line stands level with `start` and whose column ends right left of it."""
    first = lines[start].box
    assert first is not None
    _x, y, _w, h = first
    left_edge, right_edge = _edges(block, lines)
    for other, members in blocks.items():
        if other >= start:
            break
        box = lines[other].box
        assert box is not None
        if abs(box[1] - y) > LEVEL * min(h, box[3]):
            continue
        other_left, other_right = _edges(members, lines)
        if not -h <= left_edge - other_right <= COLUMN_GAP * h:
            continue
        if abs((right_edge - left_edge) - (other_right - other_left)) <= SAME_WIDTH * h:
            return other
    return None


def _edges(block: list[int], lines: list[Line]) -> tuple[float, float]:
    """The column's left and right edges (the medians: a paragraph's first line is indented, its last short)."""
    boxes: list[Box] = [box for i in block if (box := lines[i].box) is not None]
    return median(x for x, _y, _w, _h in boxes), median(x + w for x, _y, w, _h in boxes)


def _run_from(start: int, story: Story, lines: list[Line]) -> set[int]:
    """The story's lines from `start` on while they stand right under one another (a blank the OCR engine
    put in a column does not end it)."""
    members = [i for i in story.lines if i >= start]
    run = {members[0]}
    for a, b in pairwise(members):
        if (lines[b].gap_before or b != a + 1) and not read_down(lines[a], lines[b]):
            break
        run.add(b)
    return run
