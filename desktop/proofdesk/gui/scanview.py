"""The scan beside the text: the page image with each line's box in its item's colour, the selected lines
outlined. The image is decoded off the GUI thread and scaled down for display when it is very large, so a
10,000 × 14,000 px scan does not stall the window; the boxes stay in the scan's own pixels."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QImageReader, QMouseEvent, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from . import look, workers

if TYPE_CHECKING:
    from ..domain.model import Layer
    from ..ocrfiles import PageScan

SMALLEST = 400
"""The smallest level of a scan's pyramid is about this wide (px)."""
MAX_DISPLAY_PIXELS = 24_000_000
"""Larger images are decoded at a reduced size (JPEG decodes scaled, cheaply): a 10,000 × 14,000 px scan
would take 560 MB as a full QImage."""

DECODE_DELAY_MS = 120
"""A scan is decoded only once its page has been shown this long: flipping through pages decodes nothing."""
CACHED = 2
"""Decoded scans kept, by content hash: going back to the page just left shows its scan at once."""


def load_image(path: str, token: int) -> workers.Task:
    """Decode an image in a worker; the result is (token, levels or None, scale of the largest level), where
    levels are the image and copies of it each half as large, down to about `SMALLEST` px wide.

    Every level is decoded by `QImageReader` at its size: reading lets go of Python's lock while it works,
    whereas `QImage.scaled` and `convertToFormat` hold it and would stall the window for as long."""

    def work(task: workers.Task) -> Any:
        if task.cancelled():  # the editor has moved on to another page before this one was decoded
            return token, None, 1.0
        size = QImageReader(path).size()
        if not size.isValid():
            return token, None, 1.0
        scale = min(1.0, (MAX_DISPLAY_PIXELS / (size.width() * size.height())) ** 0.5)
        levels: list[QImage] = []
        while not levels or (levels[-1].width() > 2 * SMALLEST and not task.cancelled()):
            factor = scale / 2 ** len(levels)
            reader = QImageReader(path)
            reader.setAutoTransform(True)
            if factor < 1:
                reader.setScaledSize(QSize(max(1, int(size.width() * factor)), max(1, int(size.height() * factor))))
            image = reader.read()
            if image.isNull():
                return token, None, scale
            levels.append(image)
        return token, levels, scale

    return workers.Task(work)


class ScanImage(QGraphicsItem):
    """The scan as a pyramid of images: a paint draws the exposed part from the smallest level that still has
    a pixel for every pixel on screen, so a large scan paints as fast as a small one and zooming in still
    shows the full decoded detail."""

    def __init__(self, levels: list[QImage], width: float, height: float) -> None:
        super().__init__()
        self.levels = levels
        self._rect = QRectF(0, 0, width, height)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        on_screen = self._rect.width() * abs(painter.worldTransform().m11())
        level = next((im for im in reversed(self.levels) if im.width() >= on_screen), self.levels[0])
        exposed = option.exposedRect.intersected(self._rect)
        factor = level.width() / self._rect.width()
        source = QRectF(exposed.x() * factor, exposed.y() * factor, exposed.width() * factor, exposed.height() * factor)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(exposed, level, source)


class ScanView(QGraphicsView):
    """The page's scan and its line boxes. Ctrl+wheel zooms; dragging pans; a click on a box selects its line.

    Signals:
        lineClicked(int): the editor clicked the box of this raw line.
        imageFailed(str): the open page's image (this path) could not be read or decoded.
    """

    lineClicked = Signal(int)
    imageFailed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanView")
        self.setScene(QGraphicsScene(self))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QBrush(look.SCAN_BACKGROUND))
        self._token = 0
        self._image: ScanImage | None = None
        self._boxes: dict[int, QGraphicsRectItem] = {}
        self._colours: dict[int, QColor | None] = {}
        self._selected: list[int] = []
        self._scan: PageScan | None = None
        self._layer: Layer | None = None
        self.task: workers.Task | None = None
        self._tasks: list[workers.Task] = []
        # One decode at a time, so that a decode never takes both cores from the window.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._cache: dict[str, tuple[list[QImage], float]] = {}

    # -- content --------------------------------------------------------------------------------------------

    def has_scan(self) -> bool:
        return self._scan is not None and (self._scan.image is not None or bool(self._scan.lines))

    def show_page(self, scan: PageScan | None, layer: Layer | None) -> None:
        """Show a page's scan (None: nothing to show); the image is loaded in the background."""
        self._token += 1
        if self.task is not None:
            self.task.cancel()
            self.task = None
        self._scan = scan
        scene = self.scene()
        scene.clear()
        self._image, self._boxes, self._colours, self._selected = None, {}, {}, []
        if scan is None:
            return
        self._draw_boxes(scan, layer)
        width = scan.width or (scan.image.width if scan.image else None) or 1000
        height = scan.height or (scan.image.height if scan.image else None) or 1400
        scene.setSceneRect(QRectF(0, 0, width, height))
        if scan.image is not None:
            cached = self._cache.get(scan.image.sha256)
            if cached is not None:
                self._image_loaded((self._token, *cached))
            else:
                token = self._token
                QTimer.singleShot(DECODE_DELAY_MS, self, lambda: self._decode(token))

    def _decode(self, token: int) -> None:
        scan = self._scan
        if token != self._token or scan is None or scan.image is None:
            return
        self.task = load_image(scan.image.path, token)
        self.task.signals.finished.connect(self._image_loaded)
        self._tasks = [t for t in self._tasks if not t.done.is_set()] + [self.task]
        workers.start(self.task, self._pool)

    def shutdown(self) -> None:
        """Stop decoding (before the window closes): decodes already running are waited for, briefly."""
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            task.done.wait(5)
        self._tasks, self.task = [], None
        self.fit_width()

    def _draw_boxes(self, scan: PageScan, layer: Layer | None) -> None:
        self._layer = layer
        colours = {key: i for i, key in enumerate(layer.item_order())} if layer is not None else {}
        for n, geometry in scan.lines.items():
            box = geometry.box
            item = QGraphicsRectItem(QRectF(box.x, box.y, box.width, box.height))
            item.setData(0, n)
            item.setZValue(1)
            key = layer.lines[n].item if layer is not None and n in layer.lines else None
            self._colours[n] = look.item_colour(colours.get(key) if key is not None else None)
            self._colour(item, self._colours[n])
            self.scene().addItem(item)
            self._boxes[n] = item

    @staticmethod
    def _colour(item: QGraphicsRectItem, colour: QColor | None) -> None:
        colour = colour or look.MUTED_TEXT
        fill = QColor(colour)
        fill.setAlpha(40)
        pen = QPen(colour, 2)
        pen.setCosmetic(True)
        item.setPen(pen)
        item.setBrush(QBrush(fill))

    def set_layer(self, layer: Layer) -> None:
        """Recolour the boxes after an edit (items may have changed)."""
        self._layer = layer
        colours = {key: i for i, key in enumerate(layer.item_order())}
        for n, item in self._boxes.items():
            key = layer.lines[n].item if n in layer.lines else None
            self._colours[n] = look.item_colour(colours.get(key) if key is not None else None)
            self._colour(item, self._colours[n])
        self.select_lines(self._selected)

    def _image_loaded(self, result: tuple[int, list[QImage] | None, float]) -> None:
        token, levels, scale = result
        if token != self._token:
            return
        if not levels:
            if self._scan is not None and self._scan.image is not None:
                self.imageFailed.emit(self._scan.image.path)
            return
        scan = self._scan
        if scan is not None and scan.image is not None:
            self._cache.pop(scan.image.sha256, None)
            self._cache[scan.image.sha256] = (levels, scale)
            while len(self._cache) > CACHED:
                del self._cache[next(iter(self._cache))]
        # Boxes are in the OCR page's pixels; an image of another resolution is stretched over them.
        full = levels[0].width() / scale
        width = scan.width if scan is not None and scan.width else full
        height = width * levels[0].height() / levels[0].width()
        image = ScanImage(levels, width, height)
        image.setZValue(0)
        self.scene().addItem(image)
        self.scene().setSceneRect(image.sceneBoundingRect())
        self._image = image
        self.fit_width()

    def image(self) -> ScanImage | None:
        """The scan's image item once it is decoded."""
        return self._image

    # -- selection ------------------------------------------------------------------------------------------

    def select_lines(self, lines: list[int]) -> None:
        """Outline `lines` (a segment: the box of its raw line) and bring the first into view."""
        for n in self._selected:
            self._boxes[n].setZValue(1)
            self._colour(self._boxes[n], self._colours.get(n))
        layer = self._layer
        raw = [layer.raw_line(n) if layer is not None and n in layer.lines else n for n in lines]
        self._selected = list(dict.fromkeys(n for n in raw if n is not None and n in self._boxes))
        for n in self._selected:
            pen = QPen(look.SCAN_SELECTED, 4)
            pen.setCosmetic(True)
            self._boxes[n].setPen(pen)
            self._boxes[n].setZValue(2)
        if self._selected:
            self.ensureVisible(self._boxes[self._selected[0]], 40, 40)

    def selected_boxes(self) -> list[int]:
        return list(self._selected)

    def box_of(self, line: int) -> QRectF | None:
        item = self._boxes.get(line)
        return item.sceneBoundingRect() if item is not None else None

    # -- zoom and clicks ------------------------------------------------------------------------------------

    def fit_width(self) -> None:
        rect = self.scene().sceneRect()
        if rect.width() > 0:
            self.resetTransform()
            factor = max(0.01, (self.viewport().width() - 4) / rect.width())
            self.scale(factor, factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.25 if event.angleDelta().y() > 0 else 0.8
            self.scale(factor, factor)
            event.accept()
        else:
            super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            for item in self.items(event.position().toPoint()):
                line = item.data(0)
                if isinstance(item, QGraphicsRectItem) and isinstance(line, int):
                    self.lineClicked.emit(line)
                    break
        super().mousePressEvent(event)
