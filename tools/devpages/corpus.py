"""Read the article corpus: People's Daily articles of 1 January 1998 (the PKU corpus sample in
KuroginQin/People_Crawler, `data/NER_data/*.txt`), one file per article: title on the first line, then
paragraphs, words separated by spaces."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_PICTURE = re.compile(r"（(附)?图片(\S{1,3}张)?）|（(书法|中国画|油画|漫画|国画)）")
_AUTHOR = re.compile(r"^[\u4e00-\u9fff·]{2,5}$")
_REPORTER = re.compile(r"^(本报|新华社)\S{0,8}记者[\u4e00-\u9fff]{2,4}$")
_END = "。！？”』」…）"


@dataclass(frozen=True)
class Article:
    key: str
    title: str
    second: str  # a short second headline line (kicker or deck), or ""
    author: str  # an essay's signature line, or ""
    paragraphs: tuple[str, ...]
    picture: bool  # a photo-news piece: its text is a caption


def unspace(text: str) -> str:
    """Drop the word-segmentation spaces, keeping one space between Latin words or numbers."""
    text = text.replace("\ufeff", "").strip()
    return re.sub(r"\s+", lambda m: " " if _ascii_pair(m) else "", text)


def _ascii_pair(m: re.Match[str]) -> bool:
    s, a, b = m.string, m.start(), m.end()
    return a > 0 and b < len(s) and s[a - 1].isascii() and s[a - 1].isalnum() and s[b].isascii() and s[b].isalnum()


def read_corpus(folder: Path) -> list[Article]:
    """Every usable article in `folder`, sorted by file name."""
    out = []
    for path in sorted(folder.glob("*.txt")):
        lines = [unspace(x) for x in path.read_text(encoding="utf-8-sig").splitlines()]
        lines = [x for x in lines if x]
        if len(lines) < 2:
            continue
        title = lines[0]
        picture = bool(_PICTURE.search(title))
        title = _PICTURE.sub("", title).strip()
        rest = lines[1:]
        second = author = ""
        if rest and (_AUTHOR.match(rest[0]) or _REPORTER.match(rest[0])) and len(rest) > 2:
            author = rest.pop(0)
        elif rest and len(rest[0]) <= 30 and rest[0][-1] not in _END and len(rest) > 1:
            second = rest.pop(0)
        paragraphs = tuple(p for p in rest if len(p) >= 4 and not p.startswith("（") and "１、" not in p[:3])
        if second.endswith("：") or second.startswith("１、"):
            second = ""
        if not title or len(title) > 40 or not paragraphs:
            continue
        if not picture and sum(map(len, paragraphs)) / len(paragraphs) < 25:  # verse
            continue
        if sum(map(len, paragraphs)) < (40 if picture else 150):
            continue
        out.append(Article(path.stem, title, second, author, paragraphs, picture))
    return out
