"""Third pass: headline groups cut into parts (kicker + headline + decks, bylines) and each part attached to
the story before or after it, since OCR order puts a headline after its body as often as before.

A headline goes to the side whose text shares more of its words (Han bigrams weighted by IDF); structure
breaks near-ties: a `（作者系…）` note just before pulls it back, a `本报讯` lead just after pulls it
forward, a unit's signature under it names its story. A headline with a deck under it whose words lean
the other way is two headlines, one for each side. A story takes one headline: claimed from both sides,
it is two stories printed with no header between them, cut where the two headlines' words part; else the
less sure claim goes to its other side. A byline after a headline that went back goes back too, unless that
story already has one (or a lead that names its reporter); a byline with no headline before it goes
forward, except right after a dated caption, whose photo credit it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from ..domain.model import Role
from . import features as f
from .classes import Cls
from .frequencies import Weights
from .profile import Line
from .segments import Head

# Kickers (`阿城镇`) are this short at most; a longer phrase is a kicker over a headline of two clauses this
# many times as long.
KICKER_MAX = 6
KICKER_MIN_PHRASE = 6
KICKER_RATIO = 1.8
# Margins added to the overlap difference (next minus previous) by structural cues.
NOTE_BEFORE = 0.15
LEAD_AFTER = 0.1
WIDE_GAP = 0.2
SIGNATURE = 1.0
# Two headlines claiming one story split it when their words part by this much (sum of both leanings).
SPLIT_MIN = 0.5
SPLIT_CONFIDENCE = 0.65
# Each half of a split story has at least this many lines.
MIN_HALF = 2
# A headline and its deck lean to different sides by at least this much each: two headlines.
PAIR_MARGIN = 0.1
# Below this share of its words found on either side, a headline's attachment is doubtful.
LITTLE_OVERLAP = 0.2
# A headline goes to a story elsewhere on the page only when the story holds this share of its words; one
# its neighbours took weakly (this sure at most) moves there when it holds this much more than they do.
FAR_MIN = 0.3
WEAK = 0.55
FAR_MARGIN = 0.25
# A story another headline took already is claimed with less: it is cut in two only where the words part.
FAR_SHARED = 0.15


class Side(Enum):
    PREV = "prev"
    NEXT = "next"
    FAR = "far"  # a story elsewhere on the page (`place_far`)


@dataclass(slots=True)
class Story:
    """An article or photo in the making: its running text and the header lines attached to it."""

    lines: list[int]
    headings: set[int]
    lead: bool  # opens with a `本报讯` lead, which names its reporter
    dated: bool  # opens with a date, as photo captions do
    inline_credit: bool = False  # its last line ends with a `■ name` credit
    opened_by: tuple[str, float] | None = None  # the rule and confidence of a start no mark shows
    continued_at: int | None = None  # where a column of it goes on after a block of another story
    header: dict[int, tuple[Role, float, str]] = field(default_factory=dict)
    joins: set[int] = field(default_factory=set)
    title: bool = False
    byline: bool = False
    credit: bool = False
    _bigrams: set[str] | None = None

    def words(self, lines: list[Line]) -> set[str]:
        if self._bigrams is None:
            self._bigrams = {b for i in self.lines for b in lines[i].bigrams}
        return self._bigrams


@dataclass(slots=True)
class Part:
    """A contiguous piece of a headline group that goes to one story."""

    title: bool  # a headline (with kicker and decks) rather than bylines
    lines: list[tuple[int, Role]]
    joins: set[int] = field(default_factory=set)
    decks: set[int] = field(default_factory=set)  # display lines taken as a deck under the headline
    prev: Story | None = None
    next: Story | None = None
    far: Story | None = None
    side: Side | None = None
    confidence: float = 0.5
    rule: str = ""


def parts_of(head: Head, lines: list[Line], classes: list[Cls], gap_decks: bool = True) -> list[Part]:
    """Cut a headline group into title parts and byline parts, with each line's role. With `gap_decks`, a
    second display line a blank under a headline is its deck; in a stack of headlines it is the next one."""
    parts: list[Part] = []
    members = head.lines
    for pos, i in enumerate(members):
        cls = classes[i]
        cur = parts[-1] if parts else None
        if cls is Cls.BYLINE:
            if cur is not None and not cur.title:
                cur.lines.append((i, Role.BYLINE))
            else:
                parts.append(Part(False, [(i, Role.BYLINE)]))
            continue
        if cls is Cls.DASH:
            if cur is not None and cur.title:
                cur.lines.append((i, Role.SUBTITLE))
            else:
                parts.append(Part(True, [(i, Role.SUBTITLE)]))
            continue
        following = [k for k in members[pos + 1 :] if not f.is_dashes_only(lines[k].text)]
        nxt = following[0] if following else None
        if f.is_dashes_only(lines[i].text) and cur is not None and cur.lines[-1][1] is Role.KICKER:
            cur.lines.append((i, Role.KICKER))  # `西宁：惠民见实效-` / `—`
            cur.joins.add(i)
        elif (
            _kicker(i, nxt, lines, classes)
            and (cur is None or not cur.title or _has_title(cur))
            and not (cur is not None and _continues(cur, i, lines) and _wraps(cur, i, lines))
        ):
            if cur is not None and _said_over_two_lines(cur, i, lines):
                cur.lines = [(k, Role.KICKER) for k, _ in cur.lines] + [(i, Role.KICKER)]
                cur.joins.add(i)  # `于永波会见全军和武警⏎先进典型代表时指出`: one kicker on two lines
            else:
                parts.append(Part(True, [(i, Role.KICKER)]))  # a kicker opens the next headline group
        elif cur is not None and cur.title and _deck_goes_on(cur, i, lines, classes):
            cur.lines.append((i, Role.SUBTITLE))  # `-去年总产量…创下我国农业最高` / `动生产率`: the deck wrapped
            cur.joins.add(i)
        elif lines[i].learned is Role.SUBTITLE and cur is not None and cur.title and _has_title(cur):
            cur.lines.append((i, Role.SUBTITLE))  # a deck editors marked on other pages
            cur.decks.add(i)
        elif cur is None or not cur.title or _has_title(cur):
            if cur is not None and cur.title and _continues(cur, i, lines) and _wraps(cur, i, lines, DECK_WIDER):
                cur.lines.append((i, Role.SUBTITLE))  # `党中央国务⏎…⏎作⏎灾区各级政府全力组`: a deck, its dash lost
                cur.decks.add(i)
            elif cur is not None and cur.title and _continues(cur, i, lines):
                cur.lines.append((i, Role.TITLE))
                cur.joins.add(i)
            elif gap_decks and cur is not None and cur.title and _only_title(cur) and lines[i].gap_before <= 1:
                cur.lines.append((i, Role.SUBTITLE))  # a second headline line under a gap is a deck
                cur.decks.add(i)
            else:
                parts.append(Part(True, [(i, Role.TITLE)]))
        else:
            cur.lines.append((i, Role.TITLE))  # the headline under a kicker
    return parts


def _deck_goes_on(part: Part, i: int, lines: list[Line], classes: list[Cls]) -> bool:
    """The line goes on with the `——` deck (or its line) right above it: no blank between, no end of sentence
    above, and no longer than the line above (the deck's own type; a character more where OCR read one
    more)."""
    last, role = part.lines[-1]
    first = last
    while first in part.joins:
        first -= 1
    deck = lines[first]
    return (
        role is Role.SUBTITLE
        and last == i - 1
        and lines[i].gap_before == 0
        and (f.is_dash_subtitle(deck.text) or classes[first] is Cls.DASH or first in part.decks)
        and not lines[last].final
        and len(f.compact(lines[i].text)) <= len(f.compact(lines[last].text)) + 1
    )


def _has_title(part: Part) -> bool:
    return any(role is Role.TITLE for _, role in part.lines)


def _only_title(part: Part) -> bool:
    return all(role is Role.TITLE for _, role in part.lines)


def _continues(part: Part, i: int, lines: list[Line]) -> bool:
    last, role = part.lines[-1]
    return role is Role.TITLE and last == i - 1 and lines[i].gap_before == 0


# A line this many times as long as the wrapped headline's lines above it is set in a deck's smaller type.
DECK_WIDER = 1.5


def _wraps(part: Part, i: int, lines: list[Line], wider: float | None = None) -> bool:
    """The headline above is wrapped at its measure (two or more of its lines as long as each other) and line
    `i` goes on in its type, no longer (`在十五大精⏎神指引下胜⏎利前进-⏎元旦献辞`); with `wider`, line `i` is
    instead that many times as long: set in a smaller type."""
    above = [len(f.compact(lines[k].text)) for k, role in part.lines if role is Role.TITLE]
    if len(above) < 2 or above[-2] != max(above):
        return False
    length = len(f.compact(lines[i].text))
    return length >= wider * above[-2] if wider else length <= above[-2] and above[-1] == above[-2]


def _kicker(i: int, nxt: int | None, lines: list[Line], classes: list[Cls]) -> bool:
    """A short place or unit name printed right above a headline (or a line editors made a kicker)."""
    if lines[i].learned is Role.KICKER:
        return True
    if lines[i].learned in (Role.TITLE, Role.HEADING):
        return False
    if nxt is None or classes[nxt] is not Cls.DISPLAY or lines[nxt].gap_before > 1:
        return False
    if lines[i].learned is Role.SUBTITLE:
        return True  # a line editors made a kicker or deck, over a headline: its kicker
    text = f.compact(lines[i].text)
    main = f.compact(lines[nxt].text)
    if len(text) < 2:
        return False  # `实`: the end of the headline line above
    if f.is_dash_kicker(lines[i].text) and (
        text[-1] in "—─―-－一" or len(main) >= len(text) or _wrapped_below(nxt, lines, classes)
    ):
        return True  # a place and a slogan over a longer headline or one in larger type; else its first line
    if f.is_said_kicker(lines[i].text):
        return True
    if len(text) >= KICKER_MIN_PHRASE and "，" in main and len(main) >= KICKER_RATIO * len(text):
        return True  # `北大荒粮食三年连续大幅增产` over a headline of two clauses twice as long
    if len(text) > KICKER_MAX or len(f.compact(lines[nxt].text)) <= len(text):
        return False
    return f.is_place(text) or f.is_org_name(text) or lines[nxt].gap_before == 1


def _said_over_two_lines(part: Part, i: int, lines: list[Line]) -> bool:
    """The part is one headline line right above line `i` that, read on into it, tells who said what, and
    is wrapped there (at least as long as line `i`; a headline over a kicker of its own may be shorter)."""
    return (
        len(part.lines) == 1
        and part.lines[0] == (i - 1, Role.TITLE)
        and lines[i].gap_before == 0
        and len(f.compact(lines[i - 1].text)) >= len(f.compact(lines[i].text))
        and f.is_said_kicker(lines[i - 1].text + lines[i].text)
    )


def _wrapped_below(k: int, lines: list[Line], classes: list[Cls]) -> bool:
    """Lines `k` and the next are a headline wrapped at its measure: display lines as long as each other."""
    nxt = k + 1
    return (
        nxt < len(lines)
        and classes[nxt] is Cls.DISPLAY
        and lines[nxt].gap_before == 0
        and len(f.compact(lines[k].text)) == len(f.compact(lines[nxt].text))
    )


def split_headline_pairs(parts: list[Part], lines: list[Line], weights: Weights) -> list[Part]:
    """A headline with a deck under it may really be two headlines: the one before for the story before,
    the one after for the story after. Split when the words of each say so."""
    out: list[Part] = []
    for part in parts:
        deck = next((pos for pos, (i, _) in enumerate(part.lines) if i in part.decks), None)
        if deck is None or part.prev is None or part.next is None:
            out.append(part)
            continue
        head, tail = part.lines[:deck], part.lines[deck:]
        if _lean(head, part, lines, weights) < -PAIR_MARGIN and _lean(tail, part, lines, weights) > PAIR_MARGIN:
            first = Part(True, head, part.joins & {i for i, _ in head}, prev=part.prev, next=part.next)
            second_lines = [(i, Role.TITLE if pos == 0 else role) for pos, (i, role) in enumerate(tail)]
            second = Part(True, second_lines, part.joins & {i for i, _ in tail}, prev=part.prev, next=part.next)
            out += [first, second]
        else:
            out.append(part)
    return out


def _lean(members: list[tuple[int, Role]], part: Part, lines: list[Line], weights: Weights) -> float:
    assert part.prev is not None and part.next is not None
    words = {b for i, _ in members for b in lines[i].bigrams}
    return coverage(words, part.next, lines, weights) - coverage(words, part.prev, lines, weights)


def coverage(words: set[str], story: Story, lines: list[Line], weights: Weights) -> float:
    """The IDF-weighted share of a headline's bigrams that the story's text contains."""
    total = sum(weights[b] for b in words)
    if not total:
        return 0.0
    found = story.words(lines)
    return sum(weights[b] for b in words if b in found) / total


def score(part: Part, following: Part | None, lines: list[Line], classes: list[Cls], weights: Weights) -> None:
    """Choose a side for a title part (recorded in `part.side`, `confidence`, `rule`)."""
    if part.prev is None or part.next is None:
        part.side = Side.NEXT if part.prev is None else Side.PREV
        part.confidence, part.rule = 0.9, "headline-only-neighbour"
        if part.prev is None and part.next is None:
            part.side, part.confidence, part.rule = None, 0.6, "headline-alone"
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
        target = _story(part)
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
                    half = _story(claimant)
                    assert half is not None
                    half.title = True
                    holder[id(half)] = claimant
                    claimant.rule = "headline-split-story"
                    claimant.confidence = min(claimant.confidence, SPLIT_CONFIDENCE)
                    _attach(claimant, half)
                continue
            other_side = Side.PREV if part.side is Side.NEXT else Side.NEXT
            part.side = other_side
            part.confidence = min(part.confidence, 0.5)
            part.rule = "headline-second-claim"
            target = _story(part)
            if target is None or target.title:
                part.side = None
                continue
        if target is not None:
            target.title = True
            holder[id(target)] = part
            _attach(part, target)
    return splits


def _split_between(
    story: Story, one: Part, two: Part, lines: list[Line], weights: Weights
) -> tuple[Story, Story] | None:
    """The story cut at the paragraph start where the headline before it and the one after it part best."""
    if one.side is two.side:
        return None
    before, after = (one, two) if one.side is Side.NEXT else (two, one)
    cut = _best_cut(story, _words(before, lines), _words(after, lines), lines, weights)
    return None if cut is None else _halves(story, cut[1], lines)


def _words(part: Part, lines: list[Line]) -> set[str]:
    return {b for i, _ in part.lines for b in lines[i].bigrams}


def _best_cut(
    story: Story, words_before: set[str], words_after: set[str], lines: list[Line], weights: Weights
) -> tuple[float, int] | None:
    """Where to cut the story so that the first words go with the first half and the second with the
    second: the paragraph start that parts them best (their summed leanings), if they part at all."""
    members = story.lines
    prefix: list[set[str]] = [set()]
    for i in members:
        prefix.append(prefix[-1] | set(lines[i].bigrams))
    suffix: list[set[str]] = [set()]
    for i in reversed(members):
        suffix.append(suffix[-1] | set(lines[i].bigrams))
    suffix.reverse()
    found: dict[bool, tuple[float, int]] = {}  # the best cut at a blank line, and anywhere
    for pos in range(MIN_HALF, len(members) - MIN_HALF + 1):
        k, previous = members[pos], members[pos - 1]
        if k in story.headings or not lines[previous].final:
            continue
        head, tail = prefix[pos], suffix[pos]
        keep_before = _cover(words_before, head, weights) - _cover(words_before, tail, weights)
        keep_after = _cover(words_after, tail, weights) - _cover(words_after, head, weights)
        leaning = keep_before + keep_after
        if min(keep_before, keep_after) > 0 and leaning > SPLIT_MIN:
            for blank in {False, lines[k].gap_before > 0}:
                if leaning > found.get(blank, (0.0, 0))[0]:
                    found[blank] = (leaning, pos)
    # Two stories printed one after the other are set apart by a blank line where the page has one there.
    return found.get(True) or found.get(False)


def _halves(story: Story, at: int, lines: list[Line]) -> tuple[Story, Story]:
    first_lines, second_lines = story.lines[:at], story.lines[at:]
    first = Story(first_lines, story.headings & set(first_lines), story.lead, story.dated)
    second = Story(
        second_lines,
        story.headings & set(second_lines),
        lead=False,
        dated=f.is_dated(lines[second_lines[0]].text),
        inline_credit=story.inline_credit,
        opened_by=("story-split-between-headlines", SPLIT_CONFIDENCE),
    )
    return first, second


def _cover(words: set[str], found: set[str], weights: Weights) -> float:
    total = sum(weights[b] for b in words)
    return sum(weights[b] for b in words if b in found) / total if total else 0.0


def place_bylines(groups: list[list[Part]]) -> None:
    """Attach byline parts, group by group in page order (whether a story has a byline depends on the
    groups before)."""
    for parts in groups:
        for pos, part in enumerate(parts):
            if part.title:
                continue
            above = next((p for p in reversed(parts[:pos]) if p.title), None)
            side, confidence, rule = _byline_side(part, above)
            part.side, part.confidence, part.rule = side, confidence, rule
            if side is Side.FAR and above is not None:
                part.far = above.far
            target = _story(part)
            if target is None:
                continue
            if rule == "byline-photo-credit":
                target.credit = True
            else:
                target.byline = True
            _attach(part, target)


def _byline_side(part: Part, above: Part | None) -> tuple[Side | None, float, str]:
    prev, nxt = part.prev, part.next
    if above is not None and above.side is Side.FAR:
        return Side.FAR, min(above.confidence, 0.8), "byline-under-headline"
    if above is not None and above.side is not None:
        if above.side is Side.NEXT or nxt is None:
            return above.side, 0.85, "byline-under-headline"
        assert prev is not None
        if prev.byline or prev.lead:
            return Side.NEXT, 0.7, "byline-story-has-one"
        return Side.PREV, 0.8, "byline-under-headline"
    if prev is not None and prev.dated and not (prev.title or prev.credit or prev.byline or prev.inline_credit):
        return Side.PREV, 0.8, "byline-photo-credit"
    if nxt is not None:
        return Side.NEXT, 0.8 if not nxt.byline else 0.55, "byline-before-story"
    if prev is not None:
        return Side.PREV, 0.6, "byline-after-story"
    return None, 0.6, "byline-alone"


def _story(part: Part) -> Story | None:
    if part.side is Side.PREV:
        return part.prev
    if part.side is Side.NEXT:
        return part.next
    if part.side is Side.FAR:
        return part.far
    return None


def is_stack(parts: list[Part]) -> bool:
    """Headlines printed one after another before (or after) the bodies, as an OCR order that reads the page
    top-down gives them: three or more, or two with a story on one side only. Their neighbours say
    nothing about where they belong."""
    titles = sum(1 for p in parts if p.title)
    first = parts[0] if parts else None
    return titles >= 3 or (titles == 2 and first is not None and (first.prev is None or first.next is None))


def place_far(
    parts: list[Part], stories: list[Story], lines: list[Line], weights: Weights
) -> list[tuple[Story, Story, Story]]:
    """Headlines without a story go to the story anywhere on the page whose text holds most of their words,
    surest pairs first (never to a photo's caption). A story two of them claim is two stories printed one
    after the other, cut where their words part (as `place_titles` does). Returns the stories split, as
    (story, first half, second half)."""
    stories = list(stories)
    for part in parts:
        if part.title and part.side is not None and part.confidence <= WEAK and part.rule != "headline-split-story":
            _move_if_far(part, stories, lines, weights)
    pending = [p for p in parts if p.title and p.side is None]
    holder: dict[int, Part] = {}
    splits: list[tuple[Story, Story, Story]] = []
    while pending:
        best: tuple[float, float, Part, Story] | None = None
        for part in pending:
            words = _words(part, lines)
            shares = sorted(
                (
                    (coverage(words, story, lines, weights), k)
                    for k, story in enumerate(stories)
                    if (not story.title and not story.dated) or id(story) in holder
                ),
                reverse=True,
            )
            floor = FAR_SHARED if shares and id(stories[shares[0][1]]) in holder else FAR_MIN
            if shares and shares[0][0] >= floor and (best is None or shares[0][0] > best[0]):
                runner_up = shares[1][0] if len(shares) > 1 else 0.0
                best = (shares[0][0], runner_up, part, stories[shares[0][1]])
        if best is None:
            break
        share, runner_up, part, story = best
        pending.remove(part)
        part.confidence = min(0.9, 0.5 + share - runner_up)
        part.rule = "headline-far"
        if story.title:
            earlier = holder.pop(id(story))
            halves = _far_halves(story, earlier, part, lines, weights)
            if halves is None:
                part.confidence, part.rule = 0.6, "headline-alone"
                holder[id(story)] = earlier
                continue
            (first, first_part), (second, second_part) = halves
            splits.append((story, first, second))
            for other in parts:
                if other.prev is story:
                    other.prev = second
                if other.next is story:
                    other.next = first
            stories[stories.index(story) : stories.index(story) + 1] = [first, second]
            for half, claimant in ((first, first_part), (second, second_part)):
                claimant.far, claimant.side = half, Side.FAR
                claimant.confidence = min(claimant.confidence, SPLIT_CONFIDENCE)
                half.title = True
                holder[id(half)] = claimant
                _attach(claimant, half)
            continue
        part.side, part.far = Side.FAR, story
        story.title = True
        holder[id(story)] = part
        _attach(part, story)
    for part in pending:
        if not part.rule:
            part.confidence, part.rule = 0.6, "headline-alone"
    return splits


def _move_if_far(part: Part, stories: list[Story], lines: list[Line], weights: Weights) -> None:
    """A headline its neighbours took only weakly is set free when an untitled story elsewhere holds far
    more of its words (`place_far` then places it)."""
    current = _story(part)
    if current is None:
        return
    words = _words(part, lines)
    here = coverage(words, current, lines, weights)
    best = max((coverage(words, s, lines, weights) for s in stories if not s.title and not s.dated), default=0.0)
    if best >= FAR_MIN and best >= here + FAR_MARGIN:
        for i, _ in part.lines:
            current.header.pop(i, None)
        current.joins -= part.joins
        current.title = False
        part.side, part.rule = None, ""


def _far_halves(
    story: Story, one: Part, two: Part, lines: list[Line], weights: Weights
) -> tuple[tuple[Story, Part], tuple[Story, Part]] | None:
    """The story cut between two headlines printed away from it, in whichever order their words say."""
    a, b = _words(one, lines), _words(two, lines)
    cuts = [
        (cut, first, second)
        for first, second, wa, wb in ((one, two, a, b), (two, one, b, a))
        if (cut := _best_cut(story, wa, wb, lines, weights)) is not None
    ]
    if not cuts:
        return None
    (_, at), first, second = max(cuts, key=lambda c: c[0][0])
    head, tail = _halves(story, at, lines)
    return (head, first), (tail, second)


def place_stack_bylines(parts: list[Part]) -> None:
    """In a stack of headlines, a byline goes with the headline printed above it."""
    for pos, part in enumerate(parts):
        if part.title:
            continue
        above = next((p for p in reversed(parts[:pos]) if p.title), None)
        target = _story(above) if above is not None else None
        if target is None:
            part.side, part.confidence, part.rule = None, 0.6, "byline-alone"
            continue
        assert above is not None
        part.side, part.far = Side.FAR, target
        part.confidence, part.rule = min(above.confidence, 0.8), "byline-under-headline"
        target.byline = True
        _attach(part, target)


def _attach(part: Part, story: Story) -> None:
    for i, role in part.lines:
        story.header[i] = (role, part.confidence, part.rule)
    story.joins |= part.joins
