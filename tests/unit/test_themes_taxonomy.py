"""The theme taxonomy: the shipped default and the pure edits of the theme editor."""

from __future__ import annotations

from pathlib import Path

import pytest

from proofdesk.themes import (
    Retag,
    TaxonomyError,
    TaxonomyProblem,
    Theme,
    add_theme,
    count_tagged,
    default_taxonomy,
    delete_theme,
    dump_taxonomy,
    load_taxonomy,
    make_theme,
    merge_themes,
    move_theme,
    parse_taxonomy,
    rename_theme,
    update_theme,
)
from proofdesk.themes.taxonomy import DEFAULT_TAXONOMY
from tests.unit.test_themes_gold import TAXONOMY

DEFAULT_NAMES = [
    "党建品牌", "基层治理", "乡村振兴", "廉政建设", "理论学习", "队伍建设",
    "医疗卫生", "为民服务", "经济发展", "模范机关", "文化宣传",
]  # fmt: skip

THEMES = (
    Theme("甲", "第一", ("一", "二")),
    Theme("乙", "第二", ("二", "三")),
    Theme("丙", "第三", ("四",)),
)


def test_the_default_taxonomy_ships_the_issue_themes_with_descriptions_and_keywords() -> None:
    assert TAXONOMY.parts[-2:] == DEFAULT_TAXONOMY.parts
    themes = load_taxonomy(TAXONOMY)
    assert default_taxonomy() == themes
    assert [t.name for t in themes] == DEFAULT_NAMES
    for theme in themes:
        assert theme.description
        assert len(theme.keywords) >= 10
        # A one-character keyword would match inside unrelated words.
        assert all(len(k) >= 2 for k in theme.keywords)


def test_dump_and_load_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text(dump_taxonomy(THEMES), encoding="utf-8")
    assert load_taxonomy(path) == THEMES


@pytest.mark.parametrize(
    "content",
    ["{", '{"themes": 3}', '{"themes": [{"description": "x"}]}', '{"themes": [{"name": "甲"}, {"name": "甲"}]}'],
)
def test_a_bad_file_is_refused_with_a_code(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy(path)
    assert info.value.problem in (TaxonomyProblem.BAD_FILE, TaxonomyProblem.DUPLICATE)


def test_make_theme_strips_and_deduplicates_keywords() -> None:
    assert make_theme(" 甲 ", " 说明 ", ["一", " 一 ", "", "二"]) == Theme("甲", "说明", ("一", "二"))
    with pytest.raises(TaxonomyError) as info:
        make_theme("  ")
    assert info.value.problem is TaxonomyProblem.EMPTY_NAME
    assert parse_taxonomy({"themes": [{"name": "甲"}]}) == (Theme("甲"),)


def test_add_inserts_at_a_position_and_refuses_duplicates() -> None:
    assert [t.name for t in add_theme(THEMES, Theme("丁"))] == ["甲", "乙", "丙", "丁"]
    assert [t.name for t in add_theme(THEMES, Theme("丁"), 0)] == ["丁", "甲", "乙", "丙"]
    with pytest.raises(TaxonomyError) as info:
        add_theme(THEMES, Theme("乙"))
    assert info.value.problem is TaxonomyProblem.DUPLICATE


def test_rename_keeps_place_and_keywords_and_tags_follow() -> None:
    themes, retag = rename_theme(THEMES, "乙", "戊")
    assert themes[1] == Theme("戊", "第二", ("二", "三"))
    assert retag.apply(("甲", "乙")) == ("甲", "戊")
    assert rename_theme(THEMES, "乙", "乙") == (THEMES, Retag())
    for old, new, problem in [
        ("乙", "甲", TaxonomyProblem.DUPLICATE),
        ("乙", " ", TaxonomyProblem.EMPTY_NAME),
        ("无", "戊", TaxonomyProblem.UNKNOWN),
    ]:
        with pytest.raises(TaxonomyError) as info:
            rename_theme(THEMES, old, new)
        assert info.value.problem is problem


def test_merge_folds_keywords_into_the_target_and_tags_do_not_double() -> None:
    themes, retag = merge_themes(THEMES, ["甲", "丙"], "乙")
    assert themes == (Theme("乙", "第二", ("二", "三", "一", "四")),)
    assert retag.apply(("甲", "乙", "丙")) == ("乙",)
    assert retag.apply(("丙", "甲")) == ("乙",)
    with pytest.raises(TaxonomyError):
        merge_themes(THEMES, ["无"], "乙")


def test_delete_drops_the_theme_and_its_tags_and_says_how_many_carry_it() -> None:
    tagged = [("甲", "乙"), ("乙",), ("丙",)]
    assert count_tagged(tagged, "乙") == 2
    themes, retag = delete_theme(THEMES, "乙")
    assert [t.name for t in themes] == ["甲", "丙"]
    assert [retag.apply(tags) for tags in tagged] == [("甲",), (), ("丙",)]


def test_update_and_move() -> None:
    themes = update_theme(THEMES, "丙", keywords=["五", "五", "六"])
    assert themes[2] == Theme("丙", "第三", ("五", "六"))
    assert update_theme(THEMES, "甲", description="新")[0].description == "新"
    assert [t.name for t in move_theme(THEMES, "丙", 0)] == ["丙", "甲", "乙"]
