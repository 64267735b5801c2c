"""A column reads downward. On a page with line boxes, a line of running text printed right under a line of
running text of another story, in the same column, goes on that story: an OCR order that reads a band of the
page by rows across its columns (a band no cut could part) puts each column's lines between the other
columns' lines, and the stories made of that order cut the columns across."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from .classes import Cls
from .groups import Story
from .profile import ROW_OVERLAP, Line

# A line above that is this many em wider than the column of the line under it spans two columns (an OCR
# engine read them as one line): it tells nothing of the column.
SPANS = 2.0


def follow_columns(
    stories: dict[int, list[Story]], lines: list[Line], classes: list[Cls], above: list[int | None]
) -> None:
    """Move each line of running text (top to bottom on the scan) onto the story of the line of running text
    printed right above it in its column (see `profile.printed_above`), when that is another story's and no
    other line on that row stands over it too. A story left with no running text keeps its headline as an
    item of its own. Captions stay under their photo."""
    owner = {i: story for run in stories.values() for story in run for i in story.lines}
    rows = sorted((line.box[1], line.index) for line in lines if line.box is not None)
    tops = [top for top, _ in rows]
    moved = False
    for _top, i in rows:
        j, story = above[i], owner.get(i)
        if j is None or story is None or classes[i] is not Cls.TEXT or classes[j] not in (Cls.TEXT, Cls.LEAD):
            continue
        target = owner.get(j)
        if target is None or target is story or story.dated or target.dated:
            continue
        if not _column_over(lines[j], lines[i], lines, rows, tops):
            continue
        story.lines.remove(i)
        story.columns_by_words.discard(i)
        story.headings.discard(i)
        if story.lines and story.lines[0] > i:
            story.opened_by = None  # the start it was opened at went on the story above
        target.lines = sorted([*target.lines, i])
        owner[i] = target
        moved = True
    if moved:
        for k in stories:
            stories[k] = [story for story in stories[k] if story.lines or story.header]


def _column_over(a: Line, b: Line, lines: list[Line], rows: list[tuple[float, int]], tops: list[float]) -> bool:
    """`a` is the line of `b`'s column printed right above it: `b` starts where `a` ends (within a line's height)
    and under it (a paragraph's short last line and the next one, indented, share a little of their width),
    `a` spans no more than the column, and no other box on `a`'s row stands over `b` (an engine that cut one
    printed row in two)."""
    if a.box is None or b.box is None or a.width > b.column + SPANS:
        return False
    ax, ay, aw, ah = a.box
    bx, by, bw, bh = b.box
    if min(ax + aw, bx + bw) <= max(ax, bx) or not ay + ah - ROW_OVERLAP * bh <= by <= ay + ah + max(ah, bh):
        return False
    for _top, k in rows[bisect_left(tops, ay - ROW_OVERLAP * ah) : bisect_right(tops, ay + ROW_OVERLAP * ah)]:
        box = lines[k].box
        assert box is not None
        if k not in (a.index, b.index) and min(bx + bw, box[0] + box[2]) - max(bx, box[0]) > 0:
            return False
    return True
