"""The taxonomy dialog: the library's themes with how many items carry each; add, rename, merge and delete
themes, and edit a theme's description and keywords.

Every edit goes through `Taxonomy.edit`: one undoable command, which makes existing tags follow a rename,
merge or delete. Merge and delete still ask first and say how many items they change.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...themes import (
    Retag,
    TaxonomyError,
    TaxonomyProblem,
    Theme,
    add_theme,
    delete_theme,
    make_theme,
    merge_themes,
    rename_theme,
    update_theme,
)
from .. import look
from .model import NAME_ROLE
from .taxonomy import Taxonomy

_KEYWORD_SEPARATORS = re.compile(r"[、，,;；\s]+")


def taxonomy_problem_text(error: TaxonomyError) -> str:
    return {
        TaxonomyProblem.EMPTY_NAME: QCoreApplication.translate("TaxonomyDialog", "A theme needs a name."),
        TaxonomyProblem.DUPLICATE: QCoreApplication.translate("TaxonomyDialog", "There is already a theme {0}."),
        TaxonomyProblem.UNKNOWN: QCoreApplication.translate("TaxonomyDialog", "There is no theme {0}."),
        TaxonomyProblem.BAD_FILE: QCoreApplication.translate("TaxonomyDialog", "The taxonomy file {0} cannot be read."),
    }[error.problem].format(error.name)


def split_keywords(text: str) -> list[str]:
    """Keywords typed one per line, or separated by 、 or commas."""
    return [k for k in _KEYWORD_SEPARATORS.split(text) if k]


class TaxonomyDialog(QDialog):
    """The themes of the library and the edits of the taxonomy."""

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taxonomyDialog")
        self.setWindowTitle(self.tr("Themes"))
        self.taxonomy = taxonomy
        self.list = QListView(self)
        self.list.setObjectName("themeList")
        self.list.setModel(taxonomy.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.name = QLabel(self)
        self.name.setObjectName("themeName")
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.count = QLabel(self)
        self.description = QLineEdit(self)
        self.keywords = QPlainTextEdit(self)
        self.keywords.setPlaceholderText(self.tr("Words or phrases that suggest the theme, separated by 、 or commas"))
        self.keywords.setTabChangesFocus(True)
        self.save_button = QPushButton(self.tr("Save description and keywords"), self)
        self.save_button.clicked.connect(self.save_details)
        details = QFormLayout()
        details.addRow(self.tr("Theme"), self.name)
        details.addRow(self.tr("Items"), self.count)
        details.addRow(self.tr("Description"), self.description)
        details.addRow(self.tr("Keywords"), self.keywords)
        details.addRow("", self.save_button)

        self.add_button = QPushButton(self.tr("Add…"), self)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.merge_button = QPushButton(self.tr("Merge into…"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.add_button.clicked.connect(self.ask_add)
        self.rename_button.clicked.connect(self.ask_rename)
        self.merge_button.clicked.connect(self.ask_merge)
        self.delete_button.clicked.connect(self.ask_delete)
        edits = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.merge_button, self.delete_button):
            edits.addWidget(button)
        edits.addStretch(1)
        note = QLabel(
            self.tr(
                "Renaming or merging a theme retags every item that carries it; deleting one removes it from "
                "every item. Edit → Undo takes any of these back, on every item, in one step."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet(look.NOTE_STYLE)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        right = QVBoxLayout()
        right.addLayout(details)
        right.addStretch(1)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(edits)
        layout.addWidget(note)
        layout.addWidget(close)
        self.resize(760, 480)
        self.list.selectionModel().selectionChanged.connect(self._show_selected)
        taxonomy.model.modelReset.connect(self._show_selected)
        taxonomy.model.dataChanged.connect(self._show_selected)
        self.select(taxonomy.themes[0].name if taxonomy.themes else None)

    # -- selection ------------------------------------------------------------------------------------

    def selected(self) -> list[str]:
        """Names of the selected themes, in taxonomy order."""
        rows = sorted(i.row() for i in self.list.selectionModel().selectedRows())
        return [str(self.taxonomy.model.index(r).data(NAME_ROLE)) for r in rows]

    def select(self, name: str | None) -> None:
        row = self.taxonomy.model.row_of(name)
        if row is None:
            self.list.selectionModel().clearSelection()
        else:
            self.list.selectionModel().setCurrentIndex(
                self.taxonomy.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._show_selected()

    def _theme(self, name: str) -> Theme | None:
        return next((t for t in self.taxonomy.themes if t.name == name), None)

    def _show_selected(self, *_args: object) -> None:
        names = self.selected()
        theme = self._theme(names[0]) if len(names) == 1 else None
        for widget in (self.description, self.keywords, self.save_button, self.rename_button):
            widget.setEnabled(theme is not None)
        self.merge_button.setEnabled(bool(names))
        self.delete_button.setEnabled(bool(names))
        if theme is None:
            self.name.setText(self.tr("{0} themes selected").format(len(names)) if names else "")
            self.count.setText("")
            self.description.clear()
            self.keywords.clear()
            return
        self.name.setText(theme.name)
        self.count.setText(self.tr("{0} items carry it").format(self.taxonomy.count(theme.name)))
        self.description.setText(theme.description)
        self.keywords.setPlainText("、".join(theme.keywords))

    # -- edits (the buttons ask, these do) ------------------------------------------------------------

    def _apply(
        self, make: Callable[[], tuple[tuple[Theme, ...], Retag | None]], text: str, select: str | None
    ) -> int | None:
        try:
            themes, retag = make()
        except TaxonomyError as error:
            QMessageBox.warning(self, self.tr("Themes"), taxonomy_problem_text(error))
            return None
        changed = self.taxonomy.edit(themes, text, retag)
        self.select(select)
        return changed

    def add_theme(self, name: str, description: str = "") -> int | None:
        return self._apply(
            lambda: (add_theme(self.taxonomy.themes, make_theme(name, description)), None),
            self.tr("Add the theme {0}").format(name.strip()),
            name.strip(),
        )

    def rename_theme(self, old: str, new: str) -> int | None:
        return self._apply(
            lambda: rename_theme(self.taxonomy.themes, old, new),
            self.tr("Rename the theme {0} to {1}").format(old, new.strip()),
            new.strip(),
        )

    def merge_themes(self, sources: Sequence[str], target: str) -> int | None:
        return self._apply(
            lambda: merge_themes(self.taxonomy.themes, sources, target),
            self.tr("Merge {0} into {1}").format("、".join(sources), target),
            target,
        )

    def delete_themes(self, names: Sequence[str]) -> int | None:
        """Delete the themes `names` from the taxonomy and from every item: one edit, one undo step."""

        def make() -> tuple[tuple[Theme, ...], Retag | None]:
            themes = self.taxonomy.themes
            for name in names:
                themes, _retag = delete_theme(themes, name)
            return themes, Retag(deleted=frozenset(names))

        return self._apply(make, self.tr("Delete the theme {0}").format("、".join(names)), None)

    def delete_theme(self, name: str) -> int | None:
        return self.delete_themes([name])

    def save_details(self) -> None:
        names = self.selected()
        if len(names) != 1:
            return
        self._apply(
            lambda: (
                update_theme(
                    self.taxonomy.themes,
                    names[0],
                    description=self.description.text(),
                    keywords=split_keywords(self.keywords.toPlainText()),
                ),
                None,
            ),
            self.tr("Describe the theme {0}").format(names[0]),
            names[0],
        )

    # -- questions ------------------------------------------------------------------------------------

    def delete_question(self, names: Sequence[str]) -> QMessageBox:
        """The confirmation of a delete: how many items carry each theme."""
        counts = "\n".join(self.tr("{0}: carried by {1} items").format(n, self.taxonomy.count(n)) for n in names)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete themes"),
            self.tr("Delete {0} from the taxonomy and from every item that carries it?").format("、".join(names))
            + "\n\n"
            + counts,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        return box

    def merge_question(self, sources: Sequence[str], target: str) -> QMessageBox:
        moved = sum(self.taxonomy.count(n) for n in sources)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Merge themes"),
            self.tr("Merge {0} into {1}? {2} tags are moved to {1}; {0} are removed from the taxonomy.").format(
                "、".join(sources), target, moved
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Merge"))
        return box

    def ask_add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add a theme"), self.tr("Name of the new theme:"))
        if ok and name.strip():
            self.add_theme(name)

    def ask_rename(self) -> None:
        names = self.selected()
        if len(names) != 1:
            return
        new, ok = QInputDialog.getText(
            self, self.tr("Rename theme"), self.tr("New name for {0}:").format(names[0]), text=names[0]
        )
        if ok and new.strip() and new.strip() != names[0]:
            self.rename_theme(names[0], new)

    def ask_merge(self) -> None:
        sources = self.selected()
        targets = [t.name for t in self.taxonomy.themes if t.name not in sources]
        if not sources or not targets:
            return
        target, ok = QInputDialog.getItem(
            self, self.tr("Merge themes"), self.tr("Merge {0} into:").format("、".join(sources)), targets, 0, False
        )
        if ok and target and self.merge_question(sources, target).exec() == QMessageBox.StandardButton.Yes:
            self.merge_themes(sources, target)

    def ask_delete(self) -> None:
        names = self.selected()
        if not names or self.delete_question(names).exec() != QMessageBox.StandardButton.Yes:
            return
        self.delete_themes(names)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.list.hasFocus():
            self.ask_delete()
            return
        super().keyPressEvent(event)
