"""Third pass: each part of a headline group (see `groups`) attached to the story before or after it, since
OCR order puts a headline after its body as often as before.

A headline goes to the side whose text shares more of its words (Han bigrams weighted by IDF); structure
breaks near-ties: a `（作者系…）` note just before pulls it back, a `本报讯` lead just after pulls it
forward, a unit's signature under it names its story; a photo's credit over it closes the story before. A
headline with a deck under it whose words lean to the story after it, where the headline's own do not, is two
headlines, one for each side; a headline whose lines alternate with another's (two headlines printed side by
side, read across their rows) is taken apart. A story takes one headline: claimed from both sides, it is two
stories printed with no header between them, cut where the two headlines' words part; else the less sure
claim goes to its other side (not onto a photo's caption).
A byline after a headline that went back goes back too, unless that story already has one (or a lead that
names its reporter); a byline with no headline before it goes forward, except right after a dated caption,
whose photo credit it is, or printed right under the story before and apart from the next, whose signature
it is.
"""

from __future__ import annotations

import math
from collections.abc import Container
from itertools import pairwise

from ..domain.model import Role
from . import features as f
from .classes import Cls
from .frequencies import Weights
from .groups import Part, Side, Story
from .profile import ROW_OVERLAP, Line, shared_width
from .segments import Head

# Margins added to the overlap difference (next minus previous) by structural cues.
NOTE_BEFORE = 0.15
LEAD_AFTER = 0.1
WIDE_GAP = 0.2
SIGNATURE = 1.0
# Two headlines claiming one story split it when their words part by this much (sum of both leanings).
SPLIT_MIN = 0.5
SPLIT_CONFIDENCE = 0.55
# Each half of a split story has at least this many lines.
MIN_HALF = 2
# A headline and its deck lean to different sides by at least this much each: two headlines.
PAIR_MARGIN = 0.1
# A headline under a photo's credit goes to the story after it at most this sure (its words may say otherwise).
CREDIT_OVER = 0.7
# Below this share of its words found on either side, a headline's attachment is doubtful.
LITTLE_OVERLAP = 0.2


def split_headline_pairs(parts: list[Part], lines: list[Line], weights: Weights) -> list[Part]:
    """A headline with a deck under it may really be two headlines: the one before for the story before (or
    one printed elsewhere), the one after for the story after. Split when the deck's words lean to the story
    after and the headline's do not."""
    out: list[Part] = []
    for part in parts:
        deck = next((pos for pos, (i, _) in enumerate(part.lines) if i in part.decks), None)
        if deck is None or part.prev is None or part.next is None:
            out.append(part)
            continue
        head, tail = part.lines[:deck], part.lines[deck:]
        if _lean(head, part, lines, weights) <= 0 and _lean(tail, part, lines, weights) > PAIR_MARGIN:
            first = Part(True, head, part.joins & {i for i, _ in head}, prev=part.prev, next=part.next)
            # The deck's first line heads the second headline, and the lines it wrapped onto go on with it.
            wrapped = _wrapped_on(tail, part.joins)
            second_lines = [(i, Role.TITLE if pos < wrapped else role) for pos, (i, role) in enumerate(tail)]
            second = Part(True, second_lines, part.joins & {i for i, _ in tail}, prev=part.prev, next=part.next)
            out += [first, second]
        else:
            out.append(part)
    return out


def headlines_read_by_rows(
    head: Head, lines: list[Line], classes: list[Cls], seen: Container[str]
) -> tuple[list[Part], Head]:
    """Two headlines printed side by side, read by an order that reads across the page row by row (a line of one,
    a line of the other, a line of the first again…): a group whose display lines, three or more from its first
    with no blank between, read so (see `_read_by_rows`) are two headlines of a line in every two, each with its
    kicker where it opens with one (`习近平在参加江苏代表团审议` / `杭州：实干谱新篇` / `时强调经济大省要在研究新情` /
    `全国政协十四届常委` / `况解决新问题上下功夫出经验` / `会第十六次会议举行`: the second headline's kicker read
    beside the first's first line). The headline whose last row is the lowest comes last, right over what follows
    it. Returns the two headlines (none where the lines are not so read) and the rest of the group."""
    shown: list[int] = []  # the display lines the group opens with, read one after another
    for i in head.lines:
        if classes[i] is not Cls.DISPLAY or (shown and lines[i].gap_before):
            break
        shown.append(i)
    if not _read_by_rows(shown, lines, seen):
        return [], head
    halves = sorted((shown[0::2], shown[1::2]), key=lambda rows: rows[-1])
    return [_headline_of(rows, lines) for rows in halves], Head(head.lines[len(shown) :])


def _headline_of(rows: list[int], lines: list[Line]) -> Part:
    """A headline of these lines, opened by its kicker where the first is one (`杭州：实干谱新篇`)."""
    kicker = len(rows) > 1 and f.is_dash_kicker(lines[rows[0]].text)
    title = rows[1:] if kicker else rows
    members = [(rows[0], Role.KICKER)] if kicker else []
    return Part(True, members + [(i, Role.TITLE) for i in title], set(title[1:]))


def _read_by_rows(numbers: list[int], lines: list[Line], seen: Container[str]) -> bool:
    """Three lines or more whose ends make a pair the page prints elsewhere (the stories repeat their headlines'
    words) with the line a row further down, twice at least (once in three lines), and never with the next line."""
    if len(numbers) < 3:
        return False
    across = [_meet(lines[i], lines[k], seen) for i, k in zip(numbers, numbers[2:], strict=False)]
    on = [_meet(lines[i], lines[k], seen) for i, k in pairwise(numbers)]
    return None not in on and None not in across and not any(on) and across.count(True) >= min(2, len(across))


def split_headlines_side_by_side(parts: list[Part], lines: list[Line]) -> list[Part]:
    """Two headlines printed side by side, read across their rows, as the scan shows them: a headline part
    whose lines stand in two stacks that share no stretch of width, read from one stack to the other and back
    again, where it first goes over to the other stack to a line on the same row. Each stack is a headline
    with its own lines' roles (a deck's lines alternate with the other headline's deck too). Both stand over
    the stories printed under them, so neither goes to the story read before them."""
    out: list[Part] = []
    for part in parts:
        numbers = [i for i, _ in part.lines]
        if not part.title or len(numbers) < 3 or any(lines[i].box is None for i in numbers):
            out.append(part)
            continue
        first = [i for i in numbers if _share_width(lines[i], lines[numbers[0]])]
        second = [i for i in numbers if i not in first]
        sides = [i in second for i in numbers]
        turns = [pos for pos in range(1, len(sides)) if sides[pos] != sides[pos - 1]]
        if (
            len(turns) < 2
            or not _on_one_row(lines[numbers[turns[0] - 1]], lines[numbers[turns[0]]])
            or any(_share_width(lines[i], lines[k]) for i in first for k in second)
        ):
            out.append(part)
            continue
        # (a kicker was told from the line read after it, the other headline's: the type tells it again)
        roles = {i: Role.TITLE if role is Role.KICKER else role for i, role in part.lines}
        for stack in sorted((first, second), key=lambda stack: stack[-1]):
            joins = {k for j, k in pairwise(stack) if roles[j] is roles[k]}
            out.append(Part(True, [(i, roles[i]) for i in stack], joins, part.decks & set(stack), None, part.next))
    return out


def _share_width(a: Line, b: Line) -> bool:
    assert a.box is not None and b.box is not None
    return shared_width(a.box, b.box) > 0


def _on_one_row(a: Line, b: Line) -> bool:
    assert a.box is not None and b.box is not None
    _ax, ay, _aw, ah = a.box
    _bx, by, _bw, bh = b.box
    return abs(ay - by) <= ROW_OVERLAP * min(ah, bh)


def _meet(a: Line, b: Line, seen: Container[str]) -> bool | None:
    """Whether the last character of `a` and the first of `b` stand together elsewhere on the page (None when
    they are not both Han characters)."""
    pair = a.text[-1:] + b.text[:1]
    if len(pair) < 2 or not (f.is_han(pair[0]) and f.is_han(pair[1])):
        return None
    return pair in seen


def _wrapped_on(members: list[tuple[int, Role]], joins: set[int]) -> int:
    """How many of the members are the first line and the lines joined on to it in its role."""
    count = 1
    while count < len(members) and members[count][0] in joins and members[count][1] is members[0][1]:
        count += 1
    return count


def _lean(members: list[tuple[int, Role]], part: Part, lines: list[Line], weights: Weights) -> float:
    assert part.prev is not None and part.next is not None
    words = {b for i, _ in members for b in lines[i].bigrams}
    return coverage(words, part.next, lines, weights) - coverage(words, part.prev, lines, weights)


def coverage(words: set[str], story: Story, lines: list[Line], weights: Weights) -> float:
    """The IDF-weighted share of a headline's bigrams that the story's text contains."""
    total = math.fsum(weights[b] for b in words)
    if not total:
        return 0.0
    found = story.words(lines)
    return math.fsum(weights[b] for b in words if b in found) / total


def score(part: Part, following: Part | None, lines: list[Line], classes: list[Cls], weights: Weights) -> None:
    """Choose a side for a title part (recorded in `part.side`, `confidence`, `rule`)."""
    if part.next is None and part.prev is not None and part.prev.jumps(lines):
        # The story before ends on its jump line (`（下转第15版）`): closed, it is no headline's after it.
        part.side, part.confidence, part.rule = None, 0.6, "headline-alone"
        return
    if part.prev is None or part.next is None:
        part.side = Side.NEXT if part.prev is None else Side.PREV
        part.confidence, part.rule = 0.9, "headline-only-neighbour"
        if part.prev is None and part.next is None:
            part.side, part.confidence, part.rule = None, 0.6, "headline-alone"
            return
        neighbour = part.next if part.prev is None else part.prev
        assert neighbour is not None
        if coverage(words_of(part, lines), neighbour, lines, weights) < LITTLE_OVERLAP:
            part.confidence, part.rule = 0.55, "headline-little-overlap"
        return
    words = {b for i, _ in part.lines for b in lines[i].bigrams}
    to_next = coverage(words, part.next, lines, weights)
    to_prev = coverage(words, part.prev, lines, weights)
    delta = to_next - to_prev
    rule = "headline-overlap"
    first, last = part.lines[0][0], part.lines[-1][0]
    before = part.prev.lines[-1]
    if classes[before] is Cls.NOTE and f.is_author_note(lines[before].text):
        delta -= NOTE_BEFORE
    if following is None and part.next.lead:
        delta += LEAD_AFTER
    if lines[first].gap_before >= 2:
        delta += WIDE_GAP
    if lines[last].gap_after >= 2 and following is None:
        delta -= WIDE_GAP
    if following is not None and not following.title:
        signed = _signature_side(following, part, lines)
        if signed is not None:
            delta += SIGNATURE if signed is Side.NEXT else -SIGNATURE
            rule = "headline-signature"
    part.side = Side.NEXT if delta > 0 else Side.PREV
    part.confidence = min(0.97, 0.5 + abs(delta))
    part.rule = rule
    if rule == "headline-overlap" and max(to_next, to_prev) < LITTLE_OVERLAP:
        # Sharing next to no words with either side, the headline's side is a guess, whatever the margin.
        part.confidence = min(part.confidence, 0.55)
        part.rule = "headline-little-overlap"


def under_credit(part: Part, before: list[Part], lines: list[Line]) -> None:
    """A photographer's credit printed between the story before and a headline closes that story (a photo
    with its caption): the headline under it heads the story after it."""
    closed = any(f.is_marked_photo_credit(lines[i].text) for p in before for i, _ in p.lines)
    if closed and part.next is not None and not any(p.title for p in before):
        part.side, part.rule = Side.NEXT, "headline-under-credit"
        part.confidence = min(part.confidence, CREDIT_OVER)


def _signature_side(byline: Part, part: Part, lines: list[Line]) -> Side | None:
    """The side whose opening names the unit signed under the headline."""
    for i, _ in byline.lines:
        name = f.compact(f.mark_stripped(lines[i].text))
        if len(name) < 4:
            continue
        for side, story in ((Side.PREV, part.prev), (Side.NEXT, part.next)):
            if story is not None and name in _opening(story, lines):
                return side
    return None


def _opening(story: Story, lines: list[Line]) -> str:
    return "".join(f.compact(lines[i].text) for i in story.lines[:3])[:60]


def place_titles(parts: list[Part], lines: list[Line], weights: Weights) -> list[tuple[Story, Story, Story]]:
    """Give each story at most one headline, surest claims first. A story claimed by a headline printed
    before it and one printed after it is two stories printed one after the other with no header between
    them, when the words of the two headlines part somewhere; otherwise the less sure claim moves to its
    other side. Returns the stories split, as (story, first half, second half)."""
    claims = sorted((p for p in parts if p.title and p.side is not None), key=lambda p: -p.confidence)
    holder: dict[int, Part] = {}
    splits: list[tuple[Story, Story, Story]] = []
    for part in claims:
        target = story_of(part)
        if target is not None and target.title:
            halves = _split_between(target, holder[id(target)], part, lines, weights)
            if halves is not None:
                splits.append((target, *halves))
                for other in parts:
                    if other.prev is target:
                        other.prev = halves[1]
                    if other.next is target:
                        other.next = halves[0]
                earlier = holder[id(target)]
                for claimant in (earlier, part):
                    half = story_of(claimant)
                    assert half is not None
                    half.title = True
                    holder[id(half)] = claimant
                    claimant.rule = "headline-split-story"
                    claimant.confidence = min(claimant.confidence, SPLIT_CONFIDENCE)
                    attach(claimant, half)
                continue
            other_side = Side.PREV if part.side is Side.NEXT else Side.NEXT
            part.side = other_side
            part.confidence = min(part.confidence, 0.5)
            part.rule = "headline-second-claim"
            target = story_of(part)
            if target is None or target.title or target.dated:
                part.side = None  # no weak claim on a photo's caption either
                continue
        if target is not None:
            target.title = True
            holder[id(target)] = part
            attach(part, target)
    return splits


def _split_between(
    story: Story, one: Part, two: Part, lines: list[Line], weights: Weights
) -> tuple[Story, Story] | None:
    """The story cut at the paragraph start where the headline before it and the one after it part best."""
    if one.side is two.side:
        return None
    before, after = (one, two) if one.side is Side.NEXT else (two, one)
    cut = best_cut(story, words_of(before, lines), words_of(after, lines), lines, weights)
    return None if cut is None else halves(story, cut[1], lines)


def words_of(part: Part, lines: list[Line]) -> set[str]:
    return {b for i, _ in part.lines for b in lines[i].bigrams}


def best_cut(
    story: Story, words_before: set[str], words_after: set[str], lines: list[Line], weights: Weights
) -> tuple[float, int] | None:
    """Where to cut the story so that the first words go with the first half and the second with the
    second: the paragraph start or blank line that parts them best (their summed leanings), if they part at
    all. A blank line may cut a sentence that only seemed to go on across it (a column of another story read
    on from one cut off in mid-sentence)."""
    members = story.lines
    # Where each of the headlines' words stands first and last in the story: in the first `pos` lines when it
    # stands first before `pos`, in the rest when it stands last at `pos` or after.
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    words = words_before | words_after
    for pos, i in enumerate(members):
        for b in words.intersection(lines[i].bigrams):
            first.setdefault(b, pos)
            last[b] = pos
    found: dict[bool, tuple[float, int]] = {}  # the best cut at a blank line, and anywhere
    for pos in range(MIN_HALF, len(members) - MIN_HALF + 1):
        k, previous = members[pos], members[pos - 1]
        if k in story.headings or not (lines[previous].final or lines[k].gap_before > 0):
            continue
        head = {b for b, at in first.items() if at < pos}
        tail = {b for b, at in last.items() if at >= pos}
        keep_before = cover(words_before, head, weights) - cover(words_before, tail, weights)
        keep_after = cover(words_after, tail, weights) - cover(words_after, head, weights)
        leaning = keep_before + keep_after
        if min(keep_before, keep_after) > 0 and leaning > SPLIT_MIN:
            for blank in {False, lines[k].gap_before > 0}:
                if leaning > found.get(blank, (0.0, 0))[0]:
                    found[blank] = (leaning, pos)
    # Two stories printed one after the other are set apart by a blank line where the page has one there.
    return found.get(True) or found.get(False)


def halves(story: Story, at: int, lines: list[Line]) -> tuple[Story, Story]:
    return part_of(story, story.lines[:at], lines), part_of(story, story.lines[at:], lines)


def part_of(story: Story, members: list[int], lines: list[Line]) -> Story:
    """The story of some of `story`'s lines: the part that opens as it does keeps its lead and date; another
    opens where two headlines' stories were parted, dated by its own first line; the part that ends as it does
    keeps its inline credit."""
    opens = members[0] == story.lines[0]
    return Story(
        members,
        story.headings & set(members),
        lead=story.lead and opens,
        dated=story.dated if opens else f.is_dated(lines[members[0]].text),
        inline_credit=story.inline_credit and members[-1] == story.lines[-1],
        opened_by=None if opens else ("story-split-between-headlines", SPLIT_CONFIDENCE),
    )


def cover(words: set[str], found: set[str], weights: Weights) -> float:
    """The IDF-weighted share of `words` among `found`."""
    total = math.fsum(weights[b] for b in words)
    return math.fsum(weights[b] for b in words if b in found) / total if total else 0.0


def place_bylines(groups: list[list[Part]], lines: list[Line]) -> None:
    """Attach byline parts, group by group in page order (whether a story has a byline depends on the
    groups before)."""
    for parts in groups:
        for pos, part in enumerate(parts):
            if part.title:
                continue
            above = next((p for p in reversed(parts[:pos]) if p.title), None)
            side, confidence, rule = _byline_side(part, above, lines)
            part.side, part.confidence, part.rule = side, confidence, rule
            if side is Side.FAR and above is not None:
                part.far = above.far
            target = story_of(part)
            if target is None:
                continue
            if rule == "byline-photo-credit":
                target.credit = True
            else:
                target.byline = True
            attach(part, target)


def _byline_side(part: Part, above: Part | None, lines: list[Line]) -> tuple[Side | None, float, str]:
    prev, nxt = part.prev, part.next
    if above is not None and above.side is Side.FAR:
        return Side.FAR, min(above.confidence, 0.8), "byline-under-headline"
    if above is not None and above.side is None and nxt is not None and (nxt.byline or nxt.dated):
        # Under a headline no story took, before a story signed already or a photo's caption: the headline's own.
        return None, min(above.confidence, 0.6), "byline-under-headline"
    if above is not None and above.side is not None:
        if above.side is Side.NEXT or nxt is None:
            return above.side, 0.85, "byline-under-headline"
        assert prev is not None
        if prev.byline or (prev.lead and not f.is_site_lead(lines[prev.lines[0]].text)):
            return Side.NEXT, 0.7, "byline-story-has-one"
        return Side.PREV, 0.8, "byline-under-headline"
    if prev is not None and prev.dated and not (prev.title or prev.credit or prev.byline or prev.inline_credit):
        return Side.PREV, 0.8, "byline-photo-credit"
    if prev is not None and not prev.byline and _signs_above(part, prev, lines):
        return Side.PREV, 0.75, "byline-after-story"
    if nxt is not None:
        return Side.NEXT, 0.55, "byline-before-story"
    if prev is not None:
        return Side.PREV, 0.6, "byline-after-story"
    return None, 0.6, "byline-alone"


def _signs_above(part: Part, prev: Story, lines: list[Line]) -> bool:
    """The byline is printed right under the last line of the story before it (no blank between) and stands
    apart from what follows: that story's signature (`（作者系…）` / `●向贤彪`)."""
    first, last = part.lines[0][0], part.lines[-1][0]
    return first == prev.lines[-1] + 1 and lines[first].gap_before == 0 and lines[last].gap_after > 0


def story_of(part: Part) -> Story | None:
    if part.side is Side.PREV:
        return part.prev
    if part.side is Side.NEXT:
        return part.next
    if part.side is Side.FAR:
        return part.far
    return None


def attach(part: Part, story: Story) -> None:
    for i, role in part.lines:
        story.header[i] = (role, part.confidence, part.rule)
    story.joins |= part.joins
