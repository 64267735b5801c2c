"""PAGE-XML (PRImA's 2019-07-15 schema): a file per page, for archives and digital humanities tools.

Each unit of an item (a headline, a byline, a paragraph...) is a `TextRegion` whose `type` follows its role,
with a `TextLine` per raw line: `Coords` from the line's box on the scan (or, for a line without geometry,
from a synthetic layout of one `LINE_PX` line under the other, marked `SYNTHETIC`), the corrected text as
`TextEquiv` 0 and the raw OCR text as `TextEquiv` 1 where they differ; the region's own `TextEquiv` is the
unit's clean text. Items are the page's reading order: an `OrderedGroupIndexed` per item, with its id, kind
and title, referring to its regions in order. Every region's `custom` names its item too
(`article {id:...; kind:...;}`), and an item's themes are `UserDefined` attributes of its first region.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from xml.etree.ElementTree import Element, SubElement, indent, tostring

from .. import __version__
from ..domain.derive import Article, Unit, line_text
from ..domain.model import Layer, Page, Role
from ..ocrfiles import Box, PageScan

NAMESPACE = "http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"
SYNTHETIC = "layout {type:synthetic;}"
"""In the `custom` of a line (and of the page when no line has geometry) whose Coords are made up."""
LINE_PX = 40
"""Height of a line (and width of a character) in the synthetic layout of a page without geometry."""

REGION_TYPES = {
    Role.TITLE: "heading",
    Role.SUBTITLE: "heading",
    Role.HEADING: "heading",
    Role.BYLINE: "credit",
    Role.CREDIT: "credit",
    Role.BODY: "paragraph",
    Role.NOTE: "endnote",
    Role.CAPTION: "caption",
    Role.SECTION: "header",
    Role.AD: "other",
}


def _points(box: Box) -> str:
    left, top = max(0, box.x), max(0, box.y)
    right, bottom = max(left + 1, box.right), max(top + 1, box.bottom)
    return f"{left},{top} {right},{top} {right},{bottom} {left},{bottom}"


class _Layout:
    """Each raw line's box: the scan's where it has one, else a place in the synthetic layout. A segment has
    the box of its raw line; an added line a synthetic one where it stands."""

    def __init__(self, page: Page, layer: Layer, scan: PageScan | None) -> None:
        self.page = page
        self.layer = layer
        self.boxes = dict(scan.lines) if scan is not None else {}

    def measured(self, line: int) -> bool:
        """Whether line `line` (a layer key) is a whole raw line with a box from the scan."""
        return line in self.boxes and self.layer.raw_line(line) == line

    def box(self, line: int) -> Box:
        raw = self.layer.raw_line(line) if line in self.layer.lines else line
        found = self.boxes.get(raw) if raw is not None else None
        if found is not None:
            return found.box
        at = raw if raw is not None else min(self.layer.position(line).line, len(self.page.lines))
        return Box(0, (at - 1) * LINE_PX, max(1, len(self.page.text(at))) * LINE_PX, LINE_PX)

    def size(self, scan: PageScan | None) -> tuple[int, int]:
        image = scan.image if scan is not None else None
        width = (scan.width if scan else None) or (image.width if image else None)
        height = (scan.height if scan else None) or (image.height if image else None)
        lines = range(1, len(self.page.lines) + 1)
        right = max((self.box(n).right for n in lines if self.page.text(n).strip()), default=1)
        bottom = max((self.box(n).bottom for n in lines if self.page.text(n).strip()), default=1)
        return max(width or 0, right), max(height or 0, bottom)


def page_xml(page: Page, layer: Layer, articles: Sequence[Article], scan: PageScan | None) -> bytes:
    """One page as a PAGE-XML document (UTF-8 bytes)."""
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    root = Element("PcGts", {"xmlns": NAMESPACE, "pcGtsId": _id("page", page.name)})
    metadata = SubElement(root, "Metadata")
    SubElement(metadata, "Creator").text = f"Proofdesk {__version__}"
    SubElement(metadata, "Created").text = now
    SubElement(metadata, "LastChange").text = now
    layout = _Layout(page, layer, scan)
    width, height = layout.size(scan)
    image = scan.image.path.replace("\\", "/").rsplit("/", 1)[-1] if scan and scan.image else page.name
    attributes = {"imageFilename": image, "imageWidth": str(width), "imageHeight": str(height)}
    if not layout.boxes:
        attributes["custom"] = SYNTHETIC
    page_element = SubElement(root, "Page", attributes)
    regions: list[tuple[Article, int, Unit]] = [(a, i, u) for a in articles for i, u in enumerate(a.units, 1)]
    if regions:
        order = SubElement(SubElement(page_element, "ReadingOrder"), "OrderedGroup", {"id": "items"})
        for index, article in enumerate(articles):
            if not article.units:
                continue
            group = SubElement(
                order,
                "OrderedGroupIndexed",
                {
                    "id": _item_id(article),
                    "index": str(index),
                    "caption": article.title,
                    "custom": f"article {{id:{_item_id(article)}; kind:{article.kind.value};}}",
                },
            )
            for unit_index in range(1, len(article.units) + 1):
                SubElement(
                    group,
                    "RegionRefIndexed",
                    {"index": str(unit_index - 1), "regionRef": _region_id(article, unit_index)},
                )
    for position, (article, unit_index, unit) in enumerate(regions):
        _region(page_element, page, layer, layout, article, unit_index, unit, position)
    indent(root)
    data: bytes = tostring(root, encoding="utf-8", xml_declaration=True)
    return data + b"\n"


def _region(
    parent: Element,
    page: Page,
    layer: Layer,
    layout: _Layout,
    article: Article,
    unit_index: int,
    unit: Unit,
    position: int,
) -> None:
    boxes = [layout.box(n) for n in unit.lines]
    outline = boxes[0]
    for box in boxes[1:]:
        outline = outline.union(box)
    custom = (
        f"readingOrder {{index:{position};}} structure {{type:{unit.role.value};}}"
        f" article {{id:{_item_id(article)}; kind:{article.kind.value};}}"
    )
    region = SubElement(
        parent,
        "TextRegion",
        {"id": _region_id(article, unit_index), "type": REGION_TYPES.get(unit.role, "other"), "custom": custom},
    )
    SubElement(region, "Coords", {"points": _points(outline)})
    if unit_index == 1 and article.tags:
        user = SubElement(region, "UserDefined")
        for tag in article.tags:
            SubElement(user, "UserAttribute", {"name": "theme", "type": "xsd:string", "value": tag})
    for index, (n, box) in enumerate(zip(unit.lines, boxes, strict=True)):
        custom = f"readingOrder {{index:{index};}}"
        if not layout.measured(n):
            custom += f" {SYNTHETIC}"  # read back as a line without geometry
        line = SubElement(region, "TextLine", {"id": f"l{n}", "custom": custom})
        SubElement(line, "Coords", {"points": _points(box)})
        corrected, raw = line_text(page, layer, n), layer.raw_text(page, n)
        geometry = layout.boxes.get(n) if layout.measured(n) else None
        attributes = {"index": "0"}
        if corrected == raw and geometry is not None and geometry.confidence is not None:
            attributes["conf"] = f"{min(1.0, max(0.0, geometry.confidence)):.3f}"
        SubElement(SubElement(line, "TextEquiv", attributes), "Unicode").text = corrected
        if corrected != raw and layer.raw_line(n) is not None:  # an added line has no raw text
            SubElement(SubElement(line, "TextEquiv", {"index": "1"}), "Unicode").text = raw
    SubElement(SubElement(region, "TextEquiv"), "Unicode").text = unit.text


def _item_id(article: Article) -> str:
    return f"item{article.number}"


def _region_id(article: Article, unit_index: int) -> str:
    return f"r{article.number}_{unit_index}"


def _id(prefix: str, text: str) -> str:
    """An XML ID (an NCName) made from `text`."""
    kept = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in text)
    return f"{prefix}_{kept}"
