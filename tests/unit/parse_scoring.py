"""How good the parse is: the four figures of the parser's targets, on gold pages and on variants of them.

A gold page (`tests/data/<page>.tsv`, format in `../shared/gold/FORMAT.md`) is read into a layer, and both
that layer and the parser's are read through `derive`, so gold and parse are compared exactly as they would
be exported. The figures:

- items: B-cubed F1 of the grouping of non-blank lines into items;
- paragraphs: F1 of exact paragraphs (running text of articles, captions, notes, headings, labels);
- titles: F1 of exact headlines; bylines: F1 of exact bylines and credits (letters and digits only).

Texts are compared without white space and after NFKC (only here, to compare; the corpus is never NFKC'd).

Variants of the gold pages, scored the same way, are built in `parse_variants`.
"""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from proofdesk.domain.derive import derive
from proofdesk.domain.model import Break, ItemState, Kind, Layer, LineState, Page, Role, make_layer
from proofdesk.parsing import Learned, parse_page

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
SEEDS = ROOT / "seeds"
LABEL_KINDS = (Kind.SECTION, Kind.AD)


@dataclass(frozen=True, slots=True)
class Label:
    item: int
    role: Role
    brk: Break


@dataclass(frozen=True)
class Gold:
    """A raw page with the correct label of each non-blank line and the kind of each item; where the OCR engine
    found each line on the scan (`boxes`, x, y, width, height by line number) when that is known."""

    page: Page
    labels: dict[int, Label]
    kinds: dict[int, Kind]
    boxes: dict[int, tuple[float, float, float, float]] | None = None

    def layer(self) -> Layer:
        lines = {n: LineState(lab.item, lab.role, lab.brk) for n, lab in self.labels.items()}
        return make_layer(lines, [ItemState(k, kind) for k, kind in self.kinds.items()])


def tuned_on_lines(name: str) -> list[str]:
    """The raw lines of the tuned-on development page `name` (its file's stem), as a page's lines are split."""
    return (DATA / "dev" / "tune" / f"{name}.txt").read_text(encoding="utf-8").split("\n")


def dev_pages(part: str) -> list[Gold]:
    """The development pages of `part` (`tune`, `heldout`, `paper`): `tests/data/dev/<part>/<page>.txt` and
    `.tsv`, with the OCR engine's line boxes from `<page>.boxes.json`."""
    golds = []
    for tsv in sorted((DATA / "dev" / part).glob("*.tsv")):
        gold = read_gold(tsv, tsv.with_suffix(".txt"))
        boxes = json.loads(tsv.with_suffix(".boxes.json").read_text(encoding="utf-8"))
        golds.append(replace(gold, boxes={int(n): (x, y, w, h) for n, (x, y, w, h) in boxes.items()}))
    return golds


def papers(part: str) -> list[list[Gold]]:
    """The development pages of `part` by the round they were made in, each round's in the order of their
    seeds: one source's articles laid out alike, so each round is a paper of its own (`tools/devpages/rounds.py`)."""
    spec = importlib.util.spec_from_file_location("rounds", ROOT / "tools" / "devpages" / "rounds.py")
    assert spec is not None and spec.loader is not None
    rounds = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(rounds)
    by_round: dict[int, list[Gold]] = defaultdict(list)
    for gold in dev_pages(part):
        seed = int(gold.page.name.rsplit("_", 1)[1])
        by_round[rounds.round_of(part, seed)].append(gold)
    return [sorted(pages, key=lambda g: int(g.page.name.rsplit("_", 1)[1])) for _, pages in sorted(by_round.items())]


def editor_decisions(golds: Iterable[Gold], parse: Callable[[Page], Layer]) -> list[tuple[str, Role]]:
    """The roles an editor gives when correcting the parse of `golds`: every line whose role the parse got
    wrong, with the gold role (a kicker the parse calls a subtitle or back is right already)."""
    same = {Role.KICKER: Role.SUBTITLE}
    decisions: list[tuple[str, Role]] = []
    for gold in golds:
        layer = parse(gold.page)
        for n, label in gold.labels.items():
            got = layer.lines[n].role
            if got is not label.role and same.get(got) is not label.role:
                decisions.append((gold.page.text(n), label.role))
    return decisions


def learning_per_paper(part: str) -> tuple[Figures, Figures, int]:
    """What the library learns, each round of `part` taken as a paper of its own (see `papers`): the figures of
    the second half of every round's pages as parsed alone and once an editor corrected the first half of that
    round's (the library learning from those decisions alone), and how many roles were learned in all."""
    before: list[tuple[Gold, Layer]] = []
    after: list[tuple[Gold, Layer]] = []
    decisions = 0
    for pages in papers(part):
        first, last = pages[: len(pages) // 2], pages[len(pages) // 2 :]
        learned = Learned(editor_decisions(first, parse_page))
        decisions += len(learned)
        before += [(gold, parse_page(gold.page)) for gold in last]
        after += [(gold, parse_page(gold.page, None, learned)) for gold in last]
    return score(before), score(after), decisions


def paragraph_per_line(gold: Gold) -> Gold:
    """The page as an OCR engine that writes a paragraph per line gives it (ABBYY's text export, a PDF's text
    layer): each line the gold continues from the line right above it (same item and role, no blank between)
    is joined onto that line, a space kept between Latin letters. What a blank line cuts (a column's end) stays
    cut. Such text comes without line boxes."""
    lines: list[str] = []
    labels: dict[int, Label] = {}
    above: Label | None = None  # the label of the line right above, None after a blank line
    for n, text in enumerate(gold.page.lines, 1):
        label = gold.labels.get(n)
        if label is None or not text.strip():
            lines.append(text)
            above = None
        elif above is not None and label.brk is Break.JOIN and (label.item, label.role) == (above.item, above.role):
            latin = lines[-1][-1:].isascii() and lines[-1][-1:].isalpha() and text[:1].isascii() and text[:1].isalpha()
            lines[-1] += (" " if latin else "") + text
        else:
            lines.append(text)
            labels[len(lines)] = above = label
    return Gold(Page(gold.page.name, tuple(lines)), labels, gold.kinds)


def gold_pages() -> list[Gold]:
    """Every gold parse in tests/data (a `.tsv` named after a seed page)."""
    return [read_gold(path) for path in sorted(DATA.glob("*.tsv")) if (SEEDS / f"{path.stem}.txt").exists()]


def read_gold(path: Path, raw_path: Path | None = None) -> Gold:
    """A gold parse and its raw page (a seed page unless `raw_path` says otherwise)."""
    raw = (raw_path or SEEDS / f"{path.stem}.txt").read_text(encoding="utf-8")
    page = Page(path.stem, tuple(raw.split("\n")))
    labels: dict[int, Label] = {}
    kinds: dict[int, Kind] = {}
    for row in path.read_text(encoding="utf-8").splitlines():
        if row.startswith("#item"):
            _, key, kind = row.split("\t")[:3]
            kinds[int(key)] = Kind(kind)
        elif row and not row.startswith("#"):
            line, item, role, brk, text = row.split("\t", 4)
            if page.text(int(line)) != text:
                raise ValueError(f"{path.name}: line {line} differs from the raw page")
            labels[int(line)] = Label(int(item), Role(role), Break(brk))
    return Gold(page, labels, kinds)


# --- the figures -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Doubts:
    """How well a parser's doubts lead an editor to its mistakes: how many lines are doubts, the share of them
    that are wrong, the share of the other lines that are wrong, and the share of wrong lines that are doubts.
    A line is wrong when its role (a kicker taken for a deck is right), its break or its story is wrong (its
    item is not the one most of the gold item's lines went to)."""

    doubts: int
    wrong_doubts: float
    wrong_sure: float
    caught: float

    def __str__(self) -> str:
        return (
            f"doubts={self.doubts} wrong among doubts={self.wrong_doubts:.3f} "
            f"wrong among the rest={self.wrong_sure:.3f} wrong lines that are doubts={self.caught:.3f}"
        )


def doubts(pairs: Iterable[tuple[Gold, Layer]]) -> Doubts:
    """The `Doubts` of parses against gold pages, over all their lines."""
    right = {Role.KICKER: Role.SUBTITLE}
    counts: Counter[tuple[bool, bool]] = Counter()  # (a doubt, wrong)
    for gold, layer in pairs:
        shared: dict[int, Counter[int | None]] = defaultdict(Counter)
        for n, label in gold.labels.items():
            shared[label.item][layer.lines[n].item] += 1
        story = {item: parsed.most_common(1)[0][0] for item, parsed in shared.items()}
        doubted = set(layer.doubts())
        for n, label in gold.labels.items():
            got = layer.lines[n]
            wrong = (
                (got.role is not label.role and right.get(got.role) is not label.role)
                or got.brk is not label.brk
                or got.item != story[label.item]
            )
            counts[(n in doubted, wrong)] += 1
    doubt_lines = counts[(True, True)] + counts[(True, False)]
    sure_lines = counts[(False, True)] + counts[(False, False)]
    wrong_lines = counts[(True, True)] + counts[(False, True)]
    return Doubts(
        doubts=doubt_lines,
        wrong_doubts=counts[(True, True)] / doubt_lines if doubt_lines else 0.0,
        wrong_sure=counts[(False, True)] / sure_lines if sure_lines else 0.0,
        caught=counts[(True, True)] / wrong_lines if wrong_lines else 1.0,
    )


@dataclass(frozen=True, slots=True)
class Figures:
    items: float
    paragraphs: float
    titles: float
    bylines: float

    def __str__(self) -> str:
        return (
            f"items={self.items:.3f} paragraphs={self.paragraphs:.3f} "
            f"titles={self.titles:.3f} bylines={self.bylines:.3f}"
        )


@dataclass
class _Counts:
    precision: float = 0.0
    recall: float = 0.0
    lines: int = 0
    matched: Counter[str] | None = None

    def __post_init__(self) -> None:
        self.matched = Counter()


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _norm_byline(text: str) -> str:
    return "".join(ch for ch in _norm(text) if ch.isalnum())


@dataclass(frozen=True)
class _Texts:
    line_item: dict[int, int]
    paragraphs: list[str]
    titles: list[str]
    bylines: list[str]


def _texts(page: Page, layer: Layer) -> _Texts:
    line_item: dict[int, int] = {}
    paragraphs: list[str] = []
    titles: list[str] = []
    bylines: list[str] = []
    for article in derive(page, layer):
        for n in article.source_lines:
            line_item[n] = article.number
        if article.kind in LABEL_KINDS:
            paragraphs += [article.title, *article.paragraphs]
        else:
            paragraphs += article.paragraphs
            titles.append(article.title)
        bylines.append(article.byline)
    return _Texts(line_item, paragraphs, titles, bylines)


def _bcubed(gold: dict[int, int], pred: dict[int, int]) -> tuple[float, float]:
    gold_members: dict[int, set[int]] = defaultdict(set)
    pred_members: dict[tuple[str, int], set[int]] = defaultdict(set)
    for n, item in gold.items():
        gold_members[item].add(n)
        pred_members[_pred_key(pred, n)].add(n)
    precision = recall = 0.0
    for n, item in gold.items():
        both = len(gold_members[item] & pred_members[_pred_key(pred, n)])
        precision += both / len(pred_members[_pred_key(pred, n)])
        recall += both / len(gold_members[item])
    return precision, recall


def _pred_key(pred: dict[int, int], n: int) -> tuple[str, int]:
    return ("item", pred[n]) if n in pred else ("alone", n)


def _match(gold: list[str], pred: list[str], key: Callable[[str], str]) -> tuple[int, int, int]:
    g = Counter(k for k in map(key, gold) if k)
    p = Counter(k for k in map(key, pred) if k)
    return sum((g & p).values()), sum(p.values()), sum(g.values())


def _f1(match: int, predicted: int, gold: int) -> float:
    precision = match / predicted if predicted else float(not gold)
    recall = match / gold if gold else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(pairs: Iterable[tuple[Gold, Layer]]) -> Figures:
    """The four figures of parses against gold pages, micro-averaged over the pages."""
    precision = recall = 0.0
    lines = 0
    totals: Counter[str] = Counter()
    for gold, layer in pairs:
        want, got = _texts(gold.page, gold.layer()), _texts(gold.page, layer)
        p, r = _bcubed(want.line_item, got.line_item)
        precision, recall, lines = precision + p, recall + r, lines + len(want.line_item)
        for name, key, g, q in (
            ("par", _norm, want.paragraphs, got.paragraphs),
            ("title", _norm, want.titles, got.titles),
            ("by", _norm_byline, want.bylines, got.bylines),
        ):
            m, n_pred, n_gold = _match(g, q, key)
            totals.update({f"{name}_m": m, f"{name}_p": n_pred, f"{name}_g": n_gold})
    b3p, b3r = (precision / lines, recall / lines) if lines else (0.0, 0.0)
    return Figures(
        items=2 * b3p * b3r / (b3p + b3r) if b3p + b3r else 0.0,
        paragraphs=_f1(totals["par_m"], totals["par_p"], totals["par_g"]),
        titles=_f1(totals["title_m"], totals["title_p"], totals["title_g"]),
        bylines=_f1(totals["by_m"], totals["by_p"], totals["by_g"]),
    )
