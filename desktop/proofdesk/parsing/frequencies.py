"""Han character bigrams and their document frequencies, the parser's measure of word overlap.

Word segmentation (jieba) is far too slow for a parser that must handle hundreds of pages a second, and
the headline-to-body overlap only needs "do these two texts share rare words". Overlapping bigrams of Han
characters carry that: every two-character word is one bigram, longer words are several.

`DocumentFrequencies` counts, over a library, in how many pages each bigram occurs; `idf()` turns that
into inverse document frequencies for `parse_page`:

    frequencies = DocumentFrequencies()
    for page in library_pages:
        frequencies.add(page)
    layer = parse_page(page, frequencies.idf())

A bigram the table has never seen weighs as much as the rarest one (`Idf.unseen`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from itertools import chain, repeat
from operator import mul

from ..domain.model import Page
from ..text.cleaning import HAN, is_han

# Two Han characters side by side, looked for at every position of a text (so the pairs overlap).
_HAN_PAIR = re.compile(f"(?=([{HAN}][{HAN}]))")


def is_bigram(pair: str) -> bool:
    """Two Han characters: a pair `bigrams` yields wherever it stands in a text."""
    return len(pair) == 2 and is_han(pair[0]) and is_han(pair[1])


def bigrams(text: str) -> list[str]:
    """The overlapping Han bigrams of `text`, in order (Latin, digits and punctuation break runs)."""
    return _HAN_PAIR.findall(text)


def page_bigrams(lines: Iterable[str]) -> set[str]:
    """The distinct Han bigrams of a page (or any document given as lines)."""
    found: set[str] = set()
    for line in lines:
        found.update(bigrams(line))
    return found


def idf_value(documents: int, frequency: int) -> float:
    """Smoothed inverse document frequency: 1 for a bigram in every document, more for rarer ones."""
    return math.log((documents + 1) / (frequency + 1)) + 1.0


class Idf(Mapping[str, float]):
    """Read-only bigram → IDF table; `unseen` is the weight of a bigram the table does not hold."""

    def __init__(self, values: Mapping[str, float], unseen: float) -> None:
        self._values = dict(values)
        self.unseen = unseen

    @classmethod
    def of_counts(cls, documents: int, counts: Mapping[str, int]) -> Idf:
        """The table for `documents` documents, `counts` giving in how many of them each bigram occurs."""
        return cls({b: idf_value(documents, c) for b, c in counts.items()}, idf_value(documents, 0))

    def __getitem__(self, key: str) -> float:
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __reduce__(self) -> tuple[Callable[..., Idf], tuple[object, ...]]:
        """Sent to a worker process as its values and unseen weight (as compiled, the class keeps no
        `__dict__` that pickle could copy)."""
        return Idf, (self._values, self.unseen)

    def weight(self, bigram: str) -> float:
        return self._values.get(bigram, self.unseen)

    def weights(self, bigrams: Collection[str]) -> dict[str, float]:
        """The weight of each of `bigrams`."""
        return dict(zip(bigrams, map(self._values.get, bigrams, repeat(self.unseen)), strict=True))


class DocumentFrequencies:
    """Counts, for each Han bigram, the number of pages that contain it."""

    def __init__(self) -> None:
        self._counts: Counter[str] = Counter()
        self._documents = 0

    @property
    def documents(self) -> int:
        return self._documents

    def add(self, page: Page) -> None:
        """Count one page (each bigram once, however often it occurs on the page)."""
        self.add_text(page.lines)

    def add_text(self, lines: Iterable[str]) -> None:
        """Count one document given as lines."""
        self.add_bigrams(page_bigrams(lines))

    def add_bigrams(self, seen: set[str]) -> None:
        """Count one document given as its set of bigrams."""
        self._counts.update(seen)
        self._documents += 1

    def bigrams(self) -> set[str]:
        """Every bigram counted so far."""
        return set(self._counts)

    def idf(self, documents: int = 0, counts: Mapping[str, int] | None = None) -> Idf:
        """The inverse document frequency of every bigram counted so far; with `documents` and `counts`, as if
        that many other documents had been counted too, `counts` giving how many of them hold each bigram."""
        others = counts or {}
        merged = {b: c + others.get(b, 0) for b, c in self._counts.items()}
        return Idf.of_counts(self._documents + documents, merged)


class Weights(dict[str, float]):
    """The weight of every bigram of one page (every lookup the parser makes is of a bigram on the page)."""

    def __init__(self, weights: Mapping[str, float] | Iterable[tuple[str, float]] = ()) -> None:
        super().__init__(weights)
        self._squares: dict[str, float] | None = None

    @property
    def squares(self) -> dict[str, float]:
        """The square of every weight, worked out once for all the cosines of the page's texts."""
        if self._squares is None:
            self._squares = dict(zip(self, map(mul, self.values(), self.values()), strict=True))
        return self._squares


def page_weights(
    idf: Mapping[str, float] | None, blocks: Iterable[Iterable[str]], distinct: Collection[str] | None = None
) -> Weights:
    """Weights for the bigrams of a page given block by block: the library's IDF when given (a bigram the
    library lacks weighs as its rarest), else IDF over the page's own blocks. `distinct`: the page's bigrams,
    each once, where the caller has them already (the library's IDF needs no more)."""
    if idf is None:
        documents = [set(block) for block in blocks]
        counts = Counter(chain.from_iterable(documents))
        values = {c: idf_value(len(documents), c) for c in set(counts.values())}
        return Weights(zip(counts, map(values.__getitem__, counts.values()), strict=True))
    table = idf if isinstance(idf, Idf) else _Borrowed(idf)
    return Weights(table.weights(set(chain.from_iterable(blocks)) if distinct is None else distinct))


# An IDF weight is the logarithm of a number of documents: a value outside 0 to this is no weight (its sums and
# squares would overflow).
WEIGHT_MAX = 1e6


def _weight(value: object) -> float | None:
    """`value` as a weight, or None where it is not a number from 0 to `WEIGHT_MAX`."""
    if not isinstance(value, int | float) or not 0 <= value <= WEIGHT_MAX:  # (NaN is no number in that range)
        return None
    return float(value)


class _Borrowed(Idf):
    """An `Idf` view of any mapping, without copying it; values that are no weight (see `_weight`) count as
    unseen."""

    def __init__(self, values: Mapping[str, float]) -> None:
        numbers = [w for v in values.values() if (w := _weight(v)) is not None]
        self._borrowed = values
        super().__init__({}, max(numbers, default=1.0))

    def __reduce__(self) -> tuple[Callable[..., Idf], tuple[object, ...]]:
        return _Borrowed, (self._borrowed,)

    def __getitem__(self, key: str) -> float:
        return self._borrowed[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._borrowed)

    def __len__(self) -> int:
        return len(self._borrowed)

    def weight(self, bigram: str) -> float:
        value = _weight(self._borrowed.get(bigram))
        return self.unseen if value is None else value

    def weights(self, bigrams: Collection[str]) -> dict[str, float]:
        return {b: self.weight(b) for b in bigrams}
