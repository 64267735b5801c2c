"""Ranked theme suggestions for an article.

Three pieces of evidence, all computed over the library itself (jieba's bundled IDF makes 党建 the top
word of every page here):

- the taxonomy's keywords found in the article, each weighted by how rare it is in the library, so that a
  keyword every article uses (党建, 服务) counts for little;
- the themes editors confirmed on the most similar articles (cosine of TF-IDF vectors of jieba words), so
  suggestions learn from every confirmation at once, without a restart;
- how often each theme has been confirmed: it breaks ties, and fills the list when fewer than `k` themes
  have any other evidence (as the "most frequent themes" an editor would otherwise pick from).

The library is held in memory: text, word counts and confirmed tags per article. All methods are
thread-safe; `suggest` is meant to run in a worker thread while the GUI thread confirms tags.
"""

from __future__ import annotations

import heapq
import math
import threading
from array import array
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from . import segment
from .taxonomy import Retag, Theme

Tokenize = Callable[[str], list[str]]

# How many of the article's own words (best TF-IDF first) are compared with the library: enough to find
# similar articles, few enough that a suggestion stays well under 50 ms in a large library.
QUERY_WORDS = 40
# How many similar confirmed articles vote.
NEIGHBOURS = 5
# Below this cosine two articles share only the everyday vocabulary of the page.
MIN_SIMILARITY = 0.08
# A neighbour's vote against the keyword evidence (which is scaled to at most 1 per article).
NEIGHBOUR_WEIGHT = 2.0
# Confirmed-theme frequency only breaks ties between otherwise equal themes.
PRIOR_WEIGHT = 0.01
# Document norms are recomputed when the library has grown by this factor since they were computed.
NORM_REFRESH = 1.25


class Reason(StrEnum):
    """Where a suggestion comes from; the window words it."""

    KEYWORDS = "keywords"
    SIMILAR = "similar"
    BOTH = "both"
    FREQUENT = "frequent"


@dataclass(frozen=True, slots=True)
class Document:
    """An article of the library: its clean text (title first) and its confirmed themes."""

    doc_id: Hashable
    text: str
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A suggested theme. `keywords`: the theme's keywords found in the article, most telling first;
    `similar`: ids of confirmed articles with this theme that resemble the article, most similar first."""

    theme: str
    score: float
    reason: Reason
    keywords: tuple[str, ...] = ()
    similar: tuple[Hashable, ...] = ()


@dataclass(slots=True)
class _Doc:
    text: str
    words: tuple[str, ...]
    """Each word of the text once."""
    times: array[int]
    """How often each of `words` is in the text (a dict per article would take three times the memory)."""
    keywords: tuple[str, ...]
    """The taxonomy's keywords found in the text."""
    tags: tuple[str, ...]
    norm: float = 0.0

    def counts(self) -> Counter[str]:
        return Counter(dict(zip(self.words, self.times, strict=True)))


class Suggester:
    """Suggests themes from a taxonomy and a library of articles; learns from confirmed tags.

    `documents` are the library's articles (their tags: the themes editors confirmed). `tokenize` defaults
    to jieba (`segment.load_jieba` must have run). Adding many documents tokenises each one: build the
    suggester in a worker.
    """

    def __init__(
        self, themes: Sequence[Theme], documents: Iterable[Document] = (), *, tokenize: Tokenize | None = None
    ) -> None:
        self._tokenize: Tokenize = tokenize or segment.tokenize
        self._lock = threading.RLock()
        self._themes: tuple[Theme, ...] = ()
        self._docs: dict[Hashable, _Doc] = {}
        self._df: Counter[str] = Counter()
        self._keyword_df: Counter[str] = Counter()
        # Each keyword of the taxonomy once, and the places in it of the themes that list it.
        self._keyword_themes: dict[str, list[int]] = {}
        # word → {confirmed article: 1 + log(count)}: only confirmed articles can vote.
        self._postings: dict[str, dict[Hashable, float]] = {}
        self._tag_count: Counter[str] = Counter()
        self._norms_at = 0
        # Every word once: the articles' word counts share their keys (jieba gives each article new strings
        # of the same words; shared, a library's counts take half the memory).
        self._words: dict[str, str] = {}
        self.set_themes(themes)
        for doc in documents:
            self.add(doc.doc_id, doc.text, doc.tags)

    # ---- library -------------------------------------------------------------------------------------

    @property
    def themes(self) -> tuple[Theme, ...]:
        return self._themes

    def __len__(self) -> int:
        return len(self._docs)

    def add(self, doc_id: Hashable, text: str, tags: Sequence[str] = ()) -> None:
        """Add an article to the library, or replace it (new text, new confirmed tags)."""
        words = self._tokenize(text)
        with self._lock:
            # Each word once through the shared words (counted first: most words come more than once).
            counts = Counter({self._words.setdefault(word, word): n for word, n in Counter(words).items()})
            self._remove(doc_id)
            found = self._found_keywords(text)
            doc = _Doc(text, tuple(counts), array("I", counts.values()), found, tuple(dict.fromkeys(tags)))
            self._docs[doc_id] = doc
            self._df.update(counts.keys())
            self._keyword_df.update(found)
            if doc.tags:
                self._post(doc_id, doc)
            if len(self._docs) > self._norms_at * NORM_REFRESH:
                self._refresh_norms()

    def confirm(self, doc_id: Hashable, text: str, tags: Sequence[str]) -> None:
        """Record that an editor confirmed `tags` on an article; the next suggestion uses it."""
        with self._lock:
            doc = self._docs.get(doc_id)
            if doc is not None and doc.text == text:
                self._set_tags(doc_id, doc, tuple(dict.fromkeys(tags)))
                return
        self.add(doc_id, text, tags)

    def remove(self, doc_id: Hashable) -> None:
        """Forget an article (deleted from the library)."""
        with self._lock:
            self._remove(doc_id)

    def set_themes(self, themes: Sequence[Theme], retag: Retag | None = None) -> None:
        """Replace the taxonomy after an edit; `retag` makes confirmed tags follow a rename, merge or
        delete. Every article is searched for the new keywords: in a large library, call it in a worker."""
        with self._lock:
            self._themes = tuple(themes)
            self._keyword_themes = {}
            for at, theme in enumerate(self._themes):
                for keyword in theme.keywords:
                    self._keyword_themes.setdefault(keyword, []).append(at)
            for doc in self._docs.values():
                doc.keywords = self._found_keywords(doc.text)
            self._keyword_df = Counter(kw for doc in self._docs.values() for kw in doc.keywords)
            if retag:
                for doc_id, doc in list(self._docs.items()):
                    self._set_tags(doc_id, doc, retag.apply(doc.tags))

    def set_tags(self, tags: Mapping[Hashable, Sequence[str]]) -> None:
        """The confirmed tags of these articles, as a taxonomy edit (or its undo) leaves them; articles it
        does not know are left out."""
        with self._lock:
            for doc_id, names in tags.items():
                doc = self._docs.get(doc_id)
                if doc is not None:
                    self._set_tags(doc_id, doc, tuple(dict.fromkeys(names)))

    def _found_keywords(self, text: str) -> tuple[str, ...]:
        return tuple(kw for kw in self._keyword_themes if kw in text)

    def _remove(self, doc_id: Hashable) -> None:
        doc = self._docs.pop(doc_id, None)
        if doc is None:
            return
        self._df.subtract(doc.words)
        self._keyword_df.subtract(doc.keywords)
        self._unpost(doc_id, doc)

    def _unpost(self, doc_id: Hashable, doc: _Doc) -> None:
        if not doc.tags:
            return
        for word in doc.words:
            posting = self._postings.get(word)
            if posting is not None:
                posting.pop(doc_id, None)
                if not posting:
                    del self._postings[word]
        self._tag_count.subtract(doc.tags)

    def _post(self, doc_id: Hashable, doc: _Doc) -> None:
        for word, count in zip(doc.words, doc.times, strict=True):
            self._postings.setdefault(word, {})[doc_id] = 1.0 + math.log(count)
        self._tag_count.update(doc.tags)
        doc.norm = self._norm(doc.counts())

    def _set_tags(self, doc_id: Hashable, doc: _Doc, tags: tuple[str, ...]) -> None:
        self._unpost(doc_id, doc)
        doc.tags = tags
        if tags:
            self._post(doc_id, doc)

    # ---- weights -------------------------------------------------------------------------------------

    def _idf(self, df: int) -> float:
        # Smoothed so that an empty library weighs every word alike and a word in every article keeps a
        # small positive weight.
        return math.log((len(self._docs) + 1) / (df + 1)) + 1.0

    def _weights(self, counts: Counter[str]) -> dict[str, float]:
        return {w: (1.0 + math.log(c)) * self._idf(self._df[w]) for w, c in counts.items()}

    def _norm(self, counts: Counter[str]) -> float:
        return math.sqrt(sum(v * v for v in self._weights(counts).values())) or 1.0

    def refresh(self) -> None:
        """Recompute the similarity weights of confirmed articles under the current library IDF.

        Adding articles does it whenever the library has grown by a quarter; call it after removing many."""
        with self._lock:
            self._refresh_norms()

    def _refresh_norms(self) -> None:
        # Norms drift as IDF changes with the library; recomputing them on every add would make building a
        # library quadratic, so they are refreshed as it grows (see `add`).
        for doc in self._docs.values():
            if doc.tags:
                doc.norm = self._norm(doc.counts())
        self._norms_at = len(self._docs)

    def keywords(self, text: str, n: int = 10) -> list[tuple[str, float]]:
        """The `n` most telling words of `text` by TF-IDF over the library, with their weights."""
        counts = Counter(self._tokenize(text))
        with self._lock:
            weights = self._weights(counts)
        return heapq.nlargest(n, weights.items(), key=lambda kv: (kv[1], kv[0]))

    # ---- suggestions ---------------------------------------------------------------------------------

    def suggest(
        self, text: str, k: int = 3, *, doc_id: Hashable | None = None, exclude: Iterable[str] = ()
    ) -> list[Suggestion]:
        """Up to `k` themes for an article, best first. A theme neither found by keyword, nor confirmed on a
        similar article, nor ever confirmed at all is not suggested.

        `doc_id` names the article when it is in the library, so that its own confirmed tags do not count
        as the vote of a similar article. `exclude`: themes not to suggest (those already confirmed).
        """
        if k <= 0:
            return []
        with self._lock:
            known = self._docs.get(doc_id) if doc_id is not None else None
        # An article the suggester knows as it is (an export asks of every article it read) is not segmented
        # again: its words are kept.
        counts = known.counts() if known is not None and known.text == text else Counter(self._tokenize(text))
        with self._lock:
            if not self._themes:
                return []
            same = known is not None and known.text == text and self._docs.get(doc_id) is known
            keywords = known.keywords if same and known is not None else self._found_keywords(text)
            keyword_scores, found = self._keyword_scores(text, keywords)
            votes, voters = self._neighbour_votes(counts, doc_id)
            tag_count = self._tag_count.copy()
            if doc_id in self._docs:
                tag_count.subtract(self._docs[doc_id].tags)
            total_tags = sum(c for c in tag_count.values() if c > 0)
            skip = set(exclude)
            suggestions = []
            for theme in self._themes:
                if theme.name in skip:
                    continue
                by_keywords = keyword_scores.get(theme.name, 0.0)
                by_neighbours = NEIGHBOUR_WEIGHT * votes.get(theme.name, 0.0)
                prior = PRIOR_WEIGHT * max(tag_count[theme.name], 0) / total_tags if total_tags else 0.0
                score = by_keywords + by_neighbours + prior
                if score <= 0.0:
                    continue
                if by_keywords and by_neighbours:
                    reason = Reason.BOTH
                elif by_keywords:
                    reason = Reason.KEYWORDS
                elif by_neighbours:
                    reason = Reason.SIMILAR
                else:
                    reason = Reason.FREQUENT
                suggestions.append(
                    Suggestion(
                        theme.name,
                        score,
                        reason,
                        tuple(found.get(theme.name, ())),
                        tuple(voters.get(theme.name, ())),
                    )
                )
        suggestions.sort(key=lambda s: -s.score)
        return suggestions[:k]

    def _keyword_scores(self, text: str, keywords: Iterable[str]) -> tuple[dict[str, float], dict[str, list[str]]]:
        """Per theme: the IDF-weighted keyword evidence, scaled so that the best theme scores 1, and the
        keywords found, most telling first. `keywords`: the taxonomy's keywords in `text`."""
        theme_hits: dict[int, list[tuple[float, str]]] = {}
        for keyword in keywords:
            weight = (1.0 + math.log(text.count(keyword))) * self._idf(self._keyword_df[keyword])
            for at in self._keyword_themes[keyword]:
                theme_hits.setdefault(at, []).append((weight, keyword))
        raw: dict[str, float] = {}
        found: dict[str, list[str]] = {}
        for at in sorted(theme_hits):
            hits = sorted(theme_hits[at], reverse=True)
            name = self._themes[at].name
            raw[name] = sum(weight for weight, _ in hits)
            found[name] = [keyword for _, keyword in hits]
        top = max(raw.values(), default=0.0)
        return ({name: value / top for name, value in raw.items()} if top else {}), found

    def _neighbour_votes(
        self, counts: Counter[str], doc_id: Hashable | None
    ) -> tuple[dict[str, float], dict[str, list[Hashable]]]:
        """Per theme: the summed cosine similarity of the most similar confirmed articles carrying it, and
        those articles."""
        if not self._postings:
            return {}, {}
        weights = self._weights(counts)
        query = heapq.nlargest(QUERY_WORDS, weights.items(), key=lambda kv: (kv[1], kv[0]))
        query_norm = math.sqrt(sum(w * w for _, w in query)) or 1.0
        dots: dict[Hashable, float] = {}
        for word, weight in query:
            posting = self._postings.get(word)
            if not posting:
                continue
            factor = weight * self._idf(self._df[word])
            for other, tf in posting.items():
                dots[other] = dots.get(other, 0.0) + tf * factor
        dots.pop(doc_id, None)
        similar = heapq.nlargest(
            NEIGHBOURS,
            ((dot / (query_norm * self._docs[other].norm), other) for other, dot in dots.items()),
            key=lambda pair: pair[0],
        )
        votes: dict[str, float] = {}
        voters: dict[str, list[Hashable]] = {}
        for similarity, other in similar:
            if similarity < MIN_SIMILARITY:
                break
            for tag in self._docs[other].tags:
                votes[tag] = votes.get(tag, 0.0) + similarity
                voters.setdefault(tag, []).append(other)
        return votes, voters
