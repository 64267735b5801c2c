"""Any text at all parses, without error, into a complete layer; the same page always parses the same way."""

from __future__ import annotations

import random
import time
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from proofdesk.domain.derive import derive
from proofdesk.domain.model import Kind, Page, Role, check_invariant
from proofdesk.parsing import DocumentFrequencies, parse_page
from proofdesk.parsing.features import is_ocr_noise

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# The characters the papers are made of, and some they are not.
PIECES = st.sampled_from(
    [
        "党", "建", "引", "领", "本报讯", "本报记者", "通讯员", "■", "■ 张三", "——", "（作者系", "）", "(", ")",
        "，", "。", "、", "“", "”", "……", "：", ":", ",", "？", "！", "7月23日", "５月", "ＡＢ", "PD-", "CA",
        "word-", "wrap", " ", "\u3000", "\t", "创品牌", "公益广告", "阿城镇", "党支部", "市委办公室", "\U00020000",
        "🙂", "\u0301", "\x00", "\ufeff", "─", "-", "市", "局", "中心", "的", "和",
    ]
)  # fmt: skip
LINE = st.lists(PIECES, max_size=12).map("".join) | st.text(max_size=40)
PAGES = st.lists(LINE, max_size=40).map(lambda lines: Page("h", tuple(lines)))


def assert_complete(page: Page) -> None:
    layer = parse_page(page)
    assert check_invariant(page, layer) == []
    ignored = []
    for n, state in layer.lines.items():
        if state.item is None or state.role is Role.IGNORED:
            # Only what OCR made of a photo is left out, and the editor sees it left out.
            assert state.item is None and state.role is Role.IGNORED and state.rule == "ocr-noise"
            assert is_ocr_noise(page.text(n).strip())
            ignored.append(n)
        assert state.rule and 0.0 < state.confidence <= 1.0
        assert not state.edited
    assert all(isinstance(item.kind, Kind) for item in layer.items.values())
    articles = derive(page, layer)
    assert sorted(n for a in articles for n in a.source_lines) == sorted(set(page.content_lines()) - set(ignored))
    assert parse_page(page) == layer


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGES)
# A text vector whose norm, kept up to date by subtraction, came out a rounding error below zero.
@example(Page("h", ("党", "", "党", "", "000000", "", "（作者系党", "党", "0", "党（作者系", "0", "", "党党")))
def test_any_page_parses_into_a_complete_layer(page: Page) -> None:
    assert_complete(page)


@settings(max_examples=100, deadline=None)
@given(PAGES, st.dictionaries(st.text(max_size=3), st.floats(allow_nan=True, allow_infinity=True), max_size=5))
@example(Page("h", ("党党？", "", "0", "", "党党，")), {"": 0.0})  # every word weighs 0: no division by zero
@example(Page("h", ("0", "", "-党党", "？公益广告")), {"": 6.3e-130})  # weights so small their norms multiply to 0
@example(Page("h", ("党市委办公室", "0")), {"": 3.595386269724632e307})  # so large their sums overflow
def test_any_idf_table_is_accepted(page: Page, idf: dict[str, float]) -> None:
    layer = parse_page(page, idf)
    assert check_invariant(page, layer) == []


@settings(max_examples=60, deadline=None)
@given(st.randoms(use_true_random=False))
def test_seed_pages_cut_and_shuffled_still_parse_completely(rng: random.Random) -> None:
    seed = rng.choice(sorted(SEEDS.glob("*.txt")))
    blocks = seed.read_text(encoding="utf-8").split("\n\n")
    rng.shuffle(blocks)
    lines = "\n\n".join(blocks[: rng.randint(1, len(blocks))]).split("\n")
    for _ in range(rng.randint(0, 5)):
        at = rng.randrange(len(lines) + 1)
        lines.insert(at, rng.choice(["", "■", "——", "创品牌", "（", "本报讯", lines[rng.randrange(len(lines))]]))
    assert_complete(Page(seed.stem, tuple(lines)))


def test_empty_and_blank_pages_have_empty_layers() -> None:
    for lines in [(), ("",), ("", "  ", "\u3000", "\t")]:
        layer = parse_page(Page("b", lines))
        assert dict(layer.lines) == {} and dict(layer.items) == {}


def test_library_idf_is_used_and_pages_outside_the_library_still_parse() -> None:
    frequencies = DocumentFrequencies()
    pages = [Page(p.stem, tuple(p.read_text(encoding="utf-8").split("\n"))) for p in sorted(SEEDS.glob("*.txt"))]
    for page in pages[:-1]:
        frequencies.add(page)
    idf = frequencies.idf()
    for page in pages:
        assert check_invariant(page, parse_page(page, idf)) == []


def test_a_very_long_page_parses_in_linear_time() -> None:
    # Ten copies of every seed page on one page (about 13,000 lines): a quadratic step would take minutes. Timed
    # in this process's CPU seconds (2.7 here), which other work on the machine does not stretch as it does the
    # wall clock.
    lines: list[str] = []
    for _ in range(10):
        for path in sorted(SEEDS.glob("*.txt")):
            lines += path.read_text(encoding="utf-8").split("\n")
    page = Page("long", tuple(lines))
    start = time.process_time()
    layer = parse_page(page)
    assert time.process_time() - start < 5.0
    assert check_invariant(page, layer) == []
