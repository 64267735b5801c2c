"""Second pass: the page as a sequence of running-text segments, headline groups and labels.

A display line standing alone between two stretches of running text is either a heading inside one article
or the headline of one of two articles. Nothing may mark a new story there (a `本报讯` lead after, a note
that ends the article before, a wider gap); then it is a heading when it has siblings of its shape (headings
come in series) or when the texts on both sides read as one article (their IDF-weighted bigram vectors are
close). Running text is cut into stories at leads, after notes, at wide gaps after a finished sentence, and
before a dated caption that ends with its `■` credit.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import chain, repeat
from operator import mul

from . import features as f
from .classes import RUNNING, Cls
from .frequencies import Weights
from .profile import Line

# Texts on both sides of a heading are this similar at least (cosine of IDF-weighted bigram counts).
HEADING_SIMILARITY = 0.12
# Headings are short; a display line longer than the column by this much is a headline.
HEADING_OVERHANG = 4.0


@dataclass(slots=True)
class Text:
    """Running text: paragraphs, and the headings found between them."""

    lines: list[int]
    headings: set[int] = field(default_factory=set)


@dataclass(slots=True)
class Head:
    """Display lines, bylines and decks printed together between running texts."""

    lines: list[int]


@dataclass(slots=True)
class Label:
    """A column label or an advert standing on its own."""

    lines: list[int]
    cls: Cls


Segment = Text | Head | Label


@dataclass(slots=True)
class HeadingDecision:
    line: int
    heading: bool
    confidence: float


def build(lines: list[Line], classes: list[Cls]) -> tuple[list[Segment], list[Label]]:
    """The page's segments in order, and the labels printed inside headline groups (kept out of them)."""
    segments: list[Segment] = []
    floating: list[Label] = []
    for line, cls in zip(lines, classes, strict=True):
        i = line.index
        last = segments[-1] if segments else None
        if cls in RUNNING:
            if isinstance(last, Text):
                last.lines.append(i)
            else:
                segments.append(Text([i]))
        elif cls in (Cls.DISPLAY, Cls.BYLINE, Cls.DASH):
            if isinstance(last, Head):
                last.lines.append(i)
            else:
                segments.append(Head([i]))
        elif cls is Cls.AD and isinstance(last, Label) and last.cls is Cls.AD:
            last.lines.append(i)
        elif cls is Cls.SECTION and isinstance(last, Label) and _header_goes_on(last, line, lines):
            last.lines.append(i)  # the page header: date, page number and section are one item
        elif cls is Cls.SECTION and isinstance(last, Head):
            # A label printed among a headline's lines does not cut the headline group in two.
            floating.append(Label([i], cls))
        else:
            segments.append(Label([i], cls))
    return segments, floating


def _header_goes_on(label: Label, line: Line, lines: list[Line]) -> bool:
    """A label line printed right under a line of the page's header or footer (a blank between at most)
    belongs to it, but for a column label under a header that prints the page's section already (`第2版经济`)."""
    last = lines[label.lines[-1]]
    named = not f.is_furniture(line.text) and any(f.names_section(lines[k].text) for k in label.lines)
    return label.cls is Cls.SECTION and line.gap_before <= 1 and f.is_furniture(last.text) and not named


def vector(lines: list[Line], indexes: list[int], weights: Weights) -> dict[str, float]:
    counts = Counter(chain.from_iterable(lines[i].bigrams for i in indexes))
    return dict(zip(counts, map(mul, counts.values(), map(weights.__getitem__, counts)), strict=True))


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine similarity; 0 when either side has no weight at all (an IDF table can give every word 0)."""
    if len(a) > len(b):
        a, b = b, a
    dot = sum(map(mul, a.values(), map(b.get, a, repeat(0.0))))
    norms = math.sqrt(sum(map(mul, a.values(), a.values()))) * math.sqrt(sum(map(mul, b.values(), b.values())))
    return dot / norms if norms else 0.0


def _story_start(lines: list[Line], classes: list[Cls], k: int) -> bool:
    """Line `k` of running text starts a new story: a `本报讯` lead, the line after a note, a line after
    two or more blank lines that follows a finished sentence, one that goes on with a word cut
    elsewhere, or one after a blank under a story signed off with its reporters' names in brackets."""
    if classes[k] is Cls.LEAD:
        return True
    if k == 0:
        return False
    if classes[k - 1] is Cls.NOTE and classes[k] is not Cls.NOTE:
        return True
    if lines[k].gap_before and lines[k - 1].final and f.first_clause_length(lines[k].text) <= 1:
        return True  # `效，党建工作…`: no paragraph starts mid-word; a column cut elsewhere goes on here
    if (
        lines[k].gap_before
        and lines[k - 1].text.endswith((")", "）"))  # (the brackets round the names close the line above)
        and f.signs_off("".join(line.text for line in lines[max(0, k - 2) : k]))
    ):
        return True  # `…新井三十六口。（杜中武孙⏎传刚)`: signed off, the story ends; another's column follows
    return lines[k].gap_before >= 2 and lines[k - 1].final


def resolve_headings(
    segments: list[Segment], lines: list[Line], classes: list[Cls], weights: Weights, narrow: bool
) -> tuple[list[Segment], list[HeadingDecision]]:
    """Fold single display lines that read as headings into the running text around them."""
    candidates: dict[int, Callable[[], float]] = {}
    decisions: list[HeadingDecision] = []
    vectors: dict[tuple[int, ...], dict[str, float]] = {}  # see `_vector_once`
    for k in range(1, len(segments) - 1):
        seg, prev, nxt = segments[k], segments[k - 1], segments[k + 1]
        if isinstance(seg, Head) and isinstance(prev, Text) and isinstance(nxt, Text):
            outcome = _candidate(seg, prev, nxt, lines, classes, weights, narrow, vectors)
            if isinstance(outcome, HeadingDecision):
                decisions.append(outcome)
            elif outcome is not None:
                candidates[seg.lines[0]] = outcome
    for h, texts in candidates.items():
        decisions.append(_decide(h, texts, candidates, lines))
    heading = {d.line for d in decisions if d.heading}

    out: list[Segment] = []
    k = 0
    while k < len(segments):
        seg = segments[k]
        last = out[-1] if out else None
        if isinstance(seg, Head) and seg.lines[0] in heading and isinstance(last, Text):
            nxt = segments[k + 1]
            assert isinstance(nxt, Text)
            prev = last
            prev.lines.extend(seg.lines)
            prev.headings.add(seg.lines[0])
            prev.lines.extend(nxt.lines)
            prev.headings |= nxt.headings
            k += 2
            continue
        out.append(seg)
        k += 1
    return out, decisions


def _candidate(
    seg: Head,
    prev: Text,
    nxt: Text,
    lines: list[Line],
    classes: list[Cls],
    weights: Weights,
    narrow: bool,
    vectors: dict[tuple[int, ...], dict[str, float]],
) -> HeadingDecision | Callable[[], float] | None:
    """A decision when structure settles it, else the similarity of the texts on both sides, worked out when
    asked (`_decide` needs it only for a line with no sibling)."""
    if len(seg.lines) != 1 or classes[seg.lines[0]] is not Cls.DISPLAY:
        return None
    h = seg.lines[0]
    line = lines[h]
    last, first = lines[prev.lines[-1]], lines[nxt.lines[0]]
    if classes[last.index] is Cls.NOTE or classes[first.index] in (Cls.LEAD, Cls.NOTE):
        return HeadingDecision(h, False, 0.85)
    if not last.final or line.gap_before >= 2 or line.gap_after >= 2:
        return HeadingDecision(h, False, 0.75)
    if narrow and line.width > line.column + HEADING_OVERHANG:
        return HeadingDecision(h, False, 0.75)

    def similarity() -> float:
        before = _story_tail(prev.lines, lines, classes)
        after = _story_head(nxt.lines, lines, classes)
        return cosine(_vector_once(before, lines, weights, vectors), _vector_once(after, lines, weights, vectors))

    return similarity


def _vector_once(
    indexes: list[int], lines: list[Line], weights: Weights, vectors: dict[tuple[int, ...], dict[str, float]]
) -> dict[str, float]:
    """The vector of a text, kept in `vectors`: a text between two display lines is the text after the first
    and the text before the second."""
    key = tuple(indexes)
    if key not in vectors:
        vectors[key] = vector(lines, indexes, weights)
    return vectors[key]


def _decide(
    h: int, texts: Callable[[], float], candidates: dict[int, Callable[[], float]], lines: list[Line]
) -> HeadingDecision:
    """Headings come in series of one shape (`打好学习主动仗`, `找准发展着力点`…) inside texts that share
    words; a lone display line between unrelated texts is a headline (`texts`: the similarity of the texts
    around it)."""
    if any(k != h and _siblings(lines[h], lines[k]) for k in candidates):
        return HeadingDecision(h, True, 0.85)
    similarity = texts()
    if similarity >= HEADING_SIMILARITY:
        return HeadingDecision(h, True, 0.75)
    if similarity >= HEADING_SIMILARITY / 2:
        return HeadingDecision(h, True, 0.55)
    return HeadingDecision(h, False, 0.55 if similarity >= HEADING_SIMILARITY / 4 else 0.75)


def _siblings(a: Line, b: Line) -> bool:
    if abs(a.width - b.width) <= 0.5:
        return True
    return _quoted(a.text) and _quoted(b.text)


def _quoted(text: str) -> bool:
    return text.startswith(("“", '"', "「")) and text.endswith(("”", '"', "」"))


def _story_tail(indexes: list[int], lines: list[Line], classes: list[Cls]) -> list[int]:
    """The lines of the last story in a text segment (from its last story start)."""
    start = 0
    for pos, k in enumerate(indexes):
        if pos and _story_start(lines, classes, k):
            start = pos
    return indexes[start:]


def _story_head(indexes: list[int], lines: list[Line], classes: list[Cls]) -> list[int]:
    for pos, k in enumerate(indexes):
        if pos and _story_start(lines, classes, k):
            return indexes[:pos]
    return indexes


def split_stories(text: Text, lines: list[Line], classes: list[Cls], above: list[int | None]) -> list[list[int]]:
    """A text segment cut into stories at leads, after notes, at wide gaps after a finished sentence, where
    a photo caption (dated, ending with its `■` credit) follows an article's last paragraph, and, on a page
    with line boxes, at a block printed right under another headline group than the one the story so far
    stands under (a headline over two columns stands over both of its story's first blocks; a short one
    centred over a wide story may stand over none of its first column, which then says nothing)."""
    caption = _caption_start(text, lines) or _caption_over_credit(text, lines)
    stories: list[list[int]] = []
    heads: set[int] = set()  # the headline groups printed over the story so far
    for pos, k in enumerate(text.lines):
        head = _head_above(text, lines, classes, above, k) if above[k] is not None else None
        starts = (
            pos
            and k not in text.headings
            and (
                _story_start(lines, classes, k)
                or k == caption
                or (bool(lines[k].gap_before) and head is not None and heads and head not in heads)
            )
        )
        if not stories or starts:
            stories.append([])
            heads = set()
        stories[-1].append(k)
        if head is not None:
            heads.add(head)
    return stories


def _head_above(text: Text, lines: list[Line], classes: list[Cls], above: list[int | None], k: int) -> int | None:
    head = head_above(lines, classes, above, k)
    return None if head is None or above[k] in text.headings else head


def head_above(lines: list[Line], classes: list[Cls], above: list[int | None], k: int) -> int | None:
    """The headline group (a headline with its kicker, deck and byline, or a label: lines that are no running
    text, stacked on the scan) printed right above line `k`, if one is; named by its top line."""
    j = above[k]
    if j is None or classes[j] in RUNNING:
        return None
    return group_top(classes, above, j)


def group_top(classes: list[Cls], above: list[int | None], j: int) -> int:
    """The top line of the stack of lines that are no running text printed one right above the next, `j` among
    them: the name of its headline group."""
    while (up := above[j]) is not None and classes[up] not in RUNNING:
        j = up
    return j


def heads_over(story: list[int], lines: list[Line], classes: list[Cls], above: list[int | None]) -> set[int]:
    """The headline groups printed right above the first line of one of the story's blocks."""
    starts = [i for pos, i in enumerate(story) if pos == 0 or lines[i].gap_before]
    return {h for i in starts if (h := head_above(lines, classes, above, i)) is not None}


# A caption printed over its photographer's credit is at most this many lines.
CAPTION_LINES = 8


def credits_photo(line: Line) -> bool:
    """`■ 吕林丽 摄`, `张三摄`: a photographer's credit (not a reporter's byline)."""
    return f.is_marked_photo_credit(line.text)


def _caption_over_credit(text: Text, lines: list[Line]) -> int | None:
    """The first line of the segment's last block when a photographer's credit is printed right under it:
    a caption, whatever the text above it (a column cut there is a cut into the photo)."""
    last = text.lines[-1]
    if last + 1 >= len(lines) or lines[last + 1].gap_before > 1 or not credits_photo(lines[last + 1]):
        return None
    block = [k for k in text.lines if lines[k].block == lines[last].block]
    return block[0] if len(block) <= CAPTION_LINES and block[0] != text.lines[0] else None


def _caption_start(text: Text, lines: list[Line]) -> int | None:
    """The first line of a caption at the end of the segment: the last dated paragraph start before a
    last line that ends with an inline credit."""
    if not f.has_inline_credit(lines[text.lines[-1]].text):
        return None
    for pos in range(len(text.lines) - 1, 0, -1):
        k = text.lines[pos]
        if f.is_dated(lines[k].text) and lines[text.lines[pos - 1]].final:
            return k
    return None
