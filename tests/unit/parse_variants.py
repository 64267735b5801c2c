"""Variants of the gold pages, with their labels carried along, so the parser can be scored on pages it was
not tuned on: headline groups moved from after the body to before it (or back, or alternately), narrow
columns re-wrapped at other widths, blank-line cuts moved to other places, headings and headlines printed
with no blank line around them.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import replace

from proofdesk.domain.model import Break, Kind, Page, Role
from proofdesk.parsing.profile import width
from proofdesk.text.cleaning import join_lines
from tests.unit.parse_scoring import Gold, Label

# A page as entries: a line's text with its label, or None for a blank line.
Entry = tuple[str, Label] | None
TEXT_ROLES = (Role.BODY, Role.CAPTION)
HEADER_ROLES = (Role.KICKER, Role.TITLE, Role.SUBTITLE, Role.BYLINE)
RUNNING = (Role.BODY, Role.NOTE, Role.HEADING, Role.CAPTION)


def entries_of(gold: Gold) -> list[Entry]:
    return [(text, gold.labels[n]) if text.strip() else None for n, text in enumerate(gold.page.lines, 1)]


def gold_of(name: str, entries: list[Entry], kinds: dict[int, Kind]) -> Gold:
    texts = tuple("" if e is None else e[0] for e in entries)
    labels = {n: e[1] for n, e in enumerate(entries, 1) if e is not None}
    return Gold(Page(name, texts), labels, dict(kinds))


def _positions(entries: list[Entry], item: int) -> list[int]:
    return [i for i, e in enumerate(entries) if e is not None and e[1].item == item]


def _lift(entries: list[Entry], moving: list[int]) -> tuple[list[Entry], list[Entry]]:
    """Take the entries at `moving` out (with the blank line above each), each followed by a blank line."""
    taken = set(moving)
    block: list[Entry] = []
    for i in moving:
        block += [entries[i], None]
    rest: list[Entry] = []
    for i, e in enumerate(entries):
        if i in taken:
            if rest and rest[-1] is None:
                rest.pop()
            continue
        rest.append(e)
    return rest, block


def headline_alternate(entries: list[Entry], kinds: dict[int, Kind]) -> list[Entry]:
    """Headlines of every other article below their bodies, the others above: one article's headline then
    stands right before the next one's."""
    articles = [k for k, kind in kinds.items() if kind is Kind.ARTICLE]
    below = {k: kind for k, kind in kinds.items() if k in articles[0::2]}
    above = {k: kind for k, kind in kinds.items() if k in articles[1::2]}
    return headline_first(headline_last(entries, below), above)


def headline_first(entries: list[Entry], kinds: dict[int, Kind]) -> list[Entry]:
    """Every article's headline group printed after its body moves above the article's first line."""
    for item, kind in kinds.items():
        if kind is not Kind.ARTICLE:
            continue
        pos = _positions(entries, item)
        running = [i for i in pos if _label(entries, i).role in RUNNING]
        if not running:
            continue
        tail = [i for i in pos if i > running[-1] and _label(entries, i).role in HEADER_ROLES]
        if not tail:
            continue
        first = entries[pos[0]]
        rest, block = _lift(entries, tail)
        at = rest.index(first)
        entries = rest[:at] + block + rest[at:]
    return entries


def headline_last(entries: list[Entry], kinds: dict[int, Kind]) -> list[Entry]:
    """Every article's headline group printed above its body moves below the article's last line."""
    for item, kind in kinds.items():
        if kind is not Kind.ARTICLE:
            continue
        pos = _positions(entries, item)
        running = [i for i in pos if _label(entries, i).role in RUNNING]
        if not running:
            continue
        head = [i for i in pos if i < running[0] and _label(entries, i).role in HEADER_ROLES]
        if not head:
            continue
        last = entries[pos[-1]]
        rest, block = _lift(entries, head)
        at = rest.index(last) + 1
        entries = [*rest[:at], None, *block[:-1], *rest[at:]]
    return entries


def _label(entries: list[Entry], i: int) -> Label:
    e = entries[i]
    assert e is not None
    return e[1]


_NO_LINE_START = set("，。、；：？！…）》」』”’,.;:?!)")


def wrap(text: str, first: float, rest: float) -> list[str]:
    """Text cut into lines of at most `first` em (first line) and `rest` em, punctuation never starting a
    line (it stays at the end of the line before, as typesetters do)."""
    lines: list[str] = []
    current = ""
    limit = first
    for ch in text:
        if current and width(current + ch) > limit and ch not in _NO_LINE_START:
            lines.append(current)
            current, limit = "", rest
        current += ch
    if current:
        lines.append(current)
    return lines


def rewrap(entries: list[Entry], column: float, caption_column: float) -> list[Entry]:
    """Paragraphs of body text and captions re-set at another column width, the first line of each two em
    short (OCR drops the indent); a blank line before a paragraph stays, blank cuts inside go."""
    out: list[Entry] = []
    i = 0
    while i < len(entries):
        e = entries[i]
        if e is None or e[1].role not in TEXT_ROLES or e[1].brk is not Break.PARAGRAPH:
            out.append(e)
            i += 1
            continue
        label, texts, k = e[1], [e[0]], i + 1
        while k < len(entries):
            nxt = entries[k]
            if nxt is not None and not (nxt[1].item == label.item and nxt[1].role is label.role):
                break
            if nxt is not None and nxt[1].brk is Break.PARAGRAPH:
                break
            if nxt is not None:
                texts.append(nxt[0])
            k += 1
        if any("■" in t for t in texts):
            out.extend(entries[i:k])
        else:
            col = caption_column if label.role is Role.CAPTION else column
            for n, piece in enumerate(wrap(join_lines(texts), col - 2, col)):
                out.append((piece, replace(label, brk=Break.PARAGRAPH if n == 0 else Break.JOIN)))
            if k < len(entries) and entries[k - 1] is None:
                out.append(None)
        i = k
    return out


def cut_blanks(entries: list[Entry], seed: int, rate: float = 0.15) -> list[Entry]:
    """Blank-line cuts moved. Narrow page: the blank lines inside paragraphs go, new ones come before other
    soft-wrapped lines, and some blank lines between paragraphs go too. Paragraph-per-line page: some long
    lines are cut in two by a blank line."""
    rng = random.Random(seed)
    wide = _wide(entries)
    out: list[Entry] = []
    for i, e in enumerate(entries):
        if e is None:
            nxt = _next_line(entries, i)
            if not wide and nxt is not None and nxt[1].role in TEXT_ROLES and out and out[-1] is not None:
                prev = out[-1][1]
                same = prev.item == nxt[1].item and prev.role is nxt[1].role
                if same and (nxt[1].brk is Break.JOIN or rng.random() < rate * 2):
                    continue
            out.append(e)
            continue
        label = e[1]
        if wide and label.role in TEXT_ROLES and width(e[0]) > 60 and rng.random() < 0.5:
            out.extend(_split_line(e, rng))
            continue
        soft = not wide and label.role in TEXT_ROLES and label.brk is Break.JOIN
        if soft and out and out[-1] is not None and rng.random() < rate:
            out.append(None)
        out.append(e)
    return out


def _next_line(entries: list[Entry], i: int) -> tuple[str, Label] | None:
    for e in entries[i + 1 :]:
        if e is not None:
            return e
    return None


def _wide(entries: list[Entry]) -> bool:
    lines = [e[0] for e in entries if e is not None]
    return sum(width(t) > 40 for t in lines) > len(lines) / 4


def tighten_headings(entries: list[Entry]) -> list[Entry]:
    """Headings printed right above their paragraphs, with no blank line between."""
    out: list[Entry] = []
    for e in entries:
        if e is None and out and out[-1] is not None and out[-1][1].role is Role.HEADING:
            continue
        out.append(e)
    return out


def tighten_headers(entries: list[Entry]) -> list[Entry]:
    """Headlines, decks and bylines printed with no blank line between them and their article's text."""
    out: list[Entry] = []
    for i, e in enumerate(entries):
        if e is None and out and out[-1] is not None:
            before, after = out[-1][1], _next_line(entries, i)
            header = before.role in HEADER_ROLES or (after is not None and after[1].role in HEADER_ROLES)
            if after is not None and header and before.item == after[1].item:
                continue
        out.append(e)
    return out


def _split_line(e: tuple[str, Label], rng: random.Random) -> list[Entry]:
    text, label = e
    cuts = [
        i
        for i in range(len(text) // 3, 2 * len(text) // 3)
        if width(text[:i]) > 26 and not _punct(text[i - 1]) and not _punct(text[i])
    ]
    if not cuts:
        return [e]
    at = rng.choice(cuts)
    return [(text[:at], label), None, (text[at:], replace(label, brk=Break.JOIN))]


def _punct(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P") or ch in "，。、；：？！…"


def variants(gold: Gold) -> dict[str, Gold]:
    """Named variants of a gold page, each with its labels carried along."""
    entries = entries_of(gold)
    name = gold.page.name
    wide = _wide(entries)
    out: dict[str, list[Entry]] = {
        "headline-first": headline_first(entries, gold.kinds),
        "headline-last": headline_last(entries, gold.kinds),
        "headline-alternate": headline_alternate(entries, gold.kinds),
        "headings-tight": tighten_headings(headline_first(entries, gold.kinds)),
        "headers-tight": tighten_headers(entries),
        "headers-tight-first": tighten_headers(headline_first(entries, gold.kinds)),
        "headers-tight-last": tighten_headers(headline_last(entries, gold.kinds)),
        "cuts-a": cut_blanks(entries, seed=1),
        "cuts-b": cut_blanks(headline_first(entries, gold.kinds), seed=2),
        "cuts-c": cut_blanks(headline_last(entries, gold.kinds), seed=4, rate=0.3),
        "cuts-d": cut_blanks(entries, seed=5, rate=0.3),
    }
    if not wide:
        for col in (13.0, 14.0, 15.0, 19.0, 21.0):
            out[f"column-{col:g}"] = rewrap(entries, col, col - 6)
        out["column-15-headline-first-cuts"] = cut_blanks(
            rewrap(headline_first(entries, gold.kinds), 15.0, 9.0), seed=3
        )
        out["column-20-headline-last-cuts"] = cut_blanks(
            rewrap(headline_last(entries, gold.kinds), 20.0, 12.0), seed=6, rate=0.25
        )
    return {key: gold_of(f"{name}-{key}", value, gold.kinds) for key, value in out.items()}
