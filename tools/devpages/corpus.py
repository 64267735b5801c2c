"""Read an article corpus. Two sources:

- `read_corpus`: People's Daily articles of 1 January 1998 (the PKU corpus sample in
  KuroginQin/People_Crawler, `data/NER_data/*.txt`), one file per article: title on the first line, then
  paragraphs, words separated by spaces;
- `read_xwlb`: the reports of CCTV's evening news 《新闻联播》 as the broadcaster's site publishes them, one
  Markdown file per day (`news/YYYYMMDD.md` of DuckBurnIncense/xin-wen-lian-bo): a `### ` title per report,
  then its paragraphs as HTML `<p>` elements, the first opening with the site's lead `央视网消息（新闻联播）：`.
"""

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
    lead: str = ""  # the source's own lead, to open the first paragraph with (or a drawn one), or ""
    label: str = ""  # the source's own column label (【新闻特写】), or ""


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


# --- 《新闻联播》 ------------------------------------------------------------------------------------------

XWLB_DAYS = ("20240601", "20240620")  # the days read, first and last
XWLB_DAYS_2025 = ("20250301", "20250320")  # the days of round 5
XWLB_DAYS_202509 = ("20250901", "20250920")  # the days of round 6
XWLB_DAYS_202511 = ("20251101", "20251120")  # the days of round 7
XWLB_DAYS_202510 = ("20251001", "20251020")  # the days of round 8
XWLB_DAYS_202508 = ("20250801", "20250820")  # the days of round 9
XWLB_DAYS_202507 = ("20250701", "20250720")  # the days of round 10
XWLB_DAYS_202506 = ("20250601", "20250620")  # the days of round 11
XWLB_DAYS_202505 = ("20250501", "20250520")  # the days of round 12
XWLB_DAYS_202504 = ("20250401", "20250420")  # the days of round 13
XWLB_DAYS_202603 = ("20260301", "20260320")  # the days of round 14
XWLB_DAYS_202604 = ("20260401", "20260420")  # the days of round 15
XWLB_DAYS_202605 = ("20260501", "20260520")  # the days of round 16
XWLB_DAYS_202606 = ("20260601", "20260620")  # the days of round 17
XWLB_DAYS_202607 = ("20260701", "20260720")  # the days of round 18
XWLB_DAYS_202608 = ("20260801", "20260820")  # the days of round 19
XWLB_DAYS_202512 = ("20251201", "20251220")  # the days of round 20
XWLB_DAYS_202601 = ("20260101", "20260120")  # the days of round 21
XWLB_DAYS_202602 = ("20260201", "20260220")  # the days of round 22
XWLB_DAYS_202501 = ("20250101", "20250120")  # the days of round 23
_XWLB_LEAD = re.compile(r"^央视网消息（新闻联播）：")
_XWLB_LABEL = re.compile(r"^【([^】]+)】")
_XWLB_ROUNDUP = re.compile(r"快讯|联播|社论|快评|评论员|公告|公报|全文|名单")
_TAG = re.compile(r"<[^>]+>")


def _xwlb_paragraphs(html: str) -> list[tuple[str, bool]]:
    """The report's paragraphs, each with whether it is a bold subhead (a roundup's next story)."""
    out = []
    for chunk in re.split(r"</p>|<br\s*/?>", html):
        bold = bool(re.fullmatch(r"\s*<p[^>]*>\s*<strong>[^<]*</strong>\s*", chunk)) and "央视网消息" not in chunk
        text = _TAG.sub("", chunk).replace("&nbsp;", " ").replace("\u3000", " ")
        text = re.sub(r"\s+", " ", text).strip()
        if text:
            out.append((text, bold))
    return out


def read_xwlb(folder: Path, days: tuple[str, str] = XWLB_DAYS) -> list[Article]:
    """Every usable report of the days `days` (inclusive) in `folder` (`news/` of the checkout), in order.

    A report is cut at its first bold subhead (what follows is another story of a roundup); roundups,
    commentaries and notices, and reports whose text is too short for a story, are left out. The site's
    lead is kept as the article's lead, a 【…】 column label before the title as its label when it is short
    enough to set on one line of a column (a longer one, a campaign's motto, is dropped)."""
    out = []
    for path in sorted(folder.glob("*.md")):
        if not days[0] <= path.stem <= days[1]:
            continue
        text = path.read_text(encoding="utf-8")
        detail = text.split("## 详细新闻", 1)[-1]
        for k, block in enumerate(re.split(r"^### ", detail, flags=re.M)[1:], 1):
            head, _, body = block.partition("\n")
            title = head.strip()
            label = ""
            m = _XWLB_LABEL.match(title)
            if m:
                title = title[m.end() :].strip()
                label = m.group(1) if len(m.group(1)) <= 8 else ""
            if _XWLB_ROUNDUP.search(title) or not title or len(title) > 40:
                continue
            body = body.split("[查看原文]", 1)[0]
            paragraphs: list[str] = []
            for para, bold in _xwlb_paragraphs(body):
                if bold and paragraphs:
                    break
                paragraphs.append(para)
            lead = ""
            if paragraphs and _XWLB_LEAD.match(paragraphs[0]):
                lead = "央视网消息（新闻联播）："
                paragraphs[0] = _XWLB_LEAD.sub("", paragraphs[0]).strip()
            paragraphs = [p for p in paragraphs if len(p) >= 4]
            if not paragraphs or len(paragraphs[0]) < 20:
                continue
            if sum(map(len, paragraphs)) < 150:
                continue
            out.append(Article(f"{path.stem}_{k:02}", title, "", "", tuple(paragraphs), False, lead, label))
    return out


def new_titles(articles: list[Article], earlier: list[Article]) -> list[Article]:
    """The reports whose titles no earlier round's days reported: a title that recurs from month to month
    (`国务院新闻办举行“新征程上的奋斗者”中外记者见面会`) must not be on pages of both parts. (Rounds made before
    round 11 were made without this, and are made as they were.)"""
    seen = {a.title for a in earlier}
    return [a for a in articles if a.title not in seen]


def first_of_each_title(articles: list[Article]) -> list[Article]:
    """The first report of each title: a series may run under one title over several days, and its reports must
    not fall into both parts. (Rounds made before round 7 read every report, and are made as they were.)"""
    seen: set[str] = set()
    return [a for a in articles if not (a.title in seen or seen.add(a.title))]
