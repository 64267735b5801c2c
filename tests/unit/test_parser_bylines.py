"""Bylines of headlines that no story takes."""

from __future__ import annotations

from proofdesk.domain.model import Page, Role
from proofdesk.parsing import parse_page

# Two headline groups between two stories, each signed: the first heads the story after them, the second shares
# no words with either side and stays alone. Its byline is printed under it, not over the story after.
ROWS = [
    "农村公路建设全面提速",
    "",
    "本报讯 今年全市新建改建农村公路一千公里，群众出行更加方便。",
    "",
    "城市书房开到家门口",
    "■本报记者 王平",
    "",
    "春风又绿江南岸",
    "■本报记者 李明",
    "",
    "本报讯 全市又有十家城市书房开门迎客，读者在城市书房可以借书还书。",
]


def test_the_byline_under_a_headline_left_alone_stays_with_it() -> None:
    layer = parse_page(Page("signed", tuple(ROWS)))
    assert layer.lines[5].item == layer.lines[6].item == layer.lines[11].item
    assert layer.lines[9].role is Role.BYLINE
    assert layer.lines[9].item == layer.lines[8].item != layer.lines[11].item
