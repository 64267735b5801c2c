"""Columns of one story side by side: on a page with line boxes, the next column of a module goes on the story
of the column left of it, wherever the OCR order put it; in plain text, a column that reads on from a story cut
off in mid-sentence goes back to it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from proofdesk.domain.model import Break, Page
from proofdesk.parsing import parse_page
from tests.unit.parse_scoring import tuned_on_lines

DEV = Path(__file__).resolve().parents[1] / "data" / "dev" / "tune"

# A story in two columns under a headline over the first, read column by column: its first column, then the
# story printed under it, then its second column (which starts a sentence, so its words alone say nothing).
MODULE = [
    ("农村公路建设全面提速", (100, 100, 400, 60)),
    ("",),
    ("本报讯 今年全市新建改建农村公路一千公里。", (100, 200, 400, 36)),
    ("各地把农村公路建设同乡村振兴结合起来。", (100, 240, 400, 36)),
    ("",),
    ("城市书房开到家门口", (100, 400, 400, 60)),
    ("",),
    ("本报讯 全市又有十家城市书房开门迎客。", (100, 500, 400, 36)),
    ("读者在这里可以借书还书，也可以上网。", (100, 540, 400, 36)),
    ("",),
    ("沿线的群众出行更加方便，家家户户有了新路。", (600, 200, 400, 36)),
    ("农产品运得出、卖得好，游客也多了起来。", (600, 240, 400, 36)),
]


def _page(rows: list[tuple[Any, ...]]) -> tuple[Page, dict[int, tuple[float, float, float, float]]]:
    page = Page("module", tuple(row[0] for row in rows))
    return page, {n: row[1] for n, row in enumerate(rows, 1) if len(row) > 1}


def test_the_next_column_of_a_module_goes_on_the_story_left_of_it() -> None:
    page, boxes = _page(MODULE)
    without, layer = parse_page(page), parse_page(page, None, None, boxes)
    assert without.lines[11].item == without.lines[8].item  # by the text alone, on the story before it
    assert layer.lines[11].item == layer.lines[12].item == layer.lines[3].item == layer.lines[1].item
    assert layer.lines[8].item != layer.lines[3].item


def test_a_column_under_a_headline_of_its_own_stays_a_story() -> None:
    rows = [*MODULE[:10], ("科技馆迎来参观高峰", (600, 100, 400, 60)), ("",), *MODULE[10:]]
    page, boxes = _page(rows)
    layer = parse_page(page, None, None, boxes)
    assert layer.lines[13].item != layer.lines[3].item


# Plain text read column by column: a story's first column, another story, then the first story's second column,
# which goes on with the sentence its first column broke off at a full line (`…同时，开始` / `以健康的心态，…`)
# and shares a few of its words.
CUT_OFF = [
    "『中国青年油画展』",
    "初现新世纪油画走向",
    "范凯明",
    "",
    "首届全国性的『走向新世纪中国",
    "青年油画展』，日前已在北京中国美",
    "术馆展出。由于参展作者将是下个世",
    "纪中国油画创作队伍的中坚力量，因",
    "而此展引起美术界众多人士的关注。",
    "中国油画及美术评论界着名人士詹建",
    "俊、闻立鹏、邵大等认为，此次展",
    "出的二百零三幅作品，基本反映了当",
    "前青年油画创作的总体水平，许多作",
    "者在追求现代艺术品格的同时，开始",
    "",
    "老挝国会主席会见何鲁丽",
    "龚思",
    "",
    "新华社北京12月30日电万象",
    "消息：老挝人民民主共和国中央政治",
    "局委员、国会主席沙曼·维雅吉29",
    "日在万象会见了正在老挝访问的全国",
    "政协副主席、中国人民争取和平与裁",
    "军委员会会长何鲁丽及其率领的和裁",
    "会代表团，宾主进行了亲切友好的交",
    "谈。",
    "（一）沙曼说，何鲁丽访老是一",
    "次重要的高层次访问和交流，将促进",
    "两国传统友好关系的发展，有利于本",
    "地区的和平与稳定。他说，老挝人民",
    "密切关注中国社会主义建设事业取得",
    "的巨大成就，对中国始终坚持高举邓「为期5天的友好访问的。",
    "",
    "以健康的心态，关注现实社会生活，",
    "但也有部分作者过于注重个人的直观",
    "感觉和印象使其作品偏于所谓『原生",
    "态』。因此他们期望以后在更多的青",
    "年油画家的作品中，再多一些对现实",
    "社会有深刻理解，并在此基础上追求",
    "时代的理想和精神性的力作。",
    "该展由中国油画学会等单位主办，",
    "」现在深圳展出，并将在重庆续展。",
    "",
]


def test_a_column_that_reads_on_from_a_story_cut_off_in_mid_sentence_goes_back_to_it() -> None:
    layer = parse_page(Page("cut off", tuple(CUT_OFF)))
    assert layer.lines[34].item == layer.lines[42].item == layer.lines[14].item == layer.lines[1].item
    assert layer.lines[19].item == layer.lines[16].item != layer.lines[1].item


# Plain text read column by column (a tune page's lines): an essay's first column, cut off at a full line
# (`…平凡而真实的日`), another story whose column ends on a comma (OCR read two columns into its last line),
# then the essay's next column, whose first clause is one character (`子，`): that character finishes a word
# only after a line cut in mid-word, so the column goes back to the essay, not on the story that ended on a
# comma.
def test_a_one_character_clause_finishes_a_word_only_after_a_line_cut_in_mid_word() -> None:
    raw = tuned_on_lines("narrow_rapidocr_rcol_13004")
    rows = [*raw[30:53], "", *raw[118:130], "", *raw[131:151], ""]
    layer = parse_page(Page("essay", tuple(rows)))
    assert rows[37].startswith("子，") and rows[22].endswith("的日") and rows[35].endswith("，")
    assert layer.lines[38].item == layer.lines[23].item == layer.lines[1].item
    assert layer.lines[36].item == layer.lines[28].item != layer.lines[38].item


# The same lines, the essay's first column cut off at a full line (`…是我们挥汗如雨`), then the other story's
# column cut off at a full line too (`…安排好困`) and a photo: the essay's next column reads on from both (its
# first clause is one character) and goes on the one whose words it shares, the essay, not the nearest.
def test_a_column_that_reads_on_from_two_stories_goes_on_the_one_whose_words_it_shares() -> None:
    raw = tuned_on_lines("narrow_rapidocr_rcol_13004")
    photo = ["1998年元旦，全国各地开展丰富多彩的健身活动。这是广西南宁近千名", "冬泳爱好者冒雨横渡邕江，迎接新年。"]
    rows = [*raw[30:53], *raw[93:112], "", *raw[118:129], "", *photo, "■田军怡苏建颖摄", "", *raw[131:151], ""]
    rows += [*raw[185:207], ""]
    layer = parse_page(Page("essay", tuple(rows)))
    assert rows[41].endswith("挥汗如雨") and rows[53].endswith("安排好困") and rows[59].startswith("子，")
    assert layer.lines[60].item == layer.lines[42].item == layer.lines[1].item
    assert layer.lines[54].item == layer.lines[48].item != layer.lines[60].item


# A tune page read headlines first: the headline `致读者` goes to the story whose text holds its words, which
# OCR read as another story's column (`抓，全市建立…`, the Nanjing story's) and then the letter to readers.
# The letter holds the headline's words and keeps it; the column before it goes back to the story it shares
# words with.
def test_a_column_before_the_block_a_far_headline_went_to_may_go_to_another_story() -> None:
    raw = tuned_on_lines("narrow_rapidocr_rtop_13004")
    layer = parse_page(Page("headlines first", tuple(raw)))
    assert raw[39] == "致读者" and raw[134].startswith("本报南京") and raw[189].startswith("抓，")
    assert raw[198].startswith("1997年本报国际年终报道")
    assert layer.lines[190].item == layer.lines[135].item != layer.lines[199].item == layer.lines[40].item


# A tune page with line boxes: an essay's last column, read after other stories, ends with the author's note and
# signature (`●向贤彪`), which sign it under its last line. Signed so, it is still a column of the essay and goes
# on the story under its headline group.
def test_a_column_signed_under_its_last_line_goes_on_the_story_it_continues() -> None:
    raw = tuned_on_lines("wide_rapidocr_rcol_1008")
    boxes = json.loads((DEV / "wide_rapidocr_rcol_1008.boxes.json").read_text(encoding="utf-8"))
    layer = parse_page(Page("signed column", tuple(raw)), None, None, {int(n): tuple(b) for n, b in boxes.items()})
    assert raw[41] == "温馨的贺卡" and raw[93].startswith("年龄、职业不同") and raw[115] == "●向贤彪"
    assert layer.lines[94].item == layer.lines[116].item == layer.lines[44].item == layer.lines[42].item


# A tune page read column by column: the Tibet story's first column, cut off at a full line (`…山南地`), then
# another story's column (the President's), which OCR read with the jump line `（下转第4版）` printed under it,
# then the Tibet story's next column. The President's column goes back to its story and the jump line with it
# (it is printed under the last line of the column it ends): the Tibet story is left open at `山南地`, and its
# next column (`区、昌都地区…`) goes on it rather than on the lead cut off before it (`…记者李维平|`).
def test_a_jump_line_goes_with_the_column_above_it() -> None:
    raw = tuned_on_lines("narrow_rapidocr_rcol_1004")
    layer = parse_page(Page("jump line", tuple(raw)))
    assert raw[198].endswith("山南地") and raw[200].startswith("9年11月") and raw[212] == "（下转第4版）"
    assert raw[214].startswith("区、昌都") and raw[171].endswith("李维平|")
    assert layer.lines[215].item == layer.lines[199].item == layer.lines[179].item != layer.lines[172].item
    assert layer.lines[213].item == layer.lines[211].item == layer.lines[201].item


# A tune page read headlines first: the highway story's first column ends on a finished sentence (`…局面。`), two
# photos follow, then its next column (`计划于今年开通的新疆吐鲁…`), which neither reads on from a cut nor has a
# headline, lead or byline of its own. It goes on the headed story whose words it shares (`新疆`, `高等级公路`),
# opening a paragraph there.
def test_a_column_with_no_header_goes_on_the_headed_story_whose_words_it_shares() -> None:
    raw = tuned_on_lines("narrow_rapidocr_rtop_1003")
    layer = parse_page(Page("headlines first", tuple(raw)))
    assert raw[48] == "中港集团中标吐乌" and raw[121].startswith("本报讯记者陈陆军") and raw[127] == "面。"
    assert raw[137].startswith("计划于今年开通的新疆")
    assert layer.lines[138].item == layer.lines[122].item == layer.lines[49].item
    assert layer.lines[138].brk is Break.PARAGRAPH and layer.lines[138].rule == "column-shares-words"


# A tune page read column by column: the President's story ends its first column on `…瓦西姆和总理` and goes on,
# after other stories, with `谢里夫等的陪同下步入宽豪华` (the words across the cut make no word: a name). The
# column shares few words with any story (cosine 0.09), but twelve times as many with the President's (it names
# `塔拉尔`, `巴基斯坦`) as with the next: it goes on that story, its sentence running on.
def test_a_column_sharing_few_words_but_far_more_with_one_story_goes_on_it() -> None:
    raw = tuned_on_lines("narrow_rapidocr_rcol_1003")
    layer = parse_page(Page("few words", tuple(raw)))
    assert raw[168] == "巴基斯坦新总统宣誓就职" and raw[178].endswith("瓦西姆和总理") and raw[228].startswith("谢里夫")
    assert layer.lines[229].item == layer.lines[179].item == layer.lines[169].item
    assert layer.lines[229].brk is Break.JOIN  # `…总理` / `谢里夫…`: the sentence runs on across the cut


# A tune page read column by column: the Premier's story ends its first column on `…要深入贯彻习` and goes on,
# after another story's column, with `近平总书记关于全方位扩大国`. The block shares next to no words with any story,
# and every story before it whose last sentence stays open at a full line reads on into its full first line; but
# only across this cut do three characters (`习近平`) stand together elsewhere on the page.
def test_a_block_goes_on_the_story_whose_cut_word_it_finishes() -> None:
    raw = tuned_on_lines("narrow_rapidocr_rcol_53004")
    assert raw[53] == "李强在北京市调研" and raw[58] == "调研。他强调，要深入贯彻习" and raw[102] == "9%"
    assert raw[110:112] == ["", "近平总书记关于全方位扩大国"]
    layer = parse_page(Page("cut word", tuple(raw)))
    assert layer.lines[112].item == layer.lines[59].item == layer.lines[54].item
    assert layer.lines[112].item != layer.lines[103].item


# A tune page read headlines first, with line boxes: a column with no header of its own (`据悉，随着上海改革开`)
# follows a story ended by its jump line (`(下转第14版)`): that story goes on on another page, not here, so the
# column goes on the headed story whose words it shares (the Shanghai tourism story).
def test_a_story_ended_by_its_jump_line_takes_no_column_for_its_words() -> None:
    raw = tuned_on_lines("narrow_rapidocr_rtop_9003")
    boxes = json.loads((DEV / "narrow_rapidocr_rtop_9003.boxes.json").read_text(encoding="utf-8"))
    layer = parse_page(Page("jump line", tuple(raw)), None, None, {int(n): tuple(b) for n, b in boxes.items()})
    assert raw[44].startswith("华夏城乡游首迎式") and raw[186] == "(下转第14版)" and raw[188].startswith("据悉，")
    assert layer.lines[189].item == layer.lines[45].item != layer.lines[187].item


# A round-8 tune page, wide columns read column by column: the first column of each of four stories, then the
# second columns of three of them, all after the last story's first column. That story is no home for them:
# the second column of the shipbuilding story (`完工量占世界总量的51.7%…`) shares few of its words with the
# lines under that story's own headline (`假期前四天累计全社会跨区域人员流动量…`), whatever the other misplaced
# columns share, and goes back to its story, as the logistics story's (`航空运输业、多式联运…`) does to its.
def test_a_column_at_home_is_told_by_the_lines_under_its_storys_headline_not_by_other_columns_read_after_them() -> None:
    raw = tuned_on_lines("wide_rapidocr_rcol_33008")
    assert raw[6].startswith("“十四五”期间中国造船业") and raw[18].startswith("中国物流业景气指数")
    assert (
        raw[43].startswith("本报讯（记者秦强旭）")
        and raw[50].startswith("完工量占世界总量")
        and raw[56].startswith("航空")
    )
    layer = parse_page(Page("columns after the last story", tuple(raw)))
    assert layer.lines[51].item == layer.lines[74].item == layer.lines[7].item != layer.lines[44].item
    assert layer.lines[57].item == layer.lines[79].item == layer.lines[19].item != layer.lines[44].item


# A tune page read in strict XY-cut order, with line boxes: a story's lead cut off at a full line
# (`央视网消息（新闻联播）：记者`), then the byline of the story printed beside it, on its row in the next column
# (`●覃颖鹏`). Read across the row, the byline is no byline of the story cut off: it goes with the story after it.
def test_a_byline_beside_a_line_cut_off_is_not_read_into_its_story() -> None:
    raw = tuned_on_lines("narrow_rapidocr_rxy_61004")
    boxes = json.loads((DEV / "narrow_rapidocr_rxy_61004.boxes.json").read_text(encoding="utf-8"))
    layer = parse_page(Page("beside", tuple(raw)), None, None, {int(n): tuple(b) for n, b in boxes.items()})
    assert raw[66].startswith("央视网消息（新闻联播）：记者") and raw[67] == "●覃颖鹏"
    assert layer.lines[68].item != layer.lines[67].item


# A tune page read column by column: a story's column cut off in mid-word (`…委内瑞拉民众在首都`), the columns
# of other stories, then its next column (`加拉加斯举行集会，…`), which went first on another story about Venezuela
# for the words they share, after a column that ends its sentence (`…夫人。`). The cut finishes a word the page
# prints whole (首都加拉加斯): the column goes on the story cut off there, with its sentence.
def test_a_column_goes_on_the_story_whose_cut_off_word_it_finishes() -> None:
    raw = tuned_on_lines("narrow_rapidocr_rcol_85004")
    layer = parse_page(Page("rcol", tuple(raw)))
    assert raw[39].endswith("民众在首都") and raw[84].startswith("加拉加斯举行集会") and raw[69].endswith("夫人。")
    assert layer.lines[85].item == layer.lines[40].item != layer.lines[70].item
    assert layer.lines[85].brk is Break.JOIN


# A tune page of wide columns read column by column: the next columns of two stories cut off at a full line
# (`…等8家单位联合推` / `地文旅部门积极对接，…` and `…医疗器械获批上市；` / `款、超全球半数；…`) come after other
# blocks, no word across their cuts. Each went first on another story cut off in mid-sentence (`…综合利用量提升至4`,
# and the first of the two). Each is as long as its own story's column before it and shares its words (tourist
# trains, the records of industry), and goes on that story.
def test_a_column_goes_on_the_cut_off_story_as_long_as_it_whose_words_it_shares() -> None:
    raw = tuned_on_lines("wide_rapidocr_rcol_73008")
    layer = parse_page(Page("rcol", tuple(raw)))
    assert raw[96].endswith("联合推") and raw[131].startswith("地文旅部门积极对接") and raw[129].endswith("提升至4")
    assert raw[113].endswith("获批上市；") and raw[146].startswith("款、超全球半数")
    assert layer.lines[132].item == layer.lines[97].item != layer.lines[130].item
    assert layer.lines[147].item == layer.lines[114].item != layer.lines[132].item


# A tune page Tesseract read: it sets a blank line between a story's paragraphs as read (`本报银川…会见阿拉伯` /
# `国家联盟秘书长盖特。` / blank / `李强表示，当前，…`). Another story cut off in mid-sentence (`…坚定实施应对气候`)
# shares words with that paragraph (`习近平主席`, `命运共同体`), but a block read right after its story's text stays on
# it.
def test_a_block_read_right_after_its_storys_text_stays_there() -> None:
    raw = tuned_on_lines("narrow_tesseract_tess_41001")
    layer = parse_page(Page("tess", tuple(raw)))
    assert raw[131].endswith("盖特。") and raw[132] == "" and raw[133].startswith("李强表示")
    assert raw[54].endswith("应对气候")
    assert layer.lines[134].item == layer.lines[132].item != layer.lines[55].item


# A tune page read column by column: the New Year speech's column, cut off at a full line (`…全国工商联和无党派爱`),
# then the next column's stories, then the speech's next column (`国人士，向全国广大工人、…`): greetings and
# names, too few words shared with any story to tell, and `国人士` finishes no word of three characters. The cut
# parts a word of the language (`爱国`): the column goes on the speech, its sentence running on.
def test_a_column_whose_first_character_makes_a_word_with_a_cut_off_end_goes_on_that_story() -> None:
    raw = tuned_on_lines("narrow_rapidocr_rcol_9004")
    layer = parse_page(Page("greetings", tuple(raw)))
    assert raw[249].endswith("无党派爱") and raw[293].startswith("国人士，") and raw[291] == "传刚)"
    assert layer.lines[294].item == layer.lines[250].item == layer.lines[243].item
    assert layer.lines[294].brk is Break.JOIN


# A tune page read by Tesseract: a story cut off at a full line (`…提供珍贵`), and after other stories what OCR
# made of a photo, spread in fragments (`人     乡村振兴     乌鲁木齐; …`). `贵人` is a word, but no column of
# text starts there: the fragments go on no story's sentence.
def test_ocr_noise_over_a_photo_goes_on_no_cut_off_story_for_a_word_across_the_cut() -> None:
    raw = tuned_on_lines("narrow_tesseract_tess_73101")
    layer = parse_page(Page("photo", tuple(raw)))
    assert raw[22].endswith("提供珍贵") and raw[88].startswith("人     乡村振兴")
    assert layer.lines[89].item != layer.lines[23].item


# A tune page with line boxes, read headlines first: a story cut off at a full line (`…将促进两`), then after
# other stories a paragraph's first line (`年根儿了，一张张贺卡，…`, 4 em short of its column). `两年` is a word,
# but a column that goes on a sentence starts with a full line: the paragraph goes on no story for it.
def test_a_column_opening_with_a_short_first_line_goes_on_no_cut_off_story_for_a_word_across_the_cut() -> None:
    raw = tuned_on_lines("wide_rapidocr_rtop_9008")
    boxes = json.loads((DEV / "wide_rapidocr_rtop_9008.boxes.json").read_text(encoding="utf-8"))
    layer = parse_page(Page("first line", tuple(raw)), None, None, {int(n): tuple(b) for n, b in boxes.items()})
    assert raw[56].endswith("将促进两") and raw[64].startswith("年根儿了，")
    assert layer.lines[65].item != layer.lines[57].item
