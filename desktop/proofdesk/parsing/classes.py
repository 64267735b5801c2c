"""First pass over a page: what each line is on its own and next to its neighbours.

Every non-blank line gets a class. Running text (`TEXT`, `LEAD`, `NOTE`) is what articles are made of;
`DISPLAY` lines (headlines, headings, kickers, unit signatures) stand apart from the running text and are
given their final role by `segments` and `attach`; `BYLINE`, `DASH` (a `——` deck), `SECTION` and `AD` lines are
recognised from their printed conventions.
"""

from __future__ import annotations

import re
from collections import Counter
from enum import Enum
from itertools import chain, pairwise

from ..domain.model import Role
from ..text.words import common_words
from . import features as f
from .frequencies import is_bigram
from .profile import Line, Profile, read_down

# On a paragraph-per-line page a display line is short; running text fills a line of 40 em and more.
PARAGRAPH_DISPLAY_MAX = 25.0
# A line this close to the column may be a paragraph line cut by a blank line rather than a headline.
CUT_MARGIN = 3.5
# A line this close to the column is nearly full: a cut there is the likeliest reading.
FULL_MARGIN = 2.5
# A line this long (share of the column, or a paragraph's first line) followed after a blank by a full line
# is the start of that line's paragraph; a headline or heading is followed by a first line, two em short.
GOES_ON_SHARE = 0.6
# A line no more than this short of its column is full.
SHORT_NEXT = 1.0
# A heading printed right above its paragraph is at most this share of the column; the paragraph's first
# line is short of the column by at least this much.
HEADING_SHARE = 0.75
FIRST_LINE_SHORT = 1.0
# A line this much wider than the column is set in another column (a caption, a box).
OTHER_COLUMN = 4.0
# A headline in large type wrapped at its own measure: this many lines under a blank, each at most this share
# of its column and none ending a sentence (a text line under a blank goes on filling its column).
WRAPPED_HEADLINE_LINES = 3
WRAPPED_HEADLINE_SHARE = 0.6
# Column labels are this short (characters without spaces); labels and kickers standing alone shorter.
LABEL_MAX = 8
SHORT_LABEL = 6
# A column label over a wrapped headline is this many characters shorter than the headline's lines at least.
LABEL_SHORTER = 3
# A headline of two clauses parts them with a comma, each clause this long at least (characters without spaces).
HEADLINE_CLAUSE = 5
# A unit's signature fits on one line of a wide column.
SIGNATURE_MAX = 32.0
# An advert label (`公益广告`) is a word or two; up to this many slogan lines follow it.
AD_LABEL_MAX = 8
AD_SLOGANS = 4
# Headlines are set in type this many times the size of the body type at least (kickers, decks and bylines
# a little larger than the body at most).
HEADLINE_TYPE = 1.6
# Running text is never set this much larger than the body type, as lines of this many Han characters measure
# it (a long headline in a narrow column is set smaller than a short one).
DISPLAY_TYPE = 1.25
DISPLAY_SIZED = 8
# `——` decks run longer than a headline but not as long as a paragraph-page line.
DASH_MAX_NARROW = 60.0
DASH_MAX_PARAGRAPH = 50.0


class Cls(Enum):
    TEXT = "text"
    LEAD = "lead"
    NOTE = "note"
    DISPLAY = "display"
    BYLINE = "byline"
    DASH = "dash"
    SECTION = "section"
    AD = "ad"


# (Tuples: a class is found in one by identity, where a set would hash the member first, in Python code.)
# A story's sentences: its running text and its lead.
STORY_TEXT = (Cls.TEXT, Cls.LEAD)
# Lines that run on in a column: a story's sentences and the notes among them (`（下转第4版）`).
RUNNING = (*STORY_TEXT, Cls.NOTE)


class PageText:
    """The page's lines joined by line ends, to count how often two characters stand together inside a line
    (a word cut by a line end shows up elsewhere whole; a headline's last character and the next line's first
    rarely do)."""

    def __init__(self, lines: list[Line]) -> None:
        self.bigrams = Counter(chain.from_iterable(line.bigrams for line in lines))  # each counted once at least
        self._text = "\n".join(line.text for line in lines)  # a pair across a line end holds a "\n"

    def holds(self, text: str) -> bool:
        """Whether `text` stands inside a line of the page."""
        return text in self._text

    def count(self, pair: str) -> int:
        """How often the two characters stand together inside a line of the page."""
        found = self.bigrams.get(pair)
        if found is not None or is_bigram(pair):
            return found or 0  # the lines' Han bigrams, counted once for all
        if pair[:1] == pair[1:]:
            return len(re.findall(f"(?={re.escape(pair)})", self._text))  # `，，` overlaps itself
        return self._text.count(pair)


# A headline printed right over its reporters' byline is at most this many lines.
HEADLINE_LINES = 4


def unpunctuated(line: Line, commas: int = 1) -> bool:
    """No running text's punctuation in the line (`commas` between phrases at most) and none at its end:
    a headline's line."""
    t = line.text
    return (
        t.count("，") <= commas
        and not f.has_sentence_punct(t.replace("，", ""))
        and not f.ends_open(t)
        and not f.is_lead(t)
    )


# First characters of the lines the printed conventions mark: bylines (and the mark as OCR reads it),
# decks (`——` and `一一`), notes, leads.
_MARKED_START = frozenset("■□◆●▲@＠国口上回日本特记通文图摄撰—─―-－一（(〈《【[新中人央据综")


# The class of a line whose text editors gave a role on other pages.
_LEARNED = {
    Role.SECTION: Cls.SECTION,
    Role.AD: Cls.AD,
    Role.BYLINE: Cls.BYLINE,
    Role.CREDIT: Cls.BYLINE,
    Role.NOTE: Cls.NOTE,
    Role.KICKER: Cls.DISPLAY,
    Role.TITLE: Cls.DISPLAY,
    Role.SUBTITLE: Cls.DISPLAY,
    Role.HEADING: Cls.DISPLAY,
}


def _sentence_inside(text: str, profile: Profile) -> bool:
    """Running text's punctuation before the last character; on a page of a paragraph per line, a comma
    between two clauses of five characters or more is a headline's: `去年总产量逾85．2亿公斤，创下我国农业…`."""
    if not f.has_sentence_inside(text):
        return False
    if profile.narrow or f.has_sentence_end_inside(text):
        return True
    clauses = text.rstrip("，").split("，")
    return len(clauses) != 2 or min(len(f.compact(c)) for c in clauses) < HEADLINE_CLAUSE


def classify_one(line: Line, lines: list[Line], done: list[Cls], profile: Profile, counts: PageText) -> Cls:
    t = line.text
    if line.learned in _LEARNED:
        return _LEARNED[line.learned]
    i = line.index
    if i > 0 and done[i - 1] is Cls.DISPLAY and not line.gap_before and f.is_dashes_only(t):
        return Cls.DISPLAY  # a kicker's dash on a line of its own
    if _deck_wraps(line, lines, done):
        return Cls.DISPLAY  # `一去年总产量逾85.` / `2亿公斤，创下我国农`: a deck wrapped at its column
    if t[0] not in _MARKED_START and _sentence_inside(t, profile) and not in_display_type(line):
        return Cls.TEXT  # no convention below takes a line with a sentence inside it on a narrow page
    if f.is_furniture(t):
        return Cls.SECTION
    if t[0] in _MARKED_START:
        if f.is_mark_byline(t) or (f.is_reporter_line(t) and (_stands_alone(line, lines) or t.startswith("本"))):
            return Cls.BYLINE  # `记者X报道：` right under an open dateline goes on with it
        dash_max = DASH_MAX_NARROW if profile.narrow else DASH_MAX_PARAGRAPH
        if f.is_dash_subtitle(t) and line.width <= dash_max and not _name_wraps_at_hyphen(line, lines):
            return Cls.DASH
        if f.is_author_note(t) or f.is_continuation(t) or (f.is_note(t) and _stands_alone(line, lines)):
            return Cls.NOTE  # `（作者系…）`, `（下转第2版）`, `(徐国春 张雅文)` after the story's last sentence
        if f.is_lead(t):
            return Cls.LEAD
    if f.is_photo_credit(t) and (t.rstrip().endswith(("摄", "摄影")) or _stands_alone(line, lines)):
        return Cls.BYLINE  # `新华社记者X摄` ends no sentence: it is a credit even under a caption cut off mid-sentence
    i = line.index
    if _misread_deck(line, lines, done, counts):
        return Cls.DASH
    header = _header_above(line, lines, done)
    under_furniture = bool(header) and not any(f.names_section(lines[k].text) for k in header)
    if (
        under_furniture
        and line.gap_before <= 1
        and len(f.compact(t)) <= SHORT_LABEL
        and display_shaped(line, profile)
        and not f.is_ad_label(t)
        and not _headline_under_furniture(line, lines[i - 1])
    ):
        return Cls.SECTION  # the page's section name printed with its date and number
    if f.is_dash_kicker(t) and line.gap_after <= 1 and i + 1 < len(lines) and _stands_alone(line, lines):
        return Cls.DISPLAY
    if _dash_on_next_line(line, lines):
        return Cls.DISPLAY  # `无锡` / `—`: a kicker whose dash OCR read as a line of its own
    under_headline = i > 0 and done[i - 1] in (Cls.DISPLAY, Cls.DASH) and line.gap_before <= 1
    named = f.is_person_names(t) or f.is_marked_pen_name(t)
    if under_headline and named and not in_headline_type(line) and not finishes_word(lines[i - 1].text, t, counts):
        return Cls.BYLINE  # names under a headline: its byline without a mark, or a pen name after one
    if len(t) <= AD_LABEL_MAX and f.is_ad_label(t) and (line.gap_after > 0 or _slogan_follows(line, lines, profile)):
        return Cls.AD
    if _signature(line, lines, done, counts):
        return Cls.BYLINE
    if not _display(line, lines, done, profile, counts):
        return Cls.TEXT
    if f.is_names_line(t) and not f.is_section_label(t) and not in_headline_type(line):
        return Cls.BYLINE
    if _section(line, lines, done) or _label_over_headline(line, lines, done, profile):
        return Cls.SECTION
    if _label_over_wrapped_headline(line, lines, profile):
        return Cls.SECTION
    return Cls.DISPLAY


# A deck wraps over this many lines at most.
DECK_WRAPS = 3


def _dash_on_next_line(line: Line, lines: list[Line]) -> bool:
    """The line and the dash alone on the line under it make a kicker (`无锡` / `—`)."""
    nxt = lines[line.index + 1] if line.index + 1 < len(lines) else None
    return (
        nxt is not None
        and not line.gap_after
        and f.is_dashes_only(nxt.text)
        and f.is_dash_kicker(line.text + nxt.text)
        and not f.has_sentence_punct(line.text)
    )


def _name_wraps_at_hyphen(line: Line, lines: list[Line]) -> bool:
    """`-卡内尔主席的战略引领下，…` right under `李希表示，在习近平主席和迪亚斯`: a foreign name wrapped at its
    hyphen, the sentence above going on (it holds running text's punctuation), not a deck's dash."""
    i = line.index
    above = lines[i - 1] if i > 0 else None
    return (
        above is not None
        and not line.gap_before
        and line.text[0] in "-－"
        and f.has_sentence_punct(above.text)
        and not above.final
    )


def _deck_wraps(line: Line, lines: list[Line], done: list[Cls]) -> bool:
    """The line goes on with the `——` deck right above it: no blank between, no end of sentence above, no
    longer than the deck's line above (a character more where OCR read one more), no mark of its own, and
    printed right under it where the scan shows both."""
    i = line.index
    if i == 0 or line.gap_before or lines[i - 1].final or _beside(lines[i - 1], line):
        return False
    k = i - 1
    while k > max(0, i - DECK_WRAPS) and done[k] is Cls.DISPLAY and not lines[k].gap_before and not lines[k - 1].final:
        k -= 1
    t = line.text
    if done[k] is not Cls.DASH or len(f.compact(t)) > len(f.compact(lines[i - 1].text)) + 1:
        return False
    return not (_pattern_line(t) or f.is_lead(t) or f.is_person_names(t))


def _beside(above: Line, line: Line) -> bool:
    """The scan shows `line` elsewhere than right under `above`, in its column (known where both have boxes)."""
    return above.box is not None and line.box is not None and not read_down(above, line)


def _header_above(line: Line, lines: list[Line], done: list[Cls]) -> list[int]:
    """The lines of page furniture printed right above the line (the date, the page number), nearest first."""
    header = []
    k = line.index - 1
    while k >= 0 and done[k] is Cls.SECTION and f.is_furniture(lines[k].text):
        header.append(k)
        k -= 1
    return header


def _headline_under_furniture(line: Line, furniture: Line) -> bool:
    """The scan shows the line in a headline's type below the row of the page's date and number: the page's
    first headline (`凝眸岁月`), where its section name stands on that row, in the furniture's type."""
    if line.box is None or furniture.box is None or not in_headline_type(line):
        return False
    _fx, fy, _fw, fh = furniture.box
    return line.box[1] >= fy + fh


def in_display_type(line: Line) -> bool:
    """The scan shows the line in type larger than the body's: no running text. Measured on a line of Han
    characters only, long enough that the padding of its box does not count."""
    if line.scale is None or line.scale < DISPLAY_TYPE:
        return False
    if line.scale >= HEADLINE_TYPE:
        return True
    text = f.compact(line.text)
    return len(text) >= DISPLAY_SIZED and all(map(f.is_han, text.replace("，", "")))


def in_headline_type(line: Line) -> bool:
    """The scan shows the line in a headline's type, far larger than the body's."""
    return line.scale is not None and line.scale >= HEADLINE_TYPE


def _misread_deck(line: Line, lines: list[Line], done: list[Cls], counts: PageText) -> bool:
    """A deck whose dashes OCR read as one 一 (`yi_deck`), right under a headline, or a blank under it when it
    runs longer than the headline's line, as a deck in smaller type does (OCR may read it as a block of its
    own). Where the scan shows the line in far smaller type than the headline's, its 一 is the deck's dash
    whatever word it makes with the next character (`一天气趋势分析`)."""
    i = line.index
    if i == 0 or done[i - 1] is not Cls.DISPLAY or line.gap_before > 1:
        return False
    if not yi_deck(line, counts, _set_smaller(line, lines[i - 1])) or _block_ends_sentence(line, lines):
        return False
    return not line.gap_before or len(f.compact(line.text)) > len(f.compact(lines[i - 1].text))


def _block_ends_sentence(line: Line, lines: list[Line]) -> bool:
    """The lines from `line` to the next blank (a deck's wrap at most) end a sentence, as a paragraph that opens
    `一项项创新举措，…` does and a deck does not."""
    k = line.index
    while k + 1 < len(lines) and not lines[k + 1].gap_before and k - line.index < DECK_WRAPS - 1:
        k += 1
    return lines[k].final and (k + 1 == len(lines) or lines[k + 1].gap_before > 0)


# A deck's type is this share of its headline's at most, as the height of the lines' boxes on the scan tells.
DECK_TYPE = 0.75


def _set_smaller(line: Line, above: Line) -> bool:
    """The line's box is far lower than the box of the line above: it is set in far smaller type (the box's
    height tells the type's size where digits or brackets leave too few Han characters to measure it by)."""
    return line.box is not None and above.box is not None and line.box[3] <= DECK_TYPE * above.box[3]


def yi_deck(line: Line, counts: PageText, smaller: bool = False) -> bool:
    """`一灾区各级政府全力组织抗灾`: a `——` deck read as one 一; 一 and the next character make no word the page
    uses elsewhere (`一些`, `一批` would), unless the line is known to be `smaller` than the headline's."""
    t = line.text
    if len(t) < 6 or t[0] != "一" or t[1] == "一":
        return False
    return (smaller or counts.count(t[:2]) <= 1) and not f.ends_sentence(t)


def _slogan_follows(line: Line, lines: list[Line], profile: Profile) -> bool:
    """Under an advert label (`公益广告`), printed right under it: a short slogan with no sentence in it."""
    nxt = lines[line.index + 1] if line.index + 1 < len(lines) else None
    return nxt is not None and len(f.compact(nxt.text)) <= PARAGRAPH_DISPLAY_MAX and display_shaped(nxt, profile)


def _stands_alone(line: Line, lines: list[Line]) -> bool:
    """Not the next line of a sentence running on from above."""
    return line.index == 0 or line.gap_before > 0 or lines[line.index - 1].final


def word_cut(end: str, start: str, counts: PageText) -> bool:
    """Three Han characters across a cut from `end` to `start` stand together inside a line of the page: the cut
    parts a word the page prints whole (`第五届中国国际消费` / `品博览会明天开馆`, the story printing 消费品). Two
    characters (`展市` of 发展市场) stand across many a cut by chance, and a headline over a unit's name repeats
    itself across line ends (`…担当` / `市委…`): neither tells."""
    if not (f.is_han(end[-1]) and f.is_han(start[0])):
        return False
    return any(len(t) == 3 and counts.holds(t) for t in (end[-2:] + start[0], end[-1] + start[:2]))


def finishes_word(end: str, start: str, counts: PageText) -> bool:
    """The line starting `start` finishes a word the line ending `end` began: one the page prints whole (see
    `word_cut`), or a word of three characters of the language (`…特别重大爆炸事故调` / `查组`: 调查组), which two
    names run together after a headline's last character seldom make."""
    return word_cut(end, start, counts) or f.three_across(end, start, common_words())


def _signature(line: Line, lines: list[Line], done: list[Cls], counts: PageText) -> bool:
    """A unit's name signed under a headline (`市委办公室第一党支部`): the line after a display line is an
    organisation's name that stands alone or repeats the opening of a text printed before it. The same name
    at the start of a paragraph (`市政府办公室机关第一党支部⏎以创建…`) is running text."""
    i = line.index
    if i == 0 or done[i - 1] is not Cls.DISPLAY or line.gap_before > 1 or not f.is_org_name(line.text):
        return False
    if line.width > SIGNATURE_MAX or f.has_sentence_punct(line.text) or word_cut(lines[i - 1].text, line.text, counts):
        return False  # too long, a sentence, or the headline's next line (`第五届中国国际消费` / `品博览会明天开馆`)
    if line.gap_after > 0:
        return True
    name = f.compact(line.text)
    # Each line before it run together with the next (the last alone), each line's text compacted once.
    texts = map(f.compact, (other.text for other in lines[:i]))
    return any(name in text + after for text, after in pairwise(chain(texts, [""])))


# A place before a headline's colon is this long at most.
PLACE_COLON_MAX = 6


def display_shaped(line: Line, profile: Profile) -> bool:
    """Short of a sentence: no punctuation at the end, none of running text's punctuation inside (on narrow
    pages; paragraph pages print `突出公信力,在做实规范上精准发力` as headings). A line the scan shows in a
    headline's type only needs no full stop: a headline of two clauses wraps after its comma."""
    t = line.text
    if f.is_dash_kicker(t):
        return True
    if f.is_lead(t) or f.is_numerals(t):
        return False
    if in_display_type(line):
        return "。" not in t  # `去年总产量逾8 5， 2 亿公斤，`
    if f.ends_open(t) and not _place_before_colon(t):
        return False
    if profile.narrow:
        return not f.has_sentence_inside(t) and "、" not in t
    return line.width <= PARAGRAPH_DISPLAY_MAX


def _place_before_colon(text: str) -> bool:
    """`江苏无锡：`: a headline's first line, a place and its colon, the headline's phrase on the lines under it."""
    core = f.compact(text)
    return core.endswith(("：", ":")) and 2 <= len(core) - 1 <= PLACE_COLON_MAX and all(map(f.is_han, core[:-1]))


def _display(line: Line, lines: list[Line], done: list[Cls], profile: Profile, counts: PageText) -> bool:
    if not display_shaped(line, profile) or not any(map(f.is_han, line.text)):
        return False  # a headline or label says something in words (`mw` is what OCR made of a photo)
    if in_display_type(line):
        return True  # the scan shows it in a headline's type: no text runs on into it nor out of it
    i = line.index
    prev = lines[i - 1] if i > 0 else None
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is not None and nxt.gap_before == 0 and f.is_continuation(nxt.text):
        return False  # `（下转第14版）` is printed right under the last line of a story's text
    if (
        prev is not None
        and done[i - 1] in STORY_TEXT
        and not (prev.final or f.has_inline_credit(prev.text) or f.is_section_label(line.text))
        and not _names_what_follows(line, lines, counts)
        and not _label_over_headline(line, lines, done, profile)
        and not _wrapped_headline(line, lines, profile)
    ):
        return False  # the sentence above goes on: this is its next line, whatever blank lies between
    wraps_on = nxt is not None and nxt.gap_before == 0 and _display_follows(nxt, profile)
    if f.ends_with_function_word(line.text) and not wraps_on:
        return False  # cut in mid-phrase, and not a headline's line going on in the next one
    short = len(f.compact(line.text)) <= SHORT_LABEL
    over_pattern = nxt is not None and nxt.gap_before <= 1 and _pattern_line(nxt.text)
    before = (
        prev is None
        or line.gap_before > 0
        or done[i - 1] in (Cls.DISPLAY, Cls.DASH, Cls.SECTION, Cls.NOTE, Cls.BYLINE)
        # Right under a finished sentence: a label, a headline over its byline or deck, or any short line
        # on a paragraph page (where running text never stops short without a full stop).
        or (prev.final and (short or over_pattern or not profile.narrow))
    )
    if not before:
        return False
    after = nxt is None or line.gap_after > 0 or _display_follows(nxt, profile) or _opens(line, nxt, profile)
    if not after:
        return False
    if nxt is None or nxt.gap_before == 0 or _pattern_line(nxt.text) or f.is_org_name(nxt.text):
        return True
    return _headline_follows(nxt, lines) or in_headline_type(nxt) or not _cut(line, nxt, profile, counts)


def _label_over_headline(line: Line, lines: list[Line], done: list[Cls], profile: Profile) -> bool:
    """`百姓故事` between blanks, under running text cut off at a full line and over a headline: a few
    characters with no punctuation, set apart on both sides, printed over display lines, are a column label,
    not the last words of the sentence above (a paragraph's last line ends on its punctuation; a cut line is
    full); so is `新时代的青春之歌` under a story's jump line (`（下转第3版）`) or a headline group's byline, which end
    them. Not a place over a headline (its kicker), nor a short headline over its byline."""
    i = line.index
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return (
        nxt is not None
        and i > 0
        and ((done[i - 1] in STORY_TEXT and not lines[i - 1].final) or done[i - 1] in (Cls.NOTE, Cls.BYLINE))
        and line.gap_before > 0
        and line.gap_after > 0
        and len(f.compact(line.text)) <= LABEL_MAX
        and all(map(f.is_han, f.compact(line.text)))
        and not f.is_place(line.text)
        and display_shaped(nxt, profile)
        and not f.has_sentence_punct(nxt.text)
        and not (f.is_person_names(nxt.text) or _pattern_line(nxt.text))
    )


def _label_over_wrapped_headline(line: Line, lines: list[Line], profile: Profile) -> bool:
    """`民生关注` right over `普京提出停火谈判` / `条件 马死兰拒绝`: a few characters standing apart above, over a
    headline wrapped at its measure (two lines as long as each other) far longer than it, are a column label:
    a headline's first line is as long as its measure, and a kicker is a place or says more."""
    i = line.index
    run = lines[i + 1 : i + 3]
    if line.gap_before == 0 or len(run) < 2 or any(other.gap_before for other in run):
        return False
    label = f.compact(line.text)
    first, second = (len(f.compact(other.text)) for other in run)
    return (
        len(label) <= SHORT_LABEL
        and all(map(f.is_han, label))
        and not f.is_place(line.text)
        and abs(first - second) <= 1
        and first >= len(label) + LABEL_SHORTER
        and all(display_shaped(other, profile) and not f.has_sentence_punct(other.text) for other in run)
    )


def _wrapped_headline(line: Line, lines: list[Line], profile: Profile) -> bool:
    """`党中央国务⏎院关心西藏⏎雪灾救灾工⏎作` under a column cut in mid-sentence: lines under a blank much
    shorter than their column, none ending a sentence, are a headline wrapped in large type."""
    run = lines[line.index : line.index + WRAPPED_HEADLINE_LINES]
    return (
        profile.narrow
        and line.gap_before > 0
        and len(run) == WRAPPED_HEADLINE_LINES
        and all(k == 0 or other.gap_before == 0 for k, other in enumerate(run))
        and all(not other.final and other.width <= WRAPPED_HEADLINE_SHARE * other.column for other in run)
    )


def _headline_follows(nxt: Line, lines: list[Line]) -> bool:
    """The line after the blank is a headline printed over its byline or deck: nothing runs on into it."""
    under = lines[nxt.index + 1] if nxt.index + 1 < len(lines) else None
    return under is not None and under.gap_before == 0 and unpunctuated(nxt) and _pattern_line(under.text)


# A headline's words recur in the text under it: this share of its bigrams at least, within so many lines,
# and this share more than in the text above it (a cut line of running text shares words with both).
NAMED_SHARE = 0.5
NAMED_WITHIN = 12
LEAN = 0.3


def _names_what_follows(line: Line, lines: list[Line], counts: PageText) -> bool:
    """A line standing apart (with the `——` deck printed right under it) whose words the text under it takes
    up: a headline over its story, even where the column above it was cut in mid-sentence (its text goes on
    elsewhere)."""
    end = line
    if line.gap_after == 0 and line.index + 1 < len(lines):
        under = lines[line.index + 1]
        if f.is_dash_subtitle(under.text) or yi_deck(under, counts):
            end = under
    if line.gap_before == 0 or end.gap_after == 0 or len(line.bigrams) < 3:
        return False
    following = {b for other in lines[end.index + 1 : end.index + 1 + NAMED_WITHIN] for b in other.bigrams}
    own = set(line.bigrams)
    return len(own & following) >= NAMED_SHARE * len(own)


def _display_follows(nxt: Line, profile: Profile) -> bool:
    """The next line, printed right under this one, is display too (a two-line headline, a `——` deck, a
    byline, a unit's signature under a headline) or opens a story with a `本报讯` lead."""
    if _pattern_line(nxt.text) or f.is_lead(nxt.text) or (f.is_org_name(nxt.text) and nxt.gap_after > 0):
        return True
    if f.is_said_kicker(nxt.text) or f.is_dash_kicker(nxt.text):
        return True  # a headline group's kicker
    if not display_shaped(nxt, profile):
        return False
    return nxt.width <= nxt.column - CUT_MARGIN + 0.5 if profile.narrow else True


def _opens(line: Line, nxt: Line, profile: Profile) -> bool:
    """A short line printed right above the first line of a paragraph (two em short on a narrow page, a
    whole paragraph on a paragraph page): a heading or headline over its text."""
    if profile.narrow:
        short_by = nxt.column - nxt.width
        return line.width <= line.column * HEADING_SHARE and FIRST_LINE_SHORT <= short_by <= CUT_MARGIN
    return nxt.width > PARAGRAPH_DISPLAY_MAX


def _pattern_line(text: str) -> bool:
    return f.is_mark_byline(text) or f.is_reporter_line(text) or f.is_dash_subtitle(text)


def _cut(line: Line, nxt: Line, profile: Profile, counts: PageText) -> bool:
    """True when the blank line after `line` cuts a paragraph: the next line goes on with a one-character
    clause (`者，该医院…`), or the two characters across the cut form a word the page uses elsewhere."""
    if f.is_lead(nxt.text):
        return False
    if (
        profile.narrow
        and line.width >= max(line.column * GOES_ON_SHARE, line.column - FULL_MARGIN)
        and nxt.column - SHORT_NEXT <= nxt.width <= line.column + OTHER_COLUMN
    ):
        return True  # a full line after the blank goes on with a paragraph; a first line would be short
    if profile.narrow and line.width < line.column - CUT_MARGIN:
        return False  # a cut paragraph line is full; a line this short ended where its author ended it
    if f.first_clause_length(nxt.text) <= 1:
        return True
    a, b = line.text[-1], nxt.text[0]
    if not (f.is_han(a) and f.is_han(b)):
        return False
    # A nearly full line is most likely cut; one other use of the word across the cut is enough then.
    nearly_full = profile.narrow and line.width >= line.column - FULL_MARGIN
    return counts.count(a + b) >= (1 if nearly_full else 2)


def _section(line: Line, lines: list[Line], done: list[Cls]) -> bool:
    """A column label: a known label, a word in brackets (a label in a box, as OCR reads the box), or a short
    line standing apart at the top or bottom of the page or squeezed right under the last line of an
    article."""
    size = len(f.compact(line.text))
    if size > LABEL_MAX + 2:
        return False
    if f.is_section_label(line.text) or f.is_boxed_label(line.text):
        return True
    if size > LABEL_MAX:
        return False
    i = line.index
    first, last = i == 0, i == len(lines) - 1
    if first and line.gap_after >= 2:
        return True
    if last and size <= SHORT_LABEL - 1 and not f.is_place(line.text) and line.gap_before > 0:
        prev_cls = done[i - 1] if i > 0 else None
        return prev_cls not in (Cls.DISPLAY, Cls.DASH)
    squeezed = (
        i > 0 and line.gap_before == 0 and done[i - 1] in STORY_TEXT and size <= SHORT_LABEL and lines[i - 1].final
    )
    return squeezed and not _over_headline(line, lines)


def _over_headline(line: Line, lines: list[Line]) -> bool:
    """A place or unit name right above another display line is a headline's kicker, not a label."""
    if line.index + 1 >= len(lines) or line.gap_after > 1:
        return False
    nxt = lines[line.index + 1]
    return (f.is_place(line.text) or f.is_org_name(line.text)) and not nxt.final and not f.ends_open(nxt.text)
