"""Line classes corrected by what stands around each line: the second looks `classify` takes after the
first pass (`classes.classify_one`) — headlines over a byline or a deck, blocks standing apart that name the
story under them, unpunctuated blocks among headline groups, labels between headlines, pen names under a
headline, the slogans of an advert.
"""

from __future__ import annotations

from collections import Counter

from . import features as f
from .breaks import INDENT_SHORT
from .classes import (
    AD_SLOGANS,
    DISPLAY_TYPE,
    FULL_MARGIN,
    HEADLINE_LINES,
    LABEL_MAX,
    LEAN,
    NAMED_SHARE,
    NAMED_WITHIN,
    RUNNING,
    SHORT_LABEL,
    STORY_TEXT,
    WRAPPED_HEADLINE_SHARE,
    Cls,
    PageText,
    classify_one,
    display_shaped,
    in_display_type,
    in_headline_type,
    unpunctuated,
    word_cut,
    yi_deck,
)
from .profile import Line, Profile, shared_width


def classify(profile: Profile, counts: PageText | None = None) -> list[Cls]:
    """A class for every non-blank line of the page, in order (`counts`: the page's character pairs)."""
    lines = profile.lines
    counts = counts or PageText(lines)
    classes: list[Cls] = []
    for line in lines:
        classes.append(classify_one(line, lines, classes, profile, counts))
    _mark_headline_lines_by_type(lines, profile.above, classes)
    _mark_ads(lines, classes, profile, counts)
    _mark_headlines_over_bylines(lines, classes, counts)
    _mark_headlines_named_below(lines, classes, counts)
    _mark_headlines_in_stacks(lines, profile.blocks, classes)
    _mark_headlines_wrapped_at_measure(profile, classes)
    _mark_labels_between_headlines(lines, classes, counts)
    _mark_labels_printed_again(lines, classes)
    _mark_headlines_under_kickers(lines, classes)
    _mark_pen_names(lines, classes)
    return classes


# A headline's line the scan shows in type this many times the body's at least, and within this share of the
# type of the headline's line next to it.
HEADLINE_LINE_TYPE = 1.1
SAME_TYPE = 0.12


def _mark_headline_lines_by_type(lines: list[Line], above: list[int | None], classes: list[Cls]) -> None:
    """A line next to a headline's line, in the same type, larger than the body's, is a line of that headline,
    whatever its punctuation: a headline of parallel phrases may end a line on its `、` (`上海合作组织成员国文` /
    `化部长第二十二次会唔、` / `旅游部门领导人会议在`). Next to it: read right before or after it (no blank
    between), or printed right over or under it on the scan, in its column (an order that reads across the
    columns by rows puts another column's line between a headline's two lines)."""
    under: dict[int, list[int]] = {}
    for i, k in enumerate(above):
        if k is not None:
            under.setdefault(k, []).append(i)
    for i, line in enumerate(lines):
        if classes[i] is not Cls.TEXT or line.final or line.scale is None or line.scale < HEADLINE_LINE_TYPE:
            continue
        read = [k for k in (i - 1, i + 1) if 0 <= k < len(lines) and not lines[max(k, i)].gap_before]
        printed = (
            [k for k in (above[i], *under.get(i, ())) if k is not None and _stacked(line, lines[k])] if above else []
        )
        types = [lines[k].scale for k in {*read, *printed} if classes[k] is Cls.DISPLAY]
        if any(scale is not None and abs(line.scale / scale - 1) <= SAME_TYPE for scale in types):
            classes[i] = Cls.DISPLAY


def _stacked(a: Line, b: Line) -> bool:
    """The two lines' boxes share half the wider one's width: lines of one column, where a line an engine read
    across two columns is no neighbour of a short line under one of them."""
    assert a.box is not None and b.box is not None
    return shared_width(a.box, b.box) >= 0.5 * max(a.box[2], b.box[2])


def _mark_pen_names(lines: list[Line], classes: list[Cls]) -> None:
    """Two or three characters printed right under a headline of one line, half as long as it at most and
    standing apart from what follows, are the writer's pen name (`凝眸岁月` / `粒砂`), not the headline's
    wrapped end: a headline wrapped over two lines is set in lines about as long as each other. A place
    (`青岛市`) is the next headline's kicker."""
    for i in range(1, len(lines)):
        line, head = lines[i], lines[i - 1]
        if classes[i] is not Cls.DISPLAY or classes[i - 1] is not Cls.DISPLAY or line.gap_before or not line.gap_after:
            continue
        alone = head.gap_before > 0 or i == 1 or classes[i - 2] not in (Cls.DISPLAY, Cls.DASH)
        kicker = f.is_dash_kicker(head.text) or f.is_said_kicker(head.text) or f.is_place(head.text)
        short = 2 * len(f.compact(line.text)) <= len(f.compact(head.text))
        if alone and short and not kicker and f.is_pen_name(line.text) and not f.is_place(line.text):
            classes[i] = Cls.BYLINE


def _mark_headlines_wrapped_at_measure(profile: Profile, classes: list[Cls]) -> None:
    """Running text fills its column, all but a paragraph's last line: two lines or more standing together, far
    shorter than the column and as long as each other (the last no longer), in a block where no sentence ends,
    are a headline in large type wrapped at its own measure, a comma between its clauses
    (`勉励广大职工发挥⏎工人阶级主力军作⏎用，为企业改革发⏎展建功立业`)."""
    if not profile.narrow:
        return
    lines = profile.lines
    for block in profile.blocks:
        run = [k for k in block if classes[k] is Cls.TEXT]
        if len(run) < MEASURE_LINES or run[-1] - run[0] != len(run) - 1 or any(lines[k].final for k in block):
            continue
        lengths = [len(f.compact(lines[k].text)) for k in run]
        # Two lines are balanced; of more, the last may end short.
        wrapped = lengths if len(run) == MEASURE_LINES else lengths[:-1]
        measure = max(wrapped)
        if (
            measure - min(wrapped) <= 1
            and measure >= MEASURE_CHARS
            and lengths[-1] <= measure
            and all(lines[k].width <= WRAPPED_HEADLINE_SHARE * lines[k].column and unpunctuated(lines[k]) for k in run)
        ):
            for k in run:
                classes[k] = Cls.DISPLAY


# A headline wrapped at its measure holds this many lines at least, of this many characters.
MEASURE_LINES = 2
MEASURE_CHARS = 4


def _mark_headlines_under_kickers(lines: list[Line], classes: list[Cls]) -> None:
    """The lines printed right under a kicker (`苏州—`, `太原：攻坚谱新篇`, `北京市`) up to a blank are its headline,
    however many `、` they list (`《习近平著作选读》第一卷、第二卷法文` / `、俄文、阿拉伯文…出版发行`), when none ends
    a sentence or is cut open, but on a colon the next line answers (`第十五届全国运动会：` / `今天共产生27枚金牌`):
    a kicker always stands over a headline. A kicker that ends in its dash (`贵阳-一`) may stand a blank above
    it, as OCR reads them apart, and a number may wrap at its decimal point (`全国已夏播粮食2.` / `7亿亩 进度过半`).
    Bare names over a dateline lead end them, as do bare names closing them (`一季度全国共1.` / `85亿人次出入境` /
    `彭洋斌`): the headline's byline (an order that reads without blanks)."""
    for i, cls in enumerate(classes[:-1]):
        if cls is not Cls.DISPLAY or not _kicker(lines[i].text):
            continue
        if lines[i + 1].gap_before > (1 if f.ends_kicker_dash(lines[i].text) else 0):
            continue
        run = [i + 1]
        while (
            run[-1] + 1 < len(lines)
            and not lines[run[-1] + 1].gap_before
            and len(run) < HEADLINE_LINES
            and not _signs_under(run[-1] + 1, lines, classes)
        ):
            run.append(run[-1] + 1)
        end = run[-1] + 1
        signed = end < len(lines) and _signs_under(end, lines, classes)
        closed = signed or end == len(lines) or lines[end].gap_before > 0 or classes[end] in (Cls.BYLINE, Cls.DASH)
        texts = [lines[k].text for k in run]
        opens = [
            f.ends_open(t) and not (k < len(texts) - 1 and _wraps_on(t, texts[k + 1])) for k, t in enumerate(texts)
        ]
        if closed and not any(f.has_sentence_punct(t.replace("、", "")) for t in texts) and not any(opens):
            last = run[-1]
            named = len(run) > 1 and classes[last] is Cls.TEXT and _names_under(lines[last])
            for k in run:
                classes[k] = Cls.DISPLAY if classes[k] is Cls.TEXT else classes[k]
            if signed:
                classes[end] = Cls.BYLINE
            elif named:
                classes[last] = Cls.BYLINE


def _names_under(line: Line) -> bool:
    """Bare names in a line not of a headline's type: a byline."""
    return f.is_person_names(line.text) and not in_headline_type(line)


def _wraps_on(text: str, below: str) -> bool:
    """A headline's line ends on punctuation its next line answers: a colon, or a decimal point whose number
    goes on (`…粮食2.` / `7亿亩…`)."""
    return text.endswith(("：", ":")) or (text[-2:-1].isdigit() and text[-1] in ".．" and below[:1].isdigit())


def _kicker(text: str) -> bool:
    """`苏州—`, `太原：攻坚谱新篇`, or a place alone (`北京市`): a kicker."""
    return f.is_dash_kicker(text) or (f.is_place(text) and len(f.compact(text)) <= SHORT_LABEL)


def _signs_under(k: int, lines: list[Line], classes: list[Cls]) -> bool:
    """Line `k` is a byline of bare names over the story's dateline lead (`沈芳` / `新华社北京1月1日电`), as an
    order that reads without blank lines prints a headline group over its story."""
    lead = k + 1 < len(lines) and classes[k + 1] is Cls.LEAD
    return lead and classes[k] is Cls.TEXT and f.is_person_names(lines[k].text)


# A column label is set in type at most this share of the headline's under it.
LABEL_TYPE = 0.6


def _mark_labels_between_headlines(lines: list[Line], classes: list[Cls], counts: PageText) -> None:
    """A very short line standing alone right before a headline (`今日谈`, `新春走基层`), or right over a
    headline group's kicker (`新思想引领新征程` / `天津—`, `社会广角` / `杭州市`), is a column label: a headline
    of its own would have its text or byline after it. A line set apart under a headline is its last line,
    unless a kicker follows it: a kicker opens a headline group of its own. A line that breaks off in mid-word
    into the line under it (see `word_cut`) is a headline's first line."""
    for i, cls in enumerate(classes[:-1]):
        line = lines[i]
        if cls is not Cls.DISPLAY or line.gap_before == 0:
            continue
        over_kicker = _kicker_opens(i + 1, lines, classes)
        over_larger = _over_larger_headline(i, lines, classes)
        if line.gap_after == 0 and not (over_kicker or over_larger):
            continue
        size = len(f.compact(line.text))
        if size > LABEL_MAX or f.is_place(line.text) or f.is_dash_kicker(line.text):
            continue
        if word_cut(line.text, lines[i + 1].text, counts):
            continue  # `上半年新能源重` / `卡销量再创新高`
        group_follows = (
            over_kicker or over_larger or (line.gap_after > 0 and _full_group_follows(i + 1, lines, classes, counts))
        )
        if size > SHORT_LABEL - 1 and not group_follows:
            continue
        after_headline = i > 0 and classes[i - 1] is Cls.DISPLAY and not over_kicker
        if (classes[i + 1] in (Cls.DISPLAY, Cls.DASH) or over_kicker) and not after_headline:
            classes[i] = Cls.SECTION


def _mark_labels_printed_again(lines: list[Line], classes: list[Cls]) -> None:
    """A short display line standing alone whose words the page prints again as a line of their own
    (`新思想引领新征程` over two stories, `“十五五”新图景` over three) is a column label: a page prints each
    headline once. A line of a headline group may recur: `习近平会见` opens two headlines, `合肥市` kicks off two."""
    texts = [f.compact(line.text) for line in lines]
    seen = Counter(texts)
    for i, (cls, text) in enumerate(zip(classes, texts, strict=True)):
        if cls is not Cls.DISPLAY or seen[text] < 2 or not 2 <= len(text) <= LABEL_MAX:
            continue
        line = lines[i]
        in_group = (line.gap_before == 0 and i > 0 and classes[i - 1] is Cls.DISPLAY) or (
            line.gap_after == 0 and i + 1 < len(classes) and classes[i + 1] is Cls.DISPLAY
        )
        if not in_group:
            classes[i] = Cls.SECTION


def _over_larger_headline(i: int, lines: list[Line], classes: list[Cls]) -> bool:
    """The scan shows line `i` in type little larger than the body's and the headline printed next under it
    (past a kicker) in type far larger: `新思想引领新征程` over `民营经济发展向好活力增强`."""
    line = lines[i]
    if line.scale is None or line.scale >= DISPLAY_TYPE:
        return False
    for k in range(i + 1, min(i + 3, len(lines))):
        under = lines[k]
        if classes[k] is not Cls.DISPLAY and k > i + 1:
            return False
        if in_headline_type(under) and under.scale is not None and line.scale <= LABEL_TYPE * under.scale:
            return True
    return False


def _kicker_opens(i: int, lines: list[Line], classes: list[Cls]) -> bool:
    """Line `i` is a headline group's kicker: `——` or `：` closing it, or a place right over the headline."""
    text = lines[i].text
    if f.is_said_kicker(text) or f.is_dash_kicker(text):
        return True
    over = i + 1 < len(lines) and lines[i + 1].gap_before == 0 and classes[i + 1] is Cls.DISPLAY
    return over and _kicker(text)


def _full_group_follows(i: int, lines: list[Line], classes: list[Cls], counts: PageText) -> bool:
    """The headline group from line `i` on opens with its kicker (`深圳市`, `天津—`) or has its byline: a
    headline group of its own, so a longer line standing alone over it (`新思想引领新征程`) is its column label.
    A blank may stand before the group's deck (its dash read as `一` too) or its byline, as OCR reads the
    leading of large type; not between its headline's lines, which may themselves be set a blank apart."""
    first = lines[i].text
    if f.is_place(first) or f.is_said_kicker(first) or f.is_dash_kicker(first):
        return True
    k = i
    while k + 1 < len(lines) and classes[k] in (Cls.DISPLAY, Cls.DASH):
        nxt = lines[k + 1]
        if nxt.gap_before > 1 or (
            nxt.gap_before == 1 and classes[k + 1] not in (Cls.DASH, Cls.BYLINE) and not yi_deck(nxt, counts)
        ):
            break
        k += 1
    return classes[k] is Cls.BYLINE


def _mark_headlines_over_bylines(lines: list[Line], classes: list[Cls], counts: PageText) -> None:
    """Lines without punctuation printed right over a reporters' byline (`本报记者 X`, `●杨华`) or a `——` deck, and
    standing apart from the text above them, are a headline, however full their lines are (a headline in
    large type wraps at the column as text does); a deck between them and the byline may hold commas."""
    for i, cls in enumerate(classes):
        line = lines[i]
        if line.gap_before > 0 or cls not in (Cls.BYLINE, Cls.DASH):
            continue
        if not ((cls is Cls.BYLINE and _reporters(line)) or cls is Cls.DASH):
            continue
        run: list[int] = []
        k = i - 1
        while k >= 0 and len(run) < HEADLINE_LINES + DECK_LINES and classes[k] in (Cls.TEXT, Cls.DISPLAY):
            if not unpunctuated(lines[k]) and not (_opens_deck(lines[k], counts) and lines[k].gap_before == 0):
                break  # a deck's first line may hold its commas (`一向广大职工祝贺新年，`)
            run.append(k)
            if lines[k].gap_before > 0:
                break
            k -= 1
        if not run or not unpunctuated(lines[run[-1]]) or len(run) - _deck_lines(run, lines, counts) > HEADLINE_LINES:
            continue
        top = run[-1]
        if lines[top].gap_before > 0 or top == 0 or lines[top - 1].final or classes[top - 1] not in RUNNING:
            for k in run:
                deck = k != top and yi_deck(lines[k], counts)
                classes[k] = Cls.DASH if deck else Cls.DISPLAY


def _reporters(line: Line) -> bool:
    """A byline line names the reporters (`本报记者 X`, `●杨华`), not a photo's credit (`■江鹏摄`)."""
    marked = f.is_mark_byline(line.text) and not f.is_marked_photo_credit(line.text)
    return marked or f.is_reporter_line(f.mark_stripped(line.text))


def _deck_lines(run: list[int], lines: list[Line], counts: PageText) -> int:
    """How many of the lines (read upwards from a byline) are a deck's: up to its first line."""
    return next((pos + 1 for pos, k in enumerate(run) if _opens_deck(lines[k], counts)), 0)


def _mark_headlines_named_below(lines: list[Line], classes: list[Cls], counts: PageText) -> None:
    """A block of up to four unpunctuated lines (a deck of up to two under them and a name besides) standing
    apart, whose words the text under it takes up, that stands right over a dateline lead or whose last line is
    a person's name (its byline), is a headline, even where the column above it was cut in mid-sentence and the
    text above goes on elsewhere (or the headlines are read before their bodies). A block whose last line is
    full is a paragraph cut by a blank, unless a lead follows it (its byline between at most) that takes up its
    words or that opens a story where no sentence runs into the block, or it stands between headline groups
    (read before their bodies), or an unpunctuated block stands under a jump line (`（下转第13版）`), which ends
    the article above it, or it is one unpunctuated line under a finished sentence that the text under it names
    (a headline read as one line: `一季度全国共1.85亿人次出入境`); so is a block with a line ending on a comma,
    but for a headline of two clauses wrapped there. Unpunctuated lines after a finished sentence over the
    reporters' byline standing apart, and full ones under a jump line over a deck and its byline, are a
    headline whatever their words."""
    start = 0
    while start < len(lines):
        end = start
        # A dateline lead printed right under the lines (no blank between) opens the story under them.
        while end + 1 < len(lines) and lines[end + 1].gap_before == 0 and classes[end + 1] is not Cls.LEAD:
            end += 1
        block = range(start, end + 1)
        start = end + 1
        if len(block) > HEADLINE_LINES + 1 + DECK_LINES or any(
            classes[k] not in (Cls.TEXT, Cls.DISPLAY) for k in block
        ):
            continue  # longer than a headline with a deck and a name under it, or not all text and display lines
        if classes[block[0]] is Cls.TEXT and not _headline_shaped(block[0], end, lines):
            continue  # running text's punctuation in its first line, which no deck excuses (a deck is under it)
        names = len(block) > 1 and f.is_person_names(lines[block[-1]].text)
        deck = next((k for k in block[1 : len(block) - names] if _opens_deck(lines[k], counts)), end + 1)
        # A deck under the headline lines does not count against them (a small headline in a narrow column).
        deck_lines = min(max(0, end + 1 - names - deck), DECK_LINES)
        if len(block) > HEADLINE_LINES + names + deck_lines:
            continue
        # A display line among them (a kicker `北京—`) is display already, whatever it ends on; a headline of two
        # clauses may wrap after its comma; a deck may hold commas (`一去年总产量逾85．2亿公斤，创下…`).
        decked = range(deck, deck + deck_lines)
        texts = [k for k in block if classes[k] is Cls.TEXT and k not in decked]
        plain = all(unpunctuated(lines[k], 0) for k in texts)
        if not texts or not (plain or all(_headline_shaped(k, end, lines) for k in texts)):
            continue
        if _runs_on(lines, end):
            continue  # a paragraph's lines cut by a blank, not a headline
        head = block[:-1] if names else block
        words = {b for k in head for b in lines[k].bigrams}
        below = {b for other in lines[end + 1 : end + 1 + NAMED_WITHIN] for b in other.bigrams}
        above = {b for other in lines[max(0, block[0] - NAMED_WITHIN) : block[0]] for b in other.bigrams}
        taken_up, before = len(words & below), len(words & above)
        over_lead = end + 1 < len(lines) and lines[end + 1].gap_before <= 1 and _lead_follows(end + 1, lines, classes)
        # Over a deck and a byline standing apart: the headline of their group.
        over_group = len(head) > 1 and _group_follows(end + 1, lines, classes)
        # Over the reporters' byline standing apart, the story's text under it: plain lines opening after a
        # finished sentence are its headline (an OCR engine that reads blanks between all three).
        over_byline = plain and _byline_over_text(end + 1, lines, classes)
        named = taken_up >= NAMED_SHARE * len(words) and taken_up - before >= LEAN * len(words)
        opens = block[0] == 0 or lines[block[0] - 1].final or classes[block[0] - 1] not in RUNNING
        # Between headline groups, no sentence running into it (an order that reads the headlines first).
        stacked = opens and end + 1 < len(lines) and classes[end + 1] is Cls.DISPLAY and lines[end + 1].gap_before <= 1
        full = lines[end].width >= lines[end].column - FULL_MARGIN
        jumped = block[0] > 0 and classes[block[0] - 1] is Cls.NOTE  # under the jump line that ends a column
        alone = len(block) == 1 and opens and named  # one line after a finished sentence that the text names
        # Under a jump line, which ends the column above, and over a deck and its byline: a headline, whatever
        # its words.
        jumped_group = plain and jumped and over_group
        if (full or not plain) and not (
            jumped_group or ((over_lead or stacked or (plain and (jumped or alone))) and (named or opens))
        ):
            continue  # a paragraph's lines cut by a blank, unless a lead follows that takes up their words or
            # that opens its story after them where no sentence runs into them
        if len(words) >= 3 and (named or over_lead or over_group or names or stacked or (opens and over_byline)):
            for k in head:
                classes[k] = Cls.DASH if k == deck else Cls.DISPLAY
            if names:
                classes[block[-1]] = Cls.BYLINE


# A deck under a headline runs to this many lines.
DECK_LINES = 2


def _mark_headlines_in_stacks(lines: list[Line], blocks: list[list[int]], classes: list[Cls]) -> None:
    """Headline groups read one after another before their bodies (an order that reads the headlines first):
    blocks standing between them, or between them and the bodies (a lead, a paragraph's indented first line),
    whose lines hold no punctuation but an enumeration comma are headlines too, however full their lines, since
    running text puts a comma or a stop within a line or two (`中国在联合国人权理事` / `会作共同发言反对双重` /
    `标准` between a byline and the next headline; `赵乐际会见越共中央总` / `书记、国家主席苏林`)."""
    pos = 0
    while pos < len(blocks):
        run = pos
        while run < len(blocks) and _plain_block(blocks[run], lines, classes):
            run += 1
        if run == pos:
            pos += 1
            continue
        first, after = blocks[pos][0], blocks[run][0] if run < len(blocks) else None
        over = first > 0 and classes[first - 1] in (Cls.DISPLAY, Cls.BYLINE, Cls.DASH)
        under = after is not None and (classes[after] in (Cls.DISPLAY, Cls.DASH, Cls.LEAD) or _opens(lines[after]))
        if over and under:
            for block in blocks[pos:run]:
                for k in block:
                    classes[k] = Cls.DISPLAY
        pos = run


def _opens(line: Line) -> bool:
    """The line opens a paragraph: its first line, indented two em (its indent dropped, short of its column)."""
    return line.width <= line.column - INDENT_SHORT


def _plain_block(block: list[int], lines: list[Line], classes: list[Cls]) -> bool:
    """A block of up to a headline's lines of running text, with no punctuation in any of them but one `、` a
    line, and some words."""
    return (
        len(block) <= HEADLINE_LINES
        and all(classes[k] is Cls.TEXT and unpunctuated(lines[k], 0) and lines[k].text.count("、") <= 1 for k in block)
        and sum(len(lines[k].bigrams) for k in block) >= 3
    )


def _headline_shaped(k: int, end: int, lines: list[Line]) -> bool:
    """Line `k` of a block that ends at line `end` holds no running text's punctuation, or is the first line of a
    headline of two clauses wrapped after its comma."""
    return unpunctuated(lines[k], 0) or (k < end and _wraps_after_comma(lines[k]))


def _wraps_after_comma(line: Line) -> bool:
    """`去年总产量逾85，2亿公斤，`: the first line of a headline of two clauses, wrapped after its comma."""
    t = line.text.rstrip()
    clauses = t.endswith("，") and t.count("，") <= 2
    return clauses and not f.has_sentence_punct(t.replace("，", "")) and not f.is_lead(t)


def _opens_deck(line: Line, counts: PageText) -> bool:
    return line.text.startswith("——") or yi_deck(line, counts)


def _lead_follows(k: int, lines: list[Line], classes: list[Cls]) -> bool:
    """Line `k` is a dateline lead, or the reporters' byline over one (a blank between at most): a story opens
    there under its headline."""
    while k + 1 < len(lines) and classes[k] is Cls.BYLINE and lines[k + 1].gap_before <= 1:
        k += 1
    return classes[k] is Cls.LEAD


def _byline_over_text(k: int, lines: list[Line], classes: list[Cls]) -> bool:
    """Line `k` is the reporters' byline, standing apart (a blank before it at most), over running text (a
    blank between at most)."""
    return (
        k + 1 < len(lines)
        and lines[k].gap_before <= 1
        and classes[k] is Cls.BYLINE
        and _reporters(lines[k])
        and classes[k + 1] in STORY_TEXT
        and lines[k + 1].gap_before <= 1
    )


def _group_follows(k: int, lines: list[Line], classes: list[Cls]) -> bool:
    """Lines `k` and the next are a display line (or deck) and a byline under it, after one blank at most."""
    return (
        k + 1 < len(lines)
        and lines[k].gap_before <= 1
        and classes[k] in (Cls.DISPLAY, Cls.DASH)
        and classes[k + 1] is Cls.BYLINE
        and lines[k + 1].gap_before == 0
    )


def _runs_on(lines: list[Line], end: int) -> bool:
    """The text goes on past line `end`: a quotation opened and not closed, or a next line that opens with
    the tail of a word (`职、不抓党建是失职`)."""
    text = lines[end].text
    if text.count("“") > text.count("”"):
        return True
    return end + 1 < len(lines) and f.first_clause_length(lines[end + 1].text) <= 1


def _signed_below(label: int, lines: list[Line], profile: Profile) -> int | None:
    """The line of the notice's signature (`中国文明网`, `本报宣`) when it closes a few short slogans under the
    advert label, whatever blanks stand between them."""
    for k in range(label + 1, min(label + 2 + AD_SLOGANS, len(lines))):
        if f.is_ad_signature(lines[k].text):
            return k
        if not display_shaped(lines[k], profile):
            return None
    return None


def _mark_ads(lines: list[Line], classes: list[Cls], profile: Profile, counts: PageText) -> None:
    """The short display lines after an advert label (`公益广告`) are its slogans; one standing over
    running text or a byline is the next story's headline. The lines after a notice are classed again: no
    sentence runs on into them from the notice."""
    for i, cls in enumerate(classes):
        if cls is not Cls.AD or (i > 0 and classes[i - 1] is Cls.AD):
            continue
        end = i
        while end + 1 < len(lines) and classes[end + 1] is Cls.AD:
            end += 1
        signed = _signed_below(i, lines, profile)
        if signed is not None:
            classes[i + 1 : signed + 1] = [Cls.AD] * (signed - i)
            end = signed
        for k in range(i + 1, min(i + 1 + AD_SLOGANS, len(lines)) if signed is None else 0):
            shaped = classes[k] in (Cls.DISPLAY, Cls.SECTION) or (
                classes[k] is Cls.TEXT and display_shaped(lines[k], profile)
            )
            below = lines[k + 1] if k + 1 < len(lines) else None
            over_text = (
                below is not None
                and classes[k + 1] in (Cls.TEXT, Cls.LEAD, Cls.BYLINE)
                and not (classes[k + 1] is Cls.TEXT and below.gap_before == 0 and display_shaped(below, profile))
            )
            if f.is_ad_signature(lines[k].text) and lines[k].gap_before == 0:
                classes[k], end = Cls.AD, k  # who placed it: the notice ends here
                break
            if not shaped or over_text or (lines[k].gap_before > 0 and in_display_type(lines[k])):
                break  # a line standing apart in a headline's type is the next story's headline
            classes[k], end = Cls.AD, k
        after = end + 1
        while after < len(lines) and classes[after] is Cls.TEXT:
            again = classify_one(lines[after], lines, classes[:after], profile, counts)
            if again is Cls.TEXT:
                break
            classes[after] = again
            after += 1
