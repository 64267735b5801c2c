"""Dialogs: the import report, the check before done, export, and the overview of keys and marks."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import Role, Status
from . import look, workers
from .wording import (
    export_problem_text,
    finding_text,
    notice_text,
    problem_text,
    refusal_text,
    role_mark,
    role_name,
    status_name,
)

if TYPE_CHECKING:
    from ..domain.checks import Finding
    from ..importer import ImportReport
    from ..location import Location


def _table(parent: QWidget, model: QStandardItemModel) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ImportReportDialog(QDialog):
    """What an import did: counts, then every refused file with its reason."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        from ..importer import Outcome

        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        summary = self.tr("{0} imported, {1} already in the library, {2} refused.").format(
            report.count(Outcome.IMPORTED), report.count(Outcome.DUPLICATE), report.count(Outcome.REFUSED)
        )
        if report.cancelled:
            summary += " " + self.tr("The import was stopped; the rest was not imported.")
        self.summary = QLabel(summary, self)
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("File"), self.tr("Why it was not imported, or what to check")])
        for result in report.refused:
            assert result.refused is not None
            self.model.appendRow([QStandardItem(str(result.path)), QStandardItem(refusal_text(result.refused))])
        for result in report.results:
            for notice in result.notices:
                self.model.appendRow([QStandardItem(str(result.path)), QStandardItem(notice_text(notice))])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        if self.model.rowCount():
            layout.addWidget(_table(self, self.model))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(720, 360 if self.model.rowCount() else 120)


class CheckDialog(QDialog):
    """The check before a page is marked done: what looks wrong, and a way to go to each.

    Signals:
        goTo(object): the editor wants to see this finding (a `Finding`).
    """

    goTo = Signal(object)

    def __init__(self, findings: list[Finding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check before done"))
        self.findings = findings
        self.model = QStandardItemModel(self)
        for finding in findings:
            self.model.appendRow(QStandardItem(finding_text(finding)))
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.doubleClicked.connect(self._go)
        intro = QLabel(self.tr("These places on the page look wrong. Go to one, or mark the page done anyway."), self)
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.go_button = buttons.addButton(self.tr("Go to"), QDialogButtonBox.ButtonRole.ActionRole)
        self.done_button = buttons.addButton(self.tr("Mark done anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # Enter goes to the finding: marking done anyway must be chosen on purpose.
        self.done_button.setAutoDefault(False)
        self.go_button.setDefault(True)
        self.go_button.clicked.connect(lambda: self._go(self.list.currentIndex()))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        if findings:
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.resize(560, 320)

    def _go(self, index: QModelIndex) -> None:
        if index.isValid():
            self.goTo.emit(self.findings[index.row()])
            self.reject()


class ExportDialog(QDialog):
    """Choose format, filters and target; the export runs in a worker with a progress bar and can be
    cancelled, and the old target stays as it was until the new one is complete."""

    FORMATS = ("jsonl", "csv", "txt", "pagexml")
    FOLDERS = ("txt", "pagexml")
    """Formats written as a folder."""

    def __init__(self, db: Location, themes: Iterable[str], target: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export corpus"))
        self.db = db
        self.task: workers.Task | None = None
        self.outcome: Any = None
        """The `ExportReport` once the export ended, or the exception that stopped it."""
        self.format = QComboBox(self)
        self.format.addItem(self.tr("JSONL (one item per line)"), "jsonl")
        self.format.addItem(self.tr("CSV (one item per row)"), "csv")
        self.format.addItem(self.tr("TXT (a folder per page, a file per item)"), "txt")
        self.format.addItem(self.tr("PAGE-XML (a folder, a file per page, with line boxes)"), "pagexml")
        self.status = QComboBox(self)
        self.status.addItem(self.tr("All pages"), None)
        for status in (Status.DONE, Status.REVIEW, Status.NEW):
            self.status.addItem(self.tr("Only pages: {0}").format(status_name(status)), status.value)
        self.tag = QComboBox(self)
        self.tag.addItem(self.tr("All items"), None)
        for theme in themes:
            self.tag.addItem(self.tr("Only items with theme {0}").format(theme), theme)
        self.target = QLineEdit(str(target), self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(browse)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Pages"), self.status)
        form.addRow(self.tr("Items"), self.tag)
        form.addRow(self.tr("Save to"), target_row)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self._close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.resize(560, 240)

    def _format_changed(self) -> None:
        fmt = self.format.currentData()
        path = Path(self.target.text())
        stem = path.with_suffix("") if path.suffix else path
        self.target.setText(str(stem if fmt in self.FOLDERS else stem.with_suffix("." + fmt)))

    def _browse(self) -> None:
        if self.format.currentData() in self.FOLDERS:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"), self.target.text())
        else:
            chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Export to file"), self.target.text())
        if chosen:
            self.target.setText(chosen)

    def start(self) -> None:
        """Run the export with the chosen settings."""
        self.export_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.message.setText(self.tr("Exporting…"))
        self.close_button.setText(self.tr("Cancel"))
        status = self.status.currentData()
        task = workers.export(
            self.db,
            self.format.currentData(),
            Path(self.target.text()),
            Status(status) if status else None,
            self.tag.currentData(),
        )
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(self._finished)
        task.signals.failed.connect(self._failed)
        self.task = workers.start(task)

    def _progress(self, done: int, total: int, _name: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finished(self, report: Any) -> None:
        self.task = None
        self.outcome = report
        self.export_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))
        if report.cancelled:
            self.message.setText(self.tr("Export cancelled; nothing was written."))
        else:
            self.message.setText(
                self.tr("Exported {0} items from {1} pages to {2}.").format(
                    report.items, report.pages, self.target.text()
                )
            )

    def _failed(self, error: Exception) -> None:
        from ..export import ExportError
        from ..storage import StorageError

        self.task = None
        self.outcome = error
        self.export_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))
        self.progress.setVisible(False)
        if isinstance(error, ExportError):
            text = export_problem_text(error)
        elif isinstance(error, StorageError):
            text = problem_text(error.problem)
        else:
            text = self.tr("The export failed: {0}").format(error)
        self.message.setText(text + " " + self.tr("Nothing was exported."))

    def _close(self) -> None:
        if self.task is not None:
            self.task.cancel()
            return
        self.accept()


class ShortcutsDialog(QDialog):
    """Every action with its keys, and what the marks on the raw page mean."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keys and marks"))
        model = QStandardItemModel(0, 2, self)
        model.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        for action in actions:
            keys = ", ".join(k.toString(k.SequenceFormat.NativeText) for k in action.shortcuts())
            if keys:
                # Menu texts carry mnemonics: "&Quit", and "退出(&Q)" in Chinese.
                name = re.sub(r"\(&\w\)|&", "", action.text())
                model.appendRow([QStandardItem(name), QStandardItem(keys)])
        legend = QLabel(self.legend_html(), self)
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.addWidget(_table(self, model), 3)
        layout.addWidget(legend, 2)
        self.model = model
        self.resize(820, 560)

    def legend_html(self) -> str:
        rows = ["<b>" + self.tr("Marks on the raw page") + "</b><br>"]
        for role in Role:
            mark = role_mark(role) or "&nbsp;"
            colour = look.ROLE_COLOURS[role].name()
            rows.append(f"<span style='color:{colour};font-weight:bold'>{mark}</span> {role_name(role)}<br>")
        rows.append(self.tr("(no mark: body text)") + "<br><br>")
        rows.append(
            f"<span style='color:{look.PARAGRAPH_COLOUR.name()}'>{look.PARAGRAPH_MARK}</span> "
            + self.tr("paragraph break after this line")
            + "<br>"
        )
        rows.append(
            f"<span style='color:{look.MUTED_TEXT.name()}'>{look.JOIN_MARK}</span> "
            + self.tr("soft wrap: joined with the next line")
            + "<br>"
        )
        rows.append(
            f"<span style='color:{look.MUTED_TEXT.name()}'>{look.HYPHEN_MARK}</span> "
            + self.tr("a word runs on into the next line: the hyphen goes")
            + "<br>"
        )
        rows.append(
            f"<span style='color:{look.MUTED_TEXT.name()}'>12.2</span> "
            + self.tr("the second part of line 12, cut in two")
            + " · <span style='color:"
            + look.MUTED_TEXT.name()
            + "'>+</span> "
            + self.tr("a line added by the editor")
            + "<br>"
        )
        rows.append(
            f"<span style='background:{look.DOUBT_BACKGROUND.name()}'>&nbsp;&nbsp;&nbsp;</span> "
            + self.tr("doubt: the parser was not sure")
            + "<br>"
        )
        rows.append(
            f"<span style='color:{look.CORRECTED_TEXT.name()};text-decoration:underline'>abc</span> "
            + self.tr("corrected text (raw kept)")
            + "<br>"
        )
        rows.append(self.tr("Coloured band: the item a line belongs to") + "<br>")
        rows.append(
            "<br>" + self.tr("Enter also edits a line; Enter or leaving the field keeps the correction, Esc cancels.")
        )
        return "".join(rows)
