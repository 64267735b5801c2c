"""What an editor's decisions teach about a paper.

A library usually holds many pages of one paper, whose column labels, kickers, bylines and page headers
recur word for word. A role an editor gave to a short line is remembered for that line's text, and every
later parse gives the same role to the same text: the parse of the thousandth page profits from the
corrections of the first ones.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping

from ..domain.model import Role

# Longer lines are running text, which does not recur; a line of one character (the tail of a word a column
# cut off, `业`) tells nothing of the paper.
MAX_LENGTH = 30
MIN_LENGTH = 2
# A line this long at least that differs from a remembered one in one character is the same line as OCR misread
# it (`节日消费持续升;` for `节日消费持续升温`); shorter lines differ in a word (`广州`, `广西`).
MISREAD_MIN = 6
# The roles worth remembering: those of lines that recur from page to page.
LEARNABLE = frozenset(
    {Role.KICKER, Role.TITLE, Role.SUBTITLE, Role.BYLINE, Role.HEADING, Role.NOTE, Role.CREDIT, Role.SECTION, Role.AD}
)


def line_key(text: str) -> str:
    """A line's text as it is compared: NFKC, without white space."""
    return "".join(unicodedata.normalize("NFKC", text).split())


class Learned(Mapping[str, Role]):
    """Line text (see `line_key`) → the role editors gave it most often."""

    def __init__(self, decisions: Iterable[tuple[str, Role]] = ()) -> None:
        votes: defaultdict[str, Counter[Role]] = defaultdict(Counter)
        for text, role in decisions:
            key = line_key(text)
            if role in LEARNABLE and MIN_LENGTH <= len(key) <= MAX_LENGTH:
                votes[key][role] += 1
        self._roles = {key: counter.most_common(1)[0][0] for key, counter in votes.items()}
        # Each key long enough, under its length and either half: a text one character off shares one of them.
        self._halves: defaultdict[tuple[int, int, str], list[str]] = defaultdict(list)
        for key in self._roles:
            if len(key) >= MISREAD_MIN:
                for side, half in enumerate(_halves(key)):
                    self._halves[len(key), side, half].append(key)

    def __getitem__(self, key: str) -> Role:
        return self._roles[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._roles)

    def __len__(self) -> int:
        return len(self._roles)

    def role_of(self, text: str) -> Role | None:
        """The role editors gave the line's text, or a text one character off it (see `MISREAD_MIN`)."""
        key = line_key(text)
        role = self._roles.get(key)
        if role is not None or len(key) < MISREAD_MIN or not self._halves:
            return role
        for side, half in enumerate(_halves(key)):
            for known in self._halves.get((len(key), side, half), ()):
                if sum(a != b for a, b in zip(key, known, strict=True)) == 1:
                    return self._roles[known]
        return None


def _halves(key: str) -> tuple[str, str]:
    middle = len(key) // 2
    return key[:middle], key[middle:]
