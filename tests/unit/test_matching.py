"""What a search looks for in a line: a text, a whole word, a regular expression; widths and case folded."""

from __future__ import annotations

import pytest

from proofdesk.text.matching import Mode, Pattern, PatternError, PatternProblem, fold, variants


def test_a_text_is_found_as_typed_and_folded_on_request() -> None:
    line = "ＣＣＴＶ报道：cctv新闻2023年，２０２３年"
    assert Pattern("CCTV").spans(line) == []
    assert Pattern("CCTV", folded=True).spans(line) == [(0, 4), (7, 11)]
    assert Pattern("２０２３", folded=True).spans(line) == [(13, 17), (19, 23)]
    assert Pattern("报道:", folded=True).holds(line) and not Pattern("报道:").holds(line)
    assert len(fold(line)) == len(line)  # folding keeps each character's place
    assert fold("㈠（一）") == "㈠(一)"  # a character whose NFKC form is longer stays as it is
    assert variants("a") == frozenset("aAａＡ")


def test_a_whole_word_is_not_found_inside_a_longer_word() -> None:
    word = Pattern("发展", Mode.WORD)
    assert word.spans("高质量发展是发展中的大事") == [(3, 5), (6, 8)]
    assert word.spans("发展中国家的发展观") == []  # 发展中 / 发展观 are words of their own
    assert Pattern("CCTV", Mode.WORD, folded=True).spans("ＣＣＴＶ新闻 CCTVs") == [(0, 4)]


def test_a_regular_expression_matches_and_replaces_with_its_groups() -> None:
    years = Pattern(r"(\d{4})年(\d+)月", Mode.REGEX)
    line = "1998年7月与2023年12月"
    assert years.spans(line) == [(0, 7), (8, 16)]
    assert years.replaced(line, r"\1-\2") == "1998-7与2023-12"
    assert Pattern(r"\d+年", Mode.REGEX, folded=True).replaced("２０２３年和1998年", "某年") == "某年和某年"
    assert Pattern("发展", Mode.WORD).replaced("发展中国家的发展", "进步") == "发展中国家的进步"
    with pytest.raises(PatternError) as caught:
        years.replaced(line, r"\3")
    assert caught.value.problem is PatternProblem.GROUP


@pytest.mark.parametrize(
    ("text", "mode", "problem"),
    [
        ("", Mode.TEXT, PatternProblem.EMPTY),
        ("a\nb", Mode.TEXT, PatternProblem.LINE_BREAK),
        ("(", Mode.REGEX, PatternProblem.REGEX),
        ("a*", Mode.REGEX, PatternProblem.EMPTY_MATCH),
        ("(", Mode.TEXT, None),  # as text, any character is plain
    ],
)
def test_what_cannot_be_searched_for_is_refused(text: str, mode: Mode, problem: PatternProblem | None) -> None:
    if problem is None:
        assert Pattern(text, mode).holds("a(b")
        return
    with pytest.raises(PatternError) as caught:
        Pattern(text, mode)
    assert caught.value.problem is problem


def test_the_index_is_asked_for_a_plain_run_every_match_holds() -> None:
    assert Pattern("审计系统").literal() == "审计系统"
    assert Pattern(r"全市审计.*会议", Mode.REGEX).literal() == "全市审计"
    assert Pattern(r"(审计|审记)系统工作", Mode.REGEX).literal() == "系统工作"
    assert Pattern(r"审计?系统", Mode.REGEX).literal() == "系统"  # 计 may be missing
    assert Pattern(r"(?i)cctv", Mode.REGEX).literal() is None
    assert Pattern("cctv", folded=True).literal() is None and Pattern("cctv", folded=True).forms() is not None


def test_traditional_and_simplified_characters_are_one_when_folded() -> None:
    line = "國家發展改革委：国家发展改革委"
    assert Pattern("国家发展").spans(line) == [(8, 12)]
    assert Pattern("国家发展", folded=True).spans(line) == [(0, 4), (8, 12)]
    assert Pattern("國家發展", folded=True).spans(line) == [(0, 4), (8, 12)]
    assert Pattern(r"國家.展", Mode.REGEX, folded=True).spans(line) == [(0, 4), (8, 12)]
    assert Pattern(r"國家.展", Mode.REGEX).spans(line) == [(0, 4)]
    assert Pattern("发展", folded=True).replaced(line, "進步") == "國家進步改革委：国家進步改革委"
    assert fold("乾隆髮型") == "干隆发型"  # character by character: OpenCC's phrases are not consulted
    assert variants("发") == variants("發") == frozenset("发發髮")
    assert len(fold(line)) == len(line)
