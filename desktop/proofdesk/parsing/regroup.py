"""After the headlines are placed: blocks of running text that went with the wrong story (an OCR order that
reads several articles' columns one after another) return to the headed story nearby whose words they share,
a column another story cut in mid-word goes on after it (a column with no header, on the headed story whose
words it shares), a column goes to the story cut off in mid-sentence it goes on best (for the word across the
cut, its length and the words they share), and the lines of two stories' columns an OCR order
read by rows go each to the story of its column."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from itertools import chain, pairwise
from operator import mul

from ..domain.model import Role
from ..text.words import common_words
from . import features as f
from .classes import FIRST_LINE_SHORT, FULL_MARGIN, STORY_TEXT, Cls, PageText, finishes_word, word_cut
from .frequencies import Weights
from .groups import Story
from .profile import Line, read_across
from .segments import group_top, head_above, heads_over

# A block goes to another story when its words are this much closer to that story's (cosine of IDF-weighted
# bigrams) than to the rest of its own, and at least this close.
REGROUP_MARGIN = 0.15
REGROUP_MIN = 0.15
# A block sharing this share of its bigrams with the lines of its story that are in no such block (its first
# column, or the one that holds its far headline's words) and its headline is at home, whatever the other
# blocks share: of the blocks on the tuned-on pages that belonged elsewhere, 3 of 124 shared as much (0.02 in
# the median); those at home 0.10 in the median, the rest of them weighed by their words' cosines. The
# figures are the same from 0.12 to 0.2.
AT_HOME = 0.12
# Stories this many places before or after a block's own, in page order, may take it.
REGROUP_REACH = 6
# A story before the block whose last sentence is cut off at a full line and reads on into the block counts
# as this much closer to it.
READS_ON = 0.1
# And twice as close where three characters across the cut stand together elsewhere on the page: a word the cut
# parts (`深入贯彻习` / `近平总书记…`, the page printing 习近平 whole), which only that story's end can start.
WORD_READS_ON = 2 * READS_ON
# A column with no header goes on the story whose words it shares this many times as closely as the next's.
SHARES_MOST = 2.0
# Or, sharing few words with any (a short column, names that OCR split), this many times as closely as the
# next's and at least this closely (`谢里夫等的陪同下步入…`, whose story names `塔拉尔` and `巴基斯坦`).
SHARES_ALONE = 4.0
SHARES_ALONE_MIN = 0.05
# How well a column goes on after a story cut off in mid-sentence (see `rejoin_cut_columns`): three characters
# across the cut that make a word of the language or stand together in a line of the page, or two the language
# knows as a word; the column as long as the one before it (the columns of a story's module are, but for its last),
# or longer (it seldom is); and the words they share (times the cosine of their IDF-weighted bigrams). On the
# tuned-on pages a column that goes on after another story's block is as long as its story's column before it
# (within a line) 383 times in 466, as long as another open column before it 464 times in 1,760.
CUT_WORD = 3.0
CUT_PAIR = 1.0
AS_LONG = 1.0
LONGER = -1.0
SHARES = 8.0
# A column moves to another story's cut-off end when it goes on there this much better than where it is; the block
# right after its story's text as read (OCR read the column on, as Tesseract does) counts as going on this much
# better where it is.
REJOIN_MARGIN = 1.0
READ_ON = 2.0
# The columns moved on a page at most, surest first.
REJOIN_MOST = 8
# The rule of a column's first line that went on a story for the words they share.
COLUMN_RULE = "column-shares-words"
COLUMN_GOES_ON = "column-cut"  # the sentence runs on across the column cut


def regroup_blocks(
    stories: dict[int, list[Story]], lines: list[Line], classes: list[Cls], weights: Weights, counts: PageText
) -> None:
    """Columns of several articles printed one after another (an OCR order that reads the page in columns):
    a block of running text (after a finished sentence, or an open one that does not read on into it) that
    shares few words with its story's headline and the lines in no such block (`AT_HOME`) goes to the headed
    story nearby (among the `REGROUP_REACH` before and after it) whose words it shares most, when that story is
    much closer to it than the rest of its own (cosines of IDF-weighted bigrams). A story before the block
    whose last sentence is cut off and reads on into it may take it too, headed or not, and counts as
    `READS_ON` closer. A story whose headline was printed away from it (see `stacks.place_far`) may lose its
    first block too, all but the block that holds the headline's words (see `_unanchored`)."""
    everyone = [story for k in sorted(stories) for story in stories[k]]
    if sum(1 for story in everyone if story.title) < 2:
        return
    texts: dict[int, Counter[str]] = {}
    vectors: dict[int, _Vector] = {}

    def text(k: int) -> Counter[str]:
        if k not in texts:
            texts[k] = _bigram_counts(everyone[k].lines + list(everyone[k].header), lines)
        return texts[k]

    def vector(k: int) -> _Vector:
        if k not in vectors:
            vectors[k] = _Vector(text(k), weights.squares)
        return vectors[k]

    for pos, story in enumerate(everyone):
        if story.dated:
            continue  # a caption's paragraphs stay under their photo
        near = [
            k
            for k in range(max(0, pos - REGROUP_REACH), min(len(everyone), pos + REGROUP_REACH + 1))
            if k != pos and (everyone[k].title or (k < pos and _open_end(everyone[k], lines, classes)))
        ]
        if not near:
            continue
        blocks = _later_blocks(story, lines, classes, counts)
        if not blocks:
            continue
        if any(rule == "headline-far" for _, _, rule in story.header.values()):
            blocks = _unanchored(story, [[i for i in story.lines if i < blocks[0][0]], *blocks], lines, weights)
        loose = {i for block in blocks for i in block}
        home = chain(story.header, (i for i in story.lines if i not in loose))
        own = set(chain.from_iterable(lines[i].bigrams for i in home))
        for block in blocks:
            words = _bigram_counts(block, lines)
            listed = _list_goes_on(block, story, [everyone[k] for k in near], lines)
            if listed is story:
                continue
            if listed is not None:
                target = everyone.index(listed)
                mine = _Vector(words, weights.squares)
            else:
                if not words or len(own.intersection(words)) >= AT_HOME * len(words):
                    continue  # the lines under its story's headline share enough of its words: it is at home
                mine = _Vector(words, weights.squares)
                # A bigram no other line of the page holds is in no other story's text (or there with a count of none).
                elsewhere = [b for b, n in words.items() if counts.bigrams[b] > n]
                best, target = max(
                    (vector(k).cosine(mine, elsewhere) + _reading_on(everyone[k], block, lines, classes, counts), k)
                    for k in near
                )
                if best < REGROUP_MIN or best < vector(pos).cosine_without(mine) + REGROUP_MARGIN:
                    continue
            source, destination = vector(pos), vector(target)  # the texts as they were before the move
            _move(block, story, everyone[target])
            source.add(mine, -1)
            destination.add(mine, 1)


def _list_goes_on(block: list[int], story: Story, near: list[Story], lines: list[Line]) -> Story | None:
    """A block that holds a list's next paragraph (`（二）…`, at its head or under the end of the paragraph
    before it) belongs to the story whose paragraphs hold the one before it (`（一）…`): its own `story` when
    the text above the block there does, else the one story of `near` that does (see `_list_before`). None
    where the numbers tell nothing."""
    listed = [(i, mark) for i in block if (mark := f.list_number(lines[i].text)) is not None and mark[1] >= 2]
    if not listed:
        return None
    first, (style, number) = listed[0]
    if (style, number - 1) in {f.list_number(lines[i].text) for i in story.lines if i < block[0]}:
        return story
    return _list_before(first, near, lines)


def _list_before(first: int, stories: list[Story], lines: list[Line]) -> Story | None:
    """The one story of `stories` that holds the paragraph of a list before the one line `first` opens
    (`（一）…` for `（二）…`), and not that one; None where no story or several do."""
    number = f.list_number(lines[first].text)
    if number is None or number[1] < 2:
        return None
    before = (number[0], number[1] - 1)
    holders = []
    for story in stories:
        numbers = {f.list_number(lines[i].text) for i in story.lines}
        if before in numbers and number not in numbers:
            holders.append(story)
    return holders[0] if len(holders) == 1 else None


class _Vector:
    """IDF-weighted bigram counts of a text, with its squared norm kept up to date. `weight2` holds the square
    of the weight of every bigram of the page."""

    def __init__(self, counts: Counter[str], weight2: dict[str, float]) -> None:
        self.counts = counts
        self.weight2 = weight2
        self.norm2 = sum(map(mul, map(mul, counts.values(), counts.values()), map(weight2.__getitem__, counts)))

    def cosine(self, other: _Vector, among: Iterable[str] | None = None) -> float:
        """The cosine of the two texts. `among`: the only bigrams of `other` this text may hold with a count, in
        `other`'s order (all of them by default)."""
        # A norm kept up to date by subtraction can come out a rounding error below zero: no text is left. Two
        # norms of weights next to nothing multiply to nothing too (`{"": 6.3e-130}` for a table).
        norms = self.norm2 * other.norm2
        if self.norm2 <= 0 or other.norm2 <= 0 or norms <= 0:
            return 0.0
        mine, theirs = self.counts, other.counts
        shared = list(filter(mine.__contains__, theirs if among is None else among))
        products = map(mul, map(theirs.__getitem__, shared), map(mine.__getitem__, shared))
        dot: float = sum(map(mul, products, map(other.weight2.__getitem__, shared)))
        return dot / math.sqrt(norms)

    def cosine_without(self, part: _Vector) -> float:
        """The cosine of `part` with this text once `part` is taken out of it."""
        dot = norm2 = 0.0
        for b, n in part.counts.items():
            whole, w = self.counts.get(b, 0), part.weight2[b]
            dot += n * (whole - n) * w
            norm2 += ((whole - n) ** 2 - whole * whole) * w
        rest = self.norm2 + norm2
        if dot <= 0 or rest <= 0 or rest * part.norm2 <= 0:
            return 0.0
        return dot / math.sqrt(rest * part.norm2)

    def add(self, part: _Vector, sign: int) -> None:
        for b, n in part.counts.items():
            whole = self.counts.get(b, 0)
            w = self.weight2[b]
            self.norm2 += ((whole + sign * n) ** 2 - whole * whole) * w
            self.counts[b] = whole + sign * n


def _reading_on(story: Story, block: list[int], lines: list[Line], classes: list[Cls], counts: PageText) -> float:
    """`READS_ON` when the story ends before the block, cut off in mid-sentence, and reads on into it: the block
    opens with a full line (no paragraph's indented first line) or the words across the cut read on;
    `WORD_READS_ON` where the cut parts a word the page prints whole."""
    last, first = lines[story.lines[-1]], lines[block[0]]
    if last.index > first.index or not _open_end(story, lines, classes):
        return 0.0
    if word_cut(last.text, first.text, counts):
        return WORD_READS_ON
    return READS_ON if _full(first) or _reads_on(last, first, counts) else 0.0


def _full(first: Line) -> bool:
    """A block's first line fills its column: no paragraph's indented first line, a sentence going on."""
    return first.width > first.column - FIRST_LINE_SHORT


def _unanchored(story: Story, blocks: list[list[int]], lines: list[Line], weights: Weights) -> list[list[int]]:
    """The blocks of a story whose headline was printed away from it, but the one that holds most of the
    headline's words: that block is why the headline went there, and any other may belong elsewhere."""
    words = {b for i, (role, _, _) in story.header.items() if role is not Role.BYLINE for b in lines[i].bigrams}

    def held(block: list[int]) -> float:
        found = set(_bigram_counts(block, lines))
        return math.fsum(weights[b] for b in words if b in found)

    anchor = max(range(len(blocks)), key=lambda k: (held(blocks[k]), -k))
    return blocks[:anchor] + blocks[anchor + 1 :]


def _bigram_counts(indexes: list[int], lines: list[Line]) -> Counter[str]:
    return Counter(chain.from_iterable(lines[i].bigrams for i in indexes))


def _later_blocks(story: Story, lines: list[Line], classes: list[Cls], counts: PageText) -> list[list[int]]:
    """The story's blocks of text after its first that follow a finished sentence, or an open one that does
    not read on into them (no word across the cut). A note (`（下转第4版）`) goes with the block above it:
    it is printed under the last line of the column it ends."""
    run = story.lines
    starts = [
        pos
        for pos in range(1, len(run))
        if lines[run[pos]].gap_before
        and run[pos] not in story.headings
        and classes[run[pos]] is not Cls.NOTE
        and (lines[run[pos - 1]].final or not _reads_on(lines[run[pos - 1]], lines[run[pos]], counts))
    ]
    return [run[start:end] for start, end in pairwise([*starts, len(run)])]


def join_continuations(
    stories: dict[int, list[Story]],
    lines: list[Line],
    classes: list[Cls],
    counts: PageText,
    above: list[int | None],
    weights: Weights,
) -> None:
    """A column of an article that goes on after a block of another (a headline, a photo, another story):
    text with no headline, lead or byline over it (a signature under its last line ends an article rather
    than starting one) goes on the nearest story before it printed under the
    same headline group (on a page with line boxes), else on a story whose full last line leaves its sentence
    open, when the words across the cut read on (the two characters form a word the page uses elsewhere): of
    several, the one whose words it shares (see `_closest`). Else every column of a page is some article's,
    printed under its headline: it goes on the headed story before it whose words it shares (see `_sharing`),
    not one its jump line (`（下转第4版）`) ends, which goes on on another page, and opens a paragraph there.
    Sharing too few words with any to tell, a column that opens with a full line goes on a story cut off where
    the cut parts a word of the language (`…全国工商联和无党派爱` / `国人士，向全国…`, see `_pair_across`)."""
    ordered = sorted((story for run in stories.values() for story in run), key=lambda story: story.lines[0])
    heads = {id(story): _heads(story, lines, classes, above) for story in ordered}
    gone: set[int] = set()
    for pos, story in enumerate(ordered):
        signed = all(i > story.lines[-1] for i in story.header)  # only a signature under its last line
        if story.title or story.lead or story.dated or story.opened_by is not None:
            continue
        first = lines[story.lines[0]]
        earlier = [s for s in reversed(ordered[:pos]) if id(s) not in gone]
        inside = not signed and _byline_inside(story, earlier, lines, classes)
        if not signed and not inside:
            continue
        head = head_above(lines, classes, above, first.index)
        before = earlier[0] if inside else next((s for s in earlier if head is not None and head in heads[id(s)]), None)
        if before is None:
            before = _list_before(first.index, earlier, lines)
        if before is None:
            cut = [s for s in earlier if _open_end(s, lines, classes) and _reads_on(lines[s.lines[-1]], first, counts)]
            if cut:
                before = _closest(story, cut, lines, weights)
            else:
                headed = [s for s in earlier if s.title and not s.dated and not s.jumps(lines)]
                before = _sharing(story, headed, lines, weights)
                if before is not None:
                    before.columns_by_words.add(story.lines[0])
                else:
                    # Too few words shared to tell (a speech's greetings, a short column).
                    paired = [
                        s for s in earlier if _open_end(s, lines, classes) and _pair_across(lines[s.lines[-1]], first)
                    ]
                    if not (paired and _full(first)):
                        continue
                    before = _closest(story, paired, lines, weights)
        # (read inside the story, between two of its lines, the text goes back in its place)
        before.lines = sorted([*before.lines, *story.lines]) if inside else [*before.lines, *story.lines]
        before.headings |= story.headings
        before.header.update(story.header)
        before.joins |= story.joins
        before.byline |= story.byline
        before.continued_at = story.lines[0]
        heads[id(before)] |= heads[id(story)]
        gone.add(id(story))
    for k, run in stories.items():
        stories[k] = [story for story in run if id(story) not in gone]


def rejoin_cut_columns(
    stories: dict[int, list[Story]],
    lines: list[Line],
    classes: list[Cls],
    counts: PageText,
    weights: Weights,
) -> None:
    """A column of running text that went on a story after a blank (a block of its text after its first) goes to
    another story whose text ends cut off in mid-sentence, where it goes on better (see `CUT_WORD` and what
    follows): an OCR order that reads a page column by column puts a story's next column after the blocks of other
    stories, where it may go on a story on the same subject (`…委内瑞拉民众在首都` / other stories / `加拉加斯举行
    集会，…`, first taken by another story about Venezuela). One column at a time, surest first."""
    everyone = [story for k in sorted(stories) for story in stories[k]]
    texts: dict[int, _Vector] = {}  # each story's text (by its id) while it stays as it is
    column_texts: dict[int, _Vector] = {}  # each column's (by its first line) until a column moves
    for _ in range(REJOIN_MOST):
        found = _best_rejoin(everyone, lines, classes, counts, weights, (texts, column_texts))
        if found is None:
            return
        column, source, target = found
        _move(column, source, target)
        source.columns_by_words.discard(column[0])
        texts.pop(id(source), None)
        texts.pop(id(target), None)
        column_texts.clear()  # (a column moved next to one of its new story's runs with no blank between joins it)


def _best_rejoin(
    everyone: list[Story],
    lines: list[Line],
    classes: list[Cls],
    counts: PageText,
    weights: Weights,
    known: tuple[dict[int, _Vector], dict[int, _Vector]],
) -> tuple[list[int], Story, Story] | None:
    """The column that goes on best elsewhere (see `rejoin_cut_columns`), its story and the story it goes on.
    `known`: the texts of stories (by their id) and of columns (by their first line) worked out before."""
    texts, column_texts = known
    cut = [story for story in everyone if _open_end(story, lines, classes) and not story.jumps(lines)]
    if not cut:
        return None
    owner = {i: story for story in everyone for i in chain(story.lines, story.header)}
    columns = {id(story): _columns_of(story, lines) for story in everyone}

    def text_of(story: Story) -> _Vector:
        if id(story) not in texts:
            texts[id(story)] = _Vector(_bigram_counts([*story.header, *story.lines], lines), weights.squares)
        return texts[id(story)]

    def column_text(column: list[int]) -> _Vector:
        if column[0] not in column_texts:
            column_texts[column[0]] = _Vector(_bigram_counts(column, lines), weights.squares)
        return column_texts[column[0]]

    best: tuple[float, list[int], Story, Story] | None = None
    for story in everyone:
        if story.dated:
            continue
        for before, column in pairwise(columns[id(story)]):
            if classes[column[0]] is not Cls.TEXT or column[0] in story.headings:
                continue
            others = [other for other in cut if other is not story and other.lines[-1] < column[0]]
            if not others:
                continue
            text = column_text(column)
            here = _goes_on_after(before, column, lines, classes, counts)
            here += SHARES * text_of(story).cosine_without(text)
            if all(owner.get(i) in (story, None) for i in range(before[-1] + 1, column[0])):
                here += READ_ON
            for other in others:
                there = _goes_on_after(columns[id(other)][-1], column, lines, classes, counts)
                there += SHARES * text_of(other).cosine(text)
                if there - here >= REJOIN_MARGIN and (best is None or there - here > best[0]):
                    best = (there - here, column, story, other)
    return None if best is None else best[1:]


def _columns_of(story: Story, lines: list[Line]) -> list[list[int]]:
    """The story's blocks of text, each after a blank line."""
    columns: list[list[int]] = []
    for i in story.lines:
        if columns and not lines[i].gap_before:
            columns[-1].append(i)
        else:
            columns.append([i])
    return columns


def _goes_on_after(
    before: list[int], column: list[int], lines: list[Line], classes: list[Cls], counts: PageText
) -> float:
    """How well `column` goes on after the block `before`, for the words across the cut and its length (see
    `CUT_WORD` and what follows)."""
    end, start = lines[before[-1]], lines[column[0]]
    score = 0.0
    if _open_line(end, classes):
        if finishes_word(end.text, start.text, counts):
            score += CUT_WORD
        elif _pair_across(end, start):
            score += CUT_PAIR
    length, length_before = _running(column, classes), _running(before, classes)
    if abs(length - length_before) <= 1:
        return score + AS_LONG
    return score + (LONGER if length > length_before else 0.0)


def _pair_across(end: Line, start: Line) -> bool:
    """The last character of a line and the first of the next make a word of two characters of the language,
    and the next is no line of OCR noise spread over a photo (`人     乡村振兴      乌鲁木齐`)."""
    pair = end.text[-1] + start.text[0]
    return f.is_han(pair[0]) and f.is_han(pair[1]) and pair in common_words() and not f.NOISE_SPACING.search(start.text)


def _running(block: list[int], classes: list[Cls]) -> int:
    return sum(1 for i in block if classes[i] in STORY_TEXT)


def _byline_inside(story: Story, earlier: list[Story], lines: list[Line], classes: list[Cls]) -> bool:
    """Only a byline stands over the story, and the story right before it breaks off in mid-sentence at a full
    line (`…长江中游斌江河段整` / `国 本报记者 石旭林` / `治工程，…`; `…突击队员们只能起铁欠徒步前往` / `人@尹洋强` /
    `旧庄沟村，…`): the byline was read between two lines of one story's text, a story that has no byline of its
    own yet. A byline opens a story under its headline, seldom one with no headline after a column cut off.
    (The line that breaks off is the one read right before the byline: columns of that story may follow.) Not a
    byline the scan shows beside that line, in another column on its row: an order that reads across."""
    if not earlier or earlier[0].byline or any(role is not Role.BYLINE for role, _, _ in story.header.values()):
        return False
    before = [i for i in earlier[0].lines if i < story.lines[0]]
    if not before or earlier[0].dated or not _open_line(lines[before[-1]], classes):
        return False
    return not read_across(lines[before[-1]], lines[min(story.header)])


def _closest(story: Story, candidates: list[Story], lines: list[Line], weights: Weights) -> Story:
    """Of the stories a column may go on (nearest first), the one whose words it shares most (cosine of
    IDF-weighted bigrams), when it shares at least `REGROUP_MIN`; else the nearest."""
    if len(candidates) == 1:
        return candidates[0]
    squares = weights.squares
    mine = _Vector(_bigram_counts(story.lines, lines), squares)
    cosines = [_Vector(_bigram_counts(s.lines + list(s.header), lines), squares).cosine(mine) for s in candidates]
    best = max(range(len(candidates)), key=lambda k: (cosines[k], -k))
    return candidates[best] if cosines[best] >= REGROUP_MIN else candidates[0]


def _sharing(story: Story, candidates: list[Story], lines: list[Line], weights: Weights) -> Story | None:
    """Of the stories, the one whose words a column shares most (cosine of IDF-weighted bigrams), when it
    shares at least `REGROUP_MIN` and `SHARES_MOST` times as much as with the next, or at least
    `SHARES_ALONE_MIN` and `SHARES_ALONE` times as much."""
    squares = weights.squares
    mine = _Vector(_bigram_counts(story.lines, lines), squares)
    texts = (_Vector(_bigram_counts(s.lines + list(s.header), lines), squares) for s in candidates)
    cosines = sorted(((text.cosine(mine), k) for k, text in enumerate(texts)), reverse=True)
    if not cosines:
        return None
    best, runner_up = cosines[0][0], cosines[1][0] if len(cosines) > 1 else 0.0
    close = best >= REGROUP_MIN and best >= SHARES_MOST * runner_up
    alone = best >= SHARES_ALONE_MIN and best >= SHARES_ALONE * runner_up
    return candidates[cosines[0][1]] if close or alone else None


def _heads(story: Story, lines: list[Line], classes: list[Cls], above: list[int | None]) -> set[int]:
    """The headline groups a story is printed under, and its own (a column under its headline goes on it,
    wherever the story began: a headline centred over three columns stands over the second and third)."""
    own = {group_top(classes, above, i) for i in story.header}
    return heads_over(story.lines, lines, classes, above) | own


def _open_end(story: Story, lines: list[Line], classes: list[Cls]) -> bool:
    return _open_line(lines[story.lines[-1]], classes) and not story.dated


def _open_line(line: Line, classes: list[Cls]) -> bool:
    """A full line of running text that leaves its sentence open: cut off there."""
    full = line.width >= line.column - FULL_MARGIN
    return full and not line.final and classes[line.index] in STORY_TEXT


def _reads_on(end: Line, start: Line, counts: PageText) -> bool:
    """The words across a cut read on: a line that ends in mid-word (not on a punctuation mark) and one that
    finishes the word before its first comma, or two characters the page uses as a word elsewhere."""
    cut_word = f.first_clause_length(start.text) <= 1 and end.text[-1] not in f.TRAILING
    return cut_word or counts.count(end.text[-1] + start.text[0]) >= 1


def part_rows(stories: dict[int, list[Story]], lines: list[Line], classes: list[Cls], rows: Mapping[int, int]) -> None:
    """Columns of two or three headed stories side by side that an OCR order read by rows (`rows`: a line read
    so, with the number of columns across its row, see `breaks.interleaved_lines`): a line of running text
    goes on the story of the line a row further up in the same block (no blank line, no headline between),
    the line its sentence goes on from, where that is another headed story's. (A story with no headline of its
    own there may be a column of the same story cut off at a false start.)"""
    owner = {i: story for run in stories.values() for story in run for i in story.lines}
    for i in sorted(rows):
        above = i - rows[i]
        story, target = owner.get(i), owner.get(above)
        if story is None or target is None or story is target or not (story.title and target.title):
            continue
        block = range(above, i + 1)
        if any(classes[k] not in STORY_TEXT for k in block) or any(lines[k].gap_before for k in block[1:]):
            continue
        if i in story.headings or len(story.lines) == 1:
            continue
        _move([i], story, target)
        owner[i] = target


def part_threads(
    stories: dict[int, list[Story]],
    lines: list[Line],
    classes: list[Cls],
    rows: Mapping[int, int],
    counts: PageText,
    weights: Weights,
) -> None:
    """Columns of two stories that an OCR order read by rows, all taken by one story: in a stretch of a story's
    running text read `k` columns across each row, the lines of one column (a line and every `k`-th after it)
    go on another story cut off in mid-sentence before the stretch, when the column's first line reads on from
    that story's last (see `_reads_on`) and its words are closer to that story's than to the rest of its own."""
    everyone = [story for k in sorted(stories) for story in stories[k]]
    squares = weights.squares
    for story in everyone:
        for run in _row_runs(story, lines, classes, rows):
            read = rows[run[0]]
            for phase in range(read):
                column = run[phase::read]
                first = lines[column[0]]
                cut = [
                    s
                    for s in everyone
                    if s is not story
                    and s.lines
                    and s.lines[-1] < run[0]
                    and _open_end(s, lines, classes)
                    and _reads_on(lines[s.lines[-1]], first, counts)
                ]
                if len(cut) != 1 or len(column) < 2:
                    continue
                mine = _Vector(_bigram_counts(column, lines), squares)
                there = _Vector(_bigram_counts(cut[0].lines, lines), squares).cosine(mine)
                here = _Vector(_bigram_counts([i for i in story.lines if i not in column], lines), squares)
                if there <= here.cosine(mine):
                    continue
                _move(column, story, cut[0])
                break


def _move(block: list[int], source: Story, target: Story) -> None:
    """The lines of `block` go from `source` to `target`, in page order there (no longer headings)."""
    moved = set(block)
    source.lines = [i for i in source.lines if i not in moved]
    source.headings -= moved
    target.lines = sorted([*target.lines, *block])


def _row_runs(story: Story, lines: list[Line], classes: list[Cls], rows: Mapping[int, int]) -> list[list[int]]:
    """The story's stretches of running text read by rows, a line right after another, all as many columns
    across, two rows at least."""
    runs: list[list[int]] = []
    for i in story.lines:
        if i not in rows or classes[i] not in STORY_TEXT:
            continue
        if runs and runs[-1][-1] == i - 1 and rows[runs[-1][-1]] == rows[i] and not lines[i].gap_before:
            runs[-1].append(i)
        else:
            runs.append([i])
    return [run for run in runs if len(run) >= 2 * rows[run[0]]]
