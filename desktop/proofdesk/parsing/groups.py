"""Second pass over headline groups: each group cut into parts, a headline with its kicker and decks, or
bylines, with each line's role. Lines of a group in the same type go on together (a headline wrapped at its
column, a deck over several lines); a kicker opens a group; a line in a deck's smaller type, or a second
headline line under a gap, is a deck.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from itertools import chain

from ..domain.model import Role
from ..text.words import common_words
from . import features as f
from .classes import HEADLINE_LINES, Cls, in_headline_type
from .profile import Line, read_across
from .segments import Head

# Kickers (`阿城镇`) are this short at most; a longer phrase is a kicker over a headline of two clauses this
# many times as long.
KICKER_MAX = 6
KICKER_MIN_PHRASE = 6
KICKER_RATIO = 1.8


class Side(Enum):
    PREV = "prev"
    NEXT = "next"
    FAR = "far"  # a story elsewhere on the page (`place_far`)


@dataclass(slots=True)
class Story:
    """An article or photo in the making: its running text and the header lines attached to it."""

    lines: list[int]
    headings: set[int]
    lead: bool  # opens with a `本报讯` lead, which names its reporter
    dated: bool  # opens with a date, as photo captions do
    inline_credit: bool = False  # its last line ends with a `■ name` credit
    opened_by: tuple[str, float] | None = None  # the rule and confidence of a start no mark shows
    continued_at: int | None = None  # where a column of it goes on after a block of another story
    columns_by_words: set[int] = field(default_factory=set)  # columns that went on it for the words they share
    header: dict[int, tuple[Role, float, str]] = field(default_factory=dict)
    joins: set[int] = field(default_factory=set)
    title: bool = False
    byline: bool = False
    credit: bool = False
    _bigrams: set[str] | None = None

    def jumps(self, lines: list[Line]) -> bool:
        """The story ends with its jump line (`（下转第12版）`): it goes on on another page."""
        return f.is_continuation(lines[self.lines[-1]].text)

    def words(self, lines: list[Line]) -> set[str]:
        if self._bigrams is None:
            self._bigrams = set(chain.from_iterable(lines[i].bigrams for i in self.lines))
        return self._bigrams


@dataclass(slots=True)
class Part:
    """A contiguous piece of a headline group that goes to one story."""

    title: bool  # a headline (with kicker and decks) rather than bylines
    lines: list[tuple[int, Role]]
    joins: set[int] = field(default_factory=set)
    decks: set[int] = field(default_factory=set)  # display lines taken as a deck under the headline
    prev: Story | None = None
    next: Story | None = None
    far: Story | None = None
    side: Side | None = None
    confidence: float = 0.5
    rule: str = ""


def parts_of(
    head: Head, lines: list[Line], classes: list[Cls], gap_decks: bool = True, unwrapped: bool = False
) -> list[Part]:
    """Cut a headline group into title parts and byline parts, with each line's role. With `gap_decks`, a
    second display line a blank under a headline is its deck; in a stack of headlines it is the next one.
    `unwrapped`: the page prints each paragraph on one line (an engine that writes paragraphs), so a headline
    too: a display line right under it is its deck, unless the headline's last line ends in the middle of a
    word the page prints whole elsewhere, or on a word no headline ends on (`苦干实干敬业奉献为` /
    `实现宏伟蓝图而不懈奋斗`)."""
    parts: list[Part] = []
    members = head.lines
    for pos, i in enumerate(members):
        cls = classes[i]
        cur = parts[-1] if parts else None
        if cls is Cls.BYLINE:
            if cur is not None and not cur.title:
                cur.lines.append((i, Role.BYLINE))
            else:
                parts.append(Part(False, [(i, Role.BYLINE)]))
            continue
        if cls is Cls.DASH:
            if cur is not None and cur.title:
                cur.lines.append((i, Role.SUBTITLE))
            else:
                parts.append(Part(True, [(i, Role.SUBTITLE)]))
            continue
        if cur is not None and _continues(cur, i, lines) and f.opens_mid_sentence(lines[i].text):
            cur.lines.append((i, Role.TITLE))  # `赵乐际分别会见塔吉克斯坦总统` / `、塞尔维亚总统、韩国国会议长`
            cur.joins.add(i)
            continue
        nxt = next((k for k in members[pos + 1 :] if not f.is_dashes_only(lines[k].text)), None)
        if f.is_dashes_only(lines[i].text) and cur is not None and cur.lines[-1][1] is Role.KICKER:
            cur.lines.append((i, Role.KICKER))  # `西宁：惠民见实效-` / `—`
            cur.joins.add(i)
        elif cur is not None and _kicker_wrapped(cur, i, nxt, lines, classes):
            said = _said_over_two_lines(cur, i, lines)  # `于永波会见全军和武警先` / `进典型代表时指出`
            cur.lines = [(k, Role.KICKER) for k, _ in cur.lines] + [(i, Role.KICKER if said else Role.TITLE)]
            if said:
                cur.joins.add(i)
        elif (
            _kicker(i, nxt, lines, classes)
            and (cur is None or not cur.title or _has_title(cur) or lines[i].gap_before > 0)
            and not (
                cur is not None
                and _continues(cur, i, lines)
                and (_wraps(cur, i, lines) or _goes_on(cur, i, lines) or _word_across(i, lines) or _has_kicker(cur))
            )
        ):
            if cur is not None and _said_over_two_lines(cur, i, lines):
                cur.lines = [(k, Role.KICKER) for k, _ in cur.lines] + [(i, Role.KICKER)]
                cur.joins.add(i)  # `于永波会见全军和武警⏎先进典型代表时指出`: one kicker on two lines
            else:
                parts.append(Part(True, [(i, Role.KICKER)]))  # a kicker opens the next headline group
        elif cur is not None and cur.title and _deck_goes_on(cur, i, lines, classes):
            cur.lines.append((i, Role.SUBTITLE))  # `-去年总产量…创下我国农业最高` / `动生产率`: the deck wrapped
            cur.joins.add(i)
        elif lines[i].learned is Role.SUBTITLE and cur is not None and cur.title and _has_title(cur):
            cur.lines.append((i, Role.SUBTITLE))  # a deck editors marked on other pages
            cur.decks.add(i)
        elif cur is None or not cur.title or _has_title(cur):
            if cur is not None and cur.title and _continues(cur, i, lines) and _deck_after_wrap(cur, i, lines):
                cur.lines.append((i, Role.SUBTITLE))  # `党中央国务⏎…⏎作⏎灾区各级政府全力组`: a deck, its dash lost
                cur.decks.add(i)
            elif (
                unwrapped
                and cur is not None
                and cur.title
                and not _has_kicker(cur)
                and _continues(cur, i, lines)
                and not _word_across(i, lines)
                and not f.ends_with_function_word(lines[i - 1].text)
            ):
                cur.lines.append((i, Role.SUBTITLE))  # `我国将实行播音员主持人持证上岗制度` / `李铁映等向…颁证`
                cur.decks.add(i)
            elif (
                cur is not None
                and cur.title
                and (_continues(cur, i, lines) or (gap_decks and _wrapped_across_gap(cur, i, lines, unwrapped)))
            ):
                cur.lines.append((i, Role.TITLE))
                cur.joins.add(i)
            elif (
                gap_decks
                and cur is not None
                and cur.title
                and _only_title(cur)
                and lines[i].gap_before <= 1
                and not read_across(lines[cur.lines[-1][0]], lines[i])
                and _printed_under(lines[cur.lines[-1][0]], lines[i])
            ):
                cur.lines.append((i, Role.SUBTITLE))  # a second headline line under a gap (not beside it) is a deck
                cur.decks.add(i)
            else:
                parts.append(Part(True, [(i, Role.TITLE)]))
        else:
            cur.lines.append((i, Role.TITLE))  # the headline under a kicker
    return parts


def _deck_goes_on(part: Part, i: int, lines: list[Line], classes: list[Cls]) -> bool:
    """The line goes on with the `——` deck (or its line) right above it: no blank between, no end of sentence
    above, and no longer than the line above (the deck's own type; a character more where OCR read one
    more)."""
    last, role = part.lines[-1]
    first = last
    while first in part.joins:
        first -= 1
    deck = lines[first]
    return (
        role is Role.SUBTITLE
        and last == i - 1
        and lines[i].gap_before == 0
        and (f.is_dash_subtitle(deck.text) or classes[first] is Cls.DASH or first in part.decks)
        and not lines[last].final
        and len(f.compact(lines[i].text)) <= len(f.compact(lines[last].text)) + 1
    )


def _has_title(part: Part) -> bool:
    return any(role is Role.TITLE for _, role in part.lines)


def _has_kicker(part: Part) -> bool:
    return any(role is Role.KICKER for _, role in part.lines)


def _only_title(part: Part) -> bool:
    return all(role is Role.TITLE for _, role in part.lines)


def _continues(part: Part, i: int, lines: list[Line]) -> bool:
    last, role = part.lines[-1]
    return role is Role.TITLE and last == i - 1 and lines[i].gap_before == 0


# A headline's line is this long at least to tell its measure by.
MEASURE_MIN = 5


def _wrapped_across_gap(part: Part, i: int, lines: list[Line], unwrapped: bool) -> bool:
    """Line `i`, a blank under the headline's line (OCR reads the leading of large type as one), is as long
    as that line, a character more or less: the headline wrapped at its measure (`中港集团中标吐乌` /
    `大高等级公路项目`), where a deck in smaller type runs longer. Where the scan shows both in the same
    headline type, or the line above ends in the middle of a word the page prints whole elsewhere
    (`出席越南国庆80有周` / `年庆祝活动`), or of a common word of the language on a page that wraps its lines
    (`假期出行客流高位运` / `行 旅游线路升温`: a deck's first character seldom makes one with the headline's last;
    where each headline is printed on one line, two of them stacked make one by chance, `…举行` / `李强…`),
    a shorter line is the headline's last. A headline whose last line is shorter than the one above it has
    ended there, unless it ends in the middle of such a word: the line is the next headline of a stack
    (`美国政府“停摆”持续` / `更多公共机构关闭`, then `青海因地制宜加快建`)."""
    last, role = part.lines[-1]
    above, line = lines[last], lines[i]
    length = len(f.compact(line.text))
    titles = [len(f.compact(lines[k].text)) for k, r in part.lines if r is Role.TITLE]
    if len(titles) >= 2 and titles[-1] < titles[-2] and not _word_across(i, lines):
        return False
    return (
        role is Role.TITLE
        and last == i - 1
        and line.gap_before == 1
        and not above.final
        and length >= MEASURE_MIN
        and (
            abs(length - len(f.compact(above.text))) <= 1
            or (_same_type(above, line) and length < len(f.compact(above.text)))
            or _word_across(i, lines)
            or (not unwrapped and above.text[-1] + line.text[0] in common_words())
        )
        and not read_across(above, line)
        and _printed_under(above, line)
    )


def _word_across(i: int, lines: list[Line]) -> bool:
    """The line above ends in the middle of a word the page prints whole elsewhere (`延安供水工` / `程建成通水`,
    the text saying `供水工程`), or three characters across the cut stand in the page's text read across its
    line ends (`李希会见津` / `巴布韦总统`, the story wrapping `津巴布韦` at the same place): one headline wrapped,
    not a headline under a kicker."""
    above, line = lines[i - 1].text, lines[i].text
    a, b = above[-1], line[0]
    if not (f.is_han(a) and f.is_han(b)):
        return False
    others = [other for other in lines if other.index not in (i - 1, i)]
    if any(a + b in other.bigrams for other in others):
        return True
    text = "".join(other.text for other in others)
    return any(len(t) == 3 and t in text for t in (above[-2:] + b, a + line[:2]))


# A line this many times as long as the wrapped headline's lines above it is set in a deck's smaller type.
DECK_WIDER = 1.5


def _wraps(part: Part, i: int, lines: list[Line], wider: float | None = None) -> bool:
    """The headline above is wrapped at its measure (two or more of its lines as long as each other) and line
    `i` goes on in its type, no longer (`在十五大精⏎神指引下胜⏎利前进-⏎元旦献辞`); with `wider`, line `i` is
    instead that many times as long: set in a smaller type."""
    above = [len(f.compact(lines[k].text)) for k, role in part.lines if role is Role.TITLE]
    if len(above) < 2 or above[-2] != max(above):
        return False
    length = len(f.compact(lines[i].text))
    return length >= wider * above[-2] if wider else length <= above[-2] and above[-1] == above[-2]


# A deck's line in smaller type is this many em wider than the headline's widest line at least (digits and Latin
# letters half an em: `“5·4”特别重大爆炸事故调` under `华盛烟花制造燃放有限公司` is the headline's, its width 13.5 em
# against 12).
DECK_LONGER = 2


def _deck_after_wrap(part: Part, i: int, lines: list[Line]) -> bool:
    """Line `i` is the first line of a deck, its dash lost: the headline above is wrapped at its measure
    and line `i` is half as long again, or line `i` is wider than every line of a headline of two lines or
    more by `DECK_LONGER` em (`我国将实行播音员主⏎持人持证上岗制度⏎李铁映等向第一批获得资格`,
    `习近平举行仪式欢⏎迎西班牙国王访华⏎习近平主席夫人彭丽媛`): no headline runs past its measure, and a deck
    in smaller type runs longer. On the development pages every such line was a deck."""
    above = [lines[k].width for k, role in part.lines if role is Role.TITLE]
    if _wraps(part, i, lines, DECK_WIDER):
        return True
    return len(above) >= 2 and lines[i].width >= max(above) + DECK_LONGER


def _kicker(i: int, nxt: int | None, lines: list[Line], classes: list[Cls]) -> bool:
    """A short place or unit name printed right above a headline (or a line editors made a kicker)."""
    if lines[i].learned is Role.KICKER:
        return True
    if lines[i].learned in (Role.TITLE, Role.HEADING):
        return False
    if nxt is None or classes[nxt] is not Cls.DISPLAY or lines[nxt].gap_before > 1:
        return False
    if lines[i].learned is Role.SUBTITLE:
        return True  # a line editors made a kicker or deck, over a headline: its kicker
    text = f.compact(lines[i].text)
    main = f.compact(lines[nxt].text)
    if len(text) < 2:
        return False  # `实`: the end of the headline line above
    if f.ends_kicker_dash(lines[i].text) or (
        f.is_dash_kicker(lines[i].text)
        and (len(_headline_text(nxt, lines, classes)) >= len(text) or _wrapped_below(nxt, lines, classes))
        and not (nxt == i + 1 and _word_across(nxt, lines))
    ):
        # a place and a slogan over a headline as long or longer (`济南：实干开新局` / `中美在法国巴黎` / `举行经贸商`)
        # or in larger type; else its first line, or a line of one cut mid-word (`年俄总统：经济停止下` / `滑趋势`)
        return True
    if f.is_said_kicker(lines[i].text):
        return True
    if i + 1 < nxt and f.is_dashes_only(lines[i + 1].text) and not lines[i + 1].gap_before:
        return True  # `青岛：惠民谱新篇` / `—`: the kicker's dash, read as a line of its own
    headline = _headline_text(nxt, lines, classes)
    if len(text) >= KICKER_MIN_PHRASE and "，" in headline and len(headline) >= KICKER_RATIO * len(text):
        return True  # `北大荒粮食三年连续大幅增产` over a headline of two clauses twice as long
    if len(text) > KICKER_MAX or len(main) < len(text):
        return False
    if len(main) == len(text):
        return f.is_place(text) and not f.is_place(main)  # `南昌市` over `致读者`
    return f.is_place(text) or f.is_org_name(text) or lines[nxt].gap_before == 1


def _headline_text(k: int, lines: list[Line], classes: list[Cls]) -> str:
    """The text of the headline that starts at line `k`: its display lines printed one under the other."""
    end = k + 1
    while end < len(lines) and end - k < HEADLINE_LINES and classes[end] is Cls.DISPLAY and not lines[end].gap_before:
        end += 1
    return "".join(f.compact(line.text) for line in lines[k:end])


def _kicker_wrapped(part: Part, i: int, nxt: int | None, lines: list[Line], classes: list[Cls]) -> bool:
    """The part so far is a kicker wrapped at its column, over a headline of two lines printed right under it:
    either line `i` ends a line above into who said the headline (`于永波会见全军和武警先⏎进典型代表时指出`), or
    the part's two lines end short (`我国将实行播音员主持人⏎持证上岗制度`) and line `i` opens a headline in larger
    type, no longer than the kicker's first line, whose next line is no longer (`李铁映等向第一批获得⏎资格证书的
    代表颁证`)."""
    if nxt is None or classes[nxt] is not Cls.DISPLAY or lines[nxt].gap_before > 0 or lines[i].gap_before > 0:
        return False
    if _said_over_two_lines(part, i, lines):
        return True
    if len(part.lines) != 2 or not _only_title(part) or part.lines[1][0] != i - 1 or i - 1 not in part.joins:
        return False
    first, second, head, under = (len(f.compact(lines[k].text)) for k in (i - 2, i - 1, i, nxt))
    return second < first and second < head <= first and under <= head and nxt == i + 1


def _said_over_two_lines(part: Part, i: int, lines: list[Line]) -> bool:
    """The part is one headline line right above line `i` that, read on into it, tells who said what, and
    is wrapped there (at least as long as line `i`; a headline over a kicker of its own may be shorter)."""
    return (
        len(part.lines) == 1
        and part.lines[0] == (i - 1, Role.TITLE)
        and lines[i].gap_before == 0
        and len(f.compact(lines[i - 1].text)) >= len(f.compact(lines[i].text))
        and f.is_said_kicker(lines[i - 1].text + lines[i].text)
    )


def _wrapped_below(k: int, lines: list[Line], classes: list[Cls]) -> bool:
    """Lines `k` and the next are a headline wrapped at its measure: display lines as long as each other."""
    nxt = k + 1
    return (
        nxt < len(lines)
        and classes[nxt] is Cls.DISPLAY
        and lines[nxt].gap_before == 0
        and len(f.compact(lines[k].text)) == len(f.compact(lines[nxt].text))
    )


# A kicker's type is this share of its headline's at most (a headline's lines vary less as OCR measures them).
KICKER_TYPE = 0.75


def _smaller(line: Line, headline: Line) -> bool:
    return line.scale is not None and headline.scale is not None and line.scale <= KICKER_TYPE * headline.scale


def _same_type(line: Line, other: Line) -> bool:
    """The scan shows both lines in one headline's type."""
    return (
        in_headline_type(line) and in_headline_type(other) and not _smaller(line, other) and not _smaller(other, line)
    )


def _goes_on(part: Part, i: int, lines: list[Line]) -> bool:
    """The scan shows line `i` printed right under the part's last line, both in a headline's type: the same
    headline wrapped (`延安供水工⏎程建成通水`), not a kicker over the next."""
    last = lines[part.lines[-1][0]]
    return last.box is not None and _same_type(last, lines[i]) and _printed_under(last, lines[i])


def _printed_under(above: Line, line: Line) -> bool:
    """`line` is printed right under `above` on the scan (its top at most a line of the larger type below
    `above`, a stretch of their width shared), or their boxes are unknown."""
    if above.box is None or line.box is None:
        return True
    ax, ay, aw, ah = above.box
    x, y, w, h = line.box
    return ay < y <= ay + ah + max(ah, h) and min(ax + aw, x + w) > max(ax, x)


def roles_by_type(part: Part, lines: list[Line]) -> None:
    """Where the scan shows some of a headline part's lines in a headline's type: those lines are its headline,
    the lines in much smaller type before them its kicker, and a line in that type right under the headline's
    (a blank between) goes on the headline rather than being its deck. A kicker that ends in its dash stays
    one whatever its type (OCR draws a short line's box taller)."""
    big = [
        pos
        for pos, (i, role) in enumerate(part.lines)
        if in_headline_type(lines[i]) and not (role is Role.KICKER and f.ends_kicker_dash(lines[i].text))
    ]
    if not part.title or not big:
        return
    first = big[0]
    head = part.lines[first][0]
    before = part.lines[:first]
    titled = [role is Role.TITLE for _, role in before]
    if any(titled) and not (all(titled) and _smaller(lines[before[0][0]], lines[head])):
        return  # a headline whose first line OCR measured smaller than the next
    part.lines[:first] = [(i, Role.KICKER) for i, _ in before]
    part.lines[first] = (head, Role.TITLE)
    part.joins.discard(head)
    part.decks.discard(head)
    for pos in range(first + 1, len(part.lines)):
        i, role = part.lines[pos]
        if role is Role.TITLE and lines[i].scale is None:
            continue  # `20时－3日20时)`: no Han character to measure the type by
        if role is Role.TITLE and _smaller(lines[i], lines[head]):
            _deck_from(part, pos, lines, head)
            break
        if role not in (Role.TITLE, Role.SUBTITLE) or not in_headline_type(lines[i]):
            break
        part.lines[pos] = (i, Role.TITLE)
        part.joins.add(i)
        part.decks.discard(i)


def _deck_from(part: Part, pos: int, lines: list[Line], head: int) -> None:
    """The part's lines from `pos` on, read as going on with the headline, are in far smaller type: its deck
    (`明天气象预报（1月2日⏎20时－3日20时)⏎一天气趋势分析`, the deck's dash read as 一)."""
    start = part.lines[pos][0]
    part.joins.discard(start)
    part.decks.add(start)
    for k in range(pos, len(part.lines)):
        i, role = part.lines[k]
        if role is not Role.TITLE or (i != start and i not in part.joins) or not _smaller(lines[i], lines[head]):
            break
        part.lines[k] = (i, Role.SUBTITLE)
