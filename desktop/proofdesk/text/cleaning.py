"""Cleaning rules for Chinese newspaper text, and the joining of soft-wrapped lines.

Only NFC is applied, never NFKC: NFKC would turn full-width Chinese punctuation into ASCII, `……` into
`......` and compatibility ideographs into other characters (NFC would too, for those: they are skipped).

`clean` applies, in order: NFC and half-width ASCII letters and digits (`normalise`); removal of OCR spaces
(`collapse_spacing`: letter-spaced runs like `本 报 记 者`, spaces between Han and digits or Latin, while
spaces between phrases of a slogan or between names stay); full-width `，；：？！（）` where half-width ones
stand in Chinese text (`widen_punctuation`: numbers, times and URLs keep theirs). `undouble` removes OCR's
doubled headline text; `join_lines` joins soft-wrapped lines.
"""

from __future__ import annotations

import re
import unicodedata

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
"""The Han characters, as the inside of a regular expression's `[...]`: CJK unified ideographs, extension A and
the compatibility ideographs (not the Yijing hexagrams between extension A and the unified block). The one
definition the cleaning rules, the parser and the theme segmenter use; `is_han` tests one character."""
BYLINE_MARKS = "■□◆●▲"
"""The marks printed before a byline or a photo credit (`■ 本报记者 张三`)."""
BYLINE_MARK = re.compile(f"^[{BYLINE_MARKS}]\\s*")
"""A byline mark and the spaces after it, at the start of a line."""
MISREAD_MARK = re.compile(r"^(?:[@＠]{1,2}|[^\s@＠][@＠]{1,2})\s*")
"""A byline mark as Tesseract reads it, at the start of a line: `@@戴平波`, and a character read from the mark's
edge before one or two (`人@@荷英`, `和@@ 至明旭`, `人@陶远阳`)."""
_CJK_PUNCT_RANGES = (("\u3000", "\u303f"), ("\uff01", "\uff0f"), ("\uff1a", "\uff20"), ("\u2018", "\u201f"))
_CJK_PUNCT_MARKS = frozenset(
    [chr(code) for first, last in _CJK_PUNCT_RANGES for code in range(ord(first), ord(last) + 1)] + ["\u2026", "\u2014"]
)
CJK_PUNCT = "".join(f"{first}-{last}" for first, last in _CJK_PUNCT_RANGES) + "\u2026\u2014"
"""Chinese punctuation, as a character class's ranges (`_CJK_PUNCT_MARKS` holds the same marks as a set)."""

_FULLWIDTH_ALNUM = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_SPACES = re.compile(r"[ \t\u3000\u00a0]+")
_HALF_MARK = re.compile("[,;:?!]")
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}


# CJK compatibility ideographs: even NFC maps them to their unified twins, and a corpus keeps what was printed.
_COMPATIBILITY = re.compile("([\uf900-\ufaff\U0002f800-\U0002fa1f])")


def normalise(text: str) -> str:
    """NFC (CJK compatibility ideographs kept as they are) and full-width ASCII letters and digits made
    half-width."""
    if _COMPATIBILITY.search(text):
        pieces = _COMPATIBILITY.split(text)
        text = "".join(p if i % 2 else unicodedata.normalize("NFC", p) for i, p in enumerate(pieces))
    else:
        text = unicodedata.normalize("NFC", text)
    return _FULLWIDTH_ALNUM.sub(lambda m: chr(ord(m.group()) - 0xFEE0), text)


def collapse_spacing(text: str) -> str:
    """Remove OCR spaces: letter-spaced Han runs and spaces between Han and digits or Latin letters.

    Spaces between phrases (`医心向党 务行于民`) and between names are kept, folded to one."""
    # Read word by word, not with regular expressions over the Han characters: Python compiles a class of
    # 28,000 characters one character at a time (some 7 ms, before the first page is shown).
    words = _SPACES.sub(" ", text).strip().split(" ")
    letter_spaced = _letter_spaced(words)
    kept = [words[0]]
    for n in range(1, len(words)):
        before, after = words[n - 1][-1], words[n][0]
        mixed = (_is_alnum(before) and _is_han_or_punct(after)) or (_is_han_or_punct(before) and _is_alnum(after))
        kept.append(words[n] if n in letter_spaced or mixed else " " + words[n])
    return "".join(kept)


def _letter_spaced(words: list[str]) -> set[int]:
    """OCR letter-spacing (`本 报 记 者`): three or more single Han characters each followed by one space, the first
    not after a Han character and the last not before one; the spaces in such runs, each by the index of the word
    after it (`words`: the words between single spaces)."""
    spaces: set[int] = set()
    first = 0  # the word whose last character may start a run
    while first < len(words) - 1:
        word = words[first]
        if not is_han(word[-1]) or (len(word) > 1 and is_han(word[-2])):
            first += 1
            continue
        after = first + 1  # past the single Han characters followed by a space
        while after < len(words) - 1 and len(words[after]) == 1 and is_han(words[after]):
            after += 1
        singles, end = after - first - 1, words[after]
        if singles >= 1 and is_han(end[0]) and (len(end) == 1 or not is_han(end[1])):
            last = after  # the run ends with the first character of the word after the single ones
        elif singles >= 2:
            last = after - 1  # with the last single one
        else:
            first += 1
            continue
        spaces.update(range(first + 1, last + 1))
        first = last if len(words[last]) > 1 else last + 1
    return spaces


def _is_alnum(ch: str) -> bool:
    """`ch` is an ASCII digit or Latin letter."""
    return ch.isascii() and ch.isalnum()


def _is_han_or_punct(ch: str) -> bool:
    """`ch` is one Han character (`HAN`) or Chinese punctuation (`CJK_PUNCT`)."""
    return is_han(ch) or ch in _CJK_PUNCT_MARKS


def widen_punctuation(text: str) -> str:
    """Half-width `, ; : ? ! ( )` in Chinese context become full-width; numbers, times and URLs keep theirs."""
    if _HALF_MARK.search(text):  # most Chinese text has none
        original = text
        text = _HALF_MARK.sub(lambda m: _HALF_TO_FULL[m[0]] if _in_han_context(original, m.start()) else m[0], text)
    return _widen_brackets(text) if "(" in text else text


def is_han(ch: str) -> bool:
    """`ch` is one Han character (`HAN`)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def _is_han(ch: str) -> bool:
    return bool(ch) and _is_han_or_punct(ch[0])


def _in_han_context(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if before.isdigit() and after.isdigit():
        return False
    if text[i] == ":" and after == "/":
        return False
    return _is_han(before) or _is_han(after)


def _widen_brackets(text: str) -> str:
    def swap(m: re.Match[str]) -> str:
        inner = m.group(1)
        has_han = any(_is_han(c) for c in inner)
        start, end = m.start(), m.end()
        near_han = _is_han(text[start - 1] if start else "") or _is_han(text[end] if end < len(text) else "")
        return f"（{inner}）" if has_han or near_han else m.group()

    return re.sub(r"\(([^()]*)\)", swap, text)


def clean(text: str) -> str:
    """All cleaning rules, in order, on one paragraph or line."""
    return widen_punctuation(collapse_spacing(normalise(text)))


# Shorter repeats are real text (`一丝一毫`, `哈哈哈哈`); OCR doubles whole headline phrases.
_DOUBLED_MIN = 4


def undouble(text: str) -> str:
    """Headline text that OCR read twice, once: `全力锻造堡垒全力锻造堡垒` → `全力锻造堡垒`.

    Each space-separated phrase that is one string twice over is halved, and so is a whole headline that
    repeats itself across its spaces. Only for headlines: running text may repeat itself on purpose."""
    phrases = [_half(p) or p for p in text.split(" ")]
    n = len(phrases)
    if n % 2 == 0 and phrases[: n // 2] == phrases[n // 2 :] and len("".join(phrases)) >= 2 * _DOUBLED_MIN:
        phrases = phrases[: n // 2]
    text = " ".join(phrases)
    half = _half(text)
    return half if half else text


def _half(text: str) -> str | None:
    n = len(text)
    if n % 2 or n < 2 * _DOUBLED_MIN:
        return None
    return text[: n // 2] if text[: n // 2] == text[n // 2 :] else None


_LOWER_HYPHEN = re.compile(r"[a-z]-$")
HYPHEN_END = re.compile(r"[-\u00ad\u2010\u2011\uff0d]$")
"""A hyphen at the end of a line (ASCII, soft, Unicode, full-width): dropped where the editor joins a word."""


def join_lines(parts: list[str]) -> str:
    """Join soft-wrapped lines into one paragraph.

    Han with Han or digits: no space; Latin with Latin: one space; `word-` + lower-case letter: the hyphen
    goes; `PD-` + upper-case letter (`PD-CA`) keeps it."""
    out = ""
    for raw in parts:
        part = raw.strip()
        if not part:
            continue
        if out:
            last, first = out[-1], part[0]
            if _LOWER_HYPHEN.search(out) and first.islower():
                out = out[:-1]
            elif (
                last.isascii()
                and last.isalnum()
                and first.isascii()
                and first.isalnum()
                and not (last.isdigit() and first.isdigit())
            ):
                out += " "
        out += part
    return out
