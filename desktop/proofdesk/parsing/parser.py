"""Parse a raw page into a layer: items, roles, breaks, each with the rule that decided it and how sure it is.

The passes, each in its own module: `profile` (widths and columns), `classes` (what each line is on its
own), `segments` (running text, headline groups, labels; headings folded into text), `attach` (headlines
and bylines to the story before or after them), `breaks` (soft wraps and paragraph breaks).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import chain
from operator import mul

from ..domain.model import Break, ItemState, Kind, Layer, LineState, Page, Role, make_layer
from . import features as f
from .attach import (
    place_bylines,
    place_titles,
    score,
    split_headline_pairs,
)
from .breaks import BreakDecision, interleaved_lines, stream_breaks
from .classes import FULL_MARGIN, Cls, PageText
from .frequencies import Weights, page_weights
from .groups import Part, Story, parts_of
from .learned import Learned
from .passes import classify
from .profile import Line, LineBoxes, Profile, profile_page
from .segments import Head, Label, Text, build, credits_photo, resolve_headings, split_stories
from .stacks import is_stack, place_far, place_stack_bylines

PARSER_VERSION = 3


@dataclass(frozen=True, slots=True)
class _Decision:
    """What the parser decided about one line, before its item has a key."""

    role: Role
    brk: Break
    rule: str
    confidence: float


@dataclass(slots=True)
class _Item:
    kind: Kind
    lines: dict[int, _Decision] = field(default_factory=dict)


def parse_page(
    page: Page, idf: Mapping[str, float] | None = None, learned: Learned | None = None, boxes: LineBoxes | None = None
) -> Layer:
    """A complete layer for `page`: every non-blank line in an item, with role, break, rule and confidence.

    `idf` weighs Han bigrams by how rare they are in the library (see `DocumentFrequencies`); without it
    the page's own blocks serve as documents. `learned` holds the roles editors gave recurring lines on other
    pages (see `learned`). `boxes` says where each raw line stands on the scan, for a page read from an OCR
    file with geometry."""
    profile = profile_page(page, learned, boxes)
    lines = profile.lines
    if not lines:
        return make_layer({}, [])
    counts = PageText(lines)
    classes = classify(profile, counts)
    table = page_weights(idf, (set().union(*(lines[i].bigrams for i in block)) for block in profile.blocks))
    segments, floating = build(lines, classes)
    segments, decisions = resolve_headings(segments, lines, classes, table, profile.narrow)
    heading_confidence = {d.line: d.confidence for d in decisions if d.heading}
    headline_confidence = {d.line: d.confidence for d in decisions if not d.heading}

    stories: dict[int, list[Story]] = {}
    for k, seg in enumerate(segments):
        if isinstance(seg, Text):
            stories[k] = [_story(run, seg.headings, lines, classes) for run in split_stories(seg, lines, classes)]

    groups: list[list[Part]] = []
    stacks: list[list[Part]] = []
    for k, seg in enumerate(segments):
        if not isinstance(seg, Head):
            continue
        parts = parts_of(seg, lines, classes)
        prev = stories[k - 1][-1] if k - 1 in stories else None
        nxt = stories[k + 1][0] if k + 1 in stories else None
        for part in parts:
            part.prev, part.next = prev, nxt
        if is_stack(parts):
            parts = parts_of(seg, lines, classes, gap_decks=False)
            for part in parts:
                part.prev, part.next = prev, nxt
            stacks.append(parts)
            continue
        parts = split_headline_pairs(parts, lines, table)
        for pos, part in enumerate(parts):
            if part.title:
                score(part, parts[pos + 1] if pos + 1 < len(parts) else None, lines, classes, table)
                # A lone display line between texts was a headline rather than a heading: as sure as that.
                doubt = headline_confidence.get(part.lines[0][0], 1.0)
                if doubt < part.confidence:
                    part.confidence, part.rule = doubt, "display-line-read-as-headline"
        groups.append(parts)
    splits = place_titles([p for parts in groups for p in parts], lines, table)
    halves = {id(story): (first, second) for story, first, second in splits}
    for k in stories:
        stories[k] = _expand(stories[k], halves)
    everywhere = [story for k in sorted(stories) for story in stories[k]]
    far_splits = place_far([p for parts in [*groups, *stacks] for p in parts], everywhere, lines, table)
    halves = {id(story): (first, second) for story, first, second in far_splits}
    for k in stories:
        stories[k] = _expand(stories[k], halves)
    place_bylines(groups)
    for parts in stacks:
        place_stack_bylines(parts)
    groups += stacks
    _regroup_blocks(stories, lines, table, counts)
    _join_continuations(stories, lines, classes, counts)

    interleaved = interleaved_lines(lines, [c in (Cls.TEXT, Cls.LEAD) for c in classes], counts.count)
    items: list[_Item] = []
    for k in sorted(stories):
        for story in stories[k]:
            items.append(_story_item(story, lines, classes, profile, heading_confidence, interleaved))
    for parts in groups:
        for part in parts:
            if part.side is None:
                items.append(_part_item(part, lines))
    for seg in [*segments, *floating]:
        if isinstance(seg, Label):
            items.append(_label_item(seg, lines))
    return _layer(items)


# A block goes to another story when its words are this much closer to that story's (cosine of IDF-weighted
# bigrams) than to the rest of its own, and at least this close.
REGROUP_MARGIN = 0.15
REGROUP_MIN = 0.15
# A block sharing this share of its bigrams with the rest of its story is at home (those that belonged
# elsewhere shared 0.07 at most on the development pages, those at home 0.18 in the median).
AT_HOME = 0.12
# Stories this many places before or after a block's own, in page order, may take it.
REGROUP_REACH = 6


def _regroup_blocks(stories: dict[int, list[Story]], lines: list[Line], weights: Weights, counts: PageText) -> None:
    """Columns of several articles printed one after another (an OCR order that reads the page in columns):
    a block of running text (after a finished sentence, or an open one that does not read on into it) that
    shares few words with the rest of its story goes to the headed story nearby (among the `REGROUP_REACH`
    before and after it) whose words it shares most, when that story is much closer to it than the rest of
    its own (cosines of IDF-weighted bigrams)."""
    everyone = [story for k in sorted(stories) for story in stories[k]]
    if sum(1 for story in everyone if story.title) < 2:
        return
    texts: dict[int, Counter[str]] = {}
    vectors: dict[int, _Vector] = {}
    squared: Weights = {}

    def text(k: int) -> Counter[str]:
        if k not in texts:
            texts[k] = _bigram_counts(everyone[k].lines + list(everyone[k].header), lines)
        return texts[k]

    def vector(k: int) -> _Vector:
        if k not in vectors:
            vectors[k] = _Vector(text(k), squares())
        return vectors[k]

    def squares() -> Weights:
        if not squared:
            squared.update((b, w * w) for b, w in weights.items())
        return squared

    for pos, story in enumerate(everyone):
        if story.dated:
            continue  # a caption's paragraphs stay under their photo
        near = [
            k
            for k in range(max(0, pos - REGROUP_REACH), min(len(everyone), pos + REGROUP_REACH + 1))
            if k != pos and everyone[k].title
        ]
        blocks = _later_blocks(story, lines, counts)
        if not near or not blocks:
            continue
        own = text(pos)
        for block in blocks:
            words = _bigram_counts(block, lines)
            if not words or sum(1 for b, n in words.items() if own[b] > n) >= AT_HOME * len(words):
                continue  # the rest of its story shares enough of its words: it is at home
            mine = _Vector(words, squares())
            here = vector(pos).cosine_without(mine)
            best, target = max((vector(k).cosine(mine), k) for k in near)
            if best >= REGROUP_MIN and best >= here + REGROUP_MARGIN:
                moved = set(block)
                story.lines = [i for i in story.lines if i not in moved]
                story.headings -= moved
                everyone[target].lines = sorted([*everyone[target].lines, *block])
                vector(pos).add(mine, -1)
                vector(target).add(mine, 1)


class _Vector:
    """IDF-weighted bigram counts of a text, with its squared norm kept up to date. `weight2` holds the square
    of the weight of every bigram of the page."""

    def __init__(self, counts: Counter[str], weight2: Weights) -> None:
        self.counts = counts
        self.weight2 = weight2
        self.norm2 = sum(map(mul, map(mul, counts.values(), counts.values()), map(weight2.__getitem__, counts)))

    def cosine(self, other: _Vector) -> float:
        if not self.norm2 or not other.norm2:
            return 0.0
        mine = self.counts
        dot = sum(n * mine[b] * other.weight2[b] for b, n in other.counts.items() if b in mine)
        return dot / math.sqrt(self.norm2 * other.norm2)

    def cosine_without(self, part: _Vector) -> float:
        """The cosine of `part` with this text once `part` is taken out of it."""
        dot = norm2 = 0.0
        for b, n in part.counts.items():
            whole, w = self.counts.get(b, 0), part.weight2[b]
            dot += n * (whole - n) * w
            norm2 += ((whole - n) ** 2 - whole * whole) * w
        rest = self.norm2 + norm2
        if dot <= 0 or rest <= 0 or not part.norm2:
            return 0.0
        return dot / math.sqrt(rest * part.norm2)

    def add(self, part: _Vector, sign: int) -> None:
        for b, n in part.counts.items():
            whole = self.counts.get(b, 0)
            w = self.weight2[b]
            self.norm2 += ((whole + sign * n) ** 2 - whole * whole) * w
            self.counts[b] = whole + sign * n


def _bigram_counts(indexes: list[int], lines: list[Line]) -> Counter[str]:
    return Counter(chain.from_iterable(lines[i].bigrams for i in indexes))


def _later_blocks(story: Story, lines: list[Line], counts: PageText) -> list[list[int]]:
    """The story's blocks of text after its first that follow a finished sentence, or an open one that does
    not read on into them (no word across the cut)."""
    blocks: list[list[int]] = []
    for pos, i in enumerate(story.lines):
        before = lines[story.lines[pos - 1]] if pos else None
        if (
            before is not None
            and lines[i].gap_before
            and i not in story.headings
            and (before.final or not _reads_on(before, lines[i], counts))
        ):
            blocks.append([])
        if blocks:
            blocks[-1].append(i)
    return blocks


def _join_continuations(
    stories: dict[int, list[Story]], lines: list[Line], classes: list[Cls], counts: PageText
) -> None:
    """A column of an article that goes on after a block of another (a headline, a photo, another story):
    text with no headline, lead or byline of its own goes on the nearest story before it whose full last
    line leaves its sentence open, when the words across the cut read on (the two characters form a word
    the page uses elsewhere)."""
    ordered = sorted((story for run in stories.values() for story in run), key=lambda story: story.lines[0])
    gone: set[int] = set()
    for pos, story in enumerate(ordered):
        if story.title or story.lead or story.dated or story.header or story.opened_by is not None:
            continue
        first = lines[story.lines[0]]
        before = next((s for s in reversed(ordered[:pos]) if id(s) not in gone and _open_end(s, lines, classes)), None)
        if before is None or not _reads_on(lines[before.lines[-1]], first, counts):
            continue
        before.lines = [*before.lines, *story.lines]
        before.headings |= story.headings
        before.continued_at = story.lines[0]
        gone.add(id(story))
    for k, run in stories.items():
        stories[k] = [story for story in run if id(story) not in gone]


def _open_end(story: Story, lines: list[Line], classes: list[Cls]) -> bool:
    last = lines[story.lines[-1]]
    full = last.width >= last.column - FULL_MARGIN
    return full and not last.final and classes[last.index] in (Cls.TEXT, Cls.LEAD) and not story.dated


def _reads_on(end: Line, start: Line, counts: PageText) -> bool:
    return f.first_clause_length(start.text) <= 1 or counts.count(end.text[-1] + start.text[0]) >= 1


def _expand(run: list[Story], halves: dict[int, tuple[Story, Story]]) -> list[Story]:
    out: list[Story] = []
    for story in run:
        if id(story) in halves:
            out.extend(_expand(list(halves[id(story)]), halves))
        else:
            out.append(story)
    return out


def _story(run: list[int], headings: set[int], lines: list[Line], classes: list[Cls]) -> Story:
    first = next((i for i in run if i not in headings), run[0])
    return Story(
        lines=run,
        headings=headings & set(run),
        lead=classes[first] is Cls.LEAD,
        dated=f.is_dated(lines[first].text) or _over_credit(run, lines),
        inline_credit=f.has_inline_credit(lines[run[-1]].text),
    )


def _over_credit(run: list[int], lines: list[Line]) -> bool:
    """A photographer's credit is printed right under the text: it is a caption."""
    after = run[-1] + 1
    return after < len(lines) and lines[after].gap_before <= 1 and credits_photo(lines[after])


def _story_item(
    story: Story,
    lines: list[Line],
    classes: list[Cls],
    profile: Profile,
    heading_confidence: dict[int, float],
    interleaved: frozenset[int],
) -> _Item:
    last = lines[story.lines[-1]].text
    photo = story.dated and not story.title and (story.credit or f.has_inline_credit(last))
    item = _Item(Kind.PHOTO if photo else Kind.ARTICLE)
    text_role = Role.CAPTION if photo else Role.BODY
    for i, (role, confidence, rule) in story.header.items():
        if photo and role is Role.BYLINE:
            role = Role.CREDIT
        brk = Break.JOIN if i in story.joins else Break.PARAGRAPH
        item.lines[lines[i].number] = _Decision(role, brk, rule, confidence)

    stream: list[Line] = []

    def flush() -> None:
        for line, decision in zip(stream, stream_breaks(stream, profile.narrow, interleaved), strict=True):
            item.lines[line.number] = _text_state(text_role, decision, 0.9)
        stream.clear()

    for i in story.lines:
        if i in story.headings:
            flush()
            confidence = heading_confidence.get(i, 0.7)
            item.lines[lines[i].number] = _Decision(Role.HEADING, Break.PARAGRAPH, "heading", confidence)
        elif classes[i] is Cls.NOTE:
            flush()
            item.lines[lines[i].number] = _Decision(Role.NOTE, Break.PARAGRAPH, "note", 0.9)
        else:
            stream.append(lines[i])
    flush()
    if story.opened_by is not None:
        rule, confidence = story.opened_by
        first = lines[story.lines[0]].number
        item.lines[first] = _Decision(item.lines[first].role, Break.PARAGRAPH, rule, confidence)
    return item


def _text_state(role: Role, decision: BreakDecision, role_confidence: float) -> _Decision:
    if decision.confidence < role_confidence:
        return _Decision(role, decision.brk, decision.rule, decision.confidence)
    return _Decision(role, decision.brk, "running-text", role_confidence)


def _part_item(part: Part, lines: list[Line]) -> _Item:
    item = _Item(Kind.ARTICLE)
    for i, role in part.lines:
        brk = Break.JOIN if i in part.joins else Break.PARAGRAPH
        item.lines[lines[i].number] = _Decision(role, brk, part.rule, part.confidence)
    return item


def _label_item(label: Label, lines: list[Line]) -> _Item:
    kind, role = (Kind.AD, Role.AD) if label.cls is Cls.AD else (Kind.SECTION, Role.SECTION)
    item = _Item(kind)
    for i in label.lines:
        item.lines[lines[i].number] = _Decision(role, Break.PARAGRAPH, f"label-{label.cls.value}", 0.8)
    return item


def _layer(items: list[_Item]) -> Layer:
    ordered = sorted((it for it in items if it.lines), key=lambda it: min(it.lines))
    states: dict[int, LineState] = {}
    item_states: list[ItemState] = []
    for key, item in enumerate(ordered, 1):
        item_states.append(ItemState(key, item.kind))
        for number, state in item.lines.items():
            states[number] = LineState(
                key, state.role, state.brk, rule=state.rule, confidence=round(state.confidence, 3)
            )
    return make_layer(states, item_states)
