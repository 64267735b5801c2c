"""Where the scan goes in the window: beside the raw page while the open page has a scan and the editor has
not hidden it; and attaching an image to the open page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from .scanview import ScanView
from .session import Session
from .wording import problem_text


class ScanPane(QObject):
    """Shows and hides `view` (the middle pane of `work`) as pages open and `toggle` changes."""

    def __init__(self, window: QWidget, session: Session, view: ScanView, work: QSplitter, toggle: QAction) -> None:
        super().__init__(window)
        self._window = window
        self.session = session
        self.view = view
        self._work = work
        self._toggle = toggle
        toggle.toggled.connect(lambda _on: self.update())
        view.imageFailed.connect(self._image_failed)

    def page_opened(self) -> None:
        """Show the open page's scan, or hide the pane when it has none."""
        self.view.show_page(self.session.scan, self.session.layer)
        self.update()

    def update(self) -> None:
        wanted = self._toggle.isChecked() and self.view.has_scan()
        if wanted == self.view.isVisible():
            return
        self.view.setVisible(wanted)
        if wanted and self._work.sizes()[1] == 0:
            # First shown: a third of the room of the page and article sides.
            sizes = self._work.sizes()
            share = (sizes[0] + sizes[2]) // 3
            self._work.setSizes([sizes[0] - share // 2, share, sizes[2] - share + share // 2])
            self.view.fit_width()

    def _image_failed(self, path: str) -> None:
        if isinstance(self._window, QMainWindow):
            self._window.statusBar().showMessage(
                self.tr("The page image {0} cannot be read (moved or damaged?).").format(path), 10000
            )

    def attach_image_dialog(self) -> None:
        """Choose an image file and attach it to the open page."""
        # Imported when the dialog opens: PySide makes the dialogs' enums when their classes are first touched.
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from ..ocrfiles import ImageError, probe_image
        from ..storage import StorageError

        if self.session.page_id is None:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Attach page image"),
            str(Path.home()),
            self.tr("Images (*.jpg *.jpeg *.png *.tif *.tiff *.webp);;All files (*)"),
        )
        if not chosen:
            return
        try:
            image = probe_image(Path(chosen))
            self.session.attach_image(image)
        except ImageError:
            QMessageBox.warning(
                self._window, self.tr("Attach page image"), self.tr("{0} is not an image.").format(chosen)
            )
            return
        except StorageError as error:
            QMessageBox.warning(self._window, self.tr("Attach page image"), problem_text(error.problem))
            return
        self.page_opened()
