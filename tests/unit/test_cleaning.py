"""Cleaning rules: what each must change, and what it must leave alone."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from proofdesk.text.cleaning import (
    BYLINE_MARK,
    CJK_PUNCT,
    HAN,
    _is_han_or_punct,
    clean,
    collapse_spacing,
    is_han,
    join_lines,
    normalise,
    undouble,
    widen_punctuation,
)


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("今年５月以来", "今年5月以来"),
        ("ＡＢ角制度", "AB角制度"),
        ("e\u0301", "\u00e9"),  # NFC composes
    ],
)
def test_normalise_changes(raw: str, cleaned: str) -> None:
    assert normalise(raw) == cleaned


@pytest.mark.parametrize(
    "text", ["，：；！？（）", "……", "①②", "\uf900\ufa10", "——", "“五老”", "·", "　", "\U0002f800"]
)
def test_normalise_is_not_nfkc(text: str) -> None:
    assert normalise(text) == text


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("■ 本 报 记 者 朱海波", "■ 本报记者 朱海波"),
        ("本 报 通 讯 员", "本报通讯员"),
        ("社区 5525 个，", "社区5525个，"),
        ("在 5 月 28 日被央视", "在5月28日被央视"),
        ("依托 PD-CA 机制", "依托PD-CA机制"),
        ("党建\u3000\u3000引领", "党建 引领"),
        ("  两端的空格  ", "两端的空格"),
    ],
)
def test_collapse_spacing_removes_ocr_spaces(raw: str, cleaned: str) -> None:
    assert collapse_spacing(raw) == cleaned


@pytest.mark.parametrize(
    "text",
    ["医心向党 务行于民", "王淑菊 金增秀", "一丝一毫 不能放松", "四元同创 创模范", "马红坤 史晓燕", "苑 莘", "12 900"],
)
def test_collapse_spacing_keeps_spaces_between_phrases_and_names(text: str) -> None:
    assert collapse_spacing(text) == text


_HAN_OR_PUNCT = f"[{HAN}{CJK_PUNCT}]"
_LETTER_SPACED = re.compile(f"(?:(?<![{HAN}])|^)((?:[{HAN}] ){{2,}}[{HAN}])(?![{HAN}])")
_SPACE_HAN_ALNUM = re.compile(f"(?<={_HAN_OR_PUNCT}) (?=[0-9A-Za-z])|(?<=[0-9A-Za-z]) (?={_HAN_OR_PUNCT})")


def _collapse_spacing_by_expressions(text: str) -> str:
    """The rules as regular expressions: three or more single Han characters each followed by one space, not
    after or before a Han character; a space between Han (or Chinese punctuation) and a digit or Latin letter."""
    text = re.sub(r"[ \t\u3000\u00a0]+", " ", text).strip()
    text = _LETTER_SPACED.sub(lambda m: m.group(1).replace(" ", ""), text)
    return _SPACE_HAN_ALNUM.sub("", text)


@given(st.text(alphabet=st.sampled_from("本报记者\u3400\u4dc0\uf900，。“\u2014ab5-■ \t\u3000\u00a0é\n"), max_size=24))
def test_collapse_spacing_is_the_rules_as_regular_expressions(text: str) -> None:
    assert collapse_spacing(text) == _collapse_spacing_by_expressions(text)


def test_han_or_punctuation_is_han_and_cjk_punct() -> None:
    expression = re.compile(_HAN_OR_PUNCT)
    wrong = [cp for cp in range(0x30000) if _is_han_or_punct(chr(cp)) != bool(expression.fullmatch(chr(cp)))]
    assert wrong == []


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("市卫健委:奏响模范机关建设最强音", "市卫健委：奏响模范机关建设最强音"),
        ("本报讯(记者 王培源)党支部", "本报讯（记者 王培源）党支部"),
        ("增收22万元,为集体", "增收22万元，为集体"),
        ("我是谁,为了谁?", "我是谁，为了谁？"),
        ("真好!", "真好！"),
        ("依托北京积水潭医院(国家区域医疗中心),建立", "依托北京积水潭医院（国家区域医疗中心），建立"),
    ],
)
def test_widen_punctuation_in_chinese_text(raw: str, cleaned: str) -> None:
    assert widen_punctuation(raw) == cleaned


@pytest.mark.parametrize(
    "text",
    ["8:30", "1,000,000", "https://example.com/a?b=1", "see (PD-CA) loop", "a, b; c: d", "3.14", "(1)"],
)
def test_widen_punctuation_leaves_numbers_times_urls_and_latin_alone(text: str) -> None:
    assert widen_punctuation(text) == text


def test_clean_runs_every_rule_and_never_nfkc() -> None:
    assert clean("■ 本 报 记 者 朱海波") == "■ 本报记者 朱海波"
    assert clean("开展送中医药特色疗法活动 1179 次，服务 11.2 万余人次……") == (
        "开展送中医药特色疗法活动1179次，服务11.2万余人次……"
    )
    assert clean("市卫健委:奏响“医心向党 务行于民”") == "市卫健委：奏响“医心向党 务行于民”"


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("全力锻造党旗高高飘扬的坚强战斗堡垒全力锻造党旗高高飘扬的坚强战斗堡垒", "全力锻造党旗高高飘扬的坚强战斗堡垒"),
        (
            "作风深化筑牢改革根基作风深化筑牢改革根基 实干争先激发创新活力实干争先激发创新活力",
            "作风深化筑牢改革根基 实干争先激发创新活力",
        ),
        ("医心向党 守护健康 医心向党 守护健康", "医心向党 守护健康"),
    ],
)
def test_undouble_reads_doubled_headlines_once(raw: str, cleaned: str) -> None:
    assert undouble(raw) == cleaned


@pytest.mark.parametrize(
    "text", ["一丝一毫 不能放松", "哈哈哈哈", "谢谢谢谢", "党建党建", "高扬党建之帆 掌好发展之舵", ""]
)
def test_undouble_leaves_real_repeats_alone(text: str) -> None:
    assert undouble(text) == text


@pytest.mark.parametrize(
    ("parts", "joined"),
    [
        (["公园分区分模", "块展示"], "公园分区分模块展示"),
        (["经过70年的", "发展"], "经过70年的发展"),
        (["在 5 月", "28 日"], "在 5 月28 日"),
        (["use the", "parser"], "use the parser"),
        (["infor-", "mation age"], "information age"),
        (["依托PD-", "CA机制"], "依托PD-CA机制"),
        (["共1", "000人"], "共1000人"),
        (["  前后空白 ", "", " 不算"], "前后空白不算"),
    ],
)
def test_join_lines(parts: list[str], joined: str) -> None:
    assert join_lines(parts) == joined


def test_one_definition_of_a_han_character() -> None:
    import re

    pattern = re.compile(f"[{HAN}]")
    every = (chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF)
    assert all(is_han(ch) == bool(pattern.fullmatch(ch)) for ch in every)
    assert is_han("中") and is_han("㐀") and is_han("\uf900")
    assert not is_han("䷀"), "a Yijing hexagram is not a Han character"
    assert not any(is_han(ch) for ch in "，。A1 　■")


def test_the_byline_mark() -> None:
    assert BYLINE_MARK.sub("", "■ 本报记者 张三") == "本报记者 张三"
    assert BYLINE_MARK.sub("", "▲张三 摄") == "张三 摄"
    assert BYLINE_MARK.sub("", "本报记者 张三") == "本报记者 张三"
