"""The scan beside the text: the page image with each line's box in its item's colour, the selected lines
outlined. The image is decoded off the GUI thread and scaled down for display when it is very large, so a
10,000 × 14,000 px scan does not stall the window; the boxes stay in the scan's own pixels."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QImageReader, QMouseEvent, QPainter, QPen, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from . import look, workers

if TYPE_CHECKING:
    from ..domain.model import Layer
    from ..ocrfiles import PageScan

MAX_DISPLAY_PIXELS = 24_000_000
"""Larger images are decoded at a reduced size (JPEG decodes scaled, cheaply): a 10,000 × 14,000 px scan
would take 560 MB as a full QImage."""

SELECTED = QColor("#d81b60")


def load_image(path: str, token: int) -> workers.Task:
    """Decode an image in a worker; the result is (token, QImage or None, scale of the decoded image)."""

    def work(_task: workers.Task) -> Any:
        reader = QImageReader(path)
        reader.setAutoTransform(True)
        size = reader.size()
        scale = 1.0
        if size.isValid() and size.width() * size.height() > MAX_DISPLAY_PIXELS:
            scale = (MAX_DISPLAY_PIXELS / (size.width() * size.height())) ** 0.5
            reader.setScaledSize(QSize(max(1, int(size.width() * scale)), max(1, int(size.height() * scale))))
        image = reader.read()
        return token, (None if image.isNull() else image), scale

    return workers.Task(work)


class ScanView(QGraphicsView):
    """The page's scan and its line boxes. Ctrl+wheel zooms; dragging pans; a click on a box selects its line.

    Signals:
        lineClicked(int): the editor clicked the box of this raw line.
    """

    lineClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanView")
        self.setScene(QGraphicsScene(self))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QBrush(QColor("#e8e8e8")))
        self._token = 0
        self._image: QGraphicsPixmapItem | None = None
        self._boxes: dict[int, QGraphicsRectItem] = {}
        self._colours: dict[int, QColor | None] = {}
        self._selected: list[int] = []
        self._scan: PageScan | None = None
        self.task: workers.Task | None = None

    # -- content --------------------------------------------------------------------------------------------

    def has_scan(self) -> bool:
        return self._scan is not None and (self._scan.image is not None or bool(self._scan.lines))

    def show_page(self, scan: PageScan | None, layer: Layer | None) -> None:
        """Show a page's scan (None: nothing to show); the image is loaded in the background."""
        self._token += 1
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
            self.task = workers.start(load_image(scan.image.path, self._token))
            self.task.signals.finished.connect(self._image_loaded)
        self.fit_width()

    def _draw_boxes(self, scan: PageScan, layer: Layer | None) -> None:
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
        colours = {key: i for i, key in enumerate(layer.item_order())}
        for n, item in self._boxes.items():
            key = layer.lines[n].item if n in layer.lines else None
            self._colours[n] = look.item_colour(colours.get(key) if key is not None else None)
            self._colour(item, self._colours[n])
        self.select_lines(self._selected)

    def _image_loaded(self, result: tuple[int, QImage | None, float]) -> None:
        token, image, scale = result
        if token != self._token or image is None:
            return
        pixmap = QGraphicsPixmapItem(QPixmap.fromImage(image))
        pixmap.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        scan = self._scan
        # Boxes are in the OCR page's pixels; an image of another resolution is stretched over them.
        width = scan.width if scan is not None and scan.width else image.width() / scale
        pixmap.setScale(width / image.width())
        pixmap.setZValue(0)
        self.scene().addItem(pixmap)
        self.scene().setSceneRect(pixmap.sceneBoundingRect())
        self._image = pixmap
        self.fit_width()

    # -- selection ------------------------------------------------------------------------------------------

    def select_lines(self, lines: list[int]) -> None:
        """Outline `lines` and bring the first into view."""
        for n in self._selected:
            self._boxes[n].setZValue(1)
            self._colour(self._boxes[n], self._colours.get(n))
        self._selected = [n for n in lines if n in self._boxes]
        for n in self._selected:
            pen = QPen(SELECTED, 4)
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

    def fit_page(self) -> None:
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

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
