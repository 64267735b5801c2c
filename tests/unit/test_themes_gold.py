"""Theme suggestions measured on the gold pages' articles against the themes an editor gave them
(tests/data/gold_tags.tsv); the loaders are shared with the other theme tests and the benchmark.

Texts are built from the gold parses, not from the parser, so that the figures do not move when the parser
changes.
"""

from __future__ import annotations

import collections
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from proofdesk.themes import Document, Suggester, load_jieba, load_taxonomy

DATA = Path(__file__).resolve().parents[1] / "data"
TAXONOMY = Path(__file__).resolve().parents[2] / "resources" / "themes" / "default.json"

# Headline lines first, as in `Article.text`; bylines and credits name people, not subjects.
_HEAD_ROLES = ("title", "subtitle")
_SKIPPED_ROLES = ("byline", "credit")


def gold_texts() -> dict[tuple[str, int], str]:
    """(page, item id) → text of every item of the gold pages: headline, then paragraphs."""
    texts: dict[tuple[str, int], str] = {}
    for path in sorted(DATA.glob("*.tsv")):
        if path.name == "gold_tags.tsv":
            continue
        head: dict[int, list[str]] = {}
        rest: dict[int, list[str]] = {}
        for row in path.read_text(encoding="utf-8").splitlines():
            if not row or row.startswith("#"):
                continue
            _line, item, role, brk, text = row.split("\t", 4)
            if role in _SKIPPED_ROLES:
                continue
            parts = (head if role in _HEAD_ROLES else rest).setdefault(int(item), [])
            if brk == "J" and parts:
                parts[-1] += text.strip()
            else:
                parts.append(text.strip())
        for key in sorted(head.keys() | rest.keys()):
            texts[(path.stem, key)] = "\n".join(head.get(key, []) + rest.get(key, []))
    return texts


def gold_tags() -> dict[tuple[str, int], tuple[str, ...]]:
    """(page, item id) → the themes an editor gave the item, most central first."""
    tags: dict[tuple[str, int], tuple[str, ...]] = {}
    for row in (DATA / "gold_tags.tsv").read_text(encoding="utf-8").splitlines():
        if not row or row.startswith("#"):
            continue
        page, item, themes, _note = row.split("\t", 3)
        tags[(page, int(item))] = tuple(themes.split("|"))
    return tags


# ---- suggestion quality on the gold pages ------------------------------------------------------------

Key = tuple[str, int]


@pytest.fixture(scope="module", autouse=True)
def _jieba(tmp_path_factory: pytest.TempPathFactory) -> None:
    load_jieba(tmp_path_factory.mktemp("jieba"))


def score(tags: dict[Key, tuple[str, ...]], suggested: Callable[[Key], Sequence[str]]) -> tuple[float, float]:
    """Share of articles with a right theme among the first three suggestions; precision of the first two
    (a missing suggestion counts as a wrong one)."""
    hits = right = 0
    for key, gold in tags.items():
        names = suggested(key)
        hits += any(name in gold for name in names[:3])
        right += sum(name in gold for name in names[:2])
    return hits / len(tags), right / (2 * len(tags))


def frequent_themes(tags: dict[Key, tuple[str, ...]], order: Sequence[str], n: int = 3) -> list[str]:
    """The baseline: the `n` themes editors gave most often (ties in taxonomy order)."""
    counts = collections.Counter(t for themes in tags.values() for t in themes)
    return sorted(order, key=lambda name: (-counts[name], order.index(name)))[:n]


def test_every_gold_article_is_tagged_with_default_themes() -> None:
    names = {t.name for t in load_taxonomy(TAXONOMY)}
    texts, tags = gold_texts(), gold_tags()
    assert set(tags) <= set(texts)
    assert len(tags) == 12
    assert all(themes and set(themes) <= names for themes in tags.values())


def test_cold_suggestions_beat_the_frequent_themes_baseline() -> None:
    """Before any tag is confirmed: taxonomy keywords weighted by the library's own IDF."""
    themes = load_taxonomy(TAXONOMY)
    texts, tags = gold_texts(), gold_tags()
    suggester = Suggester(themes, [Document(key, text) for key, text in texts.items()])
    names = {key: [s.theme for s in suggester.suggest(texts[key], 3, doc_id=key)] for key in tags}
    hit_rate, precision = score(tags, names.__getitem__)
    baseline = frequent_themes(tags, [t.name for t in themes])
    base_hit_rate, base_precision = score(tags, lambda key: baseline)
    assert hit_rate >= 0.85 and precision >= 0.6
    assert hit_rate >= base_hit_rate + 0.15 and precision >= 2 * base_precision


def test_confirmed_tags_of_the_other_articles_make_suggestions_better() -> None:
    """Each article suggested with every other gold article confirmed (leave one out)."""
    themes = load_taxonomy(TAXONOMY)
    texts, tags = gold_texts(), gold_tags()
    cold = Suggester(themes, [Document(key, text) for key, text in texts.items()])
    warm = Suggester(themes, [Document(key, text, tags.get(key, ())) for key, text in texts.items()])

    def ranks(suggester: Suggester) -> list[int]:
        # The rank of every right theme among all suggestions (12 when not suggested at all).
        out = []
        for key, gold in tags.items():
            names = [s.theme for s in suggester.suggest(texts[key], len(themes), doc_id=key)]
            out += [names.index(t) if t in names else len(themes) + 1 for t in gold]
        return out

    cold_hits, cold_precision = score(tags, lambda key: [s.theme for s in cold.suggest(texts[key], 3, doc_id=key)])
    warm_hits, warm_precision = score(tags, lambda key: [s.theme for s in warm.suggest(texts[key], 3, doc_id=key)])
    assert warm_hits >= cold_hits and warm_precision >= cold_precision
    assert sum(ranks(warm)) < sum(ranks(cold))
