"""Columns an OCR order read by rows, read apart again: where a block's lines alternate between two to six
columns (see `breaks.interleaved_lines`), each line goes on the column whose last line its words go on from
and whose paragraphs keep their shape, and the page is read with each column's lines together, as an order
that reads column by column gives them. The turns need not be regular: a headline in large type stands beside
two lines of text, a byline or a photo's credit takes a row, a column's paragraph starts a row lower."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Mapping
from typing import NamedTuple

from . import features as f
from .breaks import INDENT_LONG, INDENT_SHORT, SHORT, short_of_column
from .classes import FULL_MARGIN, RUNNING, Cls, unpunctuated
from .profile import Line

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
# The readings of the block kept at each line.
BEAM = 16


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
    lines: list[Line], classes: list[Cls], rows: Mapping[int, int], seen: Container[str], words: Container[str]
) -> list[list[list[int]]]:
    """The columns of each block read by rows (`rows`: a line read so, with the number of columns across its
    row): for each such block, its lines column by column, each column's lines in reading order. Blocks are
    bounded by blank lines; a block of fewer lines than two rows is left as it is."""
    out = []
    for block in _blocks(lines, classes, rows):
        across = Counter(rows[i] for i in block if i in rows).most_common(1)[0][0]
        if len(block) < 2 * across:
            continue
        columns = _columns(block, across, lines, classes, seen, words)
        if len(columns) > 1:
            out.append(columns)
    return out


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


def _columns(
    block: list[int], across: int, lines: list[Line], classes: list[Cls], seen: Container[str], words: Container[str]
) -> list[list[int]]:
    """The block's lines parted into at most `across` columns: the best of the readings that give each line
    to one column, by how its words go on from the column's last line and whether it comes in turn."""
    readings = [_Reading(0.0, (None,) * across, -1, None)]
    goes_on: dict[tuple[int, int], float] = {}
    for i in block:
        following: dict[tuple[int | None, ...], _Reading] = {}  # the best reading to each columns' last lines
        for reading in readings:
            started = sum(last is not None for last in reading.lasts)
            for column in range(min(started + 1, across)):  # columns start in order
                last = reading.lasts[column]
                score = reading.score
                if last is not None:
                    if (last, i) not in goes_on:
                        goes_on[last, i] = _goes_on(lines[last], lines[i], classes, seen, words)
                    score += goes_on[last, i]
                turn = (reading.column + 1) % across
                if reading.column >= 0 and column != turn:
                    skipped = reading.lasts[turn]
                    in_text = skipped is not None and not _stands_apart(lines[skipped], classes)
                    score += OUT_OF_TURN_IN_TEXT if in_text else OUT_OF_TURN
                lasts = (*reading.lasts[:column], i, *reading.lasts[column + 1 :])
                if lasts not in following or following[lasts].score < score:
                    following[lasts] = _Reading(score, lasts, column, reading)
        readings = sorted(following.values(), key=lambda r: -r.score)[:BEAM]
    best = readings[0]
    parted: list[list[int]] = [[] for _ in range(across)]
    for i, column in zip(block, best.columns(), strict=True):
        parted[column].append(i)
    return [column for column in parted if column]


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
