"""ALTO (2.x, 3.x, 4.x) and PAGE-XML (2013, 2019): parsed with defusedxml, which refuses entity declarations
and external references instead of expanding or fetching them. Elements are matched by local name, so
every version's namespace reads alike."""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from .model import Box, LineGeometry, OcrFormat, OcrLine, OcrPage, blocks_of, clean_line, join_words, wide_gaps
from .problems import OcrFileError, Trouble


def parse_xml(data: bytes) -> Element:
    try:
        return fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise OcrFileError(Trouble.UNSAFE, type(error).__name__) from None
    except ParseError as error:
        raise OcrFileError(Trouble.MALFORMED, str(error)) from None


def local(element: Element) -> str:
    return element.tag.rsplit("}", 1)[-1]


def _children(element: Element, name: str) -> Iterator[Element]:
    return (child for child in element if local(child) == name)


def _descendants(element: Element, name: str) -> Iterator[Element]:
    return (e for e in element.iter() if local(e) == name)


def _number(element: Element, attribute: str) -> float:
    value = element.get(attribute)
    if value is None:
        raise OcrFileError(Trouble.MALFORMED, f"{local(element)} {element.get('ID', '')} has no {attribute}")
    try:
        return float(value)
    except ValueError:
        raise OcrFileError(Trouble.MALFORMED, f"{local(element)} {attribute}={value!r}") from None


def _optional_int(element: Element, attribute: str) -> int | None:
    value = element.get(attribute)
    try:
        return round(float(value)) if value else None
    except ValueError:
        raise OcrFileError(Trouble.MALFORMED, f"{local(element)} {attribute}={value!r}") from None


# -- ALTO -------------------------------------------------------------------------------------------------------


def read_alto(root: Element) -> list[OcrPage]:
    image = next((e.text or "" for e in _descendants(root, "fileName")), "").strip()
    pages = []
    for page in _descendants(root, "Page"):
        blocks = [[_alto_line(line) for line in _descendants(block, "TextLine")] for block in _alto_blocks(page)]
        pages.append(
            OcrPage(
                OcrFormat.ALTO,
                blocks_of(blocks),
                width=_optional_int(page, "WIDTH"),
                height=_optional_int(page, "HEIGHT"),
                image=image,
            )
        )
    return pages


def _alto_blocks(page: Element) -> Iterator[Element]:
    # TextBlocks can sit inside ComposedBlocks; a TextBlock is never inside another.
    return _descendants(page, "TextBlock")


def _alto_line(line: Element) -> OcrLine:
    words: list[str] = []
    spans: list[tuple[float, float] | None] = []
    confidences: list[float] = []
    for part in line:
        name = local(part)
        if name == "String":
            words.append(part.get("CONTENT", ""))
            if part.get("HPOS") and part.get("WIDTH"):
                left = _number(part, "HPOS")
                spans.append((left, left + _number(part, "WIDTH")))
            else:
                spans.append(None)
            if part.get("WC"):
                confidences.append(_number(part, "WC"))
        elif name == "HYP" and words:
            words[-1] += part.get("CONTENT", "")
    box = Box(
        round(_number(line, "HPOS")),
        round(_number(line, "VPOS")),
        round(_number(line, "WIDTH")),
        round(_number(line, "HEIGHT")),
    )
    confidence = round(sum(confidences) / len(confidences), 3) if confidences else None
    text = join_words(words, wide_gaps(spans, float(box.height)))
    return OcrLine(clean_line(text), LineGeometry(box, float(box.height), confidence))


# -- PAGE -------------------------------------------------------------------------------------------------------


def read_page_xml(root: Element) -> list[OcrPage]:
    pages = []
    for page in _children(root, "Page"):
        regions = {r.get("id", ""): r for r in _descendants(page, "TextRegion")}
        order = [regions[i] for i in _reading_order(page) if i in regions]
        ordered = {id(r) for r in order}
        order += [r for r in regions.values() if id(r) not in ordered]
        blocks = [_page_lines(region) for region in order]
        pages.append(
            OcrPage(
                OcrFormat.PAGE,
                blocks_of(blocks),
                width=_optional_int(page, "imageWidth"),
                height=_optional_int(page, "imageHeight"),
                image=page.get("imageFilename", ""),
            )
        )
    return pages


def _reading_order(page: Element) -> list[str]:
    """Region ids in the page's reading order, nested groups flattened."""
    found: list[str] = []

    def walk(group: Element) -> None:
        members = [
            m
            for m in group
            if local(m)
            in (
                "RegionRefIndexed",
                "OrderedGroupIndexed",
                "UnorderedGroupIndexed",
                "RegionRef",
                "OrderedGroup",
                "UnorderedGroup",
            )
        ]
        if local(group) in ("OrderedGroup", "OrderedGroupIndexed"):
            members.sort(key=lambda m: int(m.get("index", "0") or 0))
        for member in members:
            if member.get("regionRef") and local(member).startswith("RegionRef"):
                found.append(member.get("regionRef", ""))
            else:
                if member.get("regionRef"):
                    found.append(member.get("regionRef", ""))
                walk(member)

    for order in _children(page, "ReadingOrder"):
        walk(order)
    return found


def _page_lines(region: Element) -> list[OcrLine]:
    lines = list(_children(region, "TextLine"))
    if not lines:
        text = _text_equiv(region)[0]
        return [OcrLine(clean_line(part), None) for part in text.splitlines()]
    found = []
    for line in lines:
        text, confidence = _text_equiv(line)
        if not text:
            text = join_words([_text_equiv(word)[0] for word in _children(line, "Word")])
        geometry = None
        coords = next(_children(line, "Coords"), None)
        # Proofdesk's own export marks the Coords it made up for lines that had no box.
        if coords is not None and "type:synthetic" not in line.get("custom", ""):
            box = _points_box(coords)
            geometry = LineGeometry(box, float(box.height), confidence)
        found.append(OcrLine(clean_line(text), geometry))
    return found


def _text_equiv(element: Element) -> tuple[str, float | None]:
    """The element's first text (lowest `index`) and its confidence."""
    equivs = sorted(_children(element, "TextEquiv"), key=lambda e: int(e.get("index", "0") or 0))
    if not equivs:
        return "", None
    unicode = next(_children(equivs[0], "Unicode"), None)
    conf = equivs[0].get("conf")
    try:
        confidence = float(conf) if conf else None
    except ValueError:
        confidence = None
    return (unicode.text or "") if unicode is not None else "", confidence


def _points_box(coords: Element) -> Box:
    points_text = coords.get("points")
    try:
        if points_text is not None:
            points = [tuple(float(v) for v in pair.split(",")) for pair in points_text.split()]
        else:  # PAGE 2010/2013 also allow <Point x= y=/> children
            points = [(_number(p, "x"), _number(p, "y")) for p in _children(coords, "Point")]
        if not points or any(len(p) != 2 for p in points):
            raise ValueError
    except ValueError:
        raise OcrFileError(Trouble.MALFORMED, f"Coords points={points_text!r}") from None
    return Box.around([(p[0], p[1]) for p in points])
