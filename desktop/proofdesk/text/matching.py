"""What a search looks for in a line: a text as typed, a whole word, or a regular expression, with full-width
and half-width forms, letter case, and traditional and simplified characters told apart or not (`Pattern`).

Folding maps each character on its own (its NFKC form, its case fold, its simplified form, where each is one
character), so a folded line is as long as the line and a match's place in it is its place in the line. The
simplified form of a traditional character is OpenCC's (`t2s`, the character tables without the phrase
tables: a line is folded character by character, so `乾` is `干` even in `乾隆`). A whole word is a
match that starts and ends where jieba's tokens of the line do (Chinese has no spaces; jieba cuts Latin words
and numbers whole too). A regular expression is Python's (`re`), matched line by line; folded, it is matched
case-insensitively, with its Han characters simplified, on the folded line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from .words import load_jieba, loaded_jieba


class Mode(StrEnum):
    TEXT = "text"
    """The characters as typed, anywhere in a line."""
    WORD = "word"
    """The characters as typed, as a whole word: not a part of a longer word."""
    REGEX = "regex"
    """A regular expression (Python's syntax)."""


class PatternProblem(StrEnum):
    EMPTY = "nothing to find"
    LINE_BREAK = "a line break in the text to find"
    REGEX = "not a regular expression"
    EMPTY_MATCH = "a regular expression that matches an empty text"
    GROUP = "a replacement naming a group the regular expression lacks"


class PatternError(ValueError):
    """A pattern that cannot be searched for (empty, a line break, a regular expression that does not compile
    or that matches an empty text: it would match everywhere), or a replacement it cannot make; `detail` is
    what Python's `re` said, when it said something."""

    def __init__(self, problem: PatternProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


_HAN = (range(0x3400, 0x4DC0), range(0x4E00, 0xA000), range(0xF900, 0xFB00), range(0x20000, 0x2A6E0))
"""The Han characters OpenCC is asked about: CJK Unified Ideographs, Extensions A and B, and the compatibility
ideographs (as ranges: a tuple of their 70,000 code points took milliseconds to make at every start)."""


@lru_cache(maxsize=1)
def simplified_forms() -> dict[str, str]:
    """Each traditional character with the one simplified character OpenCC writes for it (`發` → `发`); the
    table is made on first use (some 4,600 characters, a few tens of milliseconds)."""
    import opencc

    chars = [chr(code) for block in _HAN for code in block]
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    table = {c: s for c, s in zip(chars, converted, strict=True) if s != c and len(s) == 1}
    for c, s in table.items():  # a form that is itself converted (`薴` → `苧` → `苎`) goes to the last one
        seen = {c}
        while s in table and s not in seen:
            seen.add(s)
            s = table[s]
        table[c] = s
    return table


@lru_cache(maxsize=4096)
def fold_char(c: str) -> str:
    """`c` with its width, case and script folded: its NFKC form, case-folded, its simplified form, where each
    is still one character."""
    normal = unicodedata.normalize("NFKC", c)
    c = normal if len(normal) == 1 else c
    folded = c.casefold()
    c = folded if len(folded) == 1 else c
    return simplified_forms().get(c, c)


def fold(text: str) -> str:
    """`text` folded character by character (as long as `text`)."""
    return "".join(map(fold_char, text))


@lru_cache(maxsize=1)
def _variants() -> dict[str, frozenset[str]]:
    """The characters each folded character stands for: a letter in both cases and both widths, a digit or a
    sign in both widths, the ideographic space as a space, a simplified character and its traditional ones."""
    members: dict[str, set[str]] = {}
    for c in (*map(chr, (*range(0x20, 0x7F), *range(0xFF01, 0xFF5F), 0x3000)), *simplified_forms()):
        folded = fold_char(c)
        members.setdefault(folded, {folded}).add(c)
    return {f: frozenset(cs) for f, cs in members.items()}


def variants(c: str) -> frozenset[str]:
    """Every character that folds to the same as `c` (at least `c` itself)."""
    return _variants().get(fold_char(c), frozenset()) | {c}


@dataclass(frozen=True, slots=True)
class Pattern:
    """What to find in a line; raises `PatternError` when made from something that cannot be searched for."""

    text: str
    mode: Mode = Mode.TEXT
    folded: bool = False
    """Full-width and half-width forms, letter case, and traditional and simplified characters not told apart."""
    _regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.text:
            raise PatternError(PatternProblem.EMPTY)
        if "\n" in self.text or "\r" in self.text:
            raise PatternError(PatternProblem.LINE_BREAK)
        if self.mode is Mode.REGEX:
            try:
                # Folded, the expression's Han characters are simplified as the line is (no Han character
                # means anything else in an expression); its other characters are kept as written.
                written = "".join(simplified_forms().get(c, c) for c in self.text) if self.folded else self.text
                regex = re.compile(written, re.IGNORECASE if self.folded else 0)
            except re.error as error:
                raise PatternError(PatternProblem.REGEX, str(error)) from None
            if regex.fullmatch("") is not None:
                raise PatternError(PatternProblem.EMPTY_MATCH)
        else:
            regex = re.compile(re.escape(fold(self.text) if self.folded else self.text))
        object.__setattr__(self, "_regex", regex)

    def _matches(self, line: str) -> list[re.Match[str]]:
        found = [m for m in self._regex.finditer(fold(line) if self.folded else line) if m.end() > m.start()]
        if self.mode is Mode.WORD and found:
            cuts = word_boundaries(line)
            found = [m for m in found if m.start() in cuts and m.end() in cuts]
        return found

    def spans(self, line: str) -> list[tuple[int, int]]:
        """Where the pattern matches in `line` (start, end), left to right, none overlapping."""
        return [m.span() for m in self._matches(line)]

    def holds(self, line: str) -> bool:
        return bool(self._matches(line))

    def replaced(self, line: str, new: str) -> str:
        """`line` with every match replaced by `new` (for a regular expression, `new` may name its groups:
        `\\1`, `\\g<name>`); raises `PatternError` for a replacement naming a group the pattern lacks."""
        out, at = [], 0
        for match in self._matches(line):
            out.append(line[at : match.start()])
            if self.mode is Mode.REGEX:
                try:
                    out.append(match.expand(new))
                except (re.error, IndexError) as error:
                    raise PatternError(PatternProblem.GROUP, str(error)) from None
            else:
                out.append(new)
            at = match.end()
        out.append(line[at:])
        return "".join(out)

    def literal(self) -> str | None:
        """A text every line with a match holds as typed (what an index can look up), or None: a folded
        pattern (its forms are `variants`), a regular expression without a run of plain characters."""
        if self.folded:
            return None
        if self.mode is not Mode.REGEX:
            return self.text
        return _longest_literal(self.text)

    def forms(self) -> list[frozenset[str]] | None:
        """For a folded text or word, the characters each of its characters may be printed as; else None."""
        if not self.folded or self.mode is Mode.REGEX:
            return None
        return [variants(c) for c in self.text]


def word_boundaries(line: str) -> frozenset[int]:
    """The places in `line` where a word starts or ends (jieba's tokens)."""
    load_jieba()
    cuts = {0, len(line)}
    for _token, start, end in loaded_jieba().tokenize(line):
        cuts.update((start, end))
    return frozenset(cuts)


def _longest_literal(expression: str) -> str | None:
    """The longest run of plain characters every match of `expression` holds (a run at its top level, not
    under a repeat or an alternative), or None."""
    try:
        from re import _parser as parser  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - another Python: the search reads every line
        return None
    try:
        parsed = parser.parse(expression)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    runs, run = [], []
    for op, value in parsed:
        if op is parser.LITERAL:
            run.append(chr(value))
        else:
            runs.append("".join(run))
            run = []
    runs.append("".join(run))
    longest = max(runs, key=len)
    return longest or None
