"""Theme suggestion: jieba load time, quality on the gold pages, and milliseconds per suggestion.

    .venv/bin/python benchmarks/bench_themes.py [--library N]

Quality: top-3 hit rate (a right theme among the first three) and top-2 precision, against always
suggesting the three most frequent themes; "cold" before any confirmed tag, "warm" with every other gold
article confirmed. Speed: one suggestion for each gold article, in the gold library and in a library of N
confirmed articles.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Hashable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.unit.test_themes_gold import TAXONOMY, frequent_themes, gold_tags, gold_texts, score  # noqa: E402

from proofdesk.themes import Document, Suggester, load_jieba, load_taxonomy  # noqa: E402


def time_suggestions(suggester: Suggester, texts: list[str], rounds: int = 5) -> list[float]:
    times = []
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter()
            suggester.suggest(text, 3)
            times.append((time.perf_counter() - start) * 1000)
    return times


def top3(suggester: Suggester, text: str, key: Hashable) -> list[str]:
    return [s.theme for s in suggester.suggest(text, 3, doc_id=key)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=int, default=5000, help="size of the large library (default 5000)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as cache:
        first = load_jieba(Path(cache))
        again = subprocess.run(
            [sys.executable, "-c", "import sys, pathlib; from proofdesk.themes import load_jieba;"
             "print(load_jieba(pathlib.Path(sys.argv[1])))", cache],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
    print(f"jieba load: {first * 1000:.0f} ms building the cache, {float(again) * 1000:.0f} ms from the cache")

    themes = load_taxonomy(TAXONOMY)
    texts, tags = gold_texts(), gold_tags()
    baseline = frequent_themes(tags, [t.name for t in themes])
    cold = Suggester(themes, [Document(key, text) for key, text in texts.items()])
    warm = Suggester(themes, [Document(key, text, tags.get(key, ())) for key, text in texts.items()])
    rows = [
        ("baseline " + "、".join(baseline), score(tags, lambda key: baseline)),
        ("cold (keywords, library IDF)", score(tags, lambda key: top3(cold, texts[key], key))),
        ("warm (others confirmed)", score(tags, lambda key: top3(warm, texts[key], key))),
    ]
    print(f"\n{len(tags)} gold articles          top-3 hit rate   top-2 precision")
    for name, (hit_rate, precision) in rows:
        print(f"  {name:<30} {hit_rate:>8.1%}        {precision:>8.2f}")

    articles = [texts[key] for key in tags]
    chars = sum(map(len, articles)) / len(articles)
    for name, suggester in (("gold library", warm), (f"library of {args.library}", None)):
        if suggester is None:
            keys = list(texts)
            start = time.perf_counter()
            suggester = Suggester(themes)
            for i in range(args.library):
                key = keys[i % len(keys)]
                suggester.add(i, texts[key], tags.get(key, ("文化宣传",)))
            print(f"\nbuilt a library of {args.library} confirmed articles in {time.perf_counter() - start:.1f} s")
        times = time_suggestions(suggester, articles)
        p95 = statistics.quantiles(times, n=20)[-1]
        print(f"suggest, {name} ({len(suggester)} docs, articles of {chars:.0f} chars on average): "
              f"mean {statistics.mean(times):.1f} ms, p95 {p95:.1f} ms, max {max(times):.1f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
