"""What a single line looks like: punctuation at its ends, and the printed conventions of these papers
(the ■ mark of bylines and credits, `——` decks, `本报讯` leads, `（作者系…）` notes, column labels)."""

from __future__ import annotations

import re
from collections.abc import Container

from ..text import cleaning
from ..text.cleaning import BYLINE_MARK, BYLINE_MARKS, HAN, MISREAD_MARK
from ..text.words import common_words, places

# Ends a sentence; a closing quote or bracket after one of these ends it too. (`；` does not: it closes
# an item of a list, and the list goes on.)
FINAL = frozenset("。！？!?…")
CLOSERS = frozenset("”’」』）)》】〉\"'")
# Any punctuation a display line (headline, heading, label) does not end with. Not the dot between the parts of
# a name, at which a headline may wrap (`“七一勋章”获得者吾哈斯·` / `苏来曼：马背上的健康卫士`).
TRAILING = frozenset("，、。；：！？…—,.;:!?-～~")
# Punctuation that only running text has inside a line (headlines use spaces, quotes, colons), and those of
# its marks that end a sentence: character classes (a search of a line is quicker than a test of each character).
SENTENCE_INSIDE = re.compile("[，。；！？]")
SENTENCE_END = re.compile("[。；！？]")

_MARK = BYLINE_MARK
# How OCR engines read the mark: `国 本报记者 张三`, `口 王五` (a character and a space before a byline), and
# as `MISREAD_MARK` says.
_MISREAD_MARK = re.compile(rf"^[国口上回图日]\s+|{MISREAD_MARK.pattern}")
_BOX_MARKS = "国口回"
_INLINE_CREDIT = re.compile(rf"\s[{BYLINE_MARKS}]\s*[{HAN}][{HAN}\s]{{1,30}}$")
_REPORTER = re.compile(
    r"^(?:本\s*报\s*(?:特\s*约\s*)?(?:记\s*者|通\s*讯\s*员)|特约(?:记者|通讯员)|记\s*者|通\s*讯\s*员|"
    r"文\s*[/／]|图\s*[/／]|摄影|撰文)(?!\s*(?:从|在|近日|日前|今天|昨天|了解|获悉|来到|走访|注意到|看到))"
)
_NAMES = re.compile(rf"^[{HAN}]{{2,3}}(?:[ \u3000]+[{HAN}]{{2,3}})+$")
# `——` decks, also as OCR reads the dash: `一一`, `--`, `－－`, `一-`, one long dash, one hyphen before Han text.
_DASH = re.compile(rf"^\s*(?:——|──|--|—|－－|一一|―|－—|—－|-—|—-|(?:一)?[-－](?=[{HAN}]))")
_AUTHOR_NOTE = re.compile(r"^[（(]\s*(?:作者|本文作者|作者单位|本文系)")
_PAREN_LINE = re.compile(r"^[（(][^（）()]{1,30}[）)]$")
# The reporters' names in brackets after a story's last sentence: `…新井三十六口。（杜中武 孙传刚）`.
_SIGNED_OFF = re.compile(r"[。！？”][（(][\u4e00-\u9fff 、·]{2,16}[）)]$")
# `本报讯`, `本报北京7月12日电`, `新华社乌鲁木齐7月12日电`, `央视网消息`, `人民网讯`: the dateline that opens a
# news story.
# A dateline the column cut before its `电` (`据新华社北京1月2日⏎电（记者…）`) ends at least with its month.
_CUT_DATELINE = r"[^，,。：\d\s]{1,8}\s*[\d一二三四五六七八九十 ]{1,4}月"
_LEAD = re.compile(
    rf"^[【\[（(〈]?据?(?:本报(?:讯|[^，,。：]{{0,16}}?(?:电|讯)|{_CUT_DATELINE})"
    rf"|(?:新华社|中新社|中新网|人民网|新华网|央视网)(?:[^，,。：]{{0,16}}?电|\s*(?:消息|讯)|{_CUT_DATELINE})"
    r"|综合(?:本报|新华社)[^，,。：]{0,16}?电)"
)
# `央视网消息`, `人民网讯`: a news site's lead, which names no reporter.
_SITE_LEAD = re.compile(r"^(?:中新网|人民网|新华网|央视网)\s*(?:消息|讯)")
# Page furniture: `2023年7月12日 星期三` (its month misread too: `2002年绷20日星期二`), `第5版`, `责任编辑：张三`.
_FURNITURE = re.compile(
    r"(?:\d{4}\s*年[^，。；]{1,7}?日\s*(?:星期|周)[一二三四五六日天]|^第\s*[\d一二三四五六七八九十]{1,3}\s*版"
    r"|(?:责任编辑|责\s*编|美术编辑|美\s*编|版式设计|图片编辑|校\s*对|本版(?:摄影|编辑|图片|制图))\s*[：:])"
)
# `（下转第2版）`, `（上接第1版）`: where a story goes on or came from (a 1 OCR read as `]`, `l`, `I` or `工`).
_CONTINUATION = re.compile(r"^[（(〈《]\s*(?:下转|上接|转|接)\s*第?\s*[\d\]|lI工一二三四五六七八九十]{1,3}\s*版")
# Photo credits without a mark: `张三 摄`, `本报记者 张三摄`, `新华社记者 张三 摄`, `（影像中国）`; names may run
# together (`孔怡林黄磊摄`: OCR drops the space).
_PHOTO_CREDIT = re.compile(
    rf"^(?:(?:本报|新华社|人民视觉)?(?:记者|通讯员)?\s*[{HAN}]{{2,8}}(?:\s+[{HAN}]{{2,4}}){{0,3}}\s*摄(?:影)?"
    r"|[（(](?:影像中国|视觉中国|新华社发|资料图片|[^（）()]{1,12}供图)[）)])$"
)
# Kickers (引题) over a headline: a place or unit with a dash (`南昌——`), or who said what where
# (`习近平在浙江考察时强调`).
_DASH_KICKER = re.compile(r"^(?:[^，。；！？]{1,12}?(?:——|—|─|―|--|－－|-|－)一?|[^，。；！？一]{2,4}一)$")
# `贵阳：实干谱新篇`, `海口: 实干见实效一` (the dash read as 一): a place and a short slogan over a headline (a
# longer one, `南京：给特困户解决困难`, is a headline of its own).
_PLACE_KICKER = re.compile(rf"^[{HAN}]{{2,4}}\s*[：:；;]\s*[{HAN}]{{4,6}}(?:——|—|一|[-－—]一)?$")
# Shorter lines ending so (`苏丹总统强调`) are as often the first line of a wrapped headline.
SAID_KICKER_MIN = 9
_SAID_KICKER = re.compile(r"(?:时|上|中|后)?(?:强调|指出|表示|要求|提出|希望|勉励|寄语)$")
# A paragraph that opens with an enumerator: `（一）`, `一是`, `第二，`, `3.`, `①`.
_ENUMERATOR = re.compile(
    r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[是要、]|第[一二三四五六七八九十]{1,3}[，、,是]"
    r"|\d{1,2}[.．、](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩])"
)
# A line that is a whole sentence of who attended (`蔡奇、王毅、尹力等参加上述活动。`).
_ATTENDANCE = re.compile(r"^[^，。；：]{2,40}等(?:参加|出席|陪同)[^，。；：]{0,8}。$")
_DATE = re.compile(r"^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日")
_AD_LABEL = re.compile(r"^(?:公益广告|广告|公告|启事|通知)$")
_ORG = re.compile(
    r"(?:党支部|党总支|总支部|支部|党委|党组|委员会|工委|办公室|局|中心|大队|支队|医院|学校|公司|集团|协会|"
    r"学会|研究院|研究所|委|站|所|馆|院)$"
)
# 局 as the state of things, not a bureau: the word a headline ends on (`实现良好开局`, `构建新发展格局`).
_SITUATION = re.compile(r"(?:开|格|大|全|布|结|定|僵|困|危|变|破|新|时|政|战)局$")
_PLACE = re.compile(r"(?:镇|乡|区|县|市|村|街道|社区|旗)$")
# Column labels of these papers. A label is also recognised by where it stands (see `grouping`); the list
# catches the ones printed between a headline and its byline, where position alone cannot tell.
SECTION_LABELS = frozenset({"党旗飘飘", "创品牌", "创模范", "创先锋", "四元同创 创模范", "四元同创 创品牌"})
_SECTION_SHAPE = re.compile(rf"^(?:[{HAN}]{{4}} )?创[{HAN}]{{2}}$")


is_han = cleaning.is_han


def compact(text: str) -> str:
    """The text without any white space."""
    return "".join(text.split())


_CLOSERS = "".join(sorted(CLOSERS))


def strip_closers(text: str) -> str:
    return text.rstrip(_CLOSERS)


_SIGNED = re.compile(r"\s*[（(][^（）()]{1,20}[）)]$")


# A closing quote OCR read as a letter or digit after a full stop (`顺利实现。4`, `新风J」`).
_JUNK_AFTER_STOP = re.compile(r"(?<=[。！？!?…])[”’」』）)》】]*\s?[0-9A-Za-z]$")


# A full stop OCR read as a dot after a Han character (`细腻绵长.`).
_DOTS = (".", "．")


def ends_sentence(text: str) -> bool:
    """True when the line ends a sentence: `。！？…`, possibly followed by closing quotes or brackets, or by
    the writer's name in brackets (`…。(李梦媛)`), or by a closing quote OCR misread as a letter; or a full
    stop OCR read as a dot (`细腻绵长.`)."""
    text = text.rstrip()
    if text[-1:].isascii() and text[-1:].isalnum():
        text = _JUNK_AFTER_STOP.sub("", text)
    core = text.rstrip(_CLOSERS)
    if core[-1:] in FINAL or (core[-1:] in _DOTS and is_han(core[-2:-1])):
        return True
    if not text.endswith((")", "）")):
        return False
    signed = _SIGNED.search(text)
    if signed is None or signed.start() == 0:
        return False
    core = strip_closers(text[: signed.start()])
    return bool(core) and core[-1] in FINAL


def ends_open(text: str) -> bool:
    """True when the line ends on punctuation that leaves the sentence open or closed (`，、。：` …)."""
    core = strip_closers(text.rstrip())
    return not core or core[-1] in TRAILING


# Punctuation set after a word, never before one: a line that opens with it goes on from the line above
# (`赵乐际分别会见塔吉克斯坦总统` / `、塞尔维亚总统、韩国国会议长`).
_AFTER_WORDS = frozenset("，、。；：！？,;:!?")


def opens_mid_sentence(text: str) -> bool:
    return text.lstrip()[:1] in _AFTER_WORDS


def has_sentence_inside(text: str) -> bool:
    """Running text's punctuation before the last character."""
    return SENTENCE_INSIDE.search(text, 0, len(text) - 1) is not None


def has_sentence_end_inside(text: str) -> bool:
    """A sentence's end (`。；！？`) before the last character."""
    return SENTENCE_END.search(text, 0, len(text) - 1) is not None


def has_sentence_punct(text: str) -> bool:
    return SENTENCE_INSIDE.search(text) is not None


# Words that cannot end a headline or a label: a line ending on one is cut in mid-sentence.
FUNCTION_ENDINGS = frozenset("的与和及在对把被从向将以并或而了着之其该于为")


# Words that end on one of those characters and so can end a headline (`初现新世纪油画走向`).
_WORDS_ENDING_SO = (
    "走向方向面向导向取向转向动向意向志向目的平和共和总和温和存在现在实在正在自在面对应对相对反对针对作为行为成为认为因为有为"
    "由于关于位于对于等于属于在于善于所以可以难以予以加以足以以及涉及普及波及总之尤其极其参与给与即将为了除了终了合并"
)
WORDS_ENDING_SO = frozenset(_WORDS_ENDING_SO[k : k + 2] for k in range(0, len(_WORDS_ENDING_SO), 2))


def three_across(end: str, start: str, words: Container[str]) -> bool:
    """A word of three characters of `words` across the cut from a line ending `end` to one starting `start`
    (`…事故调` / `查组`: 调查组; `邓小` / `平`): two characters that meet by chance often make a word of two, seldom
    one of three."""
    return is_han(end[-1:]) and (
        (len(end) > 1 and end[-2:] + start[:1] in words) or (len(start) > 1 and end[-1] + start[:2] in words)
    )


def ends_with_function_word(text: str) -> bool:
    core = text.rstrip()
    return bool(core) and core[-1] in FUNCTION_ENDINGS and core[-2:] not in WORDS_ENDING_SO


_TRAILING = re.compile(f"[{re.escape(''.join(sorted(TRAILING)))}]")


def first_clause_length(text: str) -> int:
    """Characters before the first punctuation mark: 1 for `者，该医院…`, a line cut one character late. A line
    that opens with a list's enumerator (`1.习近平指出，…`, `一是，…`) opens a paragraph, and no word was cut
    before it: it counts as one clause, whatever the enumerator's point or comma."""
    if _ENUMERATOR.match(text):
        return len(text)
    mark = _TRAILING.search(text)
    return len(text) if mark is None else mark.start()


# A byline names a few people or a unit; a longer line after ■ is text.
BYLINE_MAX = 24


def is_mark_byline(text: str) -> bool:
    """`■ 本报记者 X`, `■ X Y`: a byline or photo credit (short, no sentence). OCR reads the mark as `国`,
    `口`…: after one of those the rest must look like a byline on its own."""
    if _MARK.match(text):
        rest = _MARK.sub("", text)
        return 0 < len(compact(rest)) <= BYLINE_MAX and not has_sentence_punct(rest) and not ends_sentence(rest)
    if _MISREAD_MARK.match(text):
        rest = _MISREAD_MARK.sub("", text)
        return is_reporter_line(rest) or is_names_line(rest) or is_photo_credit(rest) or is_person_names(rest)
    # `口姚红`: a box-shaped mark read as a character with no space, then one name and nothing else.
    return text[:1] in _BOX_MARKS and len(text) <= 4 and is_person_names(text[1:])


def is_pen_name(text: str) -> bool:
    """`粒砂`: two or three characters, none of a grammar word, as a writer's pen name is."""
    name = compact(text)
    return 2 <= len(name) <= 3 and all(map(is_han, name)) and _NOT_IN_NAMES.isdisjoint(name)


def is_marked_pen_name(text: str) -> bool:
    """`国 粒砂`: the mark as OCR reads it, a blank, and a pen name of two or three characters."""
    mark = _MISREAD_MARK.match(text)
    rest = compact(text[mark.end() :]) if mark else ""
    return 2 <= len(rest) <= 3 and all(map(is_han, rest))


def is_reporter_line(text: str) -> bool:
    """`本报记者 X`, `本报通讯员 X` (also letter-spaced) on a line of their own; not a sentence about the
    reporter (`记者从国家统计局了解到`, `本报记者近日走访`)."""
    return bool(_REPORTER.match(text)) and len(compact(text)) <= BYLINE_MAX + 6 and not has_sentence_punct(text)


def is_names_line(text: str) -> bool:
    """Two or more personal names separated by spaces (`王长新 李敏`): an unmarked byline."""
    return bool(_NAMES.match(text))


def is_dash_subtitle(text: str) -> bool:
    return bool(_DASH.match(text)) and len(compact(text)) > 2 and not ends_sentence(text)


def is_note(text: str) -> bool:
    """`（作者系…）` or a whole line in brackets such as a trailing `（王长新 路庆良）`."""
    return bool(_AUTHOR_NOTE.match(text) or _PAREN_LINE.match(text))


def signs_off(text: str) -> bool:
    """Text (a story's last lines run together) that ends with its reporters' names in brackets after its
    last sentence: the story ends there."""
    return bool(_SIGNED_OFF.search(text))


def is_author_note(text: str) -> bool:
    return bool(_AUTHOR_NOTE.match(text))


def is_lead(text: str) -> bool:
    """`本报讯（记者 X）…`, `新华社北京7月12日电`: the first line of a news story."""
    return bool(_LEAD.match(text))


def is_site_lead(text: str) -> bool:
    """`央视网消息（新闻联播）：`: a news site's lead, which signs no reporter (a byline may still go with it)."""
    return bool(_SITE_LEAD.match(text))


FURNITURE_MAX = 48
_FURNITURE_HINT = re.compile("版|星期|周|编|校|摄影")


def is_furniture(text: str) -> bool:
    """A page header or footer line: the date and weekday, the page number, the editor in charge."""
    if len(text) > 4 * FURNITURE_MAX or not _FURNITURE_HINT.search(text):
        return False
    if len(compact(text)) > FURNITURE_MAX:
        return False
    return bool(_FURNITURE.search(text)) and not has_sentence_punct(text)


# The parts of a page header that are no section name: the date, the weekday, the page number.
_HEADER_PARTS = re.compile(r"\d{4}\s*年\s*\S{1,2}\s*月\s*\S{1,2}\s*日|(?:星期|周)[一二三四五六日天]|第\s*\S{1,3}\s*版")


def names_section(furniture: str) -> bool:
    """`第2版经济`, `2019年10月28日 星期一 第9版 社会`: a page header that prints the page's section too."""
    return sum(map(is_han, _HEADER_PARTS.sub("", furniture))) >= 2


def is_continuation(text: str) -> bool:
    """`（下转第2版）`: the story goes on on another page (or came from one)."""
    return bool(_CONTINUATION.match(text))


def is_photo_credit(text: str) -> bool:
    """`张三 摄`, `新华社记者 张三 摄`, `（影像中国）`: who took or supplied a photo."""
    t = text.strip()
    if len(t) > BYLINE_MAX + 8 or not (t.endswith(("摄", "摄影")) or t[:1] in "（("):
        return False
    return len(compact(t)) <= BYLINE_MAX and bool(_PHOTO_CREDIT.match(t))


# The commonest Chinese surnames (about nine people in ten bear one of them), and compound ones.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
    "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
    "苑迟邝赖"
)
# Characters of grammar words, which no given name is made of.
_NOT_IN_NAMES = frozenset(
    "的了和在是不这那个们着说要会能与及或对把被从向将以并而之其该于为也就都很最更还又再所已吗呢吧啊"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "令狐", "西门")
_NAME_RUN = re.compile(rf"^[{HAN}]{{2,12}}$")


def is_person_names(text: str) -> bool:
    """One to three personal names with no mark or title (`崔颖勇`, `赖林嵩 周美林`): a bare byline. Each
    name is a common surname and one or two characters; names run together are cut where that reads. A place
    (`兰州市`: 兰 is a surname too) is no name."""
    parts = compact(text) if " " not in text.strip() else None
    if parts is None:
        return all(_one_name(p) for p in text.split()) and len(text.split()) <= 3
    if not _NAME_RUN.match(parts) or _common_words_throughout(parts) or is_place(parts):
        return False
    return _names_run(parts, 3)


def _common_words_throughout(text: str) -> bool:
    """Text that reads as the language's words from end to end, two characters each (`全国小麦收购`: 全国 小麦
    收购): words, where names run together never pair up so, nor a unit's name."""
    words = common_words()
    return len(text) % 2 == 0 and len(text) > 3 and all(text[k : k + 2] in words for k in range(0, len(text), 2))


def _one_name(text: str) -> bool:
    surname = 2 if text.startswith(COMPOUND_SURNAMES) else 1
    if not _NOT_IN_NAMES.isdisjoint(text[surname:]):
        return False
    if surname == 2:
        return 3 <= len(text) <= 4
    return 2 <= len(text) <= 3 and text[0] in SURNAMES


def _names_run(text: str, left: int) -> bool:
    """One name, or names of three characters run together (`赖林嵩周美林`): two-character names run together
    cannot be told from words (`程建成通水`), nor names whose cut a word of the language spans (`文旅消|费活力`:
    消费)."""
    if _one_name(text):
        return True
    return (
        left > 1
        and len(text) > 3
        and _one_name(text[:3])
        and len(text[3:]) % 3 == 0
        and text[2:4] not in common_words()
        and _names_run(text[3:], left - 1)
    )


KICKER_LINE_MAX = 24
_KICKER_ENDS = frozenset("—─―-－一")
_KICKER_COLON = re.compile("[:：;；]")


_DASHES_ONLY = re.compile(r"^\s*(?:[—─―\-－]{1,3}|[—─―\-－]?一[—─―\-－]?)\s*$")


# Chinese numerals (and the strokes OCR reads as them): a line of little else is figures, not words.
_NUMERALS = frozenset("〇零一二三四五六七八九十百千万")
NUMERALS_SHARE = 0.8


def is_numerals(text: str) -> bool:
    """`十一并一十二十一一十十`: a line of figures written out in Chinese numerals (as OCR garbles them), never a
    headline. Such a line starts with a numeral."""
    if text[:1] not in _NUMERALS:
        return False
    t = compact(text)
    return len(t) >= 4 and sum(map(_NUMERALS.__contains__, t)) >= NUMERALS_SHARE * len(t)


# OCR reading a photo: fragments of a character or two set far apart (`人     乌        乌        一一`), of
# Latin letters and Han characters run together (`A        Z一AU     户、`), or stray Latin letters around single
# Han characters (`[SB六`). Words stand in fragments of two characters and more, and table rows hold figures of
# their own.
NOISE_SPACING = re.compile(r"\s{3}")
NOISE_FRAGMENTS = 3
NOISE_FRAGMENT_MAX = 4
_STRAY_LETTERS = re.compile(r"[A-Za-z]+")
_NOISE_SIGN = re.compile(r"\s{3}|[A-Za-z]")
_NOISE_CHAR = re.compile(r"[A-Za-z\s]")  # what `_NOISE_SIGN` needs one of, found by a quicker search
_FIGURE = re.compile(r"^[-+－]?[\d.．%]+$")
_HAN_PAIR = re.compile(rf"[{HAN}]{{2}}")


def is_ocr_noise(text: str) -> bool:
    """`忆    N      己  YA 亡一…`, `[六tr角]`: what OCR makes of a photo, no words in it."""
    if not (_NOISE_CHAR.search(text) and _NOISE_SIGN.search(text)):
        return False  # neither wide spacing nor a Latin letter: most lines, told by the first search
    fragments = text.split() if NOISE_SPACING.search(text) else []
    if len(fragments) >= NOISE_FRAGMENTS:
        return (
            all(len(fragment) <= NOISE_FRAGMENT_MAX for fragment in fragments)
            and 2 * sum(len(fragment) == 1 or _stray_letters(fragment) for fragment in fragments) >= len(fragments)
            # (`诚信做人`: words of the language, an advert's slogan beside what OCR made of its picture)
            and not any(_FIGURE.match(fragment) or _common_words_throughout(fragment) for fragment in fragments)
        )
    if not _STRAY_LETTERS.search(text):
        return False
    letters = _STRAY_LETTERS.findall(text)
    return all(len(run) <= 2 for run in letters) and any(map(is_han, text)) and not _HAN_PAIR.search(text)


def _stray_letters(fragment: str) -> bool:
    """Latin letters alone, or run together with Han characters (`Z一AU`)."""
    return bool(_STRAY_LETTERS.search(fragment)) and (
        (fragment.isascii() and fragment.isalpha()) or any(map(is_han, fragment))
    )


def is_dashes_only(text: str) -> bool:
    """`—`: the dash that ends a kicker, read by OCR as a line of its own (`一` where it read the dash as one)."""
    return bool(_DASHES_ONLY.match(text))


def is_dash_kicker(text: str) -> bool:
    """`南昌——`, `无锡一` (the dash read as 一), `贵阳：实干谱新篇`: a short kicker ending with a dash (`-一`, as
    Tesseract may read `——`), or a place and a slogan, over its headline."""
    if len(text) > KICKER_LINE_MAX or not (text[-1:] in _KICKER_ENDS or _KICKER_COLON.search(text)):
        return False
    t = compact(text)
    return bool(_DASH_KICKER.match(t) or _PLACE_KICKER.match(t))


def ends_kicker_dash(text: str) -> bool:
    """`无锡—`, `南昌一`: a dash kicker (`is_dash_kicker`) that ends in its dash, as no headline's line does."""
    return is_dash_kicker(text) and compact(text)[-1:] in _KICKER_ENDS


def is_said_kicker(text: str) -> bool:
    """`于永波会见全军和武警先进典型代表时指出`: a kicker telling who said the headline, and where."""
    t = compact(text)
    return len(t) >= SAID_KICKER_MIN and not has_sentence_punct(t) and bool(_SAID_KICKER.search(t))


def opens_with_enumerator(text: str) -> bool:
    """`（一）`, `一是`, `第二，`, `3.`: the first words of a paragraph of a list."""
    return bool(_ENUMERATOR.match(text))


_LIST_NUMBERS = {ch: k for k, ch in enumerate("一二三四五六七八九十", 1)}
_CIRCLED = {ch: k for k, ch in enumerate("①②③④⑤⑥⑦⑧⑨⑩", 1)}


def list_number(text: str) -> tuple[str, int] | None:
    """The style and number of a list paragraph's enumerator (`（二）` → `("（）", 2)`, `三是` → `("是", 3)`,
    `3.` → `(".", 3)`), so that the paragraphs of one list can be told by their numbers following on; None
    where the line opens no list paragraph or its number is not read (`十一` and above, OCR noise)."""
    match = _ENUMERATOR.match(text)
    if match is None:
        return None
    mark = match.group()
    if mark in _CIRCLED:
        return "①", _CIRCLED[mark]
    digits = "".join(ch for ch in mark if ch.isdigit())
    numerals = [_LIST_NUMBERS[ch] for ch in mark if ch in _LIST_NUMBERS]
    if digits:
        number = int(digits)
    elif len(numerals) == 1:
        number = numerals[0]
    else:
        return None
    if mark[0] in "（(":
        return "（）", number
    if mark[0] == "第":
        return "第", number
    return ("." if digits else mark[-1]), number


def opens_later_item(text: str) -> bool:
    """The line opens a list's second item or a later one, its number read and its text following in Chinese
    (`（二）一件件…`, `三是，…`). Not a first (`统一、`, `之一是`, `第一要素` end words in the middle of a
    sentence), nor `三要素`, nor a figure OCR misread (`5.]万亿元`)."""
    match = _ENUMERATOR.match(text)
    if match is None:
        return False
    number = list_number(text)
    return (
        number is not None
        and number[1] >= 2
        and number[0] != "要"
        and not text[match.end() : match.end() + 1].isascii()
    )


def is_attendance(text: str) -> bool:
    """`蔡奇、王毅等参加。`, `王东峰等参加会见。`: who attended, the sentence that closes a report of a meeting or
    a visit in a paragraph of its own."""
    return "等" in text and bool(_ATTENDANCE.match(text))


def is_dated(text: str) -> bool:
    """Starts with a date (`7月23日，…`), as photo captions do; in full-width digits too, which the pattern's
    digit class takes as they are."""
    return bool(_DATE.match(text))


def has_inline_credit(text: str) -> bool:
    """Ends with `■ name(s)` after the text: a photo credit printed inside the caption's last line."""
    return bool(_INLINE_CREDIT.search(text))


def is_ad_label(text: str) -> bool:
    return bool(_AD_LABEL.match(compact(text)))


_AD_SIGNATURE = re.compile(r"^[^，。；！？]{1,10}(?:宣|制|供稿|电视台|网络电视台|文明办|文明网)$")


def is_ad_signature(text: str) -> bool:
    """`本报宣`, `市文明办宣`, `中国网络电视台`, `中国文明网`: who placed a public-service notice, under its
    slogans."""
    return bool(_AD_SIGNATURE.match(compact(text)))


def is_org_name(text: str) -> bool:
    """A unit's name (`市委办公室第一党支部`), as signed under a profile: a name of `ORG_NAMED` characters or
    more before the kind of unit (not `局` alone, the last character of a headline's word the line broke:
    `实现稳健开` / `局`); not a phrase that reads as the language's words from end to end and happens to end like
    one (`夏粮丰收已成定局`), nor one ending on 局 as the state of things (`前两个月我国工业经济实现良好开局`)."""
    t = text.strip()
    kind = _ORG.search(t)
    return (
        kind is not None
        and kind.start() >= ORG_NAMED
        and not _SITUATION.search(t)
        and " " not in t
        and len(t) <= ORG_MAX
        and not any(ch in TRAILING or ch in "“”《》（）()" for ch in t)
        and not _common_words_throughout(t)
    )


ORG_MAX = 30
ORG_NAMED = 2


def is_place(text: str) -> bool:
    """A place: named with its kind (`兰州市`, `城关镇`), or one the language knows (`郑州`)."""
    return bool(_PLACE.search(text)) or compact(text) in places()


_BOXED = re.compile(rf"^[\[【［〔〖|｜]\s*[{HAN}]{{2,8}}\s*[\]】］〕〗|｜]?$")


def is_boxed_label(text: str) -> bool:
    """`[科技前沿]`, `【一线探访】`: a column label in a box, the box read as brackets (`[图片新闻`: OCR may lose
    the box's right side)."""
    return bool(_BOXED.match(text.strip()))


def is_section_label(text: str) -> bool:
    """A known column label, or one shaped like them (`创品牌`, `四元同创 创模范`)."""
    t = " ".join(text.split())
    return t in SECTION_LABELS or bool(_SECTION_SHAPE.match(t))


_HALF_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def normalise_digits(text: str) -> str:
    return text.translate(_HALF_WIDTH_DIGITS)


def mark_stripped(text: str) -> str:
    return _MARK.sub("", text)


def is_marked_photo_credit(text: str) -> bool:
    """`■ 吕林丽 摄`, `张三摄`, `国 李怡秀 能飞霞 摄` (the mark as Tesseract reads it): a photographer's credit."""
    misread = _MISREAD_MARK.match(text)
    return is_photo_credit(mark_stripped(text)) or bool(misread and is_photo_credit(text[misread.end() :]))
