"""Headlines away from their stories: a stack of headline groups printed one after another (an OCR order
that reads the headlines first), and headlines neither neighbour took. Each goes to the story anywhere on
the page whose text holds most of its words; a story two of them claim is cut where their words part. A
headline its neighbours took weakly whose words a story under another headline holds cuts that story at the
column where the two headlines' words part. The headlines left over go to the stories left over that open
with a dateline lead (an article's start).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from . import features as f
from .attach import (
    MIN_HALF,
    SPLIT_CONFIDENCE,
    SPLIT_MIN,
    attach,
    best_cut,
    cover,
    coverage,
    halves,
    part_of,
    story_of,
    words_of,
)
from .frequencies import Weights
from .groups import Part, Side, Story
from .profile import Line

# A headline goes to a story elsewhere on the page only when the story holds this share of its words; one
# its neighbours took weakly (this sure at most) moves there when it holds this much more than they do.
FAR_MIN = 0.3
WEAK = 0.55
FAR_MARGIN = 0.25
# A story another headline took already is claimed with less: it is cut in two only where the words part.
FAR_SHARED = 0.15
# A headline left without a story goes to a lead left without a headline that holds this share of its words,
# this much more than the next lead.
LEFTOVER_MIN = 0.1
LEFTOVER_MARGIN = 0.1
# A story printed right under a headline's group counts as holding this much more of its words.
UNDER = 0.5
# A story whose lead names the reporter signed under a headline (`本报讯（记者顾雨…）` for `顾雨`) counts as
# holding this much more of its words; the lead is the story's first characters.
NAMED_REPORTER = 0.3
LEAD_CHARS = 40
# Two stories printed side by side: the OCR order read two columns across each row (more are parted by
# `regroup.part_rows`, each headline's lines under it).
SIDE_BY_SIDE = 2
# What a byline says besides its names.
_BYLINE_WORDS = re.compile(r"本报|新华社|特约|记者|通讯员|撰文|摄影|摄|文/|图/|[^\u4e00-\u9fff]")


def is_stack(parts: list[Part]) -> bool:
    """Headlines printed one after another before (or after) the bodies, as an OCR order that reads the page
    top-down gives them: three or more, or two with a story on one side only. Their neighbours say
    nothing about where they belong."""
    titles = sum(1 for p in parts if p.title)
    first = parts[0] if parts else None
    return titles >= 3 or (titles == 2 and first is not None and (first.prev is None or first.next is None))


def place_far(
    parts: list[Part],
    stories: list[Story],
    lines: list[Line],
    weights: Weights,
    rows: Mapping[int, int],
    under: Callable[[Part, Story], bool] = lambda _part, _story: False,
) -> list[tuple[Story, Story, Story]]:
    """Headlines without a story go to the story anywhere on the page whose text holds most of their words,
    surest pairs first (never to a photo's caption). A story two of them claim is two stories printed side by
    side whose columns an OCR order read by rows (`rows`, see `breaks.interleaved_lines`), parted column by
    column where their words part so, or else two printed one after the other, cut where their words part (as
    `place_titles` does). A story `under` says is printed under the headline's group (on a page with line
    boxes) counts as holding `UNDER` more of its words. Returns the stories split, as (story, first half,
    second half)."""
    stories = list(stories)
    named = _reporters_named(parts, lines)

    def near(part: Part, story: Story) -> bool:
        return under(part, story) or named(part, story)

    splits: list[tuple[Story, Story, Story]] = []
    for part in parts:
        weak = part.title and part.side is not None and part.confidence <= WEAK
        if weak and part.rule != "headline-split-story" and not _move_if_far(part, stories, lines, weights, near):
            split = _split_headed(part, parts, stories, lines, weights, near, rows)
            if split is not None:
                splits.append(split)
    pending = [p for p in parts if p.title and p.side is None]
    holder: dict[int, Part] = {}
    shares: dict[tuple[int, int], float] = {}  # (headline, story) → how well they go together, worked out once
    while pending:
        best = _surest(pending, stories, holder, lines, weights, under, named, shares)
        if best is None:
            break
        share, runner_up, part, story = best
        pending.remove(part)
        part.confidence = min(0.9, 0.5 + share - runner_up)
        part.rule = "headline-far"
        if story.title:
            earlier = holder.pop(id(story))
            halves = _far_halves(story, earlier, part, stories, lines, weights, rows)
            if halves is None:
                part.confidence, part.rule = 0.6, "headline-alone"
                holder[id(story)] = earlier
                continue
            splits.append((story, *_cut(story, halves, parts, stories)))
            for half, claimant in halves:
                holder[id(half)] = claimant
            continue
        part.side, part.far = Side.FAR, story
        story.title = True
        holder[id(story)] = part
        attach(part, story)
    _place_leftovers(pending, stories, lines, weights)
    for part in pending:
        if not part.rule:
            part.confidence, part.rule = 0.6, "headline-alone"
    return splits


def _place_leftovers(pending: list[Part], stories: list[Story], lines: list[Line], weights: Weights) -> None:
    """A story that opens with a dateline lead is an article's start and has a headline somewhere: the headlines
    left without a story go to the leads left without a headline whose text holds most of their words, surest
    first, when it holds `LEFTOVER_MIN` of them and `LEFTOVER_MARGIN` more than the next lead does."""
    while True:
        leads = [story for story in stories if story.lead and not story.title and not story.dated]
        best: tuple[float, Part, Story] | None = None
        for part in pending:
            words = words_of(part, lines)
            shares = sorted(
                ((coverage(words, story, lines, weights), k) for k, story in enumerate(leads)), reverse=True
            )
            if not shares or shares[0][0] < LEFTOVER_MIN:
                continue
            margin = shares[0][0] - (shares[1][0] if len(shares) > 1 else 0.0)
            if margin >= LEFTOVER_MARGIN and (best is None or margin > best[0]):
                best = (margin, part, leads[shares[0][1]])
        if best is None:
            return
        _, part, story = best
        pending.remove(part)
        part.side, part.far, part.confidence, part.rule = Side.FAR, story, 0.55, "headline-far"
        story.title = True
        attach(part, story)


def _surest(
    pending: list[Part],
    stories: list[Story],
    holder: dict[int, Part],
    lines: list[Line],
    weights: Weights,
    under: Callable[[Part, Story], bool],
    named: Callable[[Part, Story], bool],
    known: dict[tuple[int, int], float],
) -> tuple[float, float, Part, Story] | None:
    """The headline and story that go together best (their share, the runner-up's share), among the stories
    without a headline and those `holder` gave one far away. `known` keeps each pair's share from one call to
    the next (a story's lines do not change while headlines are placed; a story cut in two gives new ones)."""
    best: tuple[float, float, Part, Story] | None = None
    for part in pending:
        words = words_of(part, lines)
        scored: list[tuple[float, int]] = []
        for k, story in enumerate(stories):
            if (not story.title and not story.dated) or id(story) in holder:
                pair = (id(part), id(story))
                if pair not in known:
                    known[pair] = (
                        coverage(words, story, lines, weights)
                        + (UNDER if under(part, story) else 0.0)
                        + (NAMED_REPORTER if named(part, story) else 0.0)
                    )
                scored.append((known[pair], k))
        shares = sorted(scored, reverse=True)
        floor = FAR_SHARED if shares and id(stories[shares[0][1]]) in holder else FAR_MIN
        if shares and shares[0][0] >= floor and (best is None or shares[0][0] > best[0]):
            runner_up = shares[1][0] if len(shares) > 1 else 0.0
            best = (shares[0][0], runner_up, part, stories[shares[0][1]])
    return best


def _reporters_named(parts: list[Part], lines: list[Line]) -> Callable[[Part, Story], bool]:
    """Whether a story's lead names a reporter of the byline printed under a headline (a byline part after
    the title part of its group, between the same stories)."""
    names: dict[int, list[str]] = {}
    title: Part | None = None
    for part in parts:
        if part.title:
            title = part
        elif title is not None and part.prev is title.prev and part.next is title.next:
            for i, _ in part.lines:
                text = _BYLINE_WORDS.sub(" ", f.mark_stripped(lines[i].text))
                names.setdefault(id(title), []).extend(name for name in text.split() if len(name) >= 2)

    leads: dict[int, str] = {}

    def named(part: Part, story: Story) -> bool:
        if id(part) not in names:
            return False
        if id(story) not in leads:
            leads[id(story)] = "".join(f.compact(lines[i].text) for i in story.lines[:3])[:LEAD_CHARS]
        lead = leads[id(story)]
        return any(name[k : k + 2] in lead for name in names[id(part)] for k in range(len(name) - 1))

    return named


def _move_if_far(
    part: Part, stories: list[Story], lines: list[Line], weights: Weights, under: Callable[[Part, Story], bool]
) -> bool:
    """A headline its neighbours took only weakly is set free when an untitled story elsewhere holds far
    more of its words (`place_far` then places it); not when the scan shows the story printed under it.
    Tells whether it was."""
    current = story_of(part)
    if current is None or under(part, current):
        return False
    words = words_of(part, lines)
    here = coverage(words, current, lines, weights)
    best = max((coverage(words, s, lines, weights) for s in stories if not s.title and not s.dated), default=0.0)
    if best >= FAR_MIN and best >= here + FAR_MARGIN:
        _detach(part, current)
        part.side, part.rule = None, ""
        return True
    return False


def _split_headed(
    part: Part,
    parts: list[Part],
    stories: list[Story],
    lines: list[Line],
    weights: Weights,
    near: Callable[[Part, Story], bool],
    rows: Mapping[int, int],
) -> tuple[Story, Story, Story] | None:
    """A headline its neighbours took only weakly whose words a story headed by another headline holds far
    more of: that story is two run together (a column of another joined on where a sentence seemed to go on).
    It is cut where the two headlines' words part, and the headline heads its half."""
    current = story_of(part)
    if current is None or near(part, current):
        return None
    words = words_of(part, lines)
    here = coverage(words, current, lines, weights)
    found = [(coverage(words, s, lines, weights), k) for k, s in enumerate(stories) if s.title and s is not current]
    best, k = max(found, default=(0.0, -1))
    story = stories[k] if k >= 0 else None
    if story is None or story.dated or best < FAR_MIN or best < here + FAR_MARGIN:
        return None
    held = next((p for p in parts if p.title and p is not part and story_of(p) is story), None)
    if held is None:
        return None
    cut = _far_halves(story, held, part, stories, lines, weights, rows)
    if cut is None:
        return None
    _detach(part, current)
    for _, claimant in cut:
        claimant.rule = "headline-split-story"
    return (story, *_cut(story, cut, parts, stories))


def _detach(part: Part, story: Story) -> None:
    """Take the headline's lines off the story it went to, which is left without a headline."""
    for i, _ in part.lines:
        story.header.pop(i, None)
    story.joins -= part.joins
    story.title = False


def _cut(
    story: Story, halves: tuple[tuple[Story, Part], tuple[Story, Part]], parts: list[Part], stories: list[Story]
) -> tuple[Story, Story]:
    """The story's two halves in its place, each headed by its headline from afar."""
    (first, _), (second, _) = halves
    for other in parts:
        if other.prev is story:
            other.prev = second
        if other.next is story:
            other.next = first
    stories[stories.index(story) : stories.index(story) + 1] = [first, second]
    for half, claimant in halves:
        claimant.far, claimant.side = half, Side.FAR
        claimant.confidence = min(claimant.confidence, SPLIT_CONFIDENCE)
        half.title = True
        attach(claimant, half)
    return first, second


def _far_halves(
    story: Story,
    one: Part,
    two: Part,
    stories: list[Story],
    lines: list[Line],
    weights: Weights,
    rows: Mapping[int, int],
) -> tuple[tuple[Story, Part], tuple[Story, Part]] | None:
    """The story's columns read by rows parted between two headlines printed away from it, where their words
    part so (`_side_by_side`); else the story cut between them, in whichever order their words say."""
    a, b = words_of(one, lines), words_of(two, lines)
    columns = _side_by_side(story, a, b, stories, lines, weights, rows)
    if columns is not None:
        return (columns[0], one), (columns[1], two)
    cuts = [
        (cut, first, second)
        for first, second, wa, wb in ((one, two, a, b), (two, one, b, a))
        if (cut := best_cut(story, wa, wb, lines, weights)) is not None
    ]
    if not cuts:
        return None
    (_, at), first, second = max(cuts, key=lambda c: c[0][0])
    head, tail = halves(story, at, lines)
    return (head, first), (tail, second)


def _side_by_side(
    story: Story,
    words_one: set[str],
    words_two: set[str],
    stories: list[Story],
    lines: list[Line],
    weights: Weights,
    rows: Mapping[int, int],
) -> tuple[Story, Story] | None:
    """Two stories printed side by side whose columns an OCR order read by rows, a line of one then a line of
    the other: each column of the story (a line read by rows, the line a row further down, and so on) goes with
    the headline whose words it holds more of, when each headline's words stay with its columns more than they
    go with the other's, as `best_cut` asks of two halves, and each half holds `MIN_HALF` lines. A line read in
    order goes with the column of the line before it (the first column, at the story's head). None where the
    story was not read by rows, or where a column goes on from a headed story above it (`regroup.part_rows`
    takes it there)."""
    column_of: dict[int, int] = {}  # line → the first line of its column
    for i in story.lines:
        if rows.get(i) == SIDE_BY_SIDE:
            column_of[i] = column_of.get(i - SIDE_BY_SIDE, i)
    columns: dict[int, set[str]] = {}
    for i, head in column_of.items():
        columns.setdefault(head, set()).update(lines[i].bigrams)
    if len(columns) < 2:
        return None
    owner = {i: other for other in stories if other is not story for i in other.lines}
    if any((above := owner.get(head - SIDE_BY_SIDE)) is not None and above.title for head in columns):
        return None
    ones = {
        head for head, found in columns.items() if cover(words_one, found, weights) > cover(words_two, found, weights)
    }
    held_one = set().union(*(columns[head] for head in ones))
    held_two = set().union(*(found for head, found in columns.items() if head not in ones))
    keep_one = cover(words_one, held_one, weights) - cover(words_one, held_two, weights)
    keep_two = cover(words_two, held_two, weights) - cover(words_two, held_one, weights)
    if not ones or len(ones) == len(columns) or min(keep_one, keep_two) <= 0 or keep_one + keep_two <= SPLIT_MIN:
        return None
    first: list[int] = []
    second: list[int] = []
    last = next(iter(columns))
    for i in story.lines:
        last = column_of.get(i, last)
        (first if last in ones else second).append(i)
    if min(len(first), len(second)) < MIN_HALF:
        return None
    return part_of(story, first, lines), part_of(story, second, lines)


def place_stack_bylines(parts: list[Part]) -> None:
    """In a stack of headlines, a byline goes with the headline printed above it."""
    for pos, part in enumerate(parts):
        if part.title:
            continue
        above = next((p for p in reversed(parts[:pos]) if p.title), None)
        target = story_of(above) if above is not None else None
        if target is None:
            part.side, part.confidence, part.rule = None, 0.6, "byline-alone"
            continue
        assert above is not None
        part.side, part.far = Side.FAR, target
        part.confidence, part.rule = min(above.confidence, 0.8), "byline-under-headline"
        target.byline = True
        attach(part, target)
