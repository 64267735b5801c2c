"""Columns an OCR order read by rows, read apart again: where a block's lines alternate between two to six
columns (see `breaks.interleaved_lines`), each line goes on the column whose last line its words go on from
and whose paragraphs keep their shape, and the page is read with each column's lines together, as an order
that reads column by column gives them. The turns need not be regular: a headline in large type stands beside
two lines of text, a byline or a photo's credit takes a row, a column's paragraph starts a row lower. A block is
read a second time with the words each line shares with each column of the first reading, and that reading
kept where its columns share fewer words."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Container, Mapping
from itertools import combinations, pairwise
from typing import NamedTuple

from . import features as f
from .breaks import INDENT_LONG, INDENT_SHORT, SHORT, short_of_column
from .classes import FULL_MARGIN, RUNNING, Cls, unpunctuated
from .frequencies import Weights
from .profile import Line
from .segments import cosine, vector

# What a line going on a column after the column's last line scores: the two Han characters across make a
# word the page or the language knows, and three of them a word of the language. Two that make none tell
# nothing: a line is as often cut between two words.
WORD = 2.0
THREE = 1.0
# A headline's line under a headline's line; a headline's line cutting into an open sentence.
HEADLINE_GOES_ON = 1.0
HEADLINE_CUTS_IN = -2.0
# A number cut at the line end goes on with its digits or its unit (`超1.9` / `亿人次。`): seldom by chance.
NUMBER_GOES_ON = 3.0
_NUMBER_CUT = re.compile(r"[0-9０-９][.．]?$")
_NUMBER_GOES_ON = re.compile(r"^[0-9０-９.．%％亿万千百十元个人次年月日号时分秒岁多余]")
# A column's paragraphs keep their shape: under a line that ends a sentence comes a paragraph's first line, about
# two em short of the column (its indent, which OCR drops), not a full line; under a full line whose sentence
# goes on comes no such first line. Where rows of three or four columns are read in a turn that drifts (a
# column's paragraph starts a little lower than its neighbours' lines), the shape tells whose turn was skipped
# where the words across tell nothing (`国事访问。` / `天安门广场上鸣礼炮2`). A line wider than one and a half
# columns (two rows of a column an engine writing a paragraph per line made one) tells no shape.
PARAGRAPH_SHAPE = 1.5
WIDER_THAN_A_COLUMN = 1.5
# A line read out of the turn of the columns (the column after the last line's, and the first after the last):
# where the column whose turn it was last read a headline's line, a byline or a credit, in type taller than the
# text's or standing alone, a row of text beside it takes no turn of its; where it last read running text, the
# rows are of one height and take their turns.
OUT_OF_TURN = -0.75
OUT_OF_TURN_IN_TEXT = -2.5
# What a line scores, on the second reading of a block, for the words it shares with a column of the first
# (times the cosine of their IDF-weighted bigrams): a headline's words come back in its story's text, and a
# story's lines share its words, where the words across the line ends may tell nothing. Read by the turns alone,
# two lines of one column read one after the other put each story's head on its neighbour's text.
SHARED_WORDS = 4.0
# The readings of the block kept at each line.
BEAM = 16
# Columns whose texts are no closer than this (cosine of IDF-weighted bigrams) share too few words to be one
# story's: on the tuned-on pages the columns of two stories read by rows are 0.00–0.12 close (0.03 in the
# median), those of one story 0.00–0.54 (0.20).
FEW_WORDS_SHARED = 0.06


class _Reading(NamedTuple):
    score: float
    lasts: tuple[int | None, ...]  # each column's last line so far
    column: int  # the column of the line read last
    before: _Reading | None  # the reading up to the line before

    def columns(self) -> list[int]:
        """The column of each line read so far, in reading order."""
        found: list[int] = []
        reading: _Reading | None = self
        while reading is not None and reading.column >= 0:
            found.append(reading.column)
            reading = reading.before
        return found[::-1]


def read_apart(
    lines: list[Line],
    classes: list[Cls],
    rows: Mapping[int, int],
    seen: Container[str],
    words: Container[str],
    weights: Weights,
) -> list[list[list[int]]]:
    """The columns of each block read by rows (`rows`: a line read so, with the number of columns across its
    row): for each such block, its lines column by column, each column's lines in reading order. Blocks are
    bounded by blank lines; a block of fewer lines than two rows is left as it is, and so is a block of three
    columns or more that share words each with the next: one story's. A block is read twice, the second time
    each line also scoring the words it shares with each column of the first reading (see `SHARED_WORDS`), and
    the second reading is kept where its columns share fewer words than the first's."""
    out = []
    for block in _blocks(lines, classes, rows):
        across = Counter(rows[i] for i in block if i in rows).most_common(1)[0][0]
        if len(block) < 2 * across:
            continue
        scores = _Scores(lines, classes, seen, words)
        columns = _columns(block, across, scores)
        if len(columns) < 2:
            continue
        texts = [vector(lines, column, weights) for column in columns]
        if len(columns) >= 3 and all(cosine(a, b) >= FEW_WORDS_SHARED for a, b in pairwise(texts)):
            continue  # (read apart, they would only be refused: see `parser._stories_apart`)
        close = _closest(texts)
        if close >= FEW_WORDS_SHARED:
            shared = _shared_words(block, across, columns, texts, lines, weights)
            again = _columns(block, across, scores, shared)
            if len(again) > 1 and closeness(again, lines, weights) < close:
                columns = again
        out.append(columns)
    return out


def closeness(columns: list[list[int]], lines: list[Line], weights: Weights) -> float:
    """How close the texts of the closest two of the columns are (cosine of IDF-weighted bigrams)."""
    return _closest([vector(lines, column, weights) for column in columns])


def _closest(texts: list[dict[str, float]]) -> float:
    return max(cosine(a, b) for a, b in combinations(texts, 2))


def _shared_words(
    block: list[int],
    across: int,
    columns: list[list[int]],
    texts: list[dict[str, float]],
    lines: list[Line],
    weights: Weights,
) -> dict[int, list[float]]:
    """What each line of the block scores in each of the `across` columns for the words it shares with the other
    lines of that column of the first reading (`columns`, their `texts` as vectors, see `SHARED_WORDS`): nothing
    in a column it left empty."""
    squares = [sum(weight * weight for weight in text.values()) for text in texts]
    column_of = {i: k for k, column in enumerate(columns) for i in column}
    shared: dict[int, list[float]] = {}
    for i in block:
        own = vector(lines, [i], weights)
        own_square = sum(weight * weight for weight in own.values())
        scores = [0.0] * across
        for k, text in enumerate(texts):
            dot, square = sum(weight * text.get(key, 0.0) for key, weight in own.items()), squares[k]
            if column_of[i] == k:  # the column's text without the line itself
                dot, square = dot - own_square, square - 2 * dot + own_square
            if dot > 0.0 and square > 0.0:
                scores[k] = SHARED_WORDS * dot / math.sqrt(own_square * square)
        shared[i] = scores
    return shared


def _blocks(lines: list[Line], classes: list[Cls], rows: Mapping[int, int]) -> list[list[int]]:
    """The lines of each block (between blank lines) from its first line read by rows to its last (a headline
    over them is read before them), and the notes under them (`（下转第8版）`, read by rows as well)."""
    blocks: list[list[int]] = []
    for line in lines:
        if blocks and not line.gap_before:
            blocks[-1].append(line.index)
        else:
            blocks.append([line.index])
    found = []
    for block in blocks:
        read = [i for i in block if i in rows]
        if read:
            end = read[-1]
            while end + 1 <= block[-1] and classes[end + 1] is Cls.NOTE:
                end += 1
            found.append(list(range(read[0], end + 1)))
    return found


class _Scores:
    """How well each line of a block goes on after each other (see `_goes_on`), and whether it stands apart
    from running text (see `_stands_apart`), each worked out once for both readings."""

    def __init__(self, lines: list[Line], classes: list[Cls], seen: Container[str], words: Container[str]) -> None:
        self.lines = lines
        self.classes = classes
        self.seen = seen
        self.words = words
        self._goes_on: dict[tuple[int, int], float] = {}
        self._apart: dict[int, bool] = {}

    def goes_on(self, last: int, i: int) -> float:
        if (last, i) not in self._goes_on:
            self._goes_on[last, i] = _goes_on(self.lines[last], self.lines[i], self.classes, self.seen, self.words)
        return self._goes_on[last, i]

    def stands_apart(self, i: int) -> bool:
        if i not in self._apart:
            self._apart[i] = _stands_apart(self.lines[i], self.classes)
        return self._apart[i]


def _columns(
    block: list[int], across: int, scores: _Scores, shared: Mapping[int, list[float]] | None = None
) -> list[list[int]]:
    """The block's lines parted into at most `across` columns: the best of the readings that give each line
    to one column, by how its words go on from the column's last line and whether it comes in turn, and, on a
    second reading, by the words it `shared` with each column of the first."""
    readings = [_Reading(0.0, (None,) * across, -1, None)]
    for i in block:
        following: dict[tuple[int | None, ...], _Reading] = {}  # the best reading to each columns' last lines
        for reading in readings:
            started = sum(last is not None for last in reading.lasts)
            # Columns start in order; on a second reading they are the first reading's.
            for column in range(across if shared else min(started + 1, across)):
                last = reading.lasts[column]
                score = reading.score + (shared[i][column] if shared else 0.0)
                if last is not None:
                    score += scores.goes_on(last, i)
                turn = (reading.column + 1) % across
                if reading.column >= 0 and column != turn:
                    skipped = reading.lasts[turn]
                    in_text = skipped is not None and not scores.stands_apart(skipped)
                    score += OUT_OF_TURN_IN_TEXT if in_text else OUT_OF_TURN
                lasts = (*reading.lasts[:column], i, *reading.lasts[column + 1 :])
                if lasts not in following or following[lasts].score < score:
                    following[lasts] = _Reading(score, lasts, column, reading)
        readings = sorted(following.values(), key=lambda r: -r.score)[:BEAM]
    best = readings[0]
    parted: list[list[int]] = [[] for _ in range(across)]
    for i, column in zip(block, best.columns(), strict=True):
        parted[column].append(i)
    return sorted((column for column in parted if column), key=min)  # the column of the block's first line first


def _stands_apart(line: Line, classes: list[Cls]) -> bool:
    """A line that is no running text's: a headline's, a byline, a credit, or a short line with no running text's
    punctuation (read between another column's lines, a headline's line may be taken for text)."""
    return classes[line.index] not in RUNNING or (line.width < line.column - FULL_MARGIN and unpunctuated(line))


def _goes_on(a: Line, b: Line, classes: list[Cls], seen: Container[str], words: Container[str]) -> float:
    """How well line `b` goes on after line `a` in one column."""
    running_a, running_b = not _stands_apart(a, classes), not _stands_apart(b, classes)
    if not running_b:
        return HEADLINE_GOES_ON if not running_a else 0.0 if a.final else HEADLINE_CUTS_IN
    if not running_a:
        return 0.0
    shape = _paragraph_shape(a, b)
    if a.final:
        return shape
    if _NUMBER_CUT.search(a.text) and _NUMBER_GOES_ON.match(b.text):
        return NUMBER_GOES_ON
    end, start = a.text[-1], b.text[0]
    if not (f.is_han(end) and f.is_han(start)):
        return shape
    pair = end + start
    score = shape + (WORD if pair in seen or pair in words else 0.0)
    if f.three_across(a.text, b.text, words):
        score += THREE
    return score


def _paragraph_shape(a: Line, b: Line) -> float:
    """How well line `b` keeps the shape of a paragraph under line `a` of running text (see `PARAGRAPH_SHAPE`)."""
    if max(a.width, b.width) > WIDER_THAN_A_COLUMN * b.column:
        return 0.0
    short_by = short_of_column(b)
    first_line = not b.final and INDENT_SHORT <= short_by < INDENT_LONG
    if a.final:
        return PARAGRAPH_SHAPE if first_line else -PARAGRAPH_SHAPE if short_by <= SHORT else 0.0
    return -PARAGRAPH_SHAPE if first_line and a.column - a.width <= SHORT else 0.0
