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

    def __getitem__(self, key: str) -> Role:
        return self._roles[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._roles)

    def __len__(self) -> int:
        return len(self._roles)

    def role_of(self, text: str) -> Role | None:
        return self._roles.get(line_key(text))
