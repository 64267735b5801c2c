"""Han bigrams and the library's document frequencies, the parser's measure of shared words."""

from __future__ import annotations

import math

import pytest

from proofdesk.domain.model import Page
from proofdesk.parsing import DocumentFrequencies, Idf, parse_page
from proofdesk.parsing.frequencies import bigrams, page_weights


def test_bigrams_are_overlapping_pairs_of_han_characters() -> None:
    assert bigrams("党建引领") == ["党建", "建引", "引领"]
    assert bigrams("“1234”工作法，凝聚") == ["工作", "作法", "凝聚"]
    assert bigrams("PD-CA 5525 个") == []


def test_rarer_bigrams_weigh_more() -> None:
    frequencies = DocumentFrequencies()
    frequencies.add(Page("a", ("党建引领发展", "")))
    frequencies.add(Page("b", ("党建工作法",)))
    frequencies.add(Page("c", ("审计局党建",)))
    idf = frequencies.idf()
    assert frequencies.documents == 3
    assert isinstance(idf, Idf) and len(idf) == len(set(idf))
    assert idf["党建"] < idf["审计"] < idf.unseen
    assert idf.weight("从未出现") == idf.unseen
    assert idf["党建"] == pytest.approx(1.0 + math.log(4 / 4))


def test_a_bigram_counts_once_per_page() -> None:
    frequencies = DocumentFrequencies()
    frequencies.add(Page("a", ("党建党建党建", "党建")))
    frequencies.add(Page("b", ("审计",)))
    idf = frequencies.idf()
    assert idf["党建"] == idf["审计"]


def test_page_weights_without_a_library_use_the_page_blocks() -> None:
    weights = page_weights(None, [{"党建", "审计"}, {"党建"}, {"党建", "医院"}])
    assert weights["党建"] < weights["审计"] == weights["医院"]


def test_page_weights_from_a_plain_mapping_give_unknown_bigrams_the_rarest_weight() -> None:
    weights = page_weights({"党建": 1.0, "审计": 3.0}, [{"党建", "医院"}])
    assert weights == {"党建": 1.0, "医院": 3.0}


def test_parse_page_takes_the_importers_table() -> None:
    page = Page(
        "p", ("市审计局党建品牌显成效", "", "■ 本报记者 张明", "", "市审计局坚持把党建工作与审计业务深度融合。")
    )
    frequencies = DocumentFrequencies()
    frequencies.add(page)
    assert parse_page(page, frequencies.idf()) == parse_page(page, dict(frequencies.idf()))
