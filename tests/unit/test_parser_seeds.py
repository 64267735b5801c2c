"""The seed pages without a gold parse (001, 003, 004): what a careful reading of them says must hold.

001 and 003 are narrow-column pages like 000, 004 a paragraph-per-line page like 002. 003 is a page of
unit profiles: each body, then its two-line headline, then the unit's name signed under it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from proofdesk.domain.derive import Article, derive
from proofdesk.domain.model import Kind, Page, check_invariant
from proofdesk.parsing import parse_page

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def articles(prefix: str) -> list[Article]:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    page = Page(path.stem, tuple(path.read_text(encoding="utf-8").split("\n")))
    layer = parse_page(page)
    assert check_invariant(page, layer) == []
    return derive(page, layer)


def test_001_headlines_bylines_photo_and_labels() -> None:
    found = [(a.kind, a.title, a.subtitle, a.byline, a.source_lines[0]) for a in articles("001")]
    assert found == [
        (Kind.ARTICLE, "“聊审先锋”谱新篇", "——市审计局党建引领加强模范机关建设", "本报通讯员 孔晓琳", 1),
        (Kind.ARTICLE, "", "", "本报记者 苑莘", 107),
        (Kind.SECTION, "创模范", "", "", 146),
        (Kind.PHOTO, "", "", "", 148),
        (Kind.ARTICLE, "医心向党 守护健康", "——市卫生健康委党建品牌建设综述", "本报通讯员 金增秀 王淑菊", 153),
        (Kind.SECTION, "创品牌", "", "", 242),
    ]


def test_001_headings_and_joins() -> None:
    audit, *_, health, _ = articles("001")
    assert {"党建引领树旗帜", "兴贤育才铸铁军", "文化建设塑品牌"} <= set(audit.paragraphs)
    assert any(p.endswith("谱写了新时代“聊审先锋”的光辉篇章。") for p in audit.paragraphs)  # cut at l.19
    assert "学思想强党性 凸显机关政治性" in health.paragraphs
    assert any("“医心向党 务行于民”" in p for p in health.paragraphs)  # the slogan's space stays
    assert any(p.startswith("“医心向党是系统内党员干部的思想自觉") for p in health.paragraphs)


def test_003_unit_profiles_each_take_their_headline_and_signature() -> None:
    found = [(a.title, a.byline) for a in articles("003") if a.byline and a.title]
    assert found[0] == ("全力锻造党旗高高飘扬的坚强战斗堡垒", "岳殿举")  # doubled by OCR, read once
    assert found[1:] == [
        ("党建引领走在前凝心聚力促发展", "市政府办公室机关第一党支部"),
        ("党建融合激活“一池春水”“三服务”提质锻造硬核担当", "市委办公室第一党支部"),
        ("聚力“四个争先”彰显组工担当", "市委组织部机关第一党支部"),
        ("作风铸魂强根基实干争先促发展", "国家税务总局聊城市税务局收入核算和税收经济分析科党支部"),
        ("党建领航聚合力融合赋能促发展", "市服务业发展服务中心党支部"),
        ("强化支部建设彰显财政担当", "市国库集中收付中心党支部"),
        ("警徽闪耀党旗红“四强”赋能新征程", "市公安局交通管理支队东昌府区大队第一党支部"),
        ("聚力打造“三农”先锋堡垒走实平原特色振兴之路", "市农业农村局第一党支部"),
        ("从初心到匠心重症医学科的红色答卷", "市人民医院第一党总支第一党支部"),
    ]


@pytest.mark.parametrize(
    ("first", "opening"),
    [
        (99, "市政府办公室机关第一党支部以创建"),
        (147, "市委办公室第一党支部坚持党建引领"),
        (354, "市国库集中收付中心党支部坚持"),
    ],
)
def test_003_profiles_open_with_the_unit_name_as_running_text(first: int, opening: str) -> None:
    article = next(a for a in articles("003") if a.source_lines[0] == first)
    assert article.paragraphs[0].startswith(opening)


def test_004_headlines_and_short_items() -> None:
    found = [(a.title, a.subtitle, a.byline, len(a.paragraphs)) for a in articles("004")]
    assert found[0][:3] == ("党旗引领方向 创新推动发展", "聊城市卫生计生委打造“精准党建”新样本", "王长新 李敏")
    assert [(t, n) for t, _, _, n in found[1:5]] == [
        ("缅怀革命先烈", 1), ("探访东昌毛笔", 1), ("探访旅游产业", 1), ("校县结对，资助育人", 1),
    ]  # fmt: skip
    assert [t for t, *_ in found[5:]] == [
        "聊城举办群众性计生文艺宣传优秀节目评选",
        "聊城市人民医院开展“微党课”活动纪实",
    ]


def test_004_headings_cut_words_and_trailing_note() -> None:
    first, *_, hospital = articles("004")
    assert "突出公信力，在做实规范上精准发力" in first.paragraphs
    assert any("布展了从党的一大到十九大“党的光辉历程”" in p for p in first.paragraphs)
    assert any("把学习者推为教育者，该医院党委" in p for p in hospital.paragraphs)
    assert hospital.paragraphs[-1] == "（王长新 路庆良 邱晨）"
