"""jieba's prefix dictionary, built from jieba's own word list and cached in records (`words._load_dictionary`)."""

from __future__ import annotations

import logging
from contextlib import closing
from pathlib import Path
from typing import Any

import jieba
import pytest

from proofdesk.text.words import CACHE_RECORD, _load_dictionary

SENTENCES = ["本报北京12月5日电 国务院新闻办公室今天举行新闻发布会", "我们在北京大学读书", "乡村振兴战略规划实施"]


@pytest.fixture(scope="module")
def jiebas_own() -> Any:
    """A tokenizer with the dictionary jieba builds itself, without a cache."""
    own = jieba.Tokenizer()
    own.FREQ, own.total = own.gen_pfdict(own.get_dict_file())
    own.initialized = True
    return own


@pytest.fixture(scope="module")
def cached(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The cache `_load_dictionary` writes."""
    cache = tmp_path_factory.mktemp("cache") / "jieba.dictionary"
    loaded(cache)
    return cache.read_bytes()


def loaded(cache: Path) -> Any:
    tokenizer = jieba.Tokenizer()
    _load_dictionary(tokenizer, cache)
    return tokenizer


def never_built(tokenizer: Any) -> Any:
    def build(_: object) -> None:
        raise AssertionError("the dictionary was built again instead of read from the cache")

    tokenizer.gen_pfdict = build
    return tokenizer


def test_the_dictionary_is_jiebas_own_and_read_back_from_its_cache(tmp_path: Path, jiebas_own: Any) -> None:
    cache = tmp_path / "jieba.dictionary"
    built = loaded(cache)
    assert built.initialized and (built.FREQ, built.total) == (jiebas_own.FREQ, jiebas_own.total)
    assert [built.lcut(sentence) for sentence in SENTENCES] == [jiebas_own.lcut(s) for s in SENTENCES]
    assert cache.is_file() and [path.name for path in tmp_path.iterdir()] == [cache.name]

    read = never_built(jieba.Tokenizer())
    _load_dictionary(read, cache)
    assert (read.FREQ, read.total) == (jiebas_own.FREQ, jiebas_own.total)


@pytest.mark.parametrize("damage", ["truncated", "not marshal", "empty", "records of another shape"])
def test_a_damaged_cache_is_built_again_and_replaced(
    tmp_path: Path, jiebas_own: Any, cached: bytes, damage: str
) -> None:
    cache = tmp_path / "jieba.dictionary"
    whole = cached
    cache.write_bytes(
        {
            "truncated": whole[: len(whole) // 2],
            "not marshal": b"\xff\x00 not a dictionary",
            "empty": b"",
            "records of another shape": whole[:5] + b"\x00" * 40,
        }[damage]
    )
    again = loaded(cache)
    assert (again.FREQ, again.total) == (jiebas_own.FREQ, jiebas_own.total)
    assert cache.read_bytes() == whole


def test_a_cache_that_cannot_be_written_is_logged_and_the_dictionary_still_loads(
    tmp_path: Path, jiebas_own: Any, caplog: pytest.LogCaptureFixture
) -> None:
    cache = tmp_path / "missing folder" / "jieba.dictionary"
    with caplog.at_level(logging.WARNING, logger="proofdesk.text.words"):
        tokenizer = loaded(cache)
    assert tokenizer.initialized and tokenizer.FREQ == jiebas_own.FREQ
    assert "was not cached" in caplog.text
    assert list(tmp_path.iterdir()) == []


def test_the_cache_jieba_wrote_itself_is_removed(tmp_path: Path) -> None:
    (tmp_path / "jieba.cache").write_bytes(b"jieba's own cache")
    loaded(tmp_path / "jieba.dictionary")
    assert [path.name for path in tmp_path.iterdir()] == ["jieba.dictionary"]


def test_the_load_pauses_every_record_read_or_built(tmp_path: Path, jiebas_own: Any) -> None:
    cache = tmp_path / "jieba.dictionary"
    records = -(-len(jiebas_own.FREQ) // CACHE_RECORD)
    with closing(jiebas_own.get_dict_file()) as words:
        listed = -(-words.read().count(b"\n") // CACHE_RECORD)
    paused: list[int] = []
    _load_dictionary(jieba.Tokenizer(), cache, lambda: paused.append(1))
    assert len(paused) == listed + records  # reading the word list, then writing the cache
    paused.clear()
    _load_dictionary(never_built(jieba.Tokenizer()), cache, lambda: paused.append(1))
    assert len(paused) == records
