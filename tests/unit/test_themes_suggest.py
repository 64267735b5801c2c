"""The suggester: library IDF, learning from confirmed tags without a restart, taxonomy edits."""

from __future__ import annotations

import sys
import threading
import tracemalloc
from collections.abc import Hashable

import pytest

from proofdesk.themes import (
    Document,
    Reason,
    Suggester,
    Theme,
    delete_theme,
    load_jieba,
    load_taxonomy,
    merge_themes,
    rename_theme,
)
from tests.unit.test_themes_gold import TAXONOMY, gold_tags, gold_texts

FLOOD = [
    "汛期来临，镇里组织党员突击队加固河堤，转移低洼地带群众，排查险情，备足沙袋和救生衣。",
    "连日暴雨，河道水位上涨，党员突击队连夜巡查河堤，抢修险段，转移群众到安置点。",
    "强降雨过后，党员突击队清理淤泥，抢修道路，帮助受灾群众恢复生产，排查河堤隐患。",
]
OTHER = "医院党委开展义诊活动，医护人员为群众测量血压，讲解健康知识，提供诊疗服务。"


@pytest.fixture(scope="module", autouse=True)
def _jieba(tmp_path_factory: pytest.TempPathFactory) -> None:
    load_jieba(tmp_path_factory.mktemp("jieba"))


@pytest.fixture(scope="module")
def themes() -> tuple[Theme, ...]:
    return load_taxonomy(TAXONOMY)


def names(suggester: Suggester, text: str, k: int = 3, doc_id: Hashable | None = None) -> list[str]:
    return [s.theme for s in suggester.suggest(text, k, doc_id=doc_id)]


def test_library_idf_keeps_党建_from_topping_every_article(themes: tuple[Theme, ...]) -> None:
    # jieba's bundled IDF ranks 党建 first on every page here; over the library it is an everyday word.
    texts = gold_texts()
    suggester = Suggester(themes, [Document(key, text) for key, text in texts.items()])
    articles = [text for key, text in texts.items() if key in gold_tags()]
    assert sum("党建" in text for text in articles) >= 9
    ours = [word for text in articles for word, _ in suggester.keywords(text, 3)]
    assert "党建" not in ours


def test_keywords_explain_a_suggestion(themes: tuple[Theme, ...]) -> None:
    suggester = Suggester(themes)
    [best] = suggester.suggest(OTHER, 1)
    assert best.theme == "医疗卫生" and best.reason is Reason.KEYWORDS
    assert {"义诊", "医院", "健康"} <= set(best.keywords) and best.similar == ()
    assert suggester.suggest(OTHER, 0) == []
    assert Suggester(()).suggest(OTHER) == []


def test_confirming_a_new_theme_on_two_articles_suggests_it_for_a_similar_one(themes: tuple[Theme, ...]) -> None:
    # 防汛救灾 has no keywords: only confirmed tags can teach it.
    suggester = Suggester((*themes, Theme("防汛救灾")), [Document("other", OTHER)])
    assert "防汛救灾" not in names(suggester, FLOOD[2], 12)
    suggester.confirm("a", FLOOD[0], ["防汛救灾"])
    suggester.confirm("b", FLOOD[1], ["防汛救灾", "为民服务"])
    [best, *_] = suggester.suggest(FLOOD[2], 3)
    assert best.theme == "防汛救灾" and best.reason is Reason.SIMILAR
    assert set(best.similar) == {"a", "b"}
    unrelated = {s.theme: s for s in suggester.suggest(OTHER, 12)}
    assert unrelated["医疗卫生"].reason is Reason.KEYWORDS
    # Confirmed themes only fill the list for an unrelated article, after every theme with evidence.
    assert unrelated["防汛救灾"].reason is Reason.FREQUENT and not unrelated["防汛救灾"].similar
    assert unrelated["防汛救灾"].score < unrelated["医疗卫生"].score


def test_confirming_a_gold_article_lifts_its_theme_on_a_similar_one(themes: tuple[Theme, ...]) -> None:
    # Two town stories of party-led grassroots governance; 队伍建设 is right for both.
    texts, tags = gold_texts(), gold_tags()
    target, similar = ("000_de1ca1498991a57e", 3), ("002_75f5170d503d7309", 2)
    suggester = Suggester(themes, [Document(key, text) for key, text in texts.items()])
    before = names(suggester, texts[target], 11, target)
    suggester.confirm(similar, texts[similar], tags[similar])
    after = names(suggester, texts[target], 11, target)
    assert "队伍建设" in tags[target] and "队伍建设" in tags[similar]
    assert after.index("队伍建设") < before.index("队伍建设")
    assert "队伍建设" in after[:3]


def test_an_article_is_not_its_own_neighbour() -> None:
    suggester = Suggester((Theme("防汛救灾"),), [Document("a", FLOOD[0], ("防汛救灾",))])
    assert names(suggester, FLOOD[0], doc_id="a") == []
    assert names(suggester, FLOOD[0]) == ["防汛救灾"]


def test_exclude_skips_confirmed_themes(themes: tuple[Theme, ...]) -> None:
    text = gold_texts()[("000_de1ca1498991a57e", 5)]
    suggester = Suggester(themes)
    first = names(suggester, text, 3)
    assert names(suggester, text, 2) == first[:2]
    assert [s.theme for s in suggester.suggest(text, 2, exclude=first[:1])] == first[1:]


def test_incremental_updates_equal_a_rebuild(themes: tuple[Theme, ...]) -> None:
    texts, tags = gold_texts(), gold_tags()
    keys = sorted(texts)
    grown = Suggester(themes)
    for key in keys:
        grown.add(key, texts[key])
    grown.add("gone", FLOOD[0], ("乡村振兴",))
    for key in keys[::2]:
        grown.confirm(key, texts[key], tags.get(key, ("文化宣传",)))
    grown.confirm(keys[0], texts[keys[0]], ("模范机关",))  # an editor changes their mind
    grown.remove("gone")
    final = {key: (tags.get(key, ("文化宣传",)) if i % 2 == 0 else ()) for i, key in enumerate(keys)}
    final[keys[0]] = ("模范机关",)
    rebuilt = Suggester(themes, [Document(key, texts[key], final[key]) for key in keys])
    grown.refresh()  # compare similarity weights computed under the same IDF
    rebuilt.refresh()
    assert len(grown) == len(rebuilt) == len(keys)
    for key in keys:
        a, b = grown.suggest(texts[key], 5, doc_id=key), rebuilt.suggest(texts[key], 5, doc_id=key)
        assert [s.theme for s in a] == [s.theme for s in b]
        assert [s.score for s in a] == pytest.approx([s.score for s in b])


def test_tags_follow_rename_merge_and_delete() -> None:
    themes = (Theme("防汛救灾"), Theme("抢险"), Theme("医疗卫生", keywords=("义诊",)))
    suggester = Suggester(themes, [Document("a", FLOOD[0], ("防汛救灾",)), Document("b", FLOOD[1], ("抢险",))])
    renamed, retag = rename_theme(themes, "防汛救灾", "防汛")
    suggester.set_themes(renamed, retag)
    assert set(names(suggester, FLOOD[2])) == {"防汛", "抢险"}
    merged, retag = merge_themes(renamed, ["抢险"], "防汛")
    suggester.set_themes(merged, retag)
    [only] = suggester.suggest(FLOOD[2])
    assert only.theme == "防汛" and set(only.similar) == {"a", "b"}
    remaining, retag = delete_theme(merged, "防汛")
    suggester.set_themes(remaining, retag)
    assert names(suggester, FLOOD[2]) == []
    assert names(suggester, OTHER) == ["医疗卫生"]


def test_tags_set_item_by_item_undo_a_merge() -> None:
    themes = (Theme("防汛救灾"), Theme("抢险"))
    suggester = Suggester(themes, [Document("a", FLOOD[0], ("防汛救灾",)), Document("b", FLOOD[1], ("抢险",))])
    merged, retag = merge_themes(themes, ["抢险"], "防汛救灾")
    suggester.set_themes(merged, retag)
    assert names(suggester, FLOOD[2]) == ["防汛救灾"]
    suggester.set_themes(themes)
    suggester.set_tags({"b": ("抢险",), "unknown": ("抢险",)})
    assert set(names(suggester, FLOOD[2])) == {"防汛救灾", "抢险"}


def test_suggest_and_confirm_from_several_threads(themes: tuple[Theme, ...]) -> None:
    texts = list(gold_texts().values())
    suggester = Suggester(themes, [Document(i, text) for i, text in enumerate(texts)])
    errors: list[BaseException] = []

    def work(offset: int) -> None:
        try:
            for i in range(offset, len(texts), 2):
                suggester.suggest(texts[i], 3)
                suggester.confirm(i, texts[i], ("队伍建设",))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n % 2,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(suggester) == len(texts)


def test_an_article_the_suggester_knows_as_it_is_is_not_segmented_again(themes: tuple[Theme, ...]) -> None:
    segmented: list[str] = []

    def tokenize(text: str) -> list[str]:
        segmented.append(text)
        return [text[i : i + 2] for i in range(0, len(text) - 1, 2)]

    suggester = Suggester(themes, [Document("flood", FLOOD[0]), Document("other", OTHER)], tokenize=tokenize)
    fresh = Suggester(themes, [Document("other", OTHER)], tokenize=tokenize)
    fresh.add("flood", FLOOD[0])
    segmented.clear()
    known = suggester.suggest(FLOOD[0], 12, doc_id="flood")
    assert segmented == []
    # The same suggestions as from the article's words segmented afresh.
    assert known == fresh.suggest(FLOOD[0], 12, doc_id="flood")
    # Another text under a known name (an edit since) is segmented.
    suggester.suggest(FLOOD[1], 12, doc_id="flood")
    assert segmented[-1] == FLOOD[1]


def test_a_library_holds_each_word_once_however_many_articles_use_it() -> None:
    """Each article's words come from the tokenizer as new strings; kept as they come, a library of articles of
    one vocabulary would hold its words once per article (most of a large library's memory)."""
    vocabulary = [f"词语{k:03}" for k in range(200)]
    made = [0]  # the bytes of the strings the tokenizer made

    def tokenize(_text: str) -> list[str]:
        words = ["".join(list(word)) for word in vocabulary]  # new strings, as jieba gives them
        made[0] += sum(sys.getsizeof(word) for word in words)
        return words

    suggester = Suggester([Theme("防汛", keywords=("河堤",))], tokenize=tokenize)
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for k in range(300):
        suggester.add(k, f"第{k}篇")
    grown = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    assert grown < 0.8 * made[0], (grown, made[0])


def test_the_keywords_found_in_an_article_are_those_of_the_taxonomy_now() -> None:
    # An article's keywords are found when it is added and again after a taxonomy edit: a suggestion for an article
    # the suggester knows weighs the same keywords, as much, as one for a text it does not know, and as a suggester
    # built under the edited taxonomy. A keyword inside another (河堤, 河堤隐患) and one of two themes (党员) count.
    before = (Theme("防汛", keywords=("河堤", "暴雨")), Theme("医疗卫生", keywords=("义诊",)))
    after = (
        Theme("防汛", keywords=("河堤", "河堤隐患", "党员")),
        Theme("党建", keywords=("党员", "突击队")),
        Theme("医疗卫生", keywords=("义诊",)),
    )
    documents = [Document(n, text) for n, text in enumerate([*FLOOD, OTHER])]
    edited = Suggester(before, documents)
    edited.set_themes(after)
    fresh = Suggester(after, documents)
    for n, text in enumerate(FLOOD):
        known = edited.suggest(text, 3, doc_id=n)
        assert known == edited.suggest(text, 3) == fresh.suggest(text, 3, doc_id=n)
    [flood, party] = edited.suggest(FLOOD[2], 3, doc_id=2)
    assert (flood.theme, flood.keywords) == ("防汛", ("河堤隐患", "河堤", "党员")), flood
    assert (party.theme, party.keywords) == ("党建", ("突击队", "党员")), party
    edited.remove(2)
    fresh.remove(2)
    assert (
        edited.suggest(FLOOD[2], 3)
        == fresh.suggest(FLOOD[2], 3)
        == Suggester(after, documents[:2] + documents[3:]).suggest(FLOOD[2], 3)
    )
