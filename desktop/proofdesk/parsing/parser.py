"""Parse a raw page into a layer: items, roles, breaks, each with the rule that decided it and how sure it is.

The passes, each in its own module: `profile` (widths and columns), `classes` (what each line is on its
own), `threads` (two columns an OCR order read by rows, read apart before the rest), `segments` (running
text, headline groups, labels; headings folded into text), `columns` (a module's next column, on a page with
line boxes, goes on the story left of it), `attach` (headlines and bylines to the story before or after them),
`downward` (on a page with line boxes, a line goes on the story of the line printed right above it in its
column), `breaks` (soft wraps and paragraph breaks).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Container, Mapping
from dataclasses import dataclass, field
from functools import cache
from itertools import chain, pairwise
from typing import NamedTuple

from ..domain.model import Break, ItemState, Kind, Layer, LineState, Page, Role, make_layer
from ..text.words import common_words
from . import features as f
from .attach import (
    headlines_read_by_rows,
    place_bylines,
    place_titles,
    score,
    split_headline_pairs,
    split_headlines_side_by_side,
    under_credit,
)
from .breaks import INTERLEAVED, BreakDecision, interleaved_lines, stream_breaks
from .classes import STORY_TEXT, Cls, PageText, in_headline_type
from .columns import continue_columns
from .downward import credit_apart, follow_columns, stacked_headlines
from .frequencies import Weights, page_weights
from .groups import Part, Story, parts_of, roles_by_type
from .learned import Learned
from .passes import classify
from .profile import Line, LineBoxes, Profile, profile_page
from .regroup import (
    COLUMN_GOES_ON,
    COLUMN_RULE,
    join_continuations,
    part_rows,
    part_threads,
    regroup_blocks,
    rejoin_cut_columns,
)
from .segments import (
    Head,
    Label,
    Segment,
    Text,
    build,
    credits_photo,
    group_top,
    heads_over,
    resolve_headings,
    split_stories,
)
from .stacks import is_stack, place_far, place_stack_bylines
from .threads import FEW_WORDS_SHARED, closeness, read_apart

PARSER_VERSION = 28


class _Decision(NamedTuple):
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
    """A complete layer for `page`: every non-blank line in an item (or ignored, what OCR made of a photo),
    with role, break, rule and confidence.

    `idf` weighs Han bigrams by how rare they are in the library (see `DocumentFrequencies`); without it
    the page's own blocks serve as documents. `learned` holds the roles editors gave recurring lines on other
    pages (see `learned`). `boxes` says where each raw line stands on the scan, for a page read from an OCR
    file with geometry."""
    items, noise = _parse(page, idf, learned, boxes)
    _kickers_alone(items, page, learned)
    return _layer(items, noise)


def _parse(
    page: Page,
    idf: Mapping[str, float] | None,
    learned: Learned | None,
    boxes: LineBoxes | None,
    read_apart_lines: Collection[int] | None = None,
) -> tuple[list[_Item], list[int]]:
    """The items of `page` and its noise lines. Columns an OCR order read by rows are read apart first (see
    `threads`) and the page parsed in that order, its `read_apart_lines` no longer read by rows; a page with
    line boxes needs none of it (the boxes tell the columns apart)."""
    profile = profile_page(page, learned, boxes)
    lines = profile.lines
    if not lines:
        return [], profile.noise
    counts = PageText(lines)
    classes = classify(profile, counts)
    texts = (chain.from_iterable(lines[i].bigrams for i in block) for block in profile.blocks)
    table = page_weights(idf, texts, counts.bigrams.keys())
    # The boxes tell the columns apart; without them, the language's words count too.
    words = frozenset() if boxes else common_words()
    interleaved = interleaved_lines(lines, [c in STORY_TEXT for c in classes], counts.bigrams, words)
    if read_apart_lines is not None:
        interleaved = {i: n for i, n in interleaved.items() if lines[i].number not in read_apart_lines}
    # (A page of a paragraph per line was never read by rows: its lines are no rows.)
    apart = read_apart_lines is None and boxes is None and profile.narrow
    blocks = read_apart(lines, classes, interleaved, counts.bigrams, words, table) if apart else []
    while blocks:
        read_items, read_noise = _read_apart(page, lines, blocks, idf, learned)
        parted = [block for block in blocks if _stories_apart(block, read_items, lines, table)]
        if parted == blocks:
            return read_items, read_noise
        blocks = parted  # the columns of one story read by rows stay as they were read
    segments, floating = build(lines, classes)
    segments, decisions = resolve_headings(segments, lines, classes, table, profile.narrow)
    heading_confidence = {d.line: d.confidence for d in decisions if d.heading}
    headline_confidence = {d.line: d.confidence for d in decisions if not d.heading}

    stories: dict[int, list[Story]] = {}
    for k, seg in enumerate(segments):
        if isinstance(seg, Text):
            stories[k] = [
                _story(run, seg.headings, lines, classes) for run in split_stories(seg, lines, classes, profile.above)
            ]

    if boxes:
        continue_columns(
            stories, lines, classes, profile.above, lambda run, headings: _story(run, headings, lines, classes)
        )
    # A page of a paragraph per line prints each headline on one line too; an OCR file with line boxes gives
    # the printed lines, never paragraphs.
    unwrapped = not profile.narrow and not boxes
    groups, stacks = _headline_groups(
        segments, stories, lines, classes, table, counts.bigrams, headline_confidence, unwrapped
    )
    splits = place_titles([p for parts in groups for p in parts], lines, table)
    halves = {id(story): (first, second) for story, first, second in splits}
    for k in stories:
        stories[k] = _expand(stories[k], halves)
    everywhere = [story for k in sorted(stories) for story in stories[k]]

    def under(part: Part, story: Story) -> bool:
        top = group_top(classes, profile.above, part.lines[0][0])
        return top in heads_over(story.lines, lines, classes, profile.above)

    far_parts = [p for parts in [*groups, *stacks] for p in parts]
    far_splits = place_far(far_parts, everywhere, lines, table, interleaved, under if boxes else lambda _p, _s: False)
    halves = {id(story): (first, second) for story, first, second in far_splits}
    for k in stories:
        stories[k] = _expand(stories[k], halves)
    place_bylines(groups, lines)
    for parts in stacks:
        place_stack_bylines(parts)
    groups += stacks
    regroup_blocks(stories, lines, classes, table, counts)
    join_continuations(stories, lines, classes, counts, profile.above, table)
    if not boxes:  # (with them, a column goes on under the story above it: `follow_columns`)
        rejoin_cut_columns(stories, lines, classes, counts, table)

    part_threads(stories, lines, classes, interleaved, counts, table)
    part_rows(stories, lines, classes, interleaved)
    if boxes:
        follow_columns(stories, lines, classes, profile.above)
    items: list[_Item] = []
    for k in sorted(stories):
        for story in stories[k]:
            items.append(_story_item(story, lines, classes, profile, heading_confidence, interleaved))
    for parts in groups:
        headline: _Item | None = None  # the item of the last headline no story took
        for part in parts:
            if part.title:
                headline = _part_item(part, lines) if part.side is None else None
                if headline is not None:
                    items.append(headline)
            elif part.side is None and headline is not None:
                headline.lines.update(_part_item(part, lines).lines)
            elif part.side is None:
                items.append(_part_item(part, lines))
    for seg in [*segments, *floating]:
        if isinstance(seg, Label):
            items.append(_label_item(seg, lines))
    if boxes:
        _stack_headlines(items, lines)
    return items, profile.noise


# A place's name alone is this short.
PLACE_MAX = 5


def _kickers_alone(items: list[_Item], page: Page, learned: Learned | None) -> None:
    """A headline of one line that is a place alone, or a place and its kicker's dash (`昆明市`, `西宁一`,
    `北京: 实干谱新篇一`), is a kicker whose headline went elsewhere: no headline says only where. Not a line
    editors made a headline on other pages."""
    for item in items:
        titles = [n for n, d in item.lines.items() if d.role is Role.TITLE]
        if len(titles) != 1:
            continue
        text = page.lines[titles[0] - 1]
        if learned is not None and learned.role_of(text) is Role.TITLE:
            continue
        if (f.is_place(text) and len(f.compact(text)) <= PLACE_MAX) or f.ends_kicker_dash(text):
            item.lines[titles[0]] = item.lines[titles[0]]._replace(role=Role.KICKER)


def _read_apart(
    page: Page,
    lines: list[Line],
    blocks: list[list[list[int]]],
    idf: Mapping[str, float] | None,
    learned: Learned | None,
) -> tuple[list[_Item], list[int]]:
    """The items of `page` parsed with the columns of each block read by rows (`blocks`, see
    `threads.read_apart`) one after another, a blank line between: lines keep their numbers. A line's break
    is its own column's: a line whose item has another column's line right before it starts a paragraph, as
    joining them would mix two texts."""
    starts = {lines[block[0][0]].number: block for block in blocks}
    order: list[int | None] = []  # the raw line each line of the page read apart is, None for a blank line
    number = 1
    while number <= len(page.lines):
        if number in starts:
            columns = [[lines[i].number for i in column] for column in starts[number]]
            end = max(max(column) for column in columns)
            taken = {n for column in columns for n in column}
            columns.append([n for n in range(number, end + 1) if n not in taken])  # noise OCR made of a photo
            order += list(chain.from_iterable([None, *column] for column in columns if column))[1:]
            number = end + 1
        else:
            order.append(number)
            number += 1
    read = Page(page.name, tuple("" if n is None else page.lines[n - 1] for n in order))
    raw = {k: n for k, n in enumerate(order, 1) if n is not None}
    apart = {lines[i].number for block in blocks for column in block for i in column}
    items, noise = _parse(read, idf, learned, None, {k for k, n in raw.items() if n in apart})
    place = {n: k for k, n in raw.items()}
    for item in items:
        item.lines = {raw[k]: decision for k, decision in item.lines.items()}
        read_order = sorted(item.lines, key=place.__getitem__)
        previous = {after: before for before, after in pairwise(read_order)}
        numbers = sorted(item.lines)
        for before, number in pairwise(numbers):
            decision = item.lines[number]
            if decision.brk is Break.JOIN and previous.get(number) != before:
                item.lines[number] = decision._replace(
                    brk=INTERLEAVED.brk, rule=INTERLEAVED.rule, confidence=INTERLEAVED.confidence
                )
    return items, [raw[n] for n in noise]


def _stories_apart(columns: list[list[int]], items: list[_Item], lines: list[Line], weights: Weights) -> bool:
    """The columns of a block read by rows went to two items at least once read apart, each a headed story or
    a photo's caption, or sharing few words: an article with no headline may be the next column of the one
    beside it. Where an item took several columns (a story of three columns beside one of one), the items must
    share few words whatever their headlines: the columns of one story parted wrong take headlines too."""
    owner = {n: k for k, item in enumerate(items) for n in item.lines}
    texts: dict[int | None, list[int]] = {}  # each item's lines in the block
    for column in columns:
        k = Counter(owner.get(lines[i].number) for i in column).most_common(1)[0][0]
        texts.setdefault(k, []).extend(column)
    if len(texts) < 2 or None in texts:
        return False
    apart = closeness(list(texts.values()), lines, weights) < FEW_WORDS_SHARED
    if len(texts) < len(columns):
        return apart
    return apart or all(_stands_alone(items[k]) for k in texts if k is not None)


def _stands_alone(item: _Item) -> bool:
    """A headed story, or an item that is no article (a photo's caption and credit)."""
    return item.kind is not Kind.ARTICLE or any(d.role is Role.TITLE for d in item.lines.values())


def _stack_headlines(items: list[_Item], lines: list[Line]) -> None:
    """A headline's lines an OCR order read apart go to one item, and a line in a headline's type under it is
    no byline, heading or label (see `downward.stacked_headlines`)."""
    index = {line.number: line.index for line in lines}
    found = [
        (index[n], k, d.role)
        for k, item in enumerate(items)
        for n, d in item.lines.items()
        if d.role in (Role.TITLE, Role.BYLINE, Role.HEADING, Role.SECTION)
    ]
    headlines = {i: k for i, k, role in found if role is Role.TITLE}
    others = {i: k for i, k, role in found if role is not Role.TITLE and in_headline_type(lines[i])}
    found_in = headlines | others
    for i, k in stacked_headlines(lines, headlines, others).items():
        number = lines[i].number
        decision = items[found_in[i]].lines.pop(number)
        items[k].lines[number] = decision._replace(role=Role.TITLE, brk=Break.JOIN)


def _headline_groups(
    segments: list[Segment],
    stories: dict[int, list[Story]],
    lines: list[Line],
    classes: list[Cls],
    table: Weights,
    seen: Container[str],
    headline_confidence: dict[int, float],
    unwrapped: bool,
) -> tuple[list[list[Part]], list[list[Part]]]:
    """Each headline group cut into parts, with the stories either side of it: the groups whose headlines
    are scored for the story before or after them, and the stacks of headlines (see `stacks`). `unwrapped`:
    the page prints each headline on one line (see `parts_of`)."""
    groups: list[list[Part]] = []
    stacks: list[list[Part]] = []

    def cut(head: Head, prev: Story | None, nxt: Story | None, gap_decks: bool = True) -> list[Part]:
        parts, rest = headlines_read_by_rows(head, lines, classes, seen)
        if rest.lines:
            parts += parts_of(rest, lines, classes, gap_decks=gap_decks, unwrapped=unwrapped)
        parts = _between(parts, prev, nxt)
        return split_headlines_side_by_side(parts, lines)

    for k, seg in enumerate(segments):
        if not isinstance(seg, Head):
            continue
        prev = stories[k - 1][-1] if k - 1 in stories else None
        nxt = stories[k + 1][0] if k + 1 in stories else None
        parts = cut(seg, prev, nxt)
        if is_stack(parts):
            stack = cut(seg, prev, nxt, gap_decks=False)
            for part in stack:
                roles_by_type(part, lines)
            stacks.append(stack)
            continue
        parts = split_headline_pairs(parts, lines, table)
        for part in parts:
            roles_by_type(part, lines)
        for pos, part in enumerate(parts):
            if part.title:
                score(part, parts[pos + 1] if pos + 1 < len(parts) else None, lines, classes, table)
                under_credit(part, parts[:pos], lines)
                # A lone display line between texts was a headline rather than a heading: as sure as that.
                doubt = headline_confidence.get(part.lines[0][0], 1.0)
                if doubt < part.confidence:
                    part.confidence, part.rule = doubt, "display-line-read-as-headline"
        groups.append(parts)
    return groups, stacks


def _between(parts: list[Part], prev: Story | None, nxt: Story | None) -> list[Part]:
    for part in parts:
        part.prev, part.next = prev, nxt
    return parts


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
        dated=_caption_dated(run, first, lines) or _over_credit(run, lines),
        inline_credit=f.has_inline_credit(lines[run[-1]].text),
    )


# A photo's caption says what it shows in a few sentences (the sample paper's longest: three).
CAPTION_SENTENCES_MAX = 3


def _caption_dated(run: list[int], first: int, lines: list[Line]) -> bool:
    """Opens with a date, as a photo's caption does, and says no more than a caption does: a caption tells what
    the photo shows in a few sentences, an article that opens with the day (`8月16日出版的…`) in more."""
    if not f.is_dated(lines[first].text):
        return False
    return sum(len(f.SENTENCE_END.findall(lines[i].text)) for i in run) <= CAPTION_SENTENCES_MAX


def _over_credit(run: list[int], lines: list[Line]) -> bool:
    """A photographer's credit is printed right under the text (on the scan, where it is known, on the row
    under its last line): it is a caption."""
    after = run[-1] + 1
    if after >= len(lines) or lines[after].gap_before > 1 or not credits_photo(lines[after]):
        return False
    return not credit_apart(lines[run[-1]], lines[after])


def _story_item(
    story: Story,
    lines: list[Line],
    classes: list[Cls],
    profile: Profile,
    heading_confidence: dict[int, float],
    interleaved: Mapping[int, int],
) -> _Item:
    last = lines[story.lines[-1]].text if story.lines else ""
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
    for i in story.columns_by_words:
        # The text before it in the story stops short of a sentence's end: the column goes on with that sentence.
        # Otherwise its sentence may go on from a column elsewhere, but nothing shows that it does: a paragraph
        # starts.
        number, pos = lines[i].number, story.lines.index(i)
        before = story.lines[pos - 1] if pos else None
        goes_on = before is not None and classes[before] is Cls.TEXT and not lines[before].final
        brk = Break.JOIN if goes_on else Break.PARAGRAPH
        item.lines[number] = _Decision(item.lines[number].role, brk, COLUMN_GOES_ON if goes_on else COLUMN_RULE, 0.6)
    if story.opened_by is not None and story.lines:
        rule, confidence = story.opened_by
        first = lines[story.lines[0]].number
        item.lines[first] = _Decision(item.lines[first].role, Break.PARAGRAPH, rule, confidence)
    return item


@cache  # few: a role of running text, a break decision (of fixed confidences), a confidence
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


# What OCR made of a photo is no text of the page: the editor sees it struck out, and may take it back.
NOISE_CONFIDENCE = 0.7


def _layer(items: list[_Item], noise: list[int]) -> Layer:
    ordered = sorted((it for it in items if it.lines), key=lambda it: min(it.lines))
    states = {n: LineState(None, Role.IGNORED, rule="ocr-noise", confidence=NOISE_CONFIDENCE) for n in noise}
    item_states: list[ItemState] = []
    for key, item in enumerate(ordered, 1):
        item_states.append(ItemState(key, item.kind))
        shared: dict[_Decision, LineState] = {}  # the lines of an item decided alike share one state
        for number, decision in item.lines.items():
            state = shared.get(decision)
            if state is None:
                state = shared[decision] = LineState(
                    key, decision.role, decision.brk, rule=decision.rule, confidence=round(decision.confidence, 3)
                )
            states[number] = state
    return make_layer(states, item_states)
