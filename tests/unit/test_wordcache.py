"""Words of texts segmented once are kept in the cache folder: a second build of the suggester segments nothing,
and a cache that cannot be written or read costs only time."""

from __future__ import annotations

from pathlib import Path

import pytest

from proofdesk import tagging
from proofdesk.importer import import_files
from proofdesk.storage import Library
from proofdesk.themes.suggest import Tokenize
from proofdesk.themes.wordcache import FILE, WordCache

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def counting(calls: list[str]) -> Tokenize:
    def tokenize(text: str) -> list[str]:
        calls.append(text)
        return [w for w in text.split() if w]

    return tokenize


def test_words_are_kept_by_text_across_caches(tmp_path: Path) -> None:
    calls: list[str] = []
    first = WordCache(tmp_path, counting(calls))
    assert first("党建 引领 发展") == ["党建", "引领", "发展"] and first("") == []
    assert first("党建 引领 发展") == ["党建", "引领", "发展"] and len(calls) == 2  # remembered at once
    first.save()
    second = WordCache(tmp_path, counting(calls))
    assert second("党建 引领 发展") == ["党建", "引领", "发展"] and second("") == []
    assert len(calls) == 2 and second.segmented == 0
    assert second("审计 工作") == ["审计", "工作"] and second.segmented == 1


@pytest.mark.parametrize("spoil", ["a file where the folder goes", "a file that is no database"])
def test_a_cache_that_cannot_be_used_only_costs_time(tmp_path: Path, spoil: str) -> None:
    folder = tmp_path / "cache"
    if spoil == "a file where the folder goes":
        folder.write_text("x")
    else:
        folder.mkdir()
        (folder / FILE).write_bytes(b"not a database" * 100)
    calls: list[str] = []
    words = WordCache(folder, counting(calls))
    assert words("党建 引领") == ["党建", "引领"]
    words.save()
    assert WordCache(folder, counting(calls))("党建 引领") == ["党建", "引领"] and len(calls) == 2


def test_a_second_build_of_the_suggester_segments_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Library.open(tmp_path / "library.sqlite") as library:
        import_files(library, sorted(SEEDS.glob("*.txt")))
        calls: list[str] = []
        monkeypatch.setattr(tagging, "tokenize", counting(calls))
        first = tagging.build_suggester(library)
        segmented = len(calls)
        second = tagging.build_suggester(library)
    assert segmented > 0 and len(calls) == segmented
    text = "党建 引领 基层 治理"
    assert [s.theme for s in first.suggest(text)] == [s.theme for s in second.suggest(text)]


def test_a_suggester_whose_texts_are_all_kept_is_ready_before_jieba_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Library.open(tmp_path / "library.sqlite") as library:
        import_files(library, sorted(SEEDS.glob("*.txt")))
        tagging.build_suggester(library)  # keeps the words of every text it segments
        events: list[str] = []

        def loading(*_args: object) -> float:
            events.append("jieba")
            return 0.0

        monkeypatch.setattr(tagging, "load_jieba", loading)
        tagging.build_suggester(library, ready=lambda _suggester: events.append("ready"))
    assert events == ["ready", "jieba"], "jieba's dictionary (0.7 s) is loaded once the suggester can be asked"
