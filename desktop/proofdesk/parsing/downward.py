"""A column reads downward. On a page with line boxes, a line of running text printed right under a line of
running text of another story, in the same column, goes on that story, and a headline line printed right
under a headline line in the same type goes on its item: an OCR order that reads a band of the page by rows
across its columns (a band no cut could part) puts each column's lines between the other columns' lines,
and the stories and headlines made of that order cut the columns across. For the same reason a
photographer's credit read after a line makes it a caption only when it is printed on the row under it."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from .classes import RUNNING, STORY_TEXT, Cls
from .groups import Story
from .profile import ROW_OVERLAP, Line

# A line above that is this many em wider than the column of the line under it spans two columns (an OCR
# engine read them as one line): it tells nothing of the column.
SPANS = 2.0
# A line starts at most this many line heights under the one above it in its column (a line the engine lost,
# or read with the next column's, leaves a row's gap), which is sought this many line heights up.
GAP = 2.0
REACH = 4.0
# A headline's next line starts at most this share of its height under the line before, and their heights
# differ by at most this share.
HEADLINE_GAP = 0.5
SAME_TYPE = 0.2


def follow_columns(
    stories: dict[int, list[Story]], lines: list[Line], classes: list[Cls], above: list[int | None]
) -> None:
    """Move each line of running text (top to bottom on the scan) onto the story of the line of running text
    printed right above it in its column (see `_column_over`), when that is another story's. A story left with
    no running text keeps its headline as an item of its own. Captions stay under their photo."""
    owner = {i: story for run in stories.values() for story in run for i in story.lines}
    rows = sorted((line.box[1], line.index) for line in lines if line.box is not None)
    tops = [top for top, _ in rows]
    moved = False
    for _top, i in rows:
        story, j = owner.get(i), above[i]
        if story is None or classes[i] is not Cls.TEXT or story.dated:
            continue
        if j is not None and owner.get(j) is story and lines[j].width <= lines[i].column + SPANS:
            continue  # (the line right above is the story's own: no need to look further)
        j = _column_over(lines[i], lines, classes, rows, tops)
        target = owner.get(j) if j is not None and classes[j] in STORY_TEXT else None
        if target is None or target is story or target.dated:
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


def _column_over(
    b: Line, lines: list[Line], classes: list[Cls], rows: list[tuple[float, int]], tops: list[float]
) -> int | None:
    """The line of `b`'s column printed right above it: the nearest box ending above `b`'s top and sharing a
    stretch of its width (a paragraph's short last line and the next one, indented, share little), past any
    running text that spans more than the column (two columns' lines an engine read as one); None unless `b`
    starts where it ends (within `GAP` line heights) and no other box on its row stands over `b` too (an
    engine that cut one printed row in two)."""
    assert b.box is not None
    bx, by, bw, bh = b.box
    best: tuple[float, int, float] | None = None  # the bottom, index and height of the nearest box above
    for _top, k in rows[bisect_left(tops, by - REACH * bh) : bisect_left(tops, by)]:
        a = lines[k]
        assert a.box is not None
        ax, ay, aw, ah = a.box
        if ay + ah - ROW_OVERLAP * bh > by or min(ax + aw, bx + bw) <= max(ax, bx):
            continue
        if a.width > b.column + SPANS and classes[k] in RUNNING:
            continue
        if best is None or ay + ah > best[0]:
            best = (ay + ah, k, ah)
    if best is None:
        return None
    bottom, j, ah = best
    if by > bottom + GAP * max(ah, bh):
        return None
    row = bottom - ah
    for _top, k in rows[bisect_left(tops, row - ROW_OVERLAP * ah) : bisect_right(tops, row + ROW_OVERLAP * ah)]:
        box = lines[k].box
        assert box is not None
        if k not in (j, b.index) and min(bx + bw, box[0] + box[2]) > max(bx, box[0]):
            return None
    return j


def stacked_headlines(lines: list[Line], headlines: dict[int, int], others: dict[int, int]) -> dict[int, int]:
    """Headline lines (`headlines`: line index → the item it went to) printed right under a headline line set
    in the same type, in its column (within `HEADLINE_GAP` of its height): one headline, wrapped, that an OCR
    order read with other columns' lines between its own; and so are lines taken for bylines, headings or
    labels (`others`) set in a headline's type. The item of the line above, for each such line, top to
    bottom."""
    boxes = {i: box for i in [*headlines, *others] if (box := lines[i].box) is not None}
    ends = sorted((y + h, j) for j, (_x, y, _w, h) in boxes.items())
    bottoms = [bottom for bottom, _ in ends]
    owner = headlines | others
    stacked: dict[int, int] = {}
    for i, (bx, by, bw, bh) in sorted(boxes.items(), key=lambda kv: kv[1][1]):
        for _bottom, j in ends[bisect_left(bottoms, by - HEADLINE_GAP * bh) : bisect_right(bottoms, by)]:
            ax, _ay, aw, _ah = boxes[j]
            if (
                (j in headlines or j in stacked)
                and (owner[j] != owner[i] or i in others)
                and min(ax + aw, bx + bw) > max(ax, bx)
                and _same_size(lines[j], lines[i])
            ):
                owner[i] = stacked[i] = owner[j]
                break
    return stacked


def _same_size(a: Line, b: Line) -> bool:
    """The two lines are set in one type: their type sizes where the scan measures both (a box's height varies
    with its characters' shapes: `人死亡` under `多地 造成50`), else their boxes' heights."""
    assert a.box is not None and b.box is not None
    sizes = (a.scale, b.scale) if a.scale is not None and b.scale is not None else (a.box[3], b.box[3])
    return abs(sizes[0] - sizes[1]) <= SAME_TYPE * max(sizes)


def credit_apart(last: Line, credit: Line) -> bool:
    """The scan shows a photographer's credit printed elsewhere than on the row under the text before it (on
    its row, in another column, or far from it)."""
    if last.box is None or credit.box is None:
        return False
    _ax, ay, _aw, ah = last.box
    _bx, by, _bw, bh = credit.box
    return not ay + ah - ROW_OVERLAP * bh <= by <= ay + ah + GAP * max(ah, bh)
