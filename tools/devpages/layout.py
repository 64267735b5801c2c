"""Lay out articles as a newspaper page and draw it, remembering every drawn line: its item, role, paragraph
and box. The gold parse of a page is derived from these records (see `gold.py`)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from corpus import Article
from PIL import Image, ImageDraw, ImageFont

FONTS = "/usr/share/fonts/opentype/noto/"
SC = 2  # index of the Simplified Chinese face in the Noto CJK collections

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤"
)
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰文斌宇浩凯鹏飞晓东海波辉宁林峰"
    "琳雪梅晨阳健旭颖婷慧佳欣怡雨思远"
)
PLACES = [
    "北京",
    "上海",
    "天津",
    "重庆",
    "广州",
    "南京",
    "杭州",
    "成都",
    "武汉",
    "西安",
    "沈阳",
    "长沙",
    "郑州",
    "济南",
    "合肥",
    "福州",
    "昆明",
    "南宁",
    "兰州",
    "银川",
    "西宁",
    "拉萨",
    "乌鲁木齐",
    "呼和浩特",
    "哈尔滨",
    "长春",
    "石家庄",
    "太原",
    "南昌",
    "贵阳",
    "海口",
    "深圳",
    "青岛",
    "大连",
    "厦门",
    "宁波",
    "苏州",
    "无锡",
    "烟台",
    "洛阳",
]
UNITS = [  # after a city's name
    "某大学教授",
    "市社科院研究员",
    "市委党校讲师",
    "某中学教师",
    "市文联副主席",
    "市作家协会会员",
    "某报社编辑",
    "区文化馆馆员",
    "某研究所副研究员",
    "市社会科学院研究员",
]
LABELS = [
    "基层风采",
    "党旗飘飘",
    "创品牌",
    "民生关注",
    "一线探访",
    "新春走基层",
    "经济观察",
    "国际视点",
    "文化广角",
    "图片新闻",
    "今日谈",
    "社会广角",
    "乡村振兴",
    "走基层",
    "百姓故事",
    "法治在线",
    "科技前沿",
    "身边榜样",
]
SECTIONS = [
    "要闻",
    "国内新闻",
    "国际新闻",
    "经济",
    "社会",
    "文化",
    "地方",
    "综合新闻",
    "副刊",
    "视点",
]
SLOGANS = [
    ("讲文明 树新风", "文明城市 你我共建"),
    ("节约粮食 从我做起", "光盘行动 人人参与"),
    ("保护环境 人人有责", "绿水青山就是金山银山"),
    ("诚信做人 守法做事",),
    ("珍爱生命 文明出行",),
    ("关爱老人 弘扬孝道", "尊老爱幼是中华民族传统美德"),
    ("垃圾分类 从我做起", "共建美丽家园"),
]
AD_SOURCES = [
    "中国文明网",
    "本报宣",
    "市文明办 宣",
    "中国网络电视台",
]
RULES = True
GUTTER = 1.6  # column gap in characters
WIDE_GUTTER = 2.5  # RapidOCR joins lines of long columns across narrower gaps
WEEKDAYS = "一二三四五六日"


def name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


@dataclass
class Drawn:
    """One line of text as drawn on the page."""

    key: int
    item: int
    role: str
    unit: int  # paragraph / headline / byline unit the line belongs to
    pos: int  # position of the line in its unit
    text: str
    box: tuple[int, int, int, int]


FOOTER_COL = 99  # the column of the page footer's region: after every other


@dataclass
class Region:
    """A block a reader (or an OCR engine told the layout) reads as one: a column of a module, a headline group."""

    box: tuple[int, int, int, int]
    head: bool
    col: int  # leftmost page column it spans
    order: int = 0


@dataclass
class PageItem:
    kind: str
    note: str


@dataclass
class Page:
    width: int
    height: int
    image: Image.Image
    lines: list[Drawn] = field(default_factory=list)
    items: list[PageItem] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)


class Fonts:
    def __init__(self) -> None:
        self._cache: dict[tuple[str, str, int], ImageFont.FreeTypeFont] = {}

    def get(self, family: str, weight: str, size: int) -> ImageFont.FreeTypeFont:
        """`family` Sans or Serif, `weight` Regular or Bold."""
        key = (family, weight, size)
        if key not in self._cache:
            self._cache[key] = ImageFont.truetype(f"{FONTS}Noto{family}CJK-{weight}.ttc", size, index=SC)
        return self._cache[key]


FONT = Fonts()
NO_START = set("，。、；：？！）》」』”’…—·")


def wrap(text: str, font: ImageFont.FreeTypeFont, width: float, indent: float = 0.0) -> list[str]:
    """Hard-wrap `text` at `width` pixels (the first line `indent` narrower); no line starts with closing marks."""
    lines: list[str] = []
    cur = ""
    limit = width - indent
    for ch in text:
        if cur and font.getlength(cur + ch) > limit and ch not in NO_START:
            lines.append(cur)
            cur, limit = "", width
        cur += ch
    if cur:
        lines.append(cur)
    return lines


def wrap_words(text: str, font: ImageFont.FreeTypeFont, width: float) -> list[str]:
    """Wrap at spaces (names stay whole); a single word too long for the line is wrapped by character."""
    lines: list[str] = []
    for word in text.split(" "):
        fresh = word.startswith("本报") and font.getlength(text) > width  # a second byline starts its own line
        if lines and not fresh and font.getlength(lines[-1] + " " + word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return [part for line in lines for part in wrap(line, font, width)]


class Painter:
    """Draws text and records it."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.draw = ImageDraw.Draw(page.image)
        self.unit = 0

    def item(self, kind: str, note: str) -> int:
        self.page.items.append(PageItem(kind, note))
        return len(self.page.items) - 1

    def new_unit(self) -> int:
        self.unit += 1
        return self.unit

    def text(
        self,
        x: float,
        y: float,
        text: str,
        font: ImageFont.FreeTypeFont,
        item: int,
        role: str,
        unit: int,
        pos: int,
        fill: int = 0,
    ) -> None:
        self.draw.text((x, y), text, font=font, fill=fill)
        left, top, right, bottom = self.draw.textbbox((x, y), text, font=font)
        self.page.lines.append(
            Drawn(len(self.page.lines), item, role, unit, pos, text, (int(left), int(top), int(right), int(bottom)))
        )


@dataclass
class Style:
    body: int  # body character size in pixels
    columns: int
    chars: int  # characters per column line
    gutter: int
    margin: int

    @property
    def col_width(self) -> int:
        return self.body * self.chars

    @property
    def leading(self) -> int:
        return int(self.body * 1.55)


@dataclass
class Story:
    """An article prepared for a page: its parts in the conventions of a Chinese paper."""

    article: Article
    kicker: str
    title: str
    deck: str
    bylines: list[str]
    byline_at_end: bool
    paragraphs: list[str]
    note: str  # an author note
    label: str  # a column label above the headline


def make_story(article: Article, rng: random.Random, date: dt.date, page_no: int) -> Story:
    title, kicker, deck = article.title, "", ""
    if article.second:
        if title.endswith(("指出", "强调", "表示", "时说", "要求")) or rng.random() < 0.3:
            kicker, title = title, article.second
        else:
            deck = "——" + article.second
    paragraphs = list(article.paragraphs)
    first = paragraphs[0]
    has_lead = first.startswith(("本报", "新华社", "据新华社", "综合本报"))
    if article.lead and not has_lead and rng.random() < 0.5:  # the source's own lead, half the time
        paragraphs[0] = article.lead + first
        has_lead = True
    reporter, second = name(rng), name(rng)
    place = rng.choice(PLACES)
    if not has_lead and not article.author and rng.random() < 0.6:
        lead = rng.choice(
            [
                f"本报{place}{date.month}月{date.day}日电（记者 {reporter}）",
                f"新华社{place}{date.month}月{date.day}日电",
                f"本报讯（记者 {reporter} 通讯员 {second}）",
                f"本报讯（记者 {reporter}）",
            ]
        )
        paragraphs[0] = lead + (" " if lead.endswith("电") else "") + first
        has_lead = True
    if not kicker and not deck and rng.random() < 0.3:
        kicker = rng.choice(
            [
                f"{place}——",
                f"{place}市",
                f"{place}：{rng.choice(('创新', '实干', '惠民', '攻坚'))}"
                f"{rng.choice(('开新局', '见实效', '谱新篇'))}——",
            ]
        )
    if not deck and rng.random() < 0.15 and len(paragraphs) > 1:
        # a deck drawn from the story's own words: the first clause of the second paragraph
        clause = paragraphs[1].split("，")[0].split("。")[0]
        if 6 <= len(clause) <= 18:
            deck = "——" + clause
    bylines: list[str] = []
    byline_at_end = False
    if article.author:
        bylines = [
            article.author if article.author.startswith("本报") else rng.choice(("", "□ ", "● ", "■ ")) + article.author
        ]
        byline_at_end = not article.author.startswith("本报") and rng.random() < 0.3
    elif rng.random() < 0.7:
        style = rng.randrange(5)
        bylines = [
            [
                f"■ 本报记者 {reporter}",
                f"本报记者 {reporter} 本报通讯员 {second}",
                f"□ {reporter}",
                f"● {reporter}",
                f"本报记者 {reporter} {second}",
            ][style]
        ]
        if style == 1 and rng.random() < 0.5:
            bylines = [f"本报记者 {reporter}", f"本报通讯员 {second}"]
    note = ""
    if article.author and not article.author.startswith("本报") and rng.random() < 0.7:
        note = f"（作者系{rng.choice(PLACES)}{rng.choice(UNITS)}）"
    if rng.random() < 0.25 and len(paragraphs) >= 4:
        style = rng.choice(("是", "（）", "."))
        nums = "一二三四五六"
        for k in range(1, min(len(paragraphs), 4)):
            mark = {"是": f"{nums[k - 1]}是", "（）": f"（{nums[k - 1]}）", ".": f"{k}."}[style]
            paragraphs[k] = mark + ("，" if style == "是" else "") + paragraphs[k]
    label = article.label or (rng.choice(LABELS) if rng.random() < 0.2 else "")
    return Story(article, kicker, title, deck, bylines, byline_at_end, paragraphs, note, label)


def page_date(rng: random.Random) -> dt.date:
    return dt.date(rng.randrange(1998, 2024), rng.randrange(1, 13), rng.randrange(1, 29))


def date_text(date: dt.date) -> str:
    return f"{date.year}年{date.month}月{date.day}日 星期{WEEKDAYS[date.weekday()]}"


# --- composing a page ---------------------------------------------------------------------------------


def style_for(family: str, rng: random.Random) -> Style:
    if family == "narrow":
        columns = rng.choice((4, 5, 6))
        chars = {4: rng.randrange(16, 21), 5: rng.randrange(14, 17), 6: rng.randrange(12, 15)}[columns]
        body = 30
    elif family == "wide":
        columns = rng.choice((1, 2, 2, 3))
        chars = {1: rng.randrange(36, 57), 2: rng.randrange(30, 41), 3: 30}[columns]
        body = 28 if columns == 3 else 30
    else:
        columns, chars, body = 1, rng.randrange(26, 35), 32
    return Style(body, columns, chars, int(body * (GUTTER if family == "narrow" else WIDE_GUTTER)), 90)


def partition(columns: int, rng: random.Random) -> list[int]:
    if columns == 1 or rng.random() < 0.35:
        return [1] * columns
    parts: list[int] = []
    left = columns
    while left:
        part = rng.randint(1, min(3, left))
        if left - part == 0 or rng.random() < 0.8:
            parts.append(part)
            left -= part
    rng.shuffle(parts)
    return parts


class Composer:
    def __init__(
        self, family: str, rng: random.Random, stories: list[Story], captions: list[str], date: dt.date
    ) -> None:
        self.family, self.rng, self.stories, self.captions, self.date = family, rng, stories, captions, date
        self.st = style_for(family, rng)
        st = self.st
        self.width = 2 * st.margin + st.columns * st.col_width + (st.columns - 1) * st.gutter
        self.height = rng.randrange(3000, 3500) if family == "tabloid" else rng.randrange(3200, 3800)
        self.page = Page(self.width, self.height, Image.new("L", (self.width, self.height), 255))
        self.p = Painter(self.page)
        self.serif_heads = family == "tabloid" or rng.random() < 0.3
        self.ad_done = False
        self.photos = 0

    # geometry
    def col_x(self, col: int) -> int:
        return self.st.margin + col * (self.st.col_width + self.st.gutter)

    def span_width(self, span: int) -> int:
        return span * self.st.col_width + (span - 1) * self.st.gutter

    def region(self, boxes: list[tuple[int, int, int, int]], head: bool, col: int) -> None:
        if boxes:
            box = (
                min(b[0] for b in boxes),
                min(b[1] for b in boxes),
                max(b[2] for b in boxes),
                max(b[3] for b in boxes),
            )
            self.page.regions.append(Region(box, head, col))

    def since(self, start: int) -> list[tuple[int, int, int, int]]:
        return [d.box for d in self.page.lines[start:]]

    def compose(self) -> Page:
        st, rng = self.st, self.rng
        top = self.header()
        bottom = self.footer()
        y = top
        while bottom - y > 8 * st.leading:
            spans = partition(st.columns, rng)
            lines = rng.randrange(12, 30) if self.family == "narrow" else rng.randrange(10, 24)
            height = lines * st.leading + 6 * st.body
            if bottom - y - height < 10 * st.leading:
                height = bottom - y
            col = 0
            for span in spans:
                self.module(col, span, y, y + height)
                col += span
            y += height + st.body
            if y < bottom - 8 * st.leading:
                self.p.draw.line(
                    (st.margin, y - st.body // 2, self.width - st.margin, y - st.body // 2), fill=90, width=2
                )
        return self.page

    def header(self) -> int:
        st, rng, p = self.st, self.rng, self.p
        item = p.item("section", "page header")
        start = len(self.page.lines)
        y = st.margin
        small = FONT.get("Sans", "Regular", 30)
        big = FONT.get("Sans", "Bold", 44)
        section = rng.choice(SECTIONS)
        page_no = f"第{rng.randrange(2, 16)}版"
        pieces = [(date_text(self.date), small), (page_no, big if rng.random() < 0.5 else small), (section, big)]
        if self.family != "narrow" and rng.random() < 0.5:
            pieces = [(f"{page_no}  {section}", big), (date_text(self.date), small)]
        xs = [st.margin, (self.width - big.getlength(pieces[1][0])) / 2, None]
        for k, (text, font) in enumerate(pieces):
            x = xs[k] if k < 2 and xs[k] is not None else self.width - st.margin - font.getlength(text)
            if len(pieces) == 2 and k == 1:
                x = self.width - st.margin - font.getlength(text)
            p.text(x, y + (44 - font.size) // 2, text, font, item, "section", p.new_unit(), 0)
        self.region(self.since(start), True, -1)
        y += 70
        p.draw.line((st.margin, y, self.width - st.margin, y), fill=0, width=5)
        return y + 40

    def footer(self) -> int:
        st, rng, p = self.st, self.rng, self.p
        font = FONT.get("Sans", "Regular", 28)
        y = self.height - st.margin - 40
        item = p.item("section", "page footer")
        start = len(self.page.lines)
        p.text(st.margin, y, f"责任编辑：{name(rng)}", font, item, "section", p.new_unit(), 0)
        if rng.random() < 0.6:
            text = rng.choice((f"版式设计：{name(rng)}", f"本版摄影：{name(rng)}", f"美术编辑：{name(rng)}"))
            p.text(self.width - st.margin - font.getlength(text), y, text, font, item, "section", p.new_unit(), 0)
        self.region(self.since(start), False, FOOTER_COL)
        p.draw.line((st.margin, y - 25, self.width - st.margin, y - 25), fill=0, width=3)
        return y - 50

    def module(self, col: int, span: int, top: int, bottom: int) -> None:
        """Fill one module of the page grid with pieces stacked from top to bottom."""
        rng, y = self.rng, top
        while bottom - y > 7 * self.st.leading:
            if not self.ad_done and bottom - y < 16 * self.st.leading and span <= 2 and rng.random() < 0.2:
                self.ad_done = True
                y = self.ad(col, span, y, bottom)
            elif self.captions and self.photos < 2 and rng.random() < (0.15 if self.family == "narrow" else 0.1):
                self.photos += 1
                y = self.photo(col, span, y, bottom)
            elif self.stories:
                y = self.article(self.pick(span, bottom - y), col, span, y, bottom)
            else:
                break
            y += int(self.st.body * 1.5)

    def pick(self, span: int, height: int) -> Story:
        """Of the next few stories, the longest that fits the space (papers cut stories to fit, but not all)."""
        room = (height // self.st.leading - 6) * span * self.st.chars
        ahead = self.stories[-6:]
        fits = [s for s in ahead if sum(map(len, s.paragraphs)) <= room]
        choice = max(fits, key=lambda s: sum(map(len, s.paragraphs))) if fits and self.rng.random() < 0.7 else ahead[-1]
        self.stories.remove(choice)
        return choice

    def ad(self, col: int, span: int, top: int, bottom: int) -> int:
        st, rng, p = self.st, self.rng, self.p
        x0, width = self.col_x(col), self.span_width(span)
        item = p.item("ad", "公益广告")
        start = len(self.page.lines)
        height = min(bottom - top, 9 * st.leading)
        p.draw.rectangle((x0, top, x0 + width, top + height), outline=0, width=4)
        y = top + st.body
        label = FONT.get("Sans", "Bold", int(st.body * 1.3))
        p.text(x0 + (width - label.getlength("公益广告")) / 2, y, "公益广告", label, item, "ad", p.new_unit(), 0)
        y += int(st.body * 2.6)
        font = FONT.get("Serif", "Bold", int(st.body * 1.15))
        for slogan in rng.choice(SLOGANS):
            for k, line in enumerate(wrap(slogan, font, width - 2 * st.body)):
                p.text(x0 + (width - font.getlength(line)) / 2, y, line, font, item, "ad", p.new_unit(), k)
                y += int(font.size * 1.8)
        small = FONT.get("Sans", "Regular", st.body)
        src = rng.choice(AD_SOURCES)
        p.text(x0 + width - st.body - small.getlength(src), y, src, small, item, "ad", p.new_unit(), 0)
        self.region(self.since(start), False, col)
        return top + height

    def photo(self, col: int, span: int, top: int, bottom: int) -> int:
        st, rng, p = self.st, self.rng, self.p
        x0, width = self.col_x(col), self.span_width(span)
        caption = self.captions.pop()
        font = FONT.get("Sans", "Regular", st.body)
        lines = wrap(caption, font, width)
        room = bottom - top - (len(lines) + 2) * st.leading
        if room < 4 * st.leading:
            lines = lines[: max(1, len(lines) - 3)]
            room = bottom - top - (len(lines) + 2) * st.leading
        height = max(3 * st.leading, min(room, int(width * 0.5), 9 * st.leading))
        grey = rng.randrange(150, 205)
        p.draw.rectangle((x0, top, x0 + width, top + height), fill=grey)
        for _ in range(rng.randrange(2, 5)):
            w, h = rng.randrange(width // 6, width // 2), rng.randrange(height // 6, height // 2)
            ox, oy = rng.randrange(x0, x0 + width - w), rng.randrange(top, top + height - h)
            p.draw.ellipse((ox, oy, ox + w, oy + h), fill=max(60, grey - rng.randrange(30, 80)))
        item = p.item("photo", "photo with caption")
        start = len(self.page.lines)
        y = top + height + st.body // 2
        unit = p.new_unit()
        for k, line in enumerate(lines):
            p.text(x0, y, line, font, item, "caption", unit, k)
            y += st.leading
        credit = rng.choice(
            (
                f"■ {name(rng)} 摄",
                f"{name(rng)}摄",
                f"新华社记者 {name(rng)} 摄",
                f"本报记者 {name(rng)} 摄",
                f"■ {name(rng)} {name(rng)} 摄",
            )
        )
        p.text(x0 + width - font.getlength(credit), y, credit, font, item, "credit", p.new_unit(), 0)
        self.region(self.since(start), False, col)
        return y + st.leading

    def article(self, story: Story, col: int, span: int, top: int, bottom: int) -> int:
        st, rng, p = self.st, self.rng, self.p
        x0, width = self.col_x(col), self.span_width(span)
        y = top
        if story.label:
            label_item = p.item("section", "column label")
            lf = FONT.get("Sans", "Bold", int(st.body * 1.15))
            lw = lf.getlength(story.label)
            boxed = rng.random() < 0.7
            if boxed:
                p.draw.rectangle((x0, y, x0 + lw + st.body, y + lf.size + st.body // 1.2), fill=225, outline=0, width=3)
            start = len(self.page.lines)
            p.text(x0 + st.body / 2, y + st.body // 3, story.label, lf, label_item, "section", p.new_unit(), 0)
            self.region(self.since(start), True, col)
            y += lf.size + st.body + st.body // 2
        item = p.item("article", story.title)
        head_start = len(self.page.lines)
        centred = span > 1 or self.family != "narrow" or rng.random() < 0.5
        # a headline group set in the first column beside its body, as narrow pages often do
        beside = self.family == "narrow" and span >= 2 and rng.random() < 0.25
        body_top, body_col, body_span = y, col + 1, span - 1
        if beside:
            width = st.col_width

        def head_lines(text: str, font: ImageFont.FreeTypeFont, role: str, yy: int, unit: int) -> int:
            lines = wrap(text, font, width)
            if role == "title" and len(lines) == 2:  # two balanced lines, as headlines are set
                half = -(-len(text) // 2)
                lines = [text[:half], text[half:]]
            for k, line in enumerate(lines):
                x = x0 + (width - font.getlength(line)) / 2 if centred else x0
                p.text(x, yy, line, font, item, role, unit, k)
                yy += int(font.size * 1.35)
            return yy

        if story.kicker:
            y = head_lines(story.kicker, FONT.get("Sans", "Regular", int(st.body * 1.2)), "subtitle", y, p.new_unit())
        family = "Serif" if self.serif_heads else "Sans"
        for scale in (2.2, 1.9, 1.7, 1.5, 1.3, 1.1):
            title_font = FONT.get(family, "Bold", int(st.body * scale))
            if len(wrap(story.title, title_font, width)) <= (4 if beside else 2):
                break
        y = head_lines(story.title, title_font, "title", y + st.body // 4, p.new_unit()) + st.body // 4
        if story.deck:
            y = head_lines(story.deck, FONT.get("Sans", "Regular", int(st.body * 1.1)), "subtitle", y, p.new_unit())
        byline_font = FONT.get("Sans", "Regular", st.body)
        if story.bylines and not story.byline_at_end:
            y += st.body // 3
            for byline in story.bylines:
                for k, line in enumerate(wrap_words(byline, byline_font, width)):
                    x = x0 + (width - byline_font.getlength(line)) / 2 if centred else x0
                    p.text(x, y, line, byline_font, item, "byline", p.new_unit(), k)
                    y += st.leading
        self.region(self.since(head_start), True, col)
        head_bottom = y
        if beside:
            y = body_top
        else:
            y += int(st.body * 0.9)
            body_col, body_span = col, span

        body_font = FONT.get("Serif", "Regular", st.body)
        cw = st.col_width
        flow: list[tuple[str, str, int, int, float]] = []  # text, role, unit, pos, x offset
        for par in story.paragraphs:
            unit = p.new_unit()
            for k, line in enumerate(wrap(par, body_font, cw, indent=2 * st.body)):
                flow.append((line, "body", unit, k, 2 * st.body if k == 0 else 0))
        if story.note:
            unit = p.new_unit()
            for k, line in enumerate(wrap(story.note, body_font, cw, indent=2 * st.body)):
                flow.append((line, "note", unit, k, 2 * st.body if k == 0 else 0))
        if story.bylines and story.byline_at_end:
            for byline in story.bylines:
                flow.append((byline, "byline", p.new_unit(), 0, max(0, cw - body_font.getlength(byline))))
        per_col = max(1, (bottom - y) // st.leading)
        capacity = per_col * body_span
        if len(flow) > capacity:
            flow = [f for f in flow[: capacity - 1] if f[1] == "body"]
            cont = f"（下转第{rng.randrange(2, 16)}版）"
            flow.append((cont, "note", p.new_unit(), 0, cw - body_font.getlength(cont)))
        else:
            per_col = -(-len(flow) // body_span)
        end = max(y, head_bottom)
        for c in range(body_span):
            chunk = flow[c * per_col : (c + 1) * per_col]
            if not chunk:
                break
            start = len(self.page.lines)
            xc = self.col_x(body_col + c)
            yy = y
            for text, role, unit, pos, dx in chunk:
                p.text(xc + dx, yy, text, body_font, item, role, unit, pos)
                yy += st.leading
            end = max(end, yy)
            self.region(self.since(start), False, body_col + c)
            if (c or beside) and RULES:
                xr = xc - st.gutter // 2
                p.draw.line((xr, y, xr, yy - st.leading // 3), fill=110, width=2)
        return end
